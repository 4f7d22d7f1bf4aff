// "Copy as rich text": the article as sanitised HTML (and plain text) on the clipboard, for pasting into a web
// CMS. A copy event carries both flavours without asking for clipboard permissions the app never grants.
import { api } from '../api/apiClient';

export async function copyArticleAsRichText(articleId: number): Promise<void> {
  const { html, text } = await api.renderArticleHtml({ id: articleId });
  const write = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', write, { once: true });
  const copied = document.execCommand('copy');
  document.removeEventListener('copy', write);
  if (!copied) throw new Error('the clipboard refused the copy');
}
