import { describe, expect, it } from 'vitest';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { seedHeadline } from '../helpers/seed';

describe('createTranslator', () => {
  const en = createTranslator('en');
  const vi = createTranslator('vi');

  it('renders an error in English', () => {
    expect(translateError(en, 'articleNotFound', { id: 7 })).toBe('No article with id 7');
    expect(translateError(en, 'badArticleId', { value: 'abc' })).toBe('“abc” is not an article id (a whole number, such as 12)');
  });

  it('renders an error in Vietnamese, diacritics intact and NFC', () => {
    const message = translateError(vi, 'articleNotFound', { id: 7 });
    expect(message).toBe('Không có bài nào có mã 7');
    expect(message.normalize('NFC')).toBe(message);
    const tooNew = translateError(vi, 'databaseTooNew', { path: '/Thư viện', found: 3, known: 2 });
    expect(tooNew).toContain('Thư viện tại /Thư viện được ghi bởi phiên bản Newsdesk mới hơn (lược đồ 3; phiên bản này chỉ hỗ trợ đến 2)');
  });

  it('does not HTML-escape interpolated values (the UI and terminal do their own escaping)', () => {
    expect(en('library.deleteLabel', { headline: 'A & B <i>' })).toBe('Delete “A & B <i>”');
    expect(vi('confirmDelete.body', { headline: seedHeadline })).toBe(`Bài “${seedHeadline}” sẽ bị xóa vĩnh viễn.`);
  });

  it('picks plural forms per language', () => {
    expect(en('library.count', { count: 1 })).toBe('1 article');
    expect(en('library.count', { count: 2 })).toBe('2 articles');
    expect(en('library.count', { count: 0 })).toBe('0 articles');
    expect(vi('library.count', { count: 1 })).toBe('1 bài');
    expect(vi('library.count', { count: 5 })).toBe('5 bài');
  });

  it('keeps two translators independent', () => {
    expect(en('status.draft')).toBe('Draft');
    expect(vi('status.draft')).toBe('Bản nháp');
    expect(en('status.draft')).toBe('Draft');
  });
});
