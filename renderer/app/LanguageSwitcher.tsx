import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../common/i18n/languages';
import { api } from '../api/apiClient';
import { switchLanguage } from '../i18n/setupI18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = async (language: Language) => {
    await switchLanguage(language);
    await api.setLanguage({ language });
  };
  return (
    <label className="language-switcher">
      <span>{t('language.label')}</span>
      <select value={i18n.language} onChange={(event) => void change(event.target.value as Language)} data-testid="language">
        {languages.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
