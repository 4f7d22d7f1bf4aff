// Above the article: the conflict notice while a save is refused, what an update from a file did (with its
// import report and a way to the history showing exactly what changed), and an update's refusal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReportNotice } from '../app/ImportReportNotice';
import { Notice } from '../components/Notice';
import { ProblemNotices } from '../components/ProblemNotices';
import { ConflictNotice } from './ConflictNotice';
import type { FileUpdate, RevisionActions } from './useRevisionActions';

interface RevisionNoticesProps {
  articleId: number;
  conflicted: boolean;
  actions: RevisionActions;
  /** The update from a file this editor was reloaded after, if any. */
  fileUpdate: FileUpdate | undefined;
}

export function RevisionNotices({ articleId, conflicted, actions, fileUpdate }: RevisionNoticesProps) {
  const { t } = useTranslation();
  const [updateShown, setUpdateShown] = useState(fileUpdate !== undefined);
  const { update } = actions;
  return (
    <>
      {conflicted && <ConflictNotice onLoadNewer={actions.loadNewer} onKeepMine={actions.keepMine} />}
      {update.problem && (
        <div className="update-notice">
          <ProblemNotices problems={[update.problem]} onDismiss={update.dismissProblem} testId="update-file-error" />
        </div>
      )}
      {fileUpdate && updateShown && (
        <div className="update-notice" data-testid="update-file-notice">
          <Notice tone="info" onDismiss={() => setUpdateShown(false)}>
            {t('updateFile.done', { file: fileUpdate.fileName })}
            <button type="button" onClick={() => actions.showHistory('beforeUpdate')} data-testid="update-show-changes">
              {t('updateFile.showChanges')}
            </button>
          </Notice>
          <ImportReportNotice
            files={[{ fileName: fileUpdate.fileName, articleId, report: fileUpdate.report }]}
            onOpenExisting={() => undefined}
            onDismiss={() => setUpdateShown(false)}
          />
        </div>
      )}
    </>
  );
}
