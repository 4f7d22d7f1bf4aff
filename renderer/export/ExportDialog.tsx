// Export: what to check first (pre-flight, which the reporter may pass through), the format and photo size,
// then the shell's own save dialog; progress with cancel while it writes; where it went.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat, type ExportProgress, type PhotoExportSize, type PreflightFinding } from '../../contract/schemas/articleExport';
import { api, onShellEvent } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { ApiError } from '../../contract/envelope';

type Outcome = { kind: 'written'; path: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

interface ExportDialogProps {
  articleId: number;
  /** Saves pending edits first: the file must hold what is on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
}

const withPhotoFiles: readonly ExportFormat[] = ['html', 'md'];

export function ExportDialog({ articleId, flush, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [findings, setFindings] = useState<PreflightFinding[] | undefined>();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [photoSize, setPhotoSize] = useState<PhotoExportSize>('display');
  const [embedPhotos, setEmbedPhotos] = useState(false);
  const [jobId, setJobId] = useState<string | undefined>();
  const [progress, setProgress] = useState<ExportProgress | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    let current = true;
    void flush()
      .then(() => api.preflightArticle({ id: articleId }))
      .then((list) => current && setFindings(list), (failure: unknown) => current && setOutcome({ kind: 'failed', message: describeError(t, failure) }));
    return () => {
      current = false;
    };
  }, [articleId, flush, t]);

  useEffect(() => onShellEvent('exportProgress', (update) => update.jobId === jobId && setProgress(update)), [jobId]);

  const start = async () => {
    const id = crypto.randomUUID().replace(/-/g, '');
    setJobId(id);
    setProgress(undefined);
    setOutcome(undefined);
    try {
      await flush();
      const result = await api.exportArticle({ id: articleId, format, photoSize, embedPhotos: withPhotoFiles.includes(format) && embedPhotos, jobId: id });
      setOutcome(result.status === 'written' ? { kind: 'written', path: result.path } : undefined);
    } catch (failure) {
      setOutcome(failure instanceof ApiError && failure.code === 'exportCancelled' ? { kind: 'cancelled' } : { kind: 'failed', message: describeError(t, failure) });
    } finally {
      setJobId(undefined);
    }
  };

  const running = jobId !== undefined;
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onCancel={(event) => (running ? event.preventDefault() : onClose())}>
      <h2 id="export-title">{t('exportDialog.title')}</h2>

      <section className="preflight" aria-label={t('exportDialog.preflightTitle')} data-testid="preflight">
        <h3>{t('exportDialog.preflightTitle')}</h3>
        {findings === undefined ? null : findings.length === 0 ? (
          <p className="muted small">{t('exportDialog.preflightNone')}</p>
        ) : (
          <ul>
            {findings.map((finding, index) => (
              <li key={index} data-code={finding.code}>
                {t(`preflight.${finding.code}`, { figure: finding.figure, words: finding.words, target: finding.target })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset className="export-formats" disabled={running}>
        <legend>{t('exportDialog.format')}</legend>
        {exportFormats.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="format" value={option} checked={format === option} onChange={() => setFormat(option)} />
            {t(`exportDialog.formats.${option}`)}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={running}>
        <legend>{t('exportDialog.photoSize')}</legend>
        <label className="radio">
          <input type="radio" name="photoSize" checked={photoSize === 'display'} onChange={() => setPhotoSize('display')} />
          {t('exportDialog.photoDisplay')}
        </label>
        <label className="radio">
          <input type="radio" name="photoSize" checked={photoSize === 'full'} onChange={() => setPhotoSize('full')} />
          {t('exportDialog.photoFull')}
        </label>
        {withPhotoFiles.includes(format) && (
          <label className="radio">
            <input type="checkbox" checked={embedPhotos} onChange={(event) => setEmbedPhotos(event.target.checked)} />
            {t('exportDialog.embedPhotos')}
          </label>
        )}
      </fieldset>

      <div className="export-status" role="status" aria-live="polite" data-testid="export-status">
        {running && (
          <>
            <progress max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
            <span>{progress ? t(`exportDialog.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('exportDialog.exporting')}</span>
          </>
        )}
        {outcome?.kind === 'written' && <span data-outcome="written">{t('exportDialog.written', { path: outcome.path })}</span>}
        {outcome?.kind === 'cancelled' && <span data-outcome="cancelled">{t('exportDialog.cancelled')}</span>}
        {outcome?.kind === 'failed' && (
          <span className="field-error" data-outcome="failed">
            {outcome.message}
          </span>
        )}
      </div>

      <div className="dialog-actions">
        {running ? (
          <button type="button" onClick={() => jobId && void api.cancelExport({ jobId })} data-testid="export-cancel">
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
