// "Update from file…": the corrected file comes from the shell's own open dialog inside Electron (a menu
// click is no user gesture, and no path from the page is trusted), else from the page's file input, sent as
// bytes like an import. The editor then reloads with the new text, which is a revision of its own.
import { useCallback, useEffect } from 'react';
import type { Article } from '../../contract/schemas/article';
import type { ImportReport } from '../../contract/schemas/articleImport';
import { api, insideElectron, onShellEvent } from '../api/apiClient';
import { importAccept } from '../app/useArticleImport';
import { useFilePicker } from '../components/useFilePicker';
import { toUpload } from '../photos/photoUploads';
import { useBusyAction } from './useBusyAction';

/** What the last update from a file did: shown after the editor reloads. */
export interface FileUpdate {
  fileName: string;
  report: ImportReport;
}

interface UpdateFromFileOptions {
  articleId: number;
  /** Saves what is pending and gives the version the update is based on; refuses when it cannot save. */
  savedBase: () => Promise<number>;
  onUpdated: (article: Article, update: FileUpdate) => void;
}

export function useUpdateFromFile({ articleId, savedBase, onUpdated }: UpdateFromFileOptions) {
  const { busy, problem, run: runBusy, dismissProblem } = useBusyAction();

  const run = useCallback(
    (send: (baseVersion: number) => Promise<(Article & { importReport: ImportReport; fileName: string }) | null>) =>
      runBusy(async () => {
        const updated = await send(await savedBase());
        if (updated) onUpdated(updated, { fileName: updated.fileName, report: updated.importReport });
      }),
    [runBusy, savedBase, onUpdated],
  );

  const picker = useFilePicker({
    accept: importAccept,
    testId: 'update-file-input',
    onFiles: ([file]) =>
      void run(async (baseVersion) => {
        const updated = await api.updateArticleFromFile({ id: articleId, baseVersion, fileName: file!.name, bytes: (await toUpload(file!)).bytes });
        return { ...updated, fileName: file!.name };
      }),
  });
  const { open: openPicker } = picker;
  // The shell's dialog whenever the page runs inside the shell.
  const open = useCallback(() => {
    if (insideElectron) void run((baseVersion) => api.updateArticleFromDialog({ id: articleId, baseVersion }));
    else openPicker();
  }, [run, openPicker, articleId]);

  useEffect(
    () =>
      onShellEvent('menuCommand', (command) => {
        if (command === 'updateFromFile') open();
      }),
    [open],
  );

  return { input: picker.input, open, busy, problem, dismissProblem };
}
