// "New article", then straight back out: the empty draft should not stay behind as an "Untitled" row. The
// page only asks; the article goes for good only if it is still exactly as created — never saved since,
// nothing in its headline, sapo or body — so no call from the page can throw away a word anyone wrote.
import type { Library } from '../library/openLibrary';

export function discardUntouchedArticle(library: Library, id: number): { discarded: boolean } {
  const article = library.articles.get(id);
  const emptyBody = (article.body.content ?? []).every((node) => node.type === 'paragraph' && (node.content ?? []).length === 0);
  const untouched = article.updated === article.created && article.headline.trim() === '' && article.sapo.trim() === '' && emptyBody;
  if (untouched) library.articles.deleteForever(id);
  return { discarded: untouched };
}
