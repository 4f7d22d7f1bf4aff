// Section and tags travel: our HTML export carries them as meta (dcterms.subject, keywords), our DOCX export
// as document properties (subject, keywords); importing either file brings them back.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { importArticle } from '../../import/importArticle';
import { importArticleFile } from '../../import/importArticleFile';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-import-placement');
let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

describe('section and tags on import', () => {
  it.each(['html', 'docx'])('the seed with a section and tags, exported as %s, imports with them', async (format) => {
    const seed = await importArticle(library, { fileName: 'seed.txt', content: readSeedText() });
    library.articles.update(seed.id, { section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'] });
    const written = await exportArticleTo(library, seed.id, { format, outDir: path.join(tempDir(), format) });
    const again = await importArticleFile(library, written.path);
    expect({ section: again.section, tags: again.tags }).toEqual({ section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'] });
  });

  it('a page’s keywords become tags, trimmed, blanks and repeats dropped; no meta, no section or tags', async () => {
    const tagged = await importArticle(library, {
      fileName: 'a.html',
      content: '<html><head><meta name="keywords" content=" kinh tế ,, xã hội; kinh tế "><meta name="dcterms.subject" content="Kinh tế"></head><body><h1>Tin</h1><p>Đoạn.</p></body></html>',
    });
    expect({ section: tagged.section, tags: tagged.tags }).toEqual({ section: 'Kinh tế', tags: ['kinh tế', 'xã hội'] });
    const plain = await importArticle(library, { fileName: 'b.html', content: '<h1>Tin khác</h1><p>Đoạn.</p>' });
    expect({ section: plain.section, tags: plain.tags }).toEqual({ section: '', tags: [] });
  });
});
