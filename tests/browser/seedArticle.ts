// The seed report as the editor holds it after import: a figure before the first paragraph, seven
// paragraphs, a figure with a two-line caption, two more paragraphs, dateline and credit line.
import type { DocNode } from '../../contract/schemas/document';
import type { NewArticle } from '../../store/articleStore';
import { readSeed } from '../helpers/seed';

function figure(caption: string): DocNode {
  const content = caption.split('\n').flatMap((line, index): DocNode[] => [...(index > 0 ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]);
  return { type: 'figure', attrs: { photoId: null, credit: '' }, content };
}

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export function seedArticleFields(): NewArticle {
  const seed = readSeed();
  const [first, second, third] = seed.captions as [string, string, string];
  return {
    headline: seed.headline,
    dateline: { place: '', date: '2024-06-22' },
    credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
    targetWords: 800,
    body: {
      type: 'doc',
      content: [figure(first), ...seed.paragraphs.slice(0, 7).map(paragraph), figure(`${second}\n${third}`), ...seed.paragraphs.slice(7).map(paragraph)],
    },
  };
}
