// Generated reports for the archive: headline, sapo, body with captioned figures, dateline, credit, section,
// tags and status, all from a seed number. Sources mix: template sentences over the word lists (most of
// the text), the seed article's own sentences, and quotes. A third of the articles use the new tone-mark
// style (hoà, thuỷ), as a real archive mixes both; dates run from 2015 to 2024.
import type { CreditRole } from '../../common/article/creditLine';
import { normalizeTonePlacement } from '../../common/text/tonePlacement';
import type { ArticleStatus } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { readSeed } from '../../tests/helpers/seed';
import { seededRandom, type Random } from './random';
import { headline, person, sentence, type Story } from './sentences';
import { photographers, provinces, sections } from './vocabulary';

export interface ArchiveArticle {
  /** Drawn from the seed too, so two archives from one seed are the same, uuids included. */
  uuid: string;
  headline: string;
  sapo: string;
  body: DocNode;
  dateline: { place: string; date: string };
  credit: { role: CreditRole; names: string };
  section: string;
  tags: string[];
  status: ArticleStatus;
  /** Every status the article went through, with when. */
  statusHistory: { status: ArticleStatus; at: string }[];
  created: string;
  updated: string;
  /** Captions and credits of its photos, which exist as records without files. */
  photos: { caption: string; credit: string }[];
}

const startDay = Date.UTC(2015, 0, 1);
const days = Math.round((Date.UTC(2024, 11, 31) - startDay) / 86_400_000);

interface SeedSource {
  headline: string;
  /** The seed article's sentences, one source among several. */
  sentences: string[];
}

function seedSource(): SeedSource {
  const seed = readSeed();
  const sentences = [...seed.paragraphs, ...seed.captions]
    .flatMap((paragraph) => paragraph.split(/(?<=[.…])\s+(?=\p{Lu})/u))
    .map((text) => text.trim())
    .filter((text) => text.split(/\s+/).length >= 6);
  return { headline: seed.headline, sentences };
}

/** `count` articles, the same for the same seed. Lazily, so 100,000 never sit in memory at once. */
export function* archiveArticles(count: number, seed: number): Generator<ArchiveArticle> {
  const random = seededRandom(seed);
  const source = seedSource();
  for (let index = 0; index < count; index++) yield archiveArticle(random, source);
}

function archiveArticle(random: Random, source: SeedSource): ArchiveArticle {
  const section = random.pick(sections);
  const story: Story = {
    section,
    province: random.pick(provinces),
    topic: random.pick(section.topics),
    people: [person(random), person(random), person(random)],
    year: 2015 + random.int(0, 9),
  };
  const newStyle = random.chance(1 / 3);
  const style = (text: string) => (newStyle ? newStyleText(text) : text);

  const paragraphs: DocNode[] = [];
  const photos: ArchiveArticle['photos'] = [];
  const paragraphCount = random.int(3, 10);
  for (let p = 0; p < paragraphCount; p++) {
    const sentences = Array.from({ length: random.int(2, 5) }, () =>
      random.chance(0.02) ? random.pick(source.sentences) : sentence(random, story),
    );
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: style(sentences.join(' ')) }] });
    if (random.chance(0.12)) {
      const photo = { caption: style(caption(random, story)), credit: `Ảnh: ${random.pick(photographers)}` };
      photos.push(photo);
      paragraphs.push({ type: 'figure', attrs: { photoId: null, credit: photo.credit }, content: [{ type: 'text', text: photo.caption }] });
    }
  }

  const date = new Date(startDay + random.int(0, days) * 86_400_000);
  const isoDate = date.toISOString().slice(0, 10);
  const created = new Date(date.getTime() + random.int(6 * 3600, 20 * 3600) * 1000 + random.int(0, 999));
  const filedAfter = random.int(600, 36_000) * 1000;
  const status: ArticleStatus = random.pick(['filed', 'filed', 'filed', 'filed', 'ready', 'draft']);
  const statusHistory: ArchiveArticle['statusHistory'] = [{ status: 'draft', at: created.toISOString() }];
  if (status !== 'draft') statusHistory.push({ status: 'ready', at: new Date(created.getTime() + filedAfter / 2).toISOString() });
  if (status === 'filed') statusHistory.push({ status: 'filed', at: new Date(created.getTime() + filedAfter).toISOString() });
  const updated = new Date(Date.parse(statusHistory.at(-1)!.at) + random.int(1, 600) * 1000);

  return {
    uuid: uuidFrom(random),
    headline: style(random.chance(0.01) ? source.headline : headline(random, story)),
    sapo: style(`${random.pick(['(Tin tức) - ', '', ''])}${sentence(random, story)}`),
    body: { type: 'doc', content: paragraphs },
    dateline: { place: story.province, date: isoDate },
    credit: { role: photos.length > 0 ? 'textAndPhotos' : random.pick(['text', 'text', 'compiledBy'] as const), names: reporterNames(random) },
    section: section.section,
    tags: random.sample(section.tags, random.int(0, 3)),
    status,
    statusHistory,
    created: created.toISOString(),
    updated: updated.toISOString(),
    photos,
  };
}

// The vocabulary is small, so each word's new-style spelling is worked out once.
const newStyleWords = new Map<string, string>();
function newStyleText(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
    let styled = newStyleWords.get(word);
    if (styled === undefined) newStyleWords.set(word, (styled = normalizeTonePlacement(word)));
    return styled;
  });
}

function caption(random: Random, story: Story): string {
  const p = random.pick(story.people);
  return random.pick([
    `${p.name}, ${p.position}, phát biểu tại hội nghị`,
    `Quang cảnh buổi làm việc tại ${story.province}`,
    `Người dân ${story.province} ${random.pick(['tham gia', 'hưởng ứng'])} ${story.topic}`,
    `Một góc ${story.province} nhìn từ trên cao`,
  ]);
}

/** A version-4-shaped UUID from the seeded generator. */
function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[random.int(0, 3)]!;
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function reporterNames(random: Random): string {
  const names = random.sample(photographers, random.int(1, 2));
  return names.join(' - ');
}
