// The dialog's first step: what to check before handing the report over. The reporter may pass through.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightFinding } from '../../contract/schemas/articleExport';
import { api } from '../api/apiClient';

/** The findings once the pending edits are saved and checked; undefined until then (or when it failed). */
export function usePreflight(articleId: number, flush: () => Promise<void>, onFailure: (failure: unknown) => void): PreflightFinding[] | undefined {
  const [findings, setFindings] = useState<PreflightFinding[] | undefined>();
  useEffect(() => {
    let current = true;
    void flush()
      .then(() => api.preflightArticle({ id: articleId }))
      .then((list) => current && setFindings(list), (failure: unknown) => current && onFailure(failure));
    return () => {
      current = false;
    };
  }, [articleId, flush, onFailure]);
  return findings;
}

export function PreflightList({ findings }: { findings: PreflightFinding[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="preflight" aria-label={t('exportDialog.preflightTitle')} data-testid="preflight">
      <h3>{t('exportDialog.preflightTitle')}</h3>
      {findings === undefined ? null : findings.length === 0 ? (
        <p className="muted small">{t('exportDialog.preflightNone')}</p>
      ) : (
        <ul>
          {findings.map((finding, index) => (
            <li key={index} data-code={finding.code}>
              {t(`preflight.${finding.code}`, { figure: finding.figure, words: finding.words, target: finding.target, count: finding.count })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
