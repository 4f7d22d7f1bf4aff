// The plain-text import on the seed (exactly) and on the shapes reporters' files really take: other line
// endings, invisible spaces, no dateline, no credit, chrome of any wording, prose that looks like captions.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../common/text/countText';
import { documentFigures, documentToPlainText } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { isEmptyImport } from '../../import/importedArticle';
import { parsePlainTextArticle } from '../../import/plainText/parsePlainTextArticle';
import { paragraph, readSeed, readSeedText, seedHeadline } from '../helpers/seed';
import { expectedSeedBody, figureOf, seedCaptions } from './plainTextFixtures';

const seedText = readSeedText();
const seedCredit = { role: 'textAndPhotos', names: 'Minh Khôi' };
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
/** The seed with its body (everything between the headline and the credit) replaced. */
const seedLines = seedText.split('\n');
const creditIndex = seedLines.indexOf('Tin và ảnh: Minh Khôi');

describe('the seed', () => {
  const article = parsePlainTextArticle(seedText);

  it('gives exactly its dateline, headline, figures, paragraphs and credit', () => {
    expect(article).toEqual({
      dateline: { place: '', date: '2024-06-22' },
      headline: seedHeadline,
      sapo: '',
      body: expectedSeedBody(),
      credit: seedCredit,
    });
  });

  it('has a figure before the first paragraph, seven paragraphs, a two-line figure, two paragraphs', () => {
    const types = article.body.content!.map((node) => node.type);
    expect(types).toEqual(['figure', ...Array(7).fill('paragraph'), 'figure', 'paragraph', 'paragraph']);
    expect(documentFigures(article.body)).toEqual([
      { caption: seedCaptions.first, credit: '', photoId: null },
      { caption: seedCaptions.secondLines.join('\n'), credit: '', photoId: null },
    ]);
    expect(article.body.content![8]!.content!.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text']);
  });

  it('counts 871 words in the body and keeps no web chrome', () => {
    const text = documentToPlainText(article.body);
    expect(countWords(text)).toBe(871);
    expect(text.split('\n\n')).toEqual(readSeed().paragraphs);
    for (const chrome of ['Gửi cho bạn bè', 'Các tin khác', 'Xem nhiều nhất', 'Tin và ảnh']) {
      expect(JSON.stringify(article)).not.toContain(chrome);
    }
  });

  it('reads the same when decomposed (NFD), with CRLF, with CR, or with a BOM', () => {
    expect(seedText.normalize('NFD')).not.toBe(seedText);
    expect(parsePlainTextArticle(seedText.normalize('NFD'))).toEqual(article);
    expect(parsePlainTextArticle(seedText.replace(/\n/g, '\r\n'))).toEqual(article);
    expect(parsePlainTextArticle(seedText.replace(/\n/g, '\r'))).toEqual(article);
    expect(parsePlainTextArticle(`\ufeff${seedText}`)).toEqual(article);
  });

  it('treats lines of spaces, tabs, U+00A0, U+202F, U+2007 and U+FEFF as blank', () => {
    for (const invisible of [' \t ', '\u00a0', '\u202f\u202f', '\u2007', '\ufeff', ' \u00a0\u202f\u2007\ufeff\t']) {
      const text = seedText.replace(/^\u00a0$/gm, invisible).replace(/\n\n/g, `\n${invisible}\n`);
      expect(parsePlainTextArticle(text)).toEqual(article);
    }
  });

  it('trims spaces and no-break spaces around lines', () => {
    const padded = seedText
      .split('\n')
      .map((line) => (line ? `\u00a0 ${line}\t ` : line))
      .join('\n');
    expect(parsePlainTextArticle(padded)).toEqual(article);
  });
});

describe('dateline, headline and sapo', () => {
  it('without a dateline, the first line is the headline', () => {
    const article = parsePlainTextArticle(seedLines.slice(1).join('\n'));
    expect(article.dateline).toBeNull();
    expect(article.headline).toBe(seedHeadline);
    expect(article.body).toEqual(expectedSeedBody());
  });

  it('a dateline with a place, alone in its block, with the headline after a blank line', () => {
    const article = parsePlainTextArticle('Hà Nội, Thứ Bảy, 22/6/2024\n\nTiêu đề bài\n\nĐoạn một.');
    expect(article).toMatchObject({ dateline: { place: 'Hà Nội', date: '2024-06-22' }, headline: 'Tiêu đề bài', sapo: '' });
    expect(article.body).toEqual(doc(paragraph('Đoạn một.')));
  });

  it('a date whose weekday is wrong is not a dateline: it is the headline', () => {
    const article = parsePlainTextArticle('Thứ Hai, 22/6/2024\nTiêu đề\n\nĐoạn một.');
    expect(article.dateline).toBeNull();
    expect(article.headline).toBe('Thứ Hai, 22/6/2024');
    expect(article.sapo).toBe('Tiêu đề');
  });

  it('lines right under the headline are the sapo, one line each; after a blank line they are body', () => {
    const sapo = 'Sáng 21/6, tại Hà Nội, Khối thi đua tổ chức Hội nghị.\nHội nghị triển khai kế hoạch năm 2022.';
    const article = parsePlainTextArticle(`Thứ Bảy, 22/6/2024\nTiêu đề\n${sapo}\n\nĐoạn một.`);
    expect(article.sapo).toBe(sapo);
    expect(article.body).toEqual(doc(paragraph('Đoạn một.')));
    expect(parsePlainTextArticle('Tiêu đề\n\nSáng 21/6, Hội nghị.').sapo).toBe('');
  });

  it('a first line too long for a headline is the first paragraph', () => {
    const long = `${'Lời dẫn rất dài '.repeat(70)}kết thúc.`;
    expect(long.length).toBeGreaterThan(1000);
    const article = parsePlainTextArticle(`${long}\nTiếp theo.\n\nĐoạn hai.`);
    expect(article.headline).toBe('');
    expect(article.body).toEqual(doc(paragraph(`${long} Tiếp theo.`), paragraph('Đoạn hai.')));
  });
});

describe('credit line and web chrome', () => {
  it('without a credit line the chrome still goes and the last paragraph stays', () => {
    const lines = [...seedLines.slice(0, creditIndex), ...seedLines.slice(creditIndex + 1)];
    const article = parsePlainTextArticle(lines.join('\n'));
    expect(article.credit).toBeNull();
    expect(article.body).toEqual(expectedSeedBody());
  });

  it('everything after the credit line goes, whatever its wording', () => {
    const text = `${seedLines.slice(0, creditIndex + 1).join('\n')}\n\nChia sẻ Facebook\nZalo\n\nTweet`;
    const article = parsePlainTextArticle(text);
    expect(article.credit).toEqual(seedCredit);
    expect(article.body).toEqual(expectedSeedBody());
  });

  it('reads every credit role', () => {
    const credits = {
      'Tin: Minh Khôi': { role: 'text', names: 'Minh Khôi' },
      'Ảnh: Trần Hải, Lê Vân': { role: 'photos', names: 'Trần Hải, Lê Vân' },
      'Tổng hợp: Phương Anh': { role: 'compiledBy', names: 'Phương Anh' },
    };
    for (const [line, credit] of Object.entries(credits)) {
      expect(parsePlainTextArticle(`Tiêu đề\n\nĐoạn một.\n\n${line}\n\nCác tin khác`).credit).toEqual(credit);
    }
  });

  it('a credit-like line followed by paragraphs is body text, not the credit', () => {
    const article = parsePlainTextArticle('Tiêu đề\n\nẢnh: tư liệu\n\nĐoạn một kể lại sự việc.\n\nĐoạn hai.');
    expect(article.credit).toBeNull();
    expect(article.body.content).toHaveLength(3);
    expect(article.body.content![2]).toEqual(paragraph('Đoạn hai.'));
  });

  it('a caption closing the report is kept when chrome follows it', () => {
    const article = parsePlainTextArticle('Tiêu đề\n\nĐoạn một.\n\nQuang cảnh buổi lễ\n\nGửi cho bạn bè\nIn bài\n\nVề đầu trang');
    expect(article.body).toEqual(doc(paragraph('Đoạn một.'), figureOf(['Quang cảnh buổi lễ'])));
  });

  it('known chrome is recognised in any case and with arrows or brackets around it', () => {
    const article = parsePlainTextArticle('Tiêu đề\n\nĐoạn một.\n\n» Các tin khác\n[In bài]\nCHIA SẺ:\nTin liên quan\nBão số 3 đổ bộ vào miền Trung');
    expect(article.body).toEqual(doc(paragraph('Đoạn một.')));
  });

  it('a file of nothing but chrome, blank lines or nothing is empty', () => {
    for (const text of ['Gửi cho bạn bè\n\nCác tin khác\n\nXem nhiều nhất\n', '', '\n\n \u00a0\n\ufeff\n', '\r\n\r\n']) {
      const article = parsePlainTextArticle(text);
      expect(isEmptyImport(article), JSON.stringify(text)).toBe(true);
      expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    }
  });
});

describe('captions and paragraphs', () => {
  const bodyOf = (block: string) => parsePlainTextArticle(`Tiêu đề\n\n${block}`).body.content;

  it('up to three short unpunctuated lines are a caption, a hard break between lines', () => {
    expect(bodyOf('Dòng một\nDòng hai\nDòng ba')).toEqual([figureOf(['Dòng một', 'Dòng hai', 'Dòng ba'])]);
  });

  it('four such lines are one paragraph, joined by spaces', () => {
    expect(bodyOf('Dòng một\nDòng hai\nDòng ba\nDòng bốn')).toEqual([paragraph('Dòng một Dòng hai Dòng ba Dòng bốn')]);
  });

  it('a line ending like a sentence makes the block a paragraph', () => {
    for (const end of ['.', '!', '?', '…', '”', '"']) {
      expect(bodyOf(`Quang cảnh Hội nghị${end}`)).toEqual([paragraph(`Quang cảnh Hội nghị${end}`)]);
    }
    expect(bodyOf('Câu mở đầu.\nCâu bị ngắt dòng giữa chừng')).toEqual([paragraph('Câu mở đầu. Câu bị ngắt dòng giữa chừng')]);
  });

  it('a line of 40 words can be a caption; 41 words cannot', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
    expect(bodyOf(words(40))![0]!.type).toBe('figure');
    expect(bodyOf(words(41))).toEqual([paragraph(words(41))]);
  });

  it('a lead-in ending with a colon, or a line of dialogue, is not a caption', () => {
    expect(bodyOf('Nội dung chính gồm:')).toEqual([paragraph('Nội dung chính gồm:')]);
    expect(bodyOf('- Vâng')).toEqual([paragraph('- Vâng')]);
  });

  it('reads back the markers of our own export: rule, quote, bullet and numbered lists', () => {
    expect(bodyOf('* * *\n\n> Học tập và làm theo\n> tư tưởng Hồ Chí Minh\n\n- an sinh xã hội\n- giao lưu văn nghệ\n\n1. Một\n2. Hai')).toEqual([
      { type: 'horizontalRule' },
      { type: 'blockquote', content: [paragraph('Học tập và làm theo'), paragraph('tư tưởng Hồ Chí Minh')] },
      {
        type: 'bulletList',
        content: ['an sinh xã hội', 'giao lưu văn nghệ'].map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
      },
      { type: 'orderedList', attrs: { start: 1 }, content: ['Một', 'Hai'].map((item) => ({ type: 'listItem', content: [paragraph(item)] })) },
    ]);
    // Numbers out of order are not a list.
    expect(bodyOf('1. Một.\n3. Ba.')).toEqual([paragraph('1. Một. 3. Ba.')]);
  });
});

describe('a 10 MB file', () => {
  it('parses whole, every paragraph and figure in place, the credit and chrome found at its end', () => {
    const body = seedLines.slice(2, creditIndex).join('\n');
    const copies = Math.ceil(10_000_000 / Buffer.byteLength(body));
    const text = [seedLines[0], seedLines[1], ...Array<string>(copies).fill(body), ...seedLines.slice(creditIndex)].join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(10_000_000);

    const article = parsePlainTextArticle(text);
    expect(article.headline).toBe(seedHeadline);
    expect(article.credit).toEqual(seedCredit);
    expect(article.body.content).toHaveLength(copies * 11);
    expect(article.body.content!.slice(-11)).toEqual(expectedSeedBody().content);
    expect(countWords(documentToPlainText(article.body))).toBe(copies * 871);
  });
});
