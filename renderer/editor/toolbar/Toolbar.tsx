// The formatting toolbar. Its flags come from useEditorState (toolbarState.ts), so typing re-renders it only
// when what it shows actually changes.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { useRovingFocus } from '../../keyboard/useRovingFocus';
import { icons } from './icons';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';
import { toolbarGroups, type ToolbarHost } from './toolbarActions';
import { createToolbarState } from './toolbarState';

const apple = isApplePlatform();

// Memoised: its props stay the same while the editor screen re-renders for other reasons.
export const Toolbar = memo(function Toolbar({ editor, host }: { editor: Editor; host: ToolbarHost }) {
  const { t } = useTranslation();
  const groups = useMemo(() => toolbarGroups(host), [host]);
  const readState = useMemo(() => createToolbarState(groups.flat()), [groups]);
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) });
  const [activeFlags = '', enabledFlags = ''] = state.split('|');
  const roving = useRovingFocus('.toolbar-button');
  const tabStop = roving.tabStop(groups.flat().flatMap((action, at) => (enabledFlags[at] === '1' ? [action.id] : [])));
  let index = 0;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} onKeyDown={roving.onKeyDown}>
      {groups.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((action) => {
            const active = activeFlags[index];
            const enabled = enabledFlags[index];
            index += 1;
            const icon = action.id in icons ? icons[action.id as keyof typeof icons] : undefined;
            const plainName = t(`toolbar.${action.id}`);
            // A button showing letters (H2, B) says them in its name too, so speech control can call it by them.
            const name = icon ? plainName : t('toolbar.withGlyph', { name: plainName, glyph: action.glyph });
            const title = action.shortcut ? t('toolbar.withShortcut', { name: plainName, shortcut: shortcutLabel(action.shortcut, apple) }) : plainName;
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar-button${active === '1' ? ' is-active' : ''}`}
                title={title}
                aria-label={name}
                aria-pressed={action.isActive ? active === '1' : undefined}
                data-action={action.id}
                data-roving-id={action.id}
                tabIndex={action.id === tabStop ? 0 : -1}
                disabled={enabled !== '1'}
                onFocus={() => roving.onItemFocus(action.id)}
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
});
