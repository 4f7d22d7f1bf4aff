// One export at a time from the dialog: its job id while it runs, the progress the shell pushes for it, and
// how it ended (written, downloaded, cancelled, failed). Where there is a save dialog (Electron) it says where
// the file goes; where there is none (the browser app) the file comes back and the browser downloads it.
import { useCallback, useEffect, useState } from 'react';
import type { ExportFormat, ExportProgress, PhotoExportSize } from '../../contract/schemas/articleExport';
import { ApiError } from '../../contract/envelope';
import { api, onShellEvent } from '../api/apiClient';
import { downloadFile } from './downloadFile';
import { toProblem, type Problem } from '../api/problem';

export type ExportOutcome =
  | { kind: 'written'; path: string }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' } | { kind: 'failed'; problem: Problem };

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
  fail: (failure: unknown) => void;
}

export function useExportJob(articleId: number, flush: () => Promise<void>): ExportJob {
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
      const result = await saveOrDownload(articleId, choice, id);
      setOutcome(result);
    } catch (failure) {
      setOutcome(failure instanceof ApiError && failure.code === 'exportCancelled' ? { kind: 'cancelled' } : { kind: 'failed', problem: toProblem(failure) });
    } finally {
      setJobId(undefined);
    }
  };

  const cancel = () => {
    if (jobId) void api.cancelExport({ jobId });
  };
  const fail = useCallback((failure: unknown) => setOutcome({ kind: 'failed', problem: toProblem(failure) }), []);

  return { running: jobId !== undefined, progress, outcome, start, cancel, fail };
}

/** Through the shell's save dialog; where there is none, as a file the browser downloads. */
async function saveOrDownload(articleId: number, choice: ExportChoice, jobId: string): Promise<ExportOutcome | undefined> {
  try {
    const result = await api.exportArticle({ id: articleId, ...choice, jobId });
    return result.status === 'written' ? { kind: 'written', path: result.path } : undefined;
  } catch (failure) {
    if (!(failure instanceof ApiError && failure.code === 'exportDialogUnavailable')) throw failure;
  }
  const file = await api.exportArticleFile({ id: articleId, format: choice.format, photoSize: choice.photoSize, jobId });
  downloadFile(file);
  return { kind: 'downloaded', fileName: file.fileName };
}
