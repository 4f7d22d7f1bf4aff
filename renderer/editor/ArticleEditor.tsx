// The article screen: dateline, headline, sapo, the body with its toolbar, the credit line, and the details
// beside them — all saved as the reporter types.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { formatCreditLine } from '../../common/article/creditLine';
import { formatDateline } from '../../common/article/dateline';
import { countText, type TextCounts } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article, ArticleChanges, ArticleStatus } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { api, photoUrl } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { AutoGrowTextarea } from '../components/AutoGrowTextarea';
import { ArticleDetails } from './details/ArticleDetails';
import { editorExtensions } from './editorExtensions';
import { FigureHostContext, type FigureHost } from './figure/figureHost';
import { HeadlineField } from './HeadlineField';
import { StatusBar } from './StatusBar';
import { LinkDialog } from './toolbar/LinkDialog';
import { Toolbar } from './toolbar/Toolbar';
import type { ToolbarHost } from './toolbar/toolbarActions';
import { useAutosave } from './useAutosave';
import type { Autosaver } from './autosaver';
import { usePhotoPlacement } from './usePhotoPlacement';
import { ExportDialog } from '../export/ExportDialog';
import { copyArticleAsRichText } from '../export/copyAsRichText';
import { PhotoPanel } from './photos/PhotoPanel';

interface ArticleEditorProps {
  articleId: number;
  onBack: () => void;
  /** Bumped by File → Export…: each new value opens the export dialog. */
  exportRequests: number;
}

export function ArticleEditor({ articleId, onBack, exportRequests }: ArticleEditorProps) {
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
      {article && <LoadedEditor key={article.id} initial={article} exportRequests={exportRequests} />}
    </main>
  );
}

/** What the autosave carries: article fields, with the body only flagged (read from the editor when saving). */
type PendingChanges = Omit<ArticleChanges, 'body'> & { body?: true };

function LoadedEditor({ initial, exportRequests }: { initial: Article; exportRequests: number }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | string>('idle');
  const firstExportRequest = useRef(exportRequests);
  useEffect(() => {
    if (exportRequests !== firstExportRequest.current) setExporting(true);
  }, [exportRequests]);
  const [article, setArticle] = useState(initial);
  const [headline, setHeadline] = useState(initial.headline);
  const [sapo, setSapo] = useState(initial.sapo);
  const [linkOpen, setLinkOpen] = useState(false);
  const [initialCounts] = useState<TextCounts>(() => countText(documentToPlainText(initial.body)));
  const editorRef = useRef<Editor | null>(null);
  const photos = usePhotoPlacement(initial.id, () => editorRef.current);
  // The editor's extensions are built once; they reach the current photo placement through this ref.
  const placeFiles = useRef(photos.placeFiles);
  placeFiles.current = photos.placeFiles;

  const saver = useAutosave<PendingChanges>(async ({ body, ...changes }) => {
    const editor = editorRef.current;
    const doc = body && editor ? (editor.getJSON() as DocNode) : undefined;
    await api.updateArticle({ id: initial.id, ...changes, ...(doc ? { body: doc } : {}) });
  });

  const editor = useEditor({
    injectCSS: false,
    extensions: editorExtensions({
      placeholder: t('editor.bodyPlaceholder'),
      openLinkDialog: () => setLinkOpen(true),
      onPhotoFiles: (files, pos) => placeFiles.current(files, pos),
    }),
    content: initial.body,
    editorProps: { attributes: { 'aria-label': t('editor.bodyLabel'), class: 'article-body', spellcheck: 'true' } },
    // The body itself is read from the editor only when a save runs.
    onUpdate: () => saver.update({ body: true }),
  });
  editorRef.current = editor;

  const change = useCallback(
    (changes: Omit<ArticleChanges, 'body'>) => {
      setArticle((current) => ({ ...current, ...changes }) as Article);
      saver.update(changes);
    },
    [saver],
  );

  const setStatus = async (status: ArticleStatus) => {
    try {
      setArticle(await api.setArticleStatus({ id: initial.id, status }));
    } catch (failure) {
      window.alert(describeError(t, failure));
    }
  };

  const { pickForInsert, pickForFigure } = photos;
  const toolbarHost = useMemo<ToolbarHost>(() => ({ openLinkDialog: () => setLinkOpen(true), insertPhoto: pickForInsert }), [pickForInsert]);
  const figureHost = useMemo<FigureHost>(() => ({ photoSrc: photoUrl, addPhoto: pickForFigure }), [pickForFigure]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const copyRichText = async () => {
    try {
      await flush();
      await copyArticleAsRichText(initial.id);
      setCopyState('copied');
    } catch (failure) {
      setCopyState(describeError(t, failure));
    }
  };

  return (
    <div className="editor-layout">
      <div className="article-actions">
        <button type="button" onClick={() => void copyRichText()} data-testid="copy-rich-text">
          {t('exportDialog.copyRich')}
        </button>
        <button type="button" className="primary" onClick={() => setExporting(true)} data-testid="open-export">
          {t('exportDialog.open')}
        </button>
        {copyState !== 'idle' && (
          <span className={copyState === 'copied' ? 'muted small' : 'field-error'} role="status" data-testid="copy-state">
            {copyState === 'copied' ? t('exportDialog.copied') : copyState}
          </span>
        )}
      </div>
      <article className="article-editor" lang={article.language}>
        {article.dateline && (
          <p className="dateline-line" data-testid="dateline-line">
            {formatDateline(article.dateline, article.language)}
          </p>
        )}
        <HeadlineField
          value={headline}
          onChange={(value) => {
            setHeadline(value);
            saver.update({ headline: value });
          }}
          onEnter={() => {
            const sapoField = document.querySelector<HTMLTextAreaElement>('[data-testid="sapo"]');
            sapoField?.focus();
          }}
        />
        <AutoGrowTextarea
          className="sapo-field"
          value={sapo}
          aria-label={t('details.sapo')}
          placeholder={t('details.sapoPlaceholder')}
          data-testid="sapo"
          onChange={(event) => {
            setSapo(event.target.value);
            saver.update({ sapo: event.target.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && editor) {
              event.preventDefault();
              // Synchronously, inside the keydown: TipTap's focus() waits a frame and fast typing would land here.
              editor.view.focus();
              editor.commands.setTextSelection(1);
            }
          }}
        />
        {editor && <Toolbar editor={editor} host={toolbarHost} />}
        {photos.errors.map((message) => (
          <p key={message} className="error" role="alert" data-testid="photo-error">
            {message}
          </p>
        ))}
        <FigureHostContext.Provider value={figureHost}>
          <EditorContent editor={editor} />
        </FigureHostContext.Provider>
        {article.credit && (
          <p className="credit-line" data-testid="credit-line">
            {formatCreditLine(article.credit, article.language)}
          </p>
        )}
        {editor && <StatusBar editor={editor} initialCounts={initialCounts} targetWords={article.targetWords} saver={saver as Autosaver<object>} />}
      </article>
      <div className="editor-side">
        <ArticleDetails article={article} onChange={change} onStatus={(status) => void setStatus(status)} />
        {editor && <PhotoPanel editor={editor} busy={photos.busy} />}
      </div>
      {linkOpen && editor && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
      {photos.input}
      {exporting && <ExportDialog articleId={initial.id} flush={flush} onClose={() => setExporting(false)} />}
    </div>
  );
}
