// One revision: its differences from the current text, or its own text (two tabs, ←/→ between them), and
// "Restore this version", confirmed first.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/i18n/languages';
import type { ArticleDiff, RevisionWithContent } from '../../contract/schemas/revision';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DiffView } from './DiffView';
import { RevisionText } from './RevisionText';

type Tab = 'changes' | 'text';
const tabs: Tab[] = ['changes', 'text'];

interface RevisionDetailProps {
  revision: RevisionWithContent;
  diff: ArticleDiff;
  language: Language;
  busy: boolean;
  onRestore: (revision: number) => void;
}

export function RevisionDetail({ revision, diff, language, busy, onRestore }: RevisionDetailProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('changes');
  const [confirming, setConfirming] = useState(false);

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'changes' ? 'text' : 'changes';
    setTab(next);
    event.currentTarget.querySelector<HTMLElement>(`#history-tab-${next}`)?.focus();
  };

  return (
    <div className="history-detail" data-testid="history-detail" data-revision={revision.revision}>
      <div className="history-detail-bar">
        <div role="tablist" aria-label={t('history.revision', { revision: revision.revision })} onKeyDown={onTabKey}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`history-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="history-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              data-testid={`history-tab-${id}`}
            >
              {t(id === 'changes' ? 'history.tabChanges' : 'history.tabText')}
            </button>
          ))}
        </div>
        <button type="button" disabled={busy || diff.fields.length === 0} onClick={() => setConfirming(true)} data-testid="history-restore">
          {t('history.restore')}
        </button>
      </div>
      <div role="tabpanel" id="history-tabpanel" aria-labelledby={`history-tab-${tab}`} tabIndex={0} className="history-tabpanel">
        {tab === 'changes' ? <DiffView diff={diff} language={language} /> : <RevisionText content={revision.content} language={language} />}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('history.restoreTitle', { revision: revision.revision })}
          body={t('history.restoreBody')}
          confirmLabel={t('history.restoreConfirm')}
          cancelLabel={t('history.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRestore(revision.revision);
          }}
        />
      )}
    </div>
  );
}
