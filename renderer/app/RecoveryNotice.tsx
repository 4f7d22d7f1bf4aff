// At start: text a closing window handed over but never confirmed saved (library/draftRecovery.ts), offered
// back. Restore saves it into its article and opens it; Discard forgets it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveredDraft } from '../../contract/schemas/draftRecovery';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';
import { formatTimestamp } from './formatTimestamp';

interface RecoveryNoticeProps {
  /** Called before a restore, so an open editor saves and closes first; then with the restored article. */
  onLeaveEditor: () => void;
  onRestored: (articleId: number) => void;
}

export function RecoveryNotice({ onLeaveEditor, onRestored }: RecoveryNoticeProps) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<RecoveredDraft[]>([]);
  const [error, setError] = useState<Problem>();
  useEffect(() => {
    api.listRecoveredDrafts({}).then(setDrafts, (failure: unknown) => setError(toProblem(failure)));
  }, []);

  const settle = async (draft: RecoveredDraft, restore: boolean) => {
    try {
      if (restore) {
        onLeaveEditor();
        await api.restoreRecoveredDraft({ articleId: draft.articleId });
        onRestored(draft.articleId);
      } else {
        await api.dismissRecoveredDraft({ articleId: draft.articleId });
      }
      setDrafts((current) => current.filter((other) => other.articleId !== draft.articleId));
    } catch (failure) {
      setError(toProblem(failure));
    }
  };

  if (drafts.length === 0 && !error) return null;
  return (
    <section className="recovery-notice" aria-label={t('recovery.label')} data-testid="recovery-notice">
      <ProblemNotices problems={error ? [error] : []} onDismiss={() => setError(undefined)} />
      {drafts.map((draft) => (
        <p key={draft.articleId} role="status">
          {t('recovery.notice', { headline: draft.headline || t('recovery.untitled'), when: formatTimestamp(draft.savedAt, i18n.language) })}{' '}
          <button type="button" onClick={() => void settle(draft, true)}>
            {t('recovery.restore')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void settle(draft, false)}>
            {t('recovery.dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
