// The dialog's last step: progress while the export runs, then where it went (or why it did not).
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../api/problem';
import type { ExportJob } from './useExportJob';

export function ExportStatus({ job }: { job: Pick<ExportJob, 'running' | 'progress' | 'outcome'> }) {
  const { t } = useTranslation();
  const { running, progress, outcome } = job;
  return (
    <div className="export-status" role="status" aria-live="polite" data-testid="export-status">
      {running && (
        <>
          <progress max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
          <span>{progress ? t(`exportDialog.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('exportDialog.exporting')}</span>
        </>
      )}
      {outcome?.kind === 'written' && <span data-outcome="written">{t('exportDialog.written', { path: outcome.path })}</span>}
      {outcome?.kind === 'downloaded' && <span data-outcome="downloaded">{t('exportDialog.downloaded', { fileName: outcome.fileName })}</span>}
      {outcome?.kind === 'cancelled' && <span data-outcome="cancelled">{t('exportDialog.cancelled')}</span>}
      {outcome?.kind === 'failed' && (
        <span className="field-error" data-outcome="failed">
          {describeProblem(t, outcome.problem)}
        </span>
      )}
    </div>
  );
}
