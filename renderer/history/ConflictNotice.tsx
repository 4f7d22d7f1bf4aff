// "This article was changed elsewhere": shown when a save is refused because another window, the CLI or a
// restore saved the article since this editor loaded it. The autosave waits until the reporter chooses.
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/problem';
import { useBusyAction } from './useBusyAction';

interface ConflictNoticeProps {
  onLoadNewer: () => Promise<void>;
  onKeepMine: () => Promise<void>;
}

export function ConflictNotice({ onLoadNewer, onKeepMine }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const { busy, problem, run } = useBusyAction();
  return (
    <section className="conflict-notice" aria-labelledby="conflict-title" data-testid="conflict-notice">
      <div role="alert">
        <h2 id="conflict-title">{t('conflict.title')}</h2>
      </div>
      <p>{t('conflict.body')}</p>
      <div className="conflict-choices">
        <div>
          <button type="button" className="primary" disabled={busy} onClick={() => void run(onLoadNewer)} aria-describedby="conflict-newer-hint" data-testid="conflict-load-newer">
            {t('conflict.loadNewer')}
          </button>
          <p id="conflict-newer-hint" className="muted small">
            {t('conflict.loadNewerHint')}
          </p>
        </div>
        <div>
          <button type="button" disabled={busy} onClick={() => void run(onKeepMine)} aria-describedby="conflict-mine-hint" data-testid="conflict-keep-mine">
            {t('conflict.keepMine')}
          </button>
          <p id="conflict-mine-hint" className="muted small">
            {t('conflict.keepMineHint')}
          </p>
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(t, problem)}
        </p>
      )}
    </section>
  );
}
