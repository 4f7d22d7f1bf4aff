// One export at a time from the dialog: its job id while it runs, the progress the shell pushes for it, and
// how it ended (written, cancelled, failed).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportProgress, PhotoExportSize } from '../../contract/schemas/articleExport';
import { ApiError } from '../../contract/envelope';
import { api, onShellEvent } from '../api/apiClient';
import { describeError } from '../api/describeError';

export type ExportOutcome = { kind: 'written'; path: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** What the reporter chose in the dialog. */
export interface ExportChoice {
  format: ExportFormat;
  photoSize: PhotoExportSize;
  embedPhotos: boolean;
}

export interface ExportJob {
  running: boolean;
  progress: ExportProgress | undefined;
  outcome: ExportOutcome | undefined;
  start: (choice: ExportChoice) => Promise<void>;
  cancel: () => void;
  /** Shows a failure that happened before any export (the pre-flight could not run). */
  fail: (message: string) => void;
}

export function useExportJob(articleId: number, flush: () => Promise<void>): ExportJob {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | undefined>();
  const [progress, setProgress] = useState<ExportProgress | undefined>();
  const [outcome, setOutcome] = useState<ExportOutcome | undefined>();

  useEffect(() => onShellEvent('exportProgress', (update) => update.jobId === jobId && setProgress(update)), [jobId]);

  const start = async (choice: ExportChoice) => {
    const id = crypto.randomUUID().replace(/-/g, '');
    setJobId(id);
    setProgress(undefined);
    setOutcome(undefined);
    try {
      await flush();
      const result = await api.exportArticle({ id: articleId, ...choice, jobId: id });
      setOutcome(result.status === 'written' ? { kind: 'written', path: result.path } : undefined);
    } catch (failure) {
      setOutcome(failure instanceof ApiError && failure.code === 'exportCancelled' ? { kind: 'cancelled' } : { kind: 'failed', message: describeError(t, failure) });
    } finally {
      setJobId(undefined);
    }
  };

  const cancel = () => {
    if (jobId) void api.cancelExport({ jobId });
  };
  const fail = useCallback((message: string) => setOutcome({ kind: 'failed', message }), []);

  return { running: jobId !== undefined, progress, outcome, start, cancel, fail };
}
