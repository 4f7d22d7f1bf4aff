// The report's body: one TipTap editor with the app's extensions, labelled in the reader's language.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '@tiptap/react';
import type { AnyExtension } from '@tiptap/core';
import type { DocNode } from '../../contract/schemas/document';
import type { FigureHost } from './figure/figureHost';
import { editorExtensions } from './editorExtensions';

interface BodyEditorOptions {
  body: DocNode;
  /** Every change of the body (the body itself is read from the editor only when a save runs). */
  onUpdate: () => void;
  openLinkDialog: () => void;
  /** Photo files pasted or dropped into the body, and where. */
  onPhotoFiles: (files: File[], pos: number | null) => void;
  /** Where the figures' photos come from and how one is attached. */
  figureHost: FigureHost;
  extraExtensions?: AnyExtension[];
}

export function useBodyEditor({ body, onUpdate, openLinkDialog, onPhotoFiles, figureHost, extraExtensions }: BodyEditorOptions) {
  const { t, i18n } = useTranslation();
  // The editor's extensions are built once; they reach the current photo placement through these refs.
  const placeFiles = useRef(onPhotoFiles);
  placeFiles.current = onPhotoFiles;
  const host = useRef(figureHost);
  host.current = figureHost;
  return useEditor({
    injectCSS: false,
    extensions: editorExtensions({
      placeholder: t('editor.bodyPlaceholder'),
      openLinkDialog,
      onPhotoFiles: (files, pos) => placeFiles.current(files, pos),
      figureHost: () => host.current,
      i18n,
      extra: extraExtensions,
    }),
    content: body,
    editorProps: { attributes: { 'aria-label': t('editor.bodyLabel'), class: 'article-body', spellcheck: 'false' } },
    onUpdate,
  });
}
