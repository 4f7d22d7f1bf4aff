// The peer of the openArticle bench: a click on a button fetches the article's JSON from the server, parses
// it and mounts TipTap's StarterKit editor on it, nothing else (no React, no routing, no extensions of ours).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { BarePageContent } from '../keystroke/bare/barePageContent';
import '../keystroke/bare/bareEditor.css';

const element = document.getElementById('editor')!;
const button = document.createElement('button');
button.id = 'open';
button.textContent = 'open';
document.body.prepend(button);
let editor: Editor | undefined;

button.addEventListener('click', () => {
  void (async () => {
    const { doc, text } = (await (await fetch('/content.json', { cache: 'no-store' })).json()) as BarePageContent;
    Object.assign(element.style, { width: `${text.widthPx}px`, fontSize: text.fontSize, lineHeight: text.lineHeight });
    editor = new Editor({ element, extensions: [StarterKit], content: doc });
  })();
});

/** Between runs: the editor gone, as the real side goes back to the library. */
(window as unknown as { closeBare: () => void }).closeBare = () => {
  editor?.destroy();
  editor = undefined;
  element.replaceChildren();
};
document.body.dataset.ready = 'true';
