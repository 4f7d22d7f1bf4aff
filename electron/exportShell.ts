// What Export needs from the shell: the system's save dialog (the only way a path is chosen; the renderer
// never names one), progress pushed to the window that asked, and Electron's own PDF printer.
import { BrowserWindow, dialog } from 'electron';
import type { ExportFormat, ExportProgress } from '../contract/schemas/articleExport';
import { createTranslator } from '../common/i18n/catalog';
import type { ExportShell } from '../handlers/exportHandlers';
import type { Library } from '../library/openLibrary';
import { electronPdfPrinter } from './pdfPrinter';
import { sendEvent } from './sendEvent';

const extensions: Record<ExportFormat, string[]> = {
  docx: ['docx'],
  html: ['html'],
  md: ['md'],
  txt: ['txt'],
  pdf: ['pdf'],
  ninjs: ['json'],
  zip: ['zip'],
};

export function exportShell(library: Library): ExportShell {
  const window = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    chooseExportPath: async ({ suggestedName, format }) => {
      const t = createTranslator(library.settings.language());
      const options = {
        title: t('exportDialog.title'),
        defaultPath: suggestedName,
        filters: [{ name: t(`exportDialog.formats.${format}`), extensions: extensions[format] }],
      };
      const target = window();
      const { canceled, filePath } = target ? await dialog.showSaveDialog(target, options) : await dialog.showSaveDialog(options);
      return canceled || !filePath ? undefined : filePath;
    },
    onExportProgress: (progress: ExportProgress) => sendEvent(window()?.webContents, 'exportProgress', progress),
    pdfPrinter: electronPdfPrinter,
  };
}
