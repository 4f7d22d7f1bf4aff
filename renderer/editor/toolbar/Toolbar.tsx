// The formatting toolbar. Active states come from useEditorState, so typing re-renders the toolbar only when
// what it shows actually changes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { icons } from './icons';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';
import { toolbarGroups, type ToolbarHost } from './toolbarActions';

const apple = isApplePlatform();

export function Toolbar({ editor, host }: { editor: Editor; host: ToolbarHost }) {
  const { t } = useTranslation();
  const groups = useMemo(() => toolbarGroups(host), [host]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      groups.flat().map((action) => `${action.isActive?.(current) ? 1 : 0}${action.canRun(current) ? 1 : 0}`).join(','),
  });
  const flags = state.split(',');
  let index = 0;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {groups.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((action) => {
            const [active, enabled] = flags[index++] ?? '00';
            const name = t(`toolbar.${action.id}`);
            const title = action.shortcut ? t('toolbar.withShortcut', { name, shortcut: shortcutLabel(action.shortcut, apple) }) : name;
            const icon = action.id in icons ? icons[action.id as keyof typeof icons] : undefined;
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar-button${active === '1' ? ' is-active' : ''}`}
                title={title}
                aria-label={name}
                aria-pressed={action.isActive ? active === '1' : undefined}
                data-action={action.id}
                disabled={enabled !== '1'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => action.run(editor)}
              >
                {icon ?? <span className={`glyph glyph-${action.id}`}>{action.glyph}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
