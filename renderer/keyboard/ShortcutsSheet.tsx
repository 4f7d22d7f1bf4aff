// The "Keyboard shortcuts" sheet (Ctrl+/ or ⌘/): the app's shortcuts, then the writing ones from the
// toolbar's own table, each written the way this platform writes keys.
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../components/useModalDialog';
import { isApplePlatform, shortcutLabel } from '../editor/toolbar/shortcutLabel';
import { toolbarGroups } from '../editor/toolbar/toolbarActions';
import { appShortcuts } from './appShortcuts';

const apple = isApplePlatform();
/** Only the names and keys of the toolbar's actions are read here, never run. */
const writingShortcuts = toolbarGroups({ openLinkDialog: () => undefined, insertPhoto: () => undefined })
  .flat()
  .filter((action) => action.shortcut !== undefined);

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="shortcuts-sheet" aria-labelledby="shortcuts-title" onCancel={onClose} data-testid="shortcuts-sheet">
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <div className="shortcuts-columns">
        <section aria-labelledby="shortcuts-app">
          <h3 id="shortcuts-app">{t('shortcuts.app')}</h3>
          <dl>
            {appShortcuts.map(({ command, keys, where }) => (
              <div key={command}>
                <dt>
                  {t(`shortcuts.command.${command}`)}
                  {where !== 'anywhere' && <span className="muted"> · {t(`shortcuts.where.${where}`)}</span>}
                </dt>
                <dd>
                  {keys.map((keysOf) => (
                    <kbd key={keysOf}>{shortcutLabel(keysOf, apple)}</kbd>
                  ))}
                  {command === 'showLibrary' && <span className="muted"> {t('shortcuts.escapeFromHeadline')}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="shortcuts-writing">
          <h3 id="shortcuts-writing">{t('shortcuts.writing')}</h3>
          <dl>
            {writingShortcuts.map((action) => (
              <div key={action.id}>
                <dt>{t(`toolbar.${action.id}`)}</dt>
                <dd>
                  <kbd>{shortcutLabel(action.shortcut!, apple)}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
