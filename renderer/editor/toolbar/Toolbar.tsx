// The formatting toolbar. Its flags come from useEditorState (toolbarState.ts), so typing re-renders it only
// when what it shows actually changes. Actions marked with a menu are gathered into one menu button.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { useRovingFocus } from '../../keyboard/useRovingFocus';
import { icons } from './icons';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';
import { toolbarGroups, type ToolbarAction, type ToolbarHost, type ToolbarMenuId } from './toolbarActions';
import { createToolbarState } from './toolbarState';
import { ToolbarMenu } from './ToolbarMenu';

const apple = isApplePlatform();

const iconOf = (id: string) => (id in icons ? icons[id as keyof typeof icons] : undefined);

/** A group's buttons in order, a menu's actions standing as one entry where its first action stood. */
function groupEntries(group: ToolbarAction[]): (ToolbarAction | { menu: ToolbarMenuId; actions: ToolbarAction[] })[] {
  const entries: (ToolbarAction | { menu: ToolbarMenuId; actions: ToolbarAction[] })[] = [];
  for (const action of group) {
    const menu = action.menu;
    if (!menu) entries.push(action);
    else {
      const existing = entries.find((entry) => 'actions' in entry && entry.menu === menu);
      if (existing && 'actions' in existing) existing.actions.push(action);
      else entries.push({ menu, actions: [action] });
    }
  }
  return entries;
}

// Memoised: its props stay the same while the editor screen re-renders for other reasons.
export const Toolbar = memo(function Toolbar({ editor, host }: { editor: Editor; host: ToolbarHost }) {
  const { t } = useTranslation();
  const groups = useMemo(() => toolbarGroups(host), [host]);
  const actions = useMemo(() => groups.flat(), [groups]);
  const readState = useMemo(() => createToolbarState(actions), [actions]);
  const state = useEditorState({ editor, selector: ({ editor: current }) => `${readState(current)}|${current.isEditable ? '1' : '0'}` });
  const [activeFlags = '', enabledFlags = '', editable = '0'] = state.split('|');
  const flag = (flags: string, action: ToolbarAction) => flags[actions.indexOf(action)] === '1';
  const roving = useRovingFocus('.toolbar-button');
  // A menu is opened even when none of its entries can run now: they are there to be read, marked disabled.
  const tabStop = roving.tabStop(
    groups.flatMap((group) =>
      groupEntries(group).flatMap((entry) => ('actions' in entry ? (editable === '1' ? [entry.menu] : []) : flag(enabledFlags, entry) ? [entry.id] : [])),
    ),
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} onKeyDown={roving.onKeyDown}>
      {groups.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {groupEntries(group).map((entry) => {
            if ('actions' in entry) {
              return (
                <ToolbarMenu
                  key={entry.menu}
                  id={entry.menu}
                  name={t(`toolbar.${entry.menu}`)}
                  icon={iconOf(entry.menu)}
                  disabled={editable !== '1'}
                  tabIndex={entry.menu === tabStop ? 0 : -1}
                  onFocus={() => roving.onItemFocus(entry.menu)}
                  entries={entry.actions.map((action) => ({
                    id: action.id,
                    name: t(`toolbar.${action.id}`),
                    icon: iconOf(action.id),
                    enabled: flag(enabledFlags, action),
                    // The entry that had the focus goes with the menu: the text takes it back at once, with its
                    // caret, rather than on the next frame when TipTap's focus() would.
                    run: () => {
                      editor.view.focus();
                      action.run(editor);
                    },
                  }))}
                />
              );
            }
            const action = entry;
            const active = flag(activeFlags, action);
            const icon = iconOf(action.id);
            const plainName = t(`toolbar.${action.id}`);
            // A button showing letters (H2, B) says them in its name too, so speech control can call it by them.
            const name = icon ? plainName : t('toolbar.withGlyph', { name: plainName, glyph: action.glyph });
            const title = action.shortcut ? t('toolbar.withShortcut', { name: plainName, shortcut: shortcutLabel(action.shortcut, apple) }) : plainName;
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar-button${active ? ' is-active' : ''}`}
                title={title}
                aria-label={name}
                aria-pressed={action.isActive ? active : undefined}
                data-action={action.id}
                data-roving-id={action.id}
                tabIndex={action.id === tabStop ? 0 : -1}
                disabled={!flag(enabledFlags, action)}
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
