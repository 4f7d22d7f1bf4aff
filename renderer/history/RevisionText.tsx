// A revision's own text, as the diff reads it: headline, sapo, body, captions, photo credits, credit line.
import { useTranslation } from 'react-i18next';
import { formatCreditLine } from '../../common/article/creditLine';
import type { Language } from '../../common/i18n/languages';
import { comparedFields, diffFieldOrder } from '../../common/revisions/articleDiff';
import type { ArticleContent } from '../../contract/schemas/revision';

export function RevisionText({ content, language }: { content: ArticleContent; language: Language }) {
  const { t } = useTranslation();
  const fields = { ...comparedFields(content), creditLine: content.credit ? formatCreditLine(content.credit, language) : '' };
  return (
    <div className="history-content" data-testid="history-content">
      {diffFieldOrder
        .filter((field) => fields[field] !== '' || field === 'headline' || field === 'body')
        .map((field) => (
          <section key={field} className="history-field" aria-labelledby={`text-${field}`}>
            <h3 id={`text-${field}`}>{t(`history.field.${field}`)}</h3>
            <p className="history-text">{fields[field] || <span className="muted">{t('history.empty')}</span>}</p>
          </section>
        ))}
    </div>
  );
}
