import { describe, expect, it } from 'vitest';
import { articleSlug, capAtHyphen, maxSlugLength } from '../../export/fileName/articleSlug';
import { isReservedStem, windowsSafeName } from '../../export/fileName/windowsSafeName';
import { seedHeadline } from '../helpers/seed';

describe('articleSlug', () => {
  it('names the seed after its kicker, before the colon', () => {
    expect(articleSlug(seedHeadline, 1)).toBe('khoi-thi-dua-cac-co-quan-dang-trung-uong');
    expect(articleSlug(seedHeadline.normalize('NFD'), 1)).toBe('khoi-thi-dua-cac-co-quan-dang-trung-uong');
  });

  it('folds Vietnamese letters to ASCII, đ and Đ to d', () => {
    expect(articleSlug('Đường về Điện Biên: những người ở lại', 1)).toBe('duong-ve-dien-bien');
    expect(articleSlug('Ưu tiên đầu tư cho vùng sâu, vùng xa', 1)).toBe('uu-tien-dau-tu-cho-vung-sau-vung-xa');
  });

  it('uses the whole headline when the part before the colon is under three words', () => {
    expect(articleSlug('Hà Nội: mưa lớn kéo dài', 1)).toBe('ha-noi-mua-lon-keo-dai');
    expect(articleSlug('Tin nóng', 1)).toBe('tin-nong');
  });

  it('keeps names whole (no camelCase split) and reads & as và', () => {
    expect(articleSlug('iPhone & TP.HCM', 1)).toBe('iphone-va-tp-hcm');
  });

  it('caps at 60 characters on a hyphen', () => {
    const slug = articleSlug('Phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 2030', 1);
    expect(slug).toBe('phat-trien-kinh-te-xa-hoi-vung-dong-bao-dan-toc-thieu-so-va');
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(capAtHyphen('aaaa-bbbb', 4)).toBe('aaaa');
    expect(capAtHyphen('aaaa-bbbb', 6)).toBe('aaaa');
    expect(capAtHyphen('aaaaaaaa', 4)).toBe('aaaa');
    expect(capAtHyphen('aa-bb', 5)).toBe('aa-bb');
  });

  it('falls back to article-<id> when the headline gives nothing', () => {
    expect(articleSlug('', 42)).toBe('article-42');
    expect(articleSlug('  “…” ', 7)).toBe('article-7');
  });
});

describe('Windows-safe names', () => {
  it.each(['CON', 'con', 'Nul', 'PRN', 'AUX', 'COM1', 'com9', 'LPT1', 'Lpt3'])('headline %s never names a Windows device', (headline) => {
    const slug = articleSlug(headline, 12);
    expect(isReservedStem(slug)).toBe(false);
    expect(slug).toBe(`${headline.toLowerCase()}-12`);
  });

  it('leaves ordinary names that only start like a device alone', () => {
    expect(articleSlug('Console mới', 1)).toBe('console-moi');
    expect(articleSlug('COM10', 1)).toBe('com10');
    expect(articleSlug('Con đường mới', 1)).toBe('con-duong-moi');
  });

  it('windowsSafeName: no device stem with any extension, no trailing dot or space', () => {
    expect(windowsSafeName('nul.txt')).toBe('nul_.txt');
    expect(windowsSafeName('CON.tar.gz')).toBe('CON_.tar.gz');
    expect(windowsSafeName('com1')).toBe('com1_');
    expect(windowsSafeName('Bài gửi. ')).toBe('Bài gửi');
    expect(windowsSafeName('tin-nong.txt...')).toBe('tin-nong.txt');
    expect(windowsSafeName('. .')).toBe('_');
    expect(windowsSafeName('Bài gửi biên tập.txt')).toBe('Bài gửi biên tập.txt');
  });
});
