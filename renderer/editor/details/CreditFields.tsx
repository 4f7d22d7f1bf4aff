// Who wrote the report and who took its photos: a role and the names, saved only when both are there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditRoles, type CreditRole } from '../../../common/article/creditLine';
import type { Article, ArticleChanges } from '../../../contract/schemas/article';
import { Field, InputField } from '../../components/Field';

interface CreditFieldsProps {
  credit: Article['credit'];
  onChange: (changes: Pick<ArticleChanges, 'credit'>) => void;
}

export function CreditFields({ credit, onChange }: CreditFieldsProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<CreditRole | ''>(credit?.role ?? '');
  const [names, setNames] = useState(credit?.names ?? '');

  const save = (nextRole: CreditRole | '', nextNames: string) =>
    onChange({ credit: nextRole && nextNames.trim() ? { role: nextRole, names: nextNames.trim() } : null });

  return (
    <fieldset>
      <legend>{t('details.credit')}</legend>
      <Field label={t('details.creditRole')}>
        <select
          value={role}
          data-testid="credit-role"
          onChange={(event) => {
            const next = event.target.value as CreditRole | '';
            setRole(next);
            save(next, names);
          }}
        >
          <option value="">{t('details.creditNone')}</option>
          {creditRoles.map((option) => (
            <option key={option} value={option}>
              {t(`creditRole.${option}`)}
            </option>
          ))}
        </select>
      </Field>
      <InputField
        label={t('details.creditNames')}
        value={names}
        placeholder={t('details.creditNamesPlaceholder')}
        data-testid="credit-names"
        onValue={(value) => {
          setNames(value);
          save(role, value);
        }}
      />
    </fieldset>
  );
}
