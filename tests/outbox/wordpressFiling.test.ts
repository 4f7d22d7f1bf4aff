// Interop: filing to a real WordPress (Debian's package, with MariaDB, served by PHP's built-in server on
// 127.0.0.1, set up by scripts/wordpress/start.sh). A story with two captioned photos becomes one draft post
// with both photos in the media library (caption, alt text, credit), the first as featured image, the section
// as category and the tags as tags; filing it again after an edit updates that same post, found by its
// newsdesk_uri meta field, and reuses the photos.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeWithTools, onPath, type Tool } from '../interop/interopTools';
import { firstCaption, secondCaptionLines } from '../export/exportFixtures';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { outboxWorld, sendUntilSettled, type OutboxWorld } from './outboxFixtures';

const repo = path.resolve(import.meta.dirname, '..', '..');

const wordpress: Tool = {
  name: 'WordPress',
  commands: ['php', 'mariadbd', 'curl'],
  available: () => fs.existsSync('/usr/share/wordpress/wp-load.php') && ['php', 'mariadbd', 'curl'].every((command) => onPath(command)),
  install: 'bash scripts/wordpress/install.sh (Debian: wordpress mariadb-server php-cli php-mysql)',
};

interface Site {
  url: string;
  user: string;
  password: string;
  pid: number;
}

describeWithTools('filing to a real WordPress', [wordpress], () => {
  let site: Site;
  let state: string;
  let world: OutboxWorld | undefined;

  beforeAll(async () => {
    state = makeTempDir('newsdesk-wordpress');
    const port = await freePort();
    const output = await new Promise<string>((resolve, reject) =>
      execFile('bash', [path.join(repo, 'scripts/wordpress/start.sh'), String(port), state], { encoding: 'utf8', timeout: 540_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    site = JSON.parse(output.trim().split('\n').at(-1)!) as Site;
  }, 600_000);

  afterAll(() => {
    if (site?.pid) process.kill(site.pid);
    if (state) removeDir(state);
  });
  afterEach(() => world?.library.close());

  async function rest<T>(route: string, query: Record<string, string> = {}): Promise<T> {
    const url = new URL(site.url);
    url.searchParams.set('rest_route', route);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const response = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${site.user}:${site.password}`).toString('base64')}` } });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as T;
  }

  it('files a post with two captioned photos, then updates the same post', async () => {
    const dir = makeTempDir('newsdesk-wordpress-library');
    try {
      world = await outboxWorld(dir, { env: { NEWSDESK_WP_PASSWORD: site.password } });
      world.library.articles.update(world.article.id, { section: 'Thời sự', tags: ['thi đua', 'Ban Dân vận'] });
      await world.outbox.addDestination('Báo điện tử', { kind: 'wordpress', url: site.url, user: site.user });
      world.outbox.file(world.article.id, 'Báo điện tử');
      await sendUntilSettled(world);
      const [item] = world.outbox.list();
      expect(item, JSON.stringify(item?.error)).toMatchObject({ state: 'sent', attempts: 1 });

      type Post = { id: number; status: string; title: { raw: string }; excerpt: { raw: string }; content: { raw: string }; featured_media: number; categories: number[]; tags: number[]; meta: { newsdesk_uri: string } };
      type Media = { id: number; caption: { raw: string }; alt_text: string; description: { raw: string }; source_url: string };
      const posts = await rest<Post[]>('/wp/v2/posts', { context: 'edit', status: 'draft,publish', per_page: '100' });
      const ours = posts.filter((post) => post.meta.newsdesk_uri === `urn:uuid:${world!.article.uuid}`);
      expect(ours).toHaveLength(1);
      const post = ours[0]!;
      expect(item!.receipt).toBe(`post ${post.id}`);
      expect(post.status).toBe('draft');
      expect(post.title.raw).toBe(world.article.headline);
      expect(post.excerpt.raw).toBe(world.article.sapo);
      const media = await rest<Media[]>('/wp/v2/media', { context: 'edit', per_page: '100' });
      expect(media).toHaveLength(2);
      const first = media.find((photo) => photo.caption.raw.startsWith(firstCaption))!;
      const second = media.find((photo) => photo.caption.raw.startsWith(secondCaptionLines[0]!))!;
      expect(first.alt_text).toBe(firstCaption);
      expect(first.caption.raw).toContain('Ảnh: Minh Khôi');
      expect(second.description.raw).toContain('© 2024 Báo Dân vận');
      expect(post.featured_media).toBe(first.id);
      expect(post.content.raw).toContain(first.source_url);
      expect(post.content.raw).toContain(second.source_url);
      const category = await rest<{ name: string }>(`/wp/v2/categories/${post.categories[0]}`);
      expect(category.name).toBe('Thời sự');
      const tags = await rest<Array<{ name: string }>>('/wp/v2/tags', { include: post.tags.join(',') });
      expect(tags.map((tag) => tag.name).sort()).toEqual(['Ban Dân vận', 'thi đua']);

      // As from another machine, or after a crash that lost the post's id: found again by its meta field.
      world.library.db.prepare('DELETE FROM destination_copies').run();
      world.library.articles.update(world.article.id, { headline: 'Khối thi đua sơ kết 6 tháng (cập nhật)' });
      world.outbox.file(world.article.id, 'Báo điện tử');
      await sendUntilSettled(world);
      expect(world.outbox.list()[0]).toMatchObject({ state: 'sent', receipt: `post ${post.id}` });
      const after = (await rest<Post[]>('/wp/v2/posts', { context: 'edit', status: 'draft,publish', per_page: '100' })).filter(
        (candidate) => candidate.meta.newsdesk_uri === `urn:uuid:${world!.article.uuid}`,
      );
      expect(after.map((candidate) => candidate.id)).toEqual([post.id]);
      expect(after[0]!.title.raw).toBe('Khối thi đua sơ kết 6 tháng (cập nhật)');
      expect(await rest<Media[]>('/wp/v2/media', { per_page: '100' })).toHaveLength(2);
    } finally {
      world?.library.close();
      world = undefined;
      removeDir(dir);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
