// What the last import did, shown after it wherever the app went (editor or library): conversions, what was
// left out or guessed, and, when the library already held the same content, a way to that article instead
// (the new copy goes to the trash, where it can be restored).
import { useTranslation } from 'react-i18next';
import { importReportLines } from '../../common/i18n/importReportLines';
import type { ImportReport } from '../../contract/schemas/articleImport';

export interface ReportedFile {
  fileName: string;
  articleId: number;
  report: ImportReport;
}

interface ImportReportNoticeProps {
  files: readonly ReportedFile[];
  onOpenExisting: (file: ReportedFile) => void;
  onDismiss: () => void;
}

export function ImportReportNotice({ files, onOpenExisting, onDismiss }: ImportReportNoticeProps) {
  const { t } = useTranslation();
  const worthSaying = files.filter(({ report }) => report.notes.length > 0 || report.duplicateOf !== null);
  if (worthSaying.length === 0) return null;
  return (
    <section className="import-report" role="status" aria-label={t('importNotes.title')} data-testid="import-report">
      <h2>{t('importNotes.title')}</h2>
      {worthSaying.map((file) => (
        <div key={`${file.articleId}`} className="import-report-file">
          <p className="import-report-name">{file.fileName}</p>
          <ul>
            {importReportLines(t, file.report).map((line) => (
              <li key={line} data-testid="import-report-line">
                {line}
              </li>
            ))}
          </ul>
          {file.report.duplicateOf && (
            <button type="button" onClick={() => onOpenExisting(file)} data-testid="import-open-existing">
              {t('importNotes.openExisting')}
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={onDismiss} data-testid="import-report-dismiss">
        {t('importNotes.dismiss')}
      </button>
    </section>
  );
}
