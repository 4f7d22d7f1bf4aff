// An HTML import that succeeds says nothing on the console: jsdom's complaints about the page (a stylesheet it
// cannot parse, say) concern styles the import drops anyway, so they never reach the reporter's terminal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentToPlainText } from '../../common/text/documentText';
import { importArticle } from '../../import/importArticle';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-quiet-import');
let library: Library;

beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
  vi.restoreAllMocks();
});

describe('HTML import noise', () => {
  it('an unparseable stylesheet reaches neither the console nor stderr', async () => {
    const said: unknown[] = [];
    for (const method of ['error', 'warn', 'log', 'info'] as const) vi.spyOn(console, method).mockImplementation((...args) => said.push(args));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(chunk), true));
    const html = '<html><head><style><img src=x></style><style>p { color: </style></head><body><h1>Tin nóng</h1><p>Mưa lớn ở Hà Nội.</p></body></html>';
    const article = await importArticle(library, { fileName: 'tin.html', content: html });
    expect(article.headline).toBe('Tin nóng');
    expect(documentToPlainText(article.body)).toContain('Mưa lớn ở Hà Nội.');
    expect(said).toEqual([]);
  });
});
