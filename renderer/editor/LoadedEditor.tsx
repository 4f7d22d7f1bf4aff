// One loaded article being edited: actions, dateline, headline, sapo, the body with its toolbar, the credit
// line and the status bar, with the details and the photos beside them — all saved as the reporter types.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { formatCreditLine } from '../../common/article/creditLine';
import { formatDateline } from '../../common/article/dateline';
import { countText, type TextCounts } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import { photoUrl } from '../api/apiClient';
import { ProblemNotices } from '../components/ProblemNotices';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryPanel } from '../history/HistoryPanel';
import { RevisionNotices } from '../history/RevisionNotices';
import { useRevisionActions, type FileUpdate } from '../history/useRevisionActions';
import { FileDialog } from '../outbox/FileDialog';
import { ChecksPanel } from '../spelling/ChecksPanel';
import { SpellingMenu } from '../spelling/SpellingMenu';
import { useSpelling } from '../spelling/useSpelling';
import { ArticleActions } from './ArticleActions';
import { ArticleLead } from './ArticleLead';
import { EditorSideTabs } from './EditorSideTabs';
import { BodyContent } from './BodyContent';
import type { Autosaver } from './autosaver';
import { ArticleDetails } from './details/ArticleDetails';
import type { FigureHost } from './figure/figureHost';
import { PhotoPanel } from './photos/PhotoPanel';
import { StatusBar } from './StatusBar';
import { LinkDialog } from './toolbar/LinkDialog';
import { Toolbar } from './toolbar/Toolbar';
import type { ToolbarHost } from './toolbar/toolbarActions';
import { useArticleDraft } from './useArticleDraft';
import { useArticleOpenInMenu } from './useArticleOpenInMenu';
import { useBodyEditor } from './useBodyEditor';
import { useIdle } from './useIdle';
import { useInitialCaret } from './useInitialCaret';
import { usePhotoPlacement } from './usePhotoPlacement';

interface LoadedEditorProps {
  initial: Article;
  /** Bumped by File → Export…: each new value opens the export dialog. */
  exportRequests: number;
  onBack: () => void;
  onTouched: () => void;
  /** The article's content was replaced (a restore, the newer text, an update from a file): reload with it. */
  onReplaced: (article: Article, update?: FileUpdate) => void;
  /** The update from a file this editor was reloaded after, to report. */
  fileUpdate?: FileUpdate;
}

export function LoadedEditor({ initial, exportRequests, onBack, onTouched, onReplaced, fileUpdate }: LoadedEditorProps) {
  const [exporting, setExporting] = useOpenOnRequest(exportRequests);
  useArticleOpenInMenu();
  const [linkOpen, setLinkOpen] = useState(false);
  const [filing, setFiling] = useState(false);
  const [initialCounts] = useState<TextCounts>(() => countText(documentToPlainText(initial.body)));
  const editorRef = useRef<Editor | null>(null);
  const draft = useArticleDraft(initial, () => editorRef.current, onTouched);
  const { article, saver, change, save, setStatus, flush } = draft;
  const revisions = useRevisionActions({ articleId: initial.id, draft, onReplaced });
  const photos = usePhotoPlacement(initial.id, () => editorRef.current);
  const spelling = useSpelling(initial.language, () => editorRef.current);
  const { pickForInsert, pickForFigure } = photos;
  const figureHost = useMemo<FigureHost>(() => ({ photoSrc: photoUrl, addPhoto: pickForFigure }), [pickForFigure]);
  const editor = useBodyEditor({
    body: initial.body,
    onUpdate: () => save({ body: true }),
    openLinkDialog: () => setLinkOpen(true),
    onPhotoFiles: photos.placeFiles,
    figureHost,
    extraExtensions: [spelling.extension],
  });
  editorRef.current = editor;
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  useInitialCaret(initial.id, editor, headlineRef);
  // The photo panel lists every figure (40 in a long report): it comes once the text is up.
  const idle = useIdle();

  const toolbarHost = useMemo<ToolbarHost>(() => ({ openLinkDialog: () => setLinkOpen(true), insertPhoto: pickForInsert }), [pickForInsert]);

  return (
    <div className="editor-layout">
      <ArticleActions
        articleId={initial.id}
        flush={flush}
        onExport={() => setExporting(true)}
        onFile={() => setFiling(true)}
        onHistory={() => revisions.showHistory()}
        onUpdateFromFile={revisions.update.open}
      />
      <RevisionNotices articleId={initial.id} conflicted={draft.conflicted} actions={revisions} fileUpdate={fileUpdate} />
      <article className="article-editor" lang={article.language}>
        {article.dateline && (
          <p className="dateline-line" data-testid="dateline-line">
            {formatDateline(article.dateline, article.language)}
          </p>
        )}
        <ArticleLead
          initialHeadline={initial.headline}
          initialSapo={initial.sapo}
          editor={editor}
          onChange={save}
          onEscape={onBack}
          headlineRef={headlineRef}
        />
        {editor && <Toolbar editor={editor} host={toolbarHost} />}
        <ProblemNotices problems={photos.errors} onDismiss={photos.dismissError} testId="photo-error" />
        <BodyContent editor={editor} />
        {article.credit && (
          <p className="credit-line" data-testid="credit-line">
            {formatCreditLine(article.credit, article.language)}
          </p>
        )}
        {editor && <StatusBar editor={editor} initialCounts={initialCounts} targetWords={article.targetWords} saver={saver as Autosaver<object>} />}
      </article>
      <div className="editor-side">
        <ProblemNotices problems={draft.statusProblem ? [draft.statusProblem] : []} onDismiss={draft.dismissStatusProblem} />
        <EditorSideTabs
          details={<ArticleDetails article={article} onChange={change} onStatus={(status) => void setStatus(status)} />}
          photos={editor && idle && <PhotoPanel editor={editor} busy={photos.busy} />}
          placingPhotos={photos.busy}
        />
        {editor && <ChecksPanel editor={editor} spelling={spelling} />}
      </div>
      {editor && <SpellingMenu editor={editor} spelling={spelling} />}
      {linkOpen && editor && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
      {photos.input}
      {revisions.update.input}
      {revisions.history && (
        <HistoryPanel
          articleId={initial.id}
          language={article.language}
          first={revisions.history}
          onRestore={revisions.restore}
          onSaveVersion={revisions.saveVersion}
          onClose={revisions.closeHistory}
        />
      )}
      {exporting && <ExportDialog articleId={initial.id} flush={flush} onClose={() => setExporting(false)} />}
      {filing && <FileDialog articleId={initial.id} flush={flush} onClose={() => setFiling(false)} />}
    </div>
  );
}

/** Open when asked by a new request number (File → Export…), not for the one the editor started with. */
function useOpenOnRequest(requests: number): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const firstRequest = useRef(requests);
  useEffect(() => {
    if (requests !== firstRequest.current) setOpen(true);
  }, [requests]);
  return [open, setOpen];
}
