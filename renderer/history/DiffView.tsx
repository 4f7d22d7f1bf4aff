// The differences between a revision and the current text, field by field, word by word: what was added
// since is <ins> (underlined), what was removed is <del> (struck through), so colour is never the only sign.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/i18n/languages';
import type { ArticleDiff } from '../../contract/schemas/revision';
import { creditLineInWords } from './creditLineWords';
import { excerptParts } from './diffExcerpt';

export function DiffView({ diff, language }: { diff: ArticleDiff; language: Language }) {
  const { t } = useTranslation();
  if (diff.fields.length === 0) return <p className="muted" data-testid="history-no-differences">{t('history.noDifferences')}</p>;
  return (
    <div className="history-diff" data-testid="history-diff">
      <p className="history-legend muted small">
        {t('history.diffSummary', { added: diff.wordsAdded, removed: diff.wordsRemoved })} · <ins>{t('history.legendAdded')}</ins>{' '}
        <del>{t('history.legendRemoved')}</del>
      </p>
      {diff.fields.map(({ field, parts }) => (
        <section key={field} className="history-field" aria-labelledby={`diff-${field}`} data-field={field}>
          <h3 id={`diff-${field}`}>{t(`history.field.${field}`)}</h3>
          <p className="history-text">
            {excerptParts(field === 'creditLine' ? creditLineInWords(parts, language) : parts).map((part, index) =>
              part.op === 'gap' ? (
                <span key={index} className="history-gap" aria-hidden="true">
                  {' … '}
                </span>
              ) : part.op === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.op === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
    </div>
  );
}
