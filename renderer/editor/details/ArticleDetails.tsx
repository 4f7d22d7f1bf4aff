// The report's details beside the text: status, dateline, credit line, section, tags and target length.
// Each edit goes to the same autosave as the text; status changes are saved at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditRoles, type CreditRole } from '../../../common/article/creditLine';
import { formatDateline } from '../../../common/article/dateline';
import { isLanguage } from '../../../common/i18n/languages';
import type { Article, ArticleChanges, ArticleStatus } from '../../../contract/schemas/article';
import { parseTags } from './parseTags';
import { StatusControl } from './StatusControl';

interface ArticleDetailsProps {
  article: Article;
  onChange: (changes: Omit<ArticleChanges, 'body'>) => void;
  onStatus: (status: ArticleStatus) => void;
}

export function ArticleDetails({ article, onChange, onStatus }: ArticleDetailsProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = isLanguage(i18n.language) ? i18n.language : 'en';
  const [place, setPlace] = useState(article.dateline?.place ?? '');
  const [date, setDate] = useState(article.dateline?.date ?? '');
  const [role, setRole] = useState<CreditRole | ''>(article.credit?.role ?? '');
  const [names, setNames] = useState(article.credit?.names ?? '');
  const [section, setSection] = useState(article.section);
  const [tags, setTags] = useState(article.tags.join(', '));
  const [target, setTarget] = useState(article.targetWords ? String(article.targetWords) : '');

  const saveDateline = (nextPlace: string, nextDate: string) =>
    onChange({ dateline: nextPlace.trim() || nextDate ? { place: nextPlace.trim(), date: nextDate || null } : null });
  const saveCredit = (nextRole: CreditRole | '', nextNames: string) =>
    onChange({ credit: nextRole && nextNames.trim() ? { role: nextRole, names: nextNames.trim() } : null });

  return (
    <aside className="article-details" aria-label={t('details.panel')}>
      <StatusControl status={article.status} since={article.statusHistory.at(-1)?.at} onChange={onStatus} />

      <fieldset>
        <legend>{t('details.dateline')}</legend>
        <label className="field">
          <span>{t('details.place')}</span>
          <input
            type="text"
            value={place}
            data-testid="dateline-place"
            onChange={(event) => {
              setPlace(event.target.value);
              saveDateline(event.target.value, date);
            }}
          />
        </label>
        <label className="field">
          <span>{t('details.date')}</span>
          <input
            type="date"
            value={date}
            data-testid="dateline-date"
            onChange={(event) => {
              setDate(event.target.value);
              saveDateline(place, event.target.value);
            }}
          />
        </label>
        {(place.trim() || date) && (
          <p className="muted small" data-testid="dateline-preview">
            {formatDateline({ place: place.trim(), date: date || null }, uiLanguage)}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('details.credit')}</legend>
        <label className="field">
          <span>{t('details.creditRole')}</span>
          <select
            value={role}
            data-testid="credit-role"
            onChange={(event) => {
              const next = event.target.value as CreditRole | '';
              setRole(next);
              saveCredit(next, names);
            }}
          >
            <option value="">{t('details.creditNone')}</option>
            {creditRoles.map((option) => (
              <option key={option} value={option}>
                {t(`creditRole.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('details.creditNames')}</span>
          <input
            type="text"
            value={names}
            placeholder={t('details.creditNamesPlaceholder')}
            data-testid="credit-names"
            onChange={(event) => {
              setNames(event.target.value);
              saveCredit(role, event.target.value);
            }}
          />
        </label>
      </fieldset>

      <label className="field">
        <span>{t('details.section')}</span>
        <input
          type="text"
          value={section}
          data-testid="section"
          onChange={(event) => {
            setSection(event.target.value);
            onChange({ section: event.target.value });
          }}
        />
      </label>
      <label className="field">
        <span>{t('details.tags')}</span>
        <input
          type="text"
          value={tags}
          placeholder={t('details.tagsPlaceholder')}
          data-testid="tags"
          onChange={(event) => {
            setTags(event.target.value);
            onChange({ tags: parseTags(event.target.value) });
          }}
        />
      </label>
      <label className="field">
        <span>{t('details.targetWords')}</span>
        <input
          type="number"
          min={1}
          max={100000}
          step={50}
          value={target}
          data-testid="target-words"
          onChange={(event) => {
            setTarget(event.target.value);
            const words = Number.parseInt(event.target.value, 10);
            onChange({ targetWords: Number.isSafeInteger(words) && words > 0 ? Math.min(words, 100_000) : null });
          }}
        />
      </label>
    </aside>
  );
}
