// The formatting toolbar. Its flags come from useEditorState (toolbarState.ts), so typing re-renders it only
// when what it shows actually changes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { icons } from './icons';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';
import { toolbarGroups, type ToolbarHost } from './toolbarActions';
import { createToolbarState } from './toolbarState';

const apple = isApplePlatform();

export function Toolbar({ editor, host }: { editor: Editor; host: ToolbarHost }) {
  const { t } = useTranslation();
  const groups = useMemo(() => toolbarGroups(host), [host]);
  const readState = useMemo(() => createToolbarState(groups.flat()), [groups]);
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) });
  const [activeFlags = '', enabledFlags = ''] = state.split('|');
  let index = 0;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {groups.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((action) => {
            const active = activeFlags[index];
            const enabled = enabledFlags[index];
            index += 1;
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
