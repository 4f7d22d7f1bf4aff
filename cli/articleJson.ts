// What `newsdesk show --json` prints: the stored article, its plain body text, the counts a reporter checks
// against the target length, and the figures' captions (a two-line caption keeps its '\n').
import { countText } from '../common/text/countText';
import { documentFigures, documentToPlainText } from '../common/text/documentText';
import type { Article } from '../contract/schemas/article';

export function articleJson(article: Article, text: string) {
  return {
    ...article,
    text,
    counts: countText(documentToPlainText(article.body)),
    figures: documentFigures(article.body).map(({ caption, credit }) => ({ caption, credit })),
  };
}
