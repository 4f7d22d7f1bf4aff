// What a reporter sees first: headline matches above body matches, and, for a query typed with marks,
// articles holding those words exactly as typed above those that only match once folded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../library/openLibrary';
import type { DocNode } from '../../contract/schemas/document';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { addFiller, create, ids, marked, search } from './searchHelpers';

const tempDir = useTempDirs('newsdesk-search-ranking');
let library: Library;

beforeEach(() => {
  library = openLibrary(tempDir());
  addFiller(library);
});

afterEach(() => {
  library.close();
});

describe('bm25 with the headline weighted above the body', () => {
  it('ranks a headline hit above body hits, even several of them', () => {
    const body = create(library, 'Báo cáo tình hình hạn hán', {
      body: docOf(['Xâm nhập mặn lan rộng. Xâm nhập mặn sâu vào đất liền.', 'Tình trạng xâm nhập mặn khiến lúa chết.']),
    });
    const headline = create(library, 'Xâm nhập mặn ở Bến Tre', { body: docOf(['Bà con lo lắng.']) });
    const hits = search(library, 'xam nhap man');
    expect(hits.map((hit) => hit.id)).toEqual([headline, body]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('ranks a sapo hit above a body hit', () => {
    const body = create(library, 'Tin ngắn', { body: docOf(['Giá sầu riêng giảm mạnh.']) });
    const sapo = create(library, 'Tin ngắn khác', { sapo: 'Giá sầu riêng giảm mạnh.' });
    expect(ids(library, 'sau rieng')).toEqual([sapo, body]);
  });
});

describe('exact marks first', () => {
  it('puts đường before dương and unmarked duong for a query typed with marks, whatever bm25 says', () => {
    // dương in the headline, three times: bm25 alone would put it first.
    const duong = create(library, 'Dương liễu, dương cầm và Dương Văn Minh');
    const duongBare = create(library, 'Pho duong Ha Noi', { body: docOf(['duong pho']) });
    const road = create(library, 'Tin giao thông', { body: docOf(['Con đường mới mở.']) });

    const hits = search(library, 'đường');
    expect(hits[0]!.id).toBe(road);
    expect(hits[0]!.exact).toBe(true);
    expect(hits.slice(1).map((hit) => hit.id).sort()).toEqual([duong, duongBare].sort());
    expect(hits.slice(1).every((hit) => !hit.exact)).toBe(true);

    expect(ids(library, 'dương')[0]).toBe(duong);
    // Typed without marks: no exact tier, plain bm25, every spelling found.
    const bare = search(library, 'duong');
    expect(bare.map((hit) => hit.id).sort()).toEqual([duong, duongBare, road].sort());
    expect(bare.every((hit) => !hit.exact)).toBe(true);
  });

  it('counts old and new tone placement as the same exact spelling', () => {
    const old = create(library, 'Công trình thủy lợi Hòa Bình');
    const modern = create(library, 'Công trình thuỷ lợi Hoà Bình');
    const other = create(library, 'Chị Thúy ở Hóa Bình');
    for (const query of ['thủy lợi', 'thuỷ lợi', 'Hòa Bình', 'HOÀ BÌNH']) {
      const hits = search(library, query);
      expect(hits.filter((hit) => hit.exact).map((hit) => hit.id).sort(), query).toEqual([old, modern].sort());
    }
    expect(search(library, 'hoa binh').map((hit) => hit.id).sort()).toEqual([old, modern, other].sort());
  });

  it('ranks exact marks first within the words typed with marks of a mixed query', () => {
    const exact = create(library, 'Đảng bộ trung ương');
    const folded = create(library, 'Đăng ký trung ương');
    expect(ids(library, 'Đảng trung uong')).toEqual([exact, folded]);
  });
});

describe('Vietnamese matching', () => {
  it('finds Đảng Trung ương typed without marks, in any case, NFC or NFD', () => {
    const id = create(library, 'Khối thi đua các cơ quan Đảng Trung ương');
    for (const query of ['dang trung uong', 'DANG TRUNG UONG', 'Đảng Trung ương', 'Đảng Trung ương'.normalize('NFD'), 'đảng trung ương']) {
      expect(ids(library, query), query).toEqual([id]);
    }
  });

  it('finds letters with two marks (ộ, ặ, ữ) from bare letters', () => {
    const id = create(library, 'Hội nghị đặc biệt giữa năm');
    expect(ids(library, 'hoi nghi dac biet giua')).toEqual([id]);
  });

  it('treats the last word as a prefix while it is being typed, and as a word once a space follows', () => {
    const dua = create(library, 'Phong trào thi đua yêu nước');
    const than = create(library, 'Thanh niên tình nguyện');
    expect(ids(library, 'thi đu')).toEqual([dua]);
    expect(ids(library, 'thi du')).toEqual([dua]);
    expect(ids(library, 'than')).toEqual([than]);
    expect(ids(library, 'than ')).toEqual([]);
    expect(ids(library, 'thi đua ')).toEqual([dua]);
  });

  it('matches a quoted phrase only with its words together and in order', () => {
    const phrase = create(library, 'Công tác thi đua khen thưởng');
    const apart = create(library, 'Khen thưởng và thi đua');
    expect(ids(library, '"thi đua khen thưởng"')).toEqual([phrase]);
    expect(ids(library, '"thi dua khen thuong"')).toEqual([phrase]);
    expect(ids(library, 'thi đua khen thưởng').sort()).toEqual([phrase, apart].sort());
  });

  it('keeps a word that punctuation splits together as a phrase', () => {
    const directive = create(library, 'Thực hiện Chỉ thị số 34-CT/TW');
    create(library, 'TW và 34 cán bộ CT');
    expect(ids(library, '34-CT/TW')).toEqual([directive]);
  });
});

describe('what a hit carries', () => {
  it('highlights the matched words in the headline and a snippet from the text, with their marks', () => {
    const id = create(library, 'Khánh Hòa: Nuôi trồng thủy sản', {
      body: docOf(['Mở đầu bài viết về biển.', 'Năm nay, nghề nuôi trồng thủy sản ở Cam Ranh được mùa lớn.']),
      tags: ['thủy sản'],
    });
    const [hit] = search(library, 'thuy san');
    expect(hit).toMatchObject({ id, headline: 'Khánh Hòa: Nuôi trồng thủy sản', status: 'draft', exact: false });
    expect(marked(hit!.headlineHighlighted)).toBe('Khánh Hòa: Nuôi trồng [thủy sản]');
    expect(marked(hit!.snippet)).toBe('Mở đầu bài viết về biển. Năm nay, nghề nuôi trồng [thủy sản] ở Cam Ranh được mùa lớn.');
  });

  it('takes the snippet from a caption, a credit or a tag when only they match; the opening words when only the headline does', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Bài viết về mùa lúa.' }] },
        { type: 'figure', attrs: { photoId: null, credit: 'Ảnh: Quang Vinh' }, content: [{ type: 'text', text: 'Nông dân Cần Thơ gặt lúa' }] },
      ],
    };
    create(library, 'Được mùa', { sapo: 'Tin ngắn về vụ hè thu.', body, tags: ['nông nghiệp'] });
    expect(marked(search(library, 'can tho')[0]!.snippet)).toBe('Nông dân [Cần Thơ] gặt lúa');
    expect(marked(search(library, 'quang vinh')[0]!.snippet)).toBe('Ảnh: [Quang Vinh]');
    expect(marked(search(library, 'nong nghiep')[0]!.snippet)).toBe('[nông nghiệp]');
    expect(marked(search(library, 'duoc ')[0]!.snippet)).toBe('Tin ngắn về vụ hè thu.');
  });

  it('marks a phrase as one piece and a prefix as the whole word', () => {
    create(library, 'Tin', { body: docOf(['Phong trào thi đua khen thưởng lan tỏa.']) });
    expect(marked(search(library, '"thi đua khen"')[0]!.snippet)).toBe('Phong trào [thi đua khen] thưởng lan tỏa.');
    expect(marked(search(library, 'lan to')[0]!.snippet)).toBe('Phong trào thi đua khen thưởng [lan tỏa].');
  });

  it('cuts a long body around the best passage, with … where it cuts', () => {
    const words = Array.from({ length: 80 }, (_, i) => `từ${i}`);
    words.splice(50, 0, 'Cà', 'Mau');
    create(library, 'Bài dài', { body: docOf([words.join(' ')]) });
    const snippet = search(library, 'ca mau')[0]!.snippet;
    expect(snippet[0]!.text.startsWith('… ')).toBe(true);
    expect(snippet.at(-1)!.text.endsWith(' …')).toBe(true);
    expect(snippet.filter((piece) => piece.hit).map((piece) => piece.text)).toEqual(['Cà Mau']);
    expect(marked(snippet).split(' ').length).toBeLessThan(40);
  });

  it('returns the text as text: nothing in it is markup', () => {
    create(library, '<b>Tin</b> nóng', { body: docOf(['<script>alert(1)</script> Sầu riêng & <i>bơ</i>']) });
    const [hit] = search(library, 'sau rieng');
    expect(hit!.headline).toBe('<b>Tin</b> nóng');
    expect(marked(hit!.snippet)).toBe('<script>alert(1)</script> [Sầu riêng] & <i>bơ</i>');
  });
});
