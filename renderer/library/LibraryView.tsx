// The reporter's library: every article, newest change first; create, open, delete (after confirmation).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../contract/schemas/article';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatTimestamp } from '../app/formatTimestamp';
import type { ArticleImport } from '../app/useArticleImport';

interface LibraryViewProps {
  onOpen: (id: number) => void;
  onCreate: () => void;
  articleImport: ArticleImport;
  importErrors: string[];
}

export function LibraryView({ onOpen, onCreate, articleImport, importErrors }: LibraryViewProps) {
  const { t, i18n } = useTranslation();
  const [articles, setArticles] = useState<ArticleSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [toDelete, setToDelete] = useState<ArticleSummary | undefined>();
  const [dropping, setDropping] = useState(false);

  const reload = useCallback(async () => {
    try {
      setArticles(await api.listArticles({}));
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }, [t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const confirmDelete = async () => {
    if (!toDelete) return;
    const { id } = toDelete;
    setToDelete(undefined);
    try {
      await api.deleteArticle({ id });
      await reload();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  };

  return (
    <main
      className={`library${dropping ? ' is-dropping' : ''}`}
      data-drop-hint={t('library.dropHint')}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropping(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) void articleImport.importFiles(files).then(() => reload());
      }}
    >
      <div className="library-bar">
        <h2>{t('library.title')}</h2>
        <div className="library-actions">
          <button type="button" onClick={articleImport.openPicker} disabled={articleImport.importing} data-testid="import-article">
            {articleImport.importing ? t('library.importing') : t('library.import')}
          </button>
          <button type="button" className="primary" onClick={onCreate} data-testid="new-article">
            {t('library.newArticle')}
          </button>
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {importErrors.map((message) => (
        <p key={message} className="error" role="alert" data-testid="import-error">
          {message}
        </p>
      ))}
      {!articles ? (
        <p className="muted">{t('library.loading')}</p>
      ) : articles.length === 0 ? (
        <p className="muted empty">{t('library.empty')}</p>
      ) : (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">{t('library.headline')}</th>
              <th scope="col">{t('library.status')}</th>
              <th scope="col">{t('library.updated')}</th>
              <th scope="col" aria-label={t('library.delete')} />
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} data-article-id={article.id}>
                <td>
                  <button type="button" className="link headline-link" onClick={() => onOpen(article.id)}>
                    {article.headline || <span className="muted">{t('library.untitled')}</span>}
                  </button>
                </td>
                <td>
                  <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
                </td>
                <td className="nowrap">{formatTimestamp(article.updated, i18n.language)}</td>
                <td>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('library.deleteLabel', { headline: article.headline || t('library.untitled') })}
                    onClick={() => setToDelete(article)}
                  >
                    {t('library.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {articles && articles.length > 0 && <p className="muted count">{t('library.count', { count: articles.length })}</p>}
      {toDelete && (
        <ConfirmDialog
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { headline: toDelete.headline || t('library.untitled') })}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('confirmDelete.cancel')}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(undefined)}
        />
      )}
    </main>
  );
}
