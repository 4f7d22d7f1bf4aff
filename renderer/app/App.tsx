import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onMenuCommand } from '../api/apiClient';
import { ArticleEditor } from '../editor/ArticleEditor';
import { LibraryView } from '../library/LibraryView';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useHashRoute } from './useHashRoute';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();

  const createArticle = useCallback(async () => {
    const article = await api.createArticle({});
    navigate({ screen: 'editor', articleId: article.id });
  }, [navigate]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'newArticle') void createArticle();
        if (command === 'showLibrary') navigate({ screen: 'library' });
      }),
    [createArticle, navigate],
  );

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <LanguageSwitcher />
      </header>
      {route.screen === 'editor' ? (
        <ArticleEditor articleId={route.articleId} onBack={() => navigate({ screen: 'library' })} figureHost={() => null} />
      ) : (
        <LibraryView onOpen={(articleId) => navigate({ screen: 'editor', articleId })} onCreate={() => void createArticle()} />
      )}
    </div>
  );
}
