// The file name an export takes from the headline: ASCII, lower case, hyphens, Vietnamese letters folded to
// their base (đ → d, ư → u), so it survives any file system, mail client or CMS upload form.
import slugify from '@sindresorhus/slugify';
import { countWords } from '../../common/text/countText';
import { isReservedStem } from './windowsSafeName';

export const maxSlugLength = 60;
/** A kicker before a colon (`Khối thi đua …: Đẩy mạnh …`) names the story when it says enough on its own. */
const minKickerWords = 3;

export function articleSlug(headline: string, id: number): string {
  const text = headline.normalize('NFC').trim();
  const colon = text.indexOf(':');
  const kicker = colon >= 0 ? text.slice(0, colon) : '';
  const basis = countWords(kicker) >= minKickerWords ? kicker : text;
  // decamelize off: `iPhone` or `TP.HCM` are names, not camelCase; `&` reads as Vietnamese `và`.
  const slug = capAtHyphen(slugify(basis, { decamelize: false, customReplacements: [['&', ' và ']] }), maxSlugLength);
  if (!slug) return `article-${id}`;
  // A headline "CON" or "Nul" would name a Windows device, not a file: the id makes it an ordinary name.
  return isReservedStem(slug) ? `${slug}-${id}` : slug;
}

/** At most `max` characters, cut between words; a single word longer than that is cut where it must be. */
export function capAtHyphen(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  if (slug[max] === '-') return slug.slice(0, max);
  const lastHyphen = slug.lastIndexOf('-', max);
  return lastHyphen > 0 ? slug.slice(0, lastHyphen) : slug.slice(0, max);
}
