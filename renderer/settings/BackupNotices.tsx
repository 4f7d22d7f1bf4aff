// Above the work: a backup or a restore started from the menu, its progress while it runs and its outcome line
// when it ends; and on the library, a small notice when the last good backup is over three days old (or there
// is none and the library holds older work), with the way to Settings → Backups.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupOutcome, BackupProgressEvent } from '../../contract/schemas/backup';
import { onShellEvent } from '../api/apiClient';
import { Notice } from '../components/Notice';
import { useBackupStatus } from './useBackupStatus';
import '../styles/backup.css';

export function BackupTaskNotices() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<BackupProgressEvent>();
  const [outcome, setOutcome] = useState<BackupOutcome>();
  useEffect(() => onShellEvent('backupProgress', setProgress), []);
  useEffect(
    () =>
      onShellEvent('backupOutcome', (ended) => {
        setProgress(undefined);
        setOutcome(ended);
      }),
    [],
  );
  const percent = progress && progress.totalBytes > 0 ? Math.floor((100 * progress.doneBytes) / progress.totalBytes) : 0;
  return (
    <>
      {progress && progress.doneBytes < progress.totalBytes && (
        <div className="notice notice-info backup-progress" role="status" data-testid="backup-progress">
          <span className="notice-text">{t(progress.task === 'backup' ? 'backup.progress' : 'backup.progressRestore', { percent })}</span>
          <progress max={100} value={percent} aria-label={t(progress.task === 'backup' ? 'backup.progress' : 'backup.progressRestore', { percent })} />
        </div>
      )}
      {outcome && (
        <Notice tone={outcome.ok ? 'info' : 'error'} onDismiss={() => setOutcome(undefined)} testId="backup-outcome">
          {outcome.line}
        </Notice>
      )}
    </>
  );
}

export function StaleBackupNotice({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const { status } = useBackupStatus();
  const [dismissed, setDismissed] = useState(false);
  if (!status?.remind || dismissed) return null;
  return (
    <div className="backup-reminder">
      <Notice tone="info" onDismiss={() => setDismissed(true)} testId="backup-stale-notice">
        {status.last ? t('backup.libraryNotice', { days: status.staleAfterDays }) : t('backup.libraryNoticeNever')}{' '}
        <button type="button" className="link-button" onClick={onOpenSettings} data-testid="open-backup-settings">
          {t('backup.openSettings')}
        </button>
      </Notice>
    </div>
  );
}
