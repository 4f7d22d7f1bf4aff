import { describe, expect, it } from 'vitest';
import { creditLineInWords } from './creditLineWords';

describe('creditLineInWords', () => {
  it('words the role, unchanged or changed, in the article’s language, and leaves the names alone', () => {
    expect(creditLineInWords([{ op: 'same', text: 'textAndPhotos: Minh Khôi' }], 'vi')).toEqual([{ op: 'same', text: 'Tin và ảnh: Minh Khôi' }]);
    expect(
      creditLineInWords(
        [
          { op: 'removed', text: 'text' },
          { op: 'added', text: 'photos' },
          { op: 'same', text: ': text ' },
          { op: 'added', text: 'photos' },
        ],
        'en',
      ),
    ).toEqual([
      { op: 'removed', text: 'Text' },
      { op: 'added', text: 'Photos' },
      { op: 'same', text: ': text ' },
      { op: 'added', text: 'photos' },
    ]);
  });
});
