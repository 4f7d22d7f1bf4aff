// Export: what to check first (pre-flight, which the reporter may pass through), the format and photo size,
// then the shell's own save dialog; progress with cancel while it writes; where it went.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportChoices, withPhotoFiles } from './ExportChoices';
import { ExportStatus } from './ExportStatus';
import { PreflightList, usePreflight } from './PreflightList';
import { useExportJob, type ExportChoice } from './useExportJob';
import { useModalDialog } from '../components/useModalDialog';

interface ExportDialogProps {
  articleId: number;
  /** Saves pending edits first: the file must hold what is on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
}

export function ExportDialog({ articleId, flush, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const [choice, setChoice] = useState<ExportChoice>({ format: 'docx', photoSize: 'display', embedPhotos: false });
  const job = useExportJob(articleId, flush);
  const findings = usePreflight(articleId, flush, job.fail);


  // Embedding only means something for the formats that can write photos beside the file.
  const start = () => job.start({ ...choice, embedPhotos: withPhotoFiles.includes(choice.format) && choice.embedPhotos });
  const { running } = job;
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onCancel={(event) => (running ? event.preventDefault() : onClose())}>
      <h2 id="export-title">{t('exportDialog.title')}</h2>
      <PreflightList findings={findings} />
      <ExportChoices choice={choice} onChange={(changes) => setChoice((current) => ({ ...current, ...changes }))} disabled={running} />
      <ExportStatus job={job} />
      <div className="dialog-actions">
        {running ? (
          <button type="button" onClick={job.cancel} data-testid="export-cancel">
            {t('exportDialog.cancel')}
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {t('exportDialog.close')}
          </button>
        )}
        <button type="button" className="primary" disabled={running} onClick={() => void start()} data-testid="export-start">
          {running ? t('exportDialog.exporting') : t('exportDialog.export')}
        </button>
      </div>
    </dialog>
  );
}
