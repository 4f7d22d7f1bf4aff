import { describe, expect, it } from 'vitest';
import { readSeed, readSeedText, seedHeadline } from './seed';

// The helpers other tests build on must read the sample the way a reporter sees it.
describe('seed helper', () => {
  it('is the NFC sample with its headline on line 2', () => {
    const text = readSeedText();
    expect(text.normalize('NFC')).toBe(text);
    expect(text.split('\n')[1]).toBe(seedHeadline);
  });

  it('splits dateline, headline, captions, paragraphs, credit and chrome', () => {
    const seed = readSeed();
    expect(seed.dateline).toBe('Thứ Bảy, 22/6/2024');
    expect(seed.headline).toBe(seedHeadline);
    expect(seed.paragraphs).toHaveLength(9);
    expect(seed.paragraphs[0]).toMatch(/^Tham gia chủ trì Hội nghị/);
    expect(seed.paragraphs.at(-1)).toMatch(/thiết thực, hiệu quả…$/);
    expect(seed.captions).toEqual([
      'Quang cảnh Hội nghị',
      'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban thường trực Ban Dân vận Trung ương',
      'phát biểu kết luận Hội nghị',
    ]);
    expect(seed.credit).toBe('Tin và ảnh: Minh Khôi');
    expect(seed.chrome).toEqual(['Gửi cho bạn bè', 'Các tin khác', 'Xem nhiều nhất']);
  });
});
