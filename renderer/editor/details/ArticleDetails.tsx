// The report's details beside the text: status, dateline, credit line, section, tags and target length.
// Each edit goes to the same autosave as the text; status changes are saved at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleChanges, ArticleStatus } from '../../../contract/schemas/article';
import { InputField } from '../../components/Field';
import { CreditFields } from './CreditFields';
import { DatelineFields } from './DatelineFields';
import { parseTags } from './parseTags';
import { StatusControl } from './StatusControl';

interface ArticleDetailsProps {
  article: Article;
  onChange: (changes: Omit<ArticleChanges, 'body'>) => void;
  onStatus: (status: ArticleStatus) => void;
}

export function ArticleDetails({ article, onChange, onStatus }: ArticleDetailsProps) {
  const { t } = useTranslation();
  const [section, setSection] = useState(article.section);
  const [tags, setTags] = useState(article.tags.join(', '));
  const [target, setTarget] = useState(article.targetWords ? String(article.targetWords) : '');

  return (
    <aside className="article-details" aria-label={t('details.panel')}>
      <StatusControl status={article.status} since={article.statusHistory.at(-1)?.at} onChange={onStatus} />
      <DatelineFields dateline={article.dateline} onChange={onChange} />
      <CreditFields credit={article.credit} onChange={onChange} />
      <InputField
        label={t('details.section')}
        value={section}
        data-testid="section"
        onValue={(value) => {
          setSection(value);
          onChange({ section: value });
        }}
      />
      <InputField
        label={t('details.tags')}
        value={tags}
        placeholder={t('details.tagsPlaceholder')}
        data-testid="tags"
        onValue={(value) => {
          setTags(value);
          onChange({ tags: parseTags(value) });
        }}
      />
      <InputField
        label={t('details.targetWords')}
        type="number"
        min={1}
        max={100000}
        step={50}
        value={target}
        data-testid="target-words"
        onValue={(value) => {
          setTarget(value);
          const words = Number.parseInt(value, 10);
          onChange({ targetWords: Number.isSafeInteger(words) && words > 0 ? Math.min(words, 100_000) : null });
        }}
      />
    </aside>
  );
}
