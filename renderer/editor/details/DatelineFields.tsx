// Where and when the report was filed, with the dateline as it will print.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateline } from '../../../common/article/dateline';
import { isLanguage } from '../../../common/i18n/languages';
import type { Article, ArticleChanges } from '../../../contract/schemas/article';
import { DateField } from '../../components/DateField';
import { InputField } from '../../components/Field';

interface DatelineFieldsProps {
  dateline: Article['dateline'];
  onChange: (changes: Pick<ArticleChanges, 'dateline'>) => void;
}

export function DatelineFields({ dateline, onChange }: DatelineFieldsProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = isLanguage(i18n.language) ? i18n.language : 'en';
  const [place, setPlace] = useState(dateline?.place ?? '');
  const [date, setDate] = useState(dateline?.date ?? '');

  const save = (nextPlace: string, nextDate: string) =>
    onChange({ dateline: nextPlace.trim() || nextDate ? { place: nextPlace.trim(), date: nextDate || null } : null });

  return (
    <fieldset>
      <legend>{t('details.dateline')}</legend>
      <InputField
        label={t('details.place')}
        value={place}
        data-testid="dateline-place"
        onValue={(value) => {
          setPlace(value);
          save(value, date);
        }}
      />
      <DateField
        label={t('details.date')}
        value={date}
        data-testid="dateline-date"
        onValue={(value) => {
          setDate(value);
          save(place, value);
        }}
      />
      {(place.trim() || date) && (
        <p className="muted small" data-testid="dateline-preview">
          {formatDateline({ place: place.trim(), date: date || null }, uiLanguage)}
        </p>
      )}
    </fieldset>
  );
}
