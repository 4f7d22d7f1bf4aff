// Word-by-word differences, Vietnamese-aware: a changed tone mark is a changed word; the parts give both texts back.
import { describe, expect, it } from 'vitest';
import { countChangedWords, diffWords, type DiffPart } from '../../common/text/wordDiff';
import { diffArticles } from '../../common/revisions/articleDiff';
import { figureNode } from '../../common/document/figure';
import { docOf, readSeed } from '../helpers/seed';

const side = (parts: DiffPart[], op: 'added' | 'removed') => parts.filter((p) => p.op !== op).map((p) => p.text).join('');

describe('diffWords', () => {
  it('sees a moved tone mark as a changed word: hòa → hoà', () => {
    const parts = diffWords('Hòa bình và hợp tác', 'Hoà bình và hợp tác');
    expect(parts).toEqual([
      { op: 'removed', text: 'Hòa' },
      { op: 'added', text: 'Hoà' },
      { op: 'same', text: ' bình và hợp tác' },
    ]);
  });

  it('does not see NFD and NFC spellings of one word as a change', () => {
    expect(diffWords('Đẩy mạnh'.normalize('NFD'), 'Đẩy mạnh')).toEqual([{ op: 'same', text: 'Đẩy mạnh' }]);
  });

  it('finds an inserted and a deleted word inside a long text, and the parts give both texts back', () => {
    const paragraphs = readSeed().paragraphs;
    const before = paragraphs.join('\n\n');
    const after = before.replace('Đảng', 'Đảng Cộng sản').replace(/ năm /u, ' ');
    const parts = diffWords(before, after);
    expect(side(parts, 'added')).toBe(before);
    expect(side(parts, 'removed')).toBe(after);
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text)).toEqual([' Cộng sản']);
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['năm']);
    expect(countChangedWords(parts)).toEqual({ added: 2, removed: 1 });
  });

  it('reports two unrelated texts as one removal and one addition', () => {
    const parts = diffWords('một hai ba', 'bốn năm sáu');
    expect(countChangedWords(parts)).toEqual({ added: 3, removed: 3 });
    expect(side(parts, 'added')).toBe('một hai ba');
    expect(side(parts, 'removed')).toBe('bốn năm sáu');
  });

  it('handles empty texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Tin mới')).toEqual([{ op: 'added', text: 'Tin mới' }]);
  });
});

describe('diffArticles', () => {
  const base = {
    headline: 'Hội nghị hòa giải',
    sapo: 'Sáng nay',
    body: { type: 'doc', content: [...docOf(['Đoạn một.']).content!, figureNode({ photoId: 3, credit: 'Ảnh: TTXVN', caption: 'Quang cảnh hội nghị' })] },
    credit: { role: 'text' as const, names: 'Minh Khôi' },
  };

  it('covers headline, sapo, body, captions, credits and the credit line, only where they differ', () => {
    const after = {
      headline: 'Hội nghị hoà giải',
      sapo: 'Sáng nay',
      body: { type: 'doc', content: [...docOf(['Đoạn một sửa.']).content!, figureNode({ photoId: 3, credit: 'Ảnh: Thống Nhất', caption: 'Quang cảnh phiên họp' })] },
      credit: { role: 'text' as const, names: 'Minh Khôi, Lan Anh' },
    };
    const diff = diffArticles(base, after);
    expect(diff.fields.map((f) => f.field)).toEqual(['headline', 'body', 'captions', 'credits', 'creditLine']);
    expect(diff.fields[0]!.parts).toContainEqual({ op: 'removed', text: 'hòa' });
    expect(diff.fields[0]!.parts).toContainEqual({ op: 'added', text: 'hoà' });
    expect(diff.wordsAdded).toBe(1 + 1 + 2 + 2 + 2);
  });

  it('is empty between equal articles', () => {
    expect(diffArticles(base, structuredClone(base))).toEqual({ fields: [], wordsAdded: 0, wordsRemoved: 0 });
  });
});
