// A revision's content on disk: its JSON, deflated (zlib, raw). A 5,000-word Vietnamese article's JSON of
// about 60 KB deflates to about a fifth; the benchmark (bench/revisions.bench.ts) measures it on the sample.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleContent } from '../contract/schemas/revision';

export function packContent(content: ArticleContent): Buffer {
  return deflateRawSync(JSON.stringify(content));
}

export function unpackContent(snapshot: Buffer): ArticleContent {
  return JSON.parse(inflateRawSync(snapshot).toString('utf8')) as ArticleContent;
}
