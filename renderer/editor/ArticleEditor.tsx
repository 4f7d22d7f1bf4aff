// The article screen: headline and body, saved as the reporter types.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { SaveIndicator } from './SaveIndicator';
import { useAutosave } from './useAutosave';
import { HeadlineField } from './HeadlineField';

interface ArticleEditorProps {
  articleId: number;
  onBack: () => void;
}

export function ArticleEditor({ articleId, onBack }: ArticleEditorProps) {
  const { t } = useTranslation();
  const [article, setArticle] = useState<Article | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    api.getArticle({ id: articleId }).then(
      (loaded) => current && setArticle(loaded),
      (failure: unknown) => current && setError(describeError(t, failure)),
    );
    return () => {
      current = false;
    };
  }, [articleId, t]);

  return (
    <main className="editor-screen">
      <div className="editor-bar">
        <button type="button" className="quiet" onClick={onBack} data-testid="back">
          ← {t('editor.back')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {article && <LoadedEditor key={article.id} article={article} />}
    </main>
  );
}

type ArticleChanges = { headline: string; body: DocNode };

function LoadedEditor({ article }: { article: Article }) {
  const { t } = useTranslation();
  const [headline, setHeadline] = useState(article.headline);
  const [saver, saveState, saveError] = useAutosave<ArticleChanges>(async (changes) => {
    await api.updateArticle({ id: article.id, ...changes });
  });

  const editor = useEditor({
    injectCSS: false,
    extensions: [StarterKit, Placeholder.configure({ placeholder: t('editor.bodyPlaceholder') })],
    content: article.body,
    editorProps: { attributes: { 'aria-label': t('editor.bodyLabel'), class: 'article-body', spellcheck: 'true' } },
    onUpdate: ({ editor: changed }) => saver.update({ body: changed.getJSON() as DocNode }),
  });

  return (
    <article className="article-editor">
      <HeadlineField
        value={headline}
        onChange={(value) => {
          setHeadline(value);
          saver.update({ headline: value });
        }}
        onEnter={() => {
          if (!editor) return;
          // Synchronously, inside the keydown: TipTap's focus() waits a frame and fast typing would land here.
          editor.view.focus();
          editor.commands.setTextSelection(1);
        }}
      />
      <EditorContent editor={editor} />
      <footer className="status-bar">
        <SaveIndicator state={saveState} error={saveError} />
      </footer>
    </article>
  );
}
