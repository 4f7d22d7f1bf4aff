// The backup status as Settings and the library's notice show it: asked when shown, and again after a backup
// or a restore started from the menu ends (the main process pushes its outcome).
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../contract/schemas/backup';
import { api, onShellEvent } from '../api/apiClient';

export function useBackupStatus(): { status: BackupStatus | undefined; setStatus: (status: BackupStatus) => void; reload: () => void } {
  const [status, setStatus] = useState<BackupStatus>();
  const reload = useCallback(() => {
    api.getBackupStatus({}).then(setStatus, () => undefined);
  }, []);
  useEffect(reload, [reload]);
  useEffect(() => onShellEvent('backupOutcome', reload), [reload]);
  return { status, setStatus, reload };
}

export function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / 1024 / 1024;
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(megabytes);
  return `${number} MB`;
}
