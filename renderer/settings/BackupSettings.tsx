// Settings → Backups: the last good backup (time, size, place, what it holds), a warning when it is over three
// days old, the last automatic backup that failed, and automatic backups (on/off, the folder). Folders and
// backup files are chosen with the shell's own dialogs only; in a browser (the dev transport) there are none,
// and the page says so instead of taking a typed path: a page is never trusted with a path.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../common/i18n/catalog';
import type { ErrorCode } from '../../common/errors/newsdeskError';
import { api, insideElectron } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { formatTimestamp } from '../app/formatTimestamp';
import { formatBytes, useBackupStatus } from './useBackupStatus';
import '../styles/backup.css';

export function BackupSettings({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { status, setStatus } = useBackupStatus();
  const [problem, setProblem] = useState<string>();
  const attempt = async (run: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await run();
    } catch (failure) {
      setProblem(describeError(t, failure));
    }
  };
  if (!status) return <main className="library backup-settings" data-testid="backup-settings" />;
  const { last, automatic, lastFailure } = status;
  return (
    <main className="library backup-settings" data-testid="backup-settings" aria-labelledby="backup-settings-title">
      <div className="library-bar">
        <h2 id="backup-settings-title">{t('backup.settingsTitle')}</h2>
        <button type="button" onClick={onBack}>
          {t('backup.backToLibrary')}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {status.stale && (
        <p className="backup-warning" role="status" data-testid="backup-stale">
          {last ? t('backup.stale', { days: status.staleAfterDays }) : t('backup.lastNone')}
        </p>
      )}
      {lastFailure && (
        <p className="backup-warning" data-testid="backup-failure">
          {t('backup.failed', { when: formatTimestamp(lastFailure.at, i18n.language), reason: translateError(t, lastFailure.code as ErrorCode, lastFailure.params) })}
        </p>
      )}
      <h3>{t('backup.lastTitle')}</h3>
      {last ? (
        <dl className="backup-facts" data-testid="backup-last">
          <dt>{t('backup.lastWhen')}</dt>
          <dd>{formatTimestamp(last.at, i18n.language)}</dd>
          <dt>{t('backup.lastSize')}</dt>
          <dd>{formatBytes(last.bytes, i18n.language)}</dd>
          <dt>{t('backup.lastPlace')}</dt>
          <dd className="backup-path">{last.place}</dd>
          <dt>{t('backup.lastHolds')}</dt>
          <dd>{t('backup.lastCounts', { articles: last.articles, photos: last.photos })}</dd>
        </dl>
      ) : (
        !status.stale && <p className="muted">{t('backup.lastNone')}</p>
      )}
      {insideElectron && (
        <p>
          <button type="button" onClick={() => void attempt(async () => (await api.backupLibraryFromDialog({})) && setStatus(await api.getBackupStatus({})))}>
            {t('backup.backUpNow')}
          </button>
        </p>
      )}

      <h3>{t('backup.automaticTitle')}</h3>
      <p className="muted">{t('backup.automaticIntro')}</p>
      {automatic.paused && (
        <p className="backup-warning" role="status" data-testid="backup-paused">
          {t('backup.automaticPaused', { when: formatTimestamp(automatic.paused.at, i18n.language), path: automatic.paused.setAside })}
        </p>
      )}
      <label className="backup-toggle">
        <input
          type="checkbox"
          checked={automatic.enabled}
          disabled={!automatic.folder}
          onChange={(event) => void attempt(async () => setStatus(await api.setAutomaticBackups({ enabled: event.target.checked })))}
          data-testid="backup-automatic"
        />
        {t('backup.automaticOn')}
      </label>
      <dl className="backup-facts">
        <dt>{t('backup.folder')}</dt>
        <dd className="backup-path" data-testid="backup-folder">
          {automatic.folder ?? <span className="muted">{t('backup.folderNone')}</span>}
        </dd>
      </dl>
      {insideElectron ? (
        <button type="button" onClick={() => void attempt(async () => setStatus(await api.chooseAutomaticBackupFolder({})))} data-testid="backup-choose-folder">
          {t('backup.chooseFolder')}
        </button>
      ) : (
        <p className="backup-note" data-testid="backup-needs-app">
          {t('backup.needsApp')}
        </p>
      )}

      <h3>{t('backup.restore')}</h3>
      <p className="muted">{t('backup.restoreIntro')}</p>
      {insideElectron && (
        <button type="button" onClick={() => void attempt(() => api.restoreBackupFromDialog({}))}>
          {t('backup.restore')}
        </button>
      )}
    </main>
  );
}
