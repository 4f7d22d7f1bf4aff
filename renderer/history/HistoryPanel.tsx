// The article's history (Ctrl+Shift+H or "History"): its revisions newest first beside the one selected,
// shown as its differences from the current text or as its own text; restore it, or save the current text
// as a labelled version. A modal dialog: focus stays inside, Escape closes it, and goes back to the opener.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/i18n/languages';
import { describeProblem } from '../api/problem';
import { useModalDialog } from '../components/useModalDialog';
import { RevisionDetail } from './RevisionDetail';
import { RevisionList } from './RevisionList';
import { SaveVersionForm } from './SaveVersionForm';
import { useBusyAction } from './useBusyAction';
import { useRevisions, type FirstSelection } from './useRevisions';
import '../styles/history.css';

interface HistoryPanelProps {
  articleId: number;
  language: Language;
  first: FirstSelection;
  /** Makes the revision current (a revision of its own) and reloads the editor with it. */
  onRestore: (revision: number) => Promise<void>;
  onSaveVersion: (label: string) => Promise<void>;
  onClose: () => void;
}

export function HistoryPanel({ articleId, language, first, onRestore, onSaveVersion, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const view = useRevisions(articleId, first);
  const [labelling, setLabelling] = useState(false);
  const [saved, setSaved] = useState<string>();
  const { busy, problem, run: act } = useBusyAction();
  const saveVersion = (label: string) =>
    act(async () => {
      await onSaveVersion(label);
      setLabelling(false);
      setSaved(label);
      await view.reload();
    });

  const shownProblem = problem ?? view.problem;
  return (
    <dialog ref={dialog} className="history-panel" aria-labelledby="history-title" onCancel={onClose} data-testid="history-panel">
      <header className="history-header">
        <h2 id="history-title">{t('history.title')}</h2>
        {!labelling && (
          <button type="button" onClick={() => setLabelling(true)} data-testid="save-version">
            {t('history.saveVersion')}
          </button>
        )}
        <button type="button" onClick={onClose} data-testid="history-close">
          {t('history.close')}
        </button>
      </header>
      {labelling && <SaveVersionForm onSave={saveVersion} onCancel={() => setLabelling(false)} />}
      <div role="status" className="history-status">
        {saved && !labelling ? t('history.versionSaved', { label: saved }) : ''}
      </div>
      {shownProblem && (
        <p className="field-error" role="alert">
          {describeProblem(t, shownProblem)}
        </p>
      )}
      <div className="history-body">
        {view.revisions ? (
          <RevisionList revisions={view.revisions} selected={view.selected} onSelect={view.select} />
        ) : (
          <p className="muted">{t('history.loading')}</p>
        )}
        {view.shown ? (
          <RevisionDetail
            revision={view.shown.revision}
            diff={view.shown.diff}
            language={language}
            busy={busy}
            onRestore={(revision) => void act(() => onRestore(revision))}
          />
        ) : (
          <p className="muted history-detail">{t('history.loading')}</p>
        )}
      </div>
    </dialog>
  );
}
