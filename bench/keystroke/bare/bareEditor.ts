// The peer: TipTap's StarterKit editor and nothing else (no React, no extensions of ours), built by esbuild
// and opened in the same Chromium as the real editor. It loads the same text and the real body's column
// width and type size from the server, then says it is ready.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { BarePageContent } from './barePageContent';
import './bareEditor.css';

const { doc, text } = (await (await fetch('/content.json')).json()) as BarePageContent;
const element = document.getElementById('editor')!;
Object.assign(element.style, { width: `${text.widthPx}px`, fontSize: text.fontSize, lineHeight: text.lineHeight });
new Editor({ element, extensions: [StarterKit], content: doc });
document.body.dataset.ready = 'true';
