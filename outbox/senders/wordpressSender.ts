// A wordpress destination: each photo goes to the media library (caption, alt text, credit), then a draft
// post with the body, the first photo as featured image, the section as category and the tags as tags. The
// post carries our article's URI in the meta field `newsdesk_uri` (registered by the one-file plugin in
// scripts/wordpress/newsdesk-article-uri.php), so filing again, from this machine or after a crash that lost
// the post's id, finds the same post and updates it: never a second post. A photo already uploaded (its file
// name holds its content hash) is reused, not uploaded again.
import fs from 'node:fs/promises';
import type { ExportDocument, ExportPhoto } from '../../export/documentTree/exportDocument';
import { runsText } from '../../export/documentTree/inlineRuns';
import { blocksHtml } from '../../export/html/bodyHtml';
import { outboxErrors } from '../outboxErrors';
import { articleUri, type Sender } from './sender';
import { WordPressClient } from './wordpressClient';

export const uriMetaKey = 'newsdesk_uri';
const anyStatus = 'draft,pending,publish,private,future';

interface WpPost {
  id: number;
  meta?: Record<string, unknown>;
}

interface WpMedia {
  id: number;
  source_url: string;
  slug: string;
  media_details?: { width?: number; height?: number };
}

interface WpTerm {
  id: number;
  name: string;
}

export const sendToWordPress: Sender = async ({ destination, article, secret, previous, files, signal }) => {
  if (destination.settings.kind !== 'wordpress') throw new Error('not a wordpress destination');
  if (!secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_WP_PASSWORD');
  const wp = new WordPressClient(destination.settings.url, destination.settings.user, secret, signal);
  const uri = articleUri(article);
  const doc = await files.document(article);
  const existing = await findPost(wp, uri, previous);
  const media = new Map<number, WpMedia>();
  for (const photo of doc.photos) media.set(photo.id, await uploadPhoto(wp, doc, photo));
  const content = blocksHtml(doc.blocks, {
    photoImage: (photo) => {
      const uploaded = media.get(photo.id)!;
      return { src: uploaded.source_url, width: photo.display.width, height: photo.display.height };
    },
  });
  const categories = doc.meta.section ? [await term(wp, '/wp/v2/categories', doc.meta.section)] : [];
  const tags: number[] = [];
  for (const tag of doc.meta.tags) tags.push(await term(wp, '/wp/v2/tags', tag));
  const firstPhoto = doc.photos[0];
  const post = {
    title: doc.meta.headline,
    excerpt: doc.meta.sapo,
    content,
    categories,
    tags,
    featured_media: firstPhoto ? media.get(firstPhoto.id)!.id : 0,
    meta: { [uriMetaKey]: uri },
    // A new post is a draft for an editor to publish; an update leaves the post's status as the editors set it.
    ...(existing ? {} : { status: 'draft' }),
  };
  const saved = await wp.post<WpPost>(existing ? `/wp/v2/posts/${existing.id}` : '/wp/v2/posts', post);
  return { remoteId: String(saved.id), receipt: `post ${saved.id}` };
};

/** The post holding this article: by the id recorded at the last filing, else by its URI in the meta field. */
async function findPost(wp: WordPressClient, uri: string, previous: string | undefined): Promise<WpPost | undefined> {
  if (previous && /^\d+$/.test(previous)) {
    const post = await wp.get<WpPost>(`/wp/v2/posts/${previous}`, { context: 'edit' });
    if (post) return post;
  }
  const found = await wp.get<WpPost[]>('/wp/v2/posts', { context: 'edit', status: anyStatus, [uriMetaKey]: uri, per_page: 100 });
  // Checked here too: a site without the plugin ignores the filter and lists every post.
  return (found ?? []).find((post) => post.meta?.[uriMetaKey] === uri);
}

async function uploadPhoto(wp: WordPressClient, doc: ExportDocument, photo: ExportPhoto): Promise<WpMedia> {
  const name = `${doc.meta.slug}-${photo.hash.slice(0, 12)}`;
  const known = (await wp.get<WpMedia[]>('/wp/v2/media', { search: photo.hash.slice(0, 12), per_page: 100 })) ?? [];
  const uploaded = known.find((item) => item.slug.includes(photo.hash.slice(0, 12))) ?? (await wp.upload<WpMedia>(`${name}.jpg`, 'image/jpeg', await fs.readFile(photo.display.path)));
  // What the article says about the photo where it shows it, else what the photo store says.
  const figure = doc.blocks.find((block) => block.kind === 'figure' && block.photo?.id === photo.id);
  const caption = figure?.kind === 'figure' ? runsText(figure.caption).replace(/\s+/g, ' ').trim() : photo.caption;
  const credit = [(figure?.kind === 'figure' && figure.credit) || photo.credit || photo.creator, photo.copyright].filter(Boolean).join(' · ');
  return wp.post<WpMedia>(`/wp/v2/media/${uploaded.id}`, {
    title: name,
    caption: credit ? `${caption} (${credit})` : caption,
    alt_text: caption,
    description: credit,
  });
}

/** A category or tag by name, made when the site has none yet. */
async function term(wp: WordPressClient, route: string, name: string): Promise<number> {
  const found = (await wp.get<WpTerm[]>(route, { search: name, per_page: 100 })) ?? [];
  const same = found.find((candidate) => decodeEntities(candidate.name).normalize('NFC') === name.normalize('NFC'));
  return same ? same.id : wp.postTerm(route, name);
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#0?39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
