// The few WordPress REST calls a filing needs, through `?rest_route=` so a site without pretty permalinks
// answers too, with an application password (Basic auth, as WordPress documents for them).
import { failureOf, networkFailure } from './httpErrors';

export const wordpressTimeoutMs = 120_000;

export class WordPressClient {
  private readonly authorization: string;
  private readonly base: URL;

  constructor(
    site: string,
    user: string,
    password: string,
    private readonly signal?: AbortSignal,
  ) {
    this.base = new URL(site.endsWith('/') ? site : `${site}/`);
    this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  get host(): string {
    return this.base.host;
  }

  url(route: string, query: Record<string, string | number> = {}): URL {
    const url = new URL(this.base);
    url.searchParams.set('rest_route', route);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    return url;
  }

  async get<T>(route: string, query: Record<string, string | number> = {}): Promise<T | undefined> {
    const response = await this.request(this.url(route, query), { method: 'GET' });
    if (response.status === 404) return undefined;
    if (!response.ok) throw await failureOf(response, this.host);
    return (await response.json()) as T;
  }

  async post<T>(route: string, body: unknown): Promise<T> {
    const response = await this.request(this.url(route), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw await failureOf(response, this.host);
    return (await response.json()) as T;
  }

  /** A term that already exists answers 400 `term_exists` with its id: that is the one wanted. */
  async postTerm(route: string, name: string): Promise<number> {
    const response = await this.request(this.url(route), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    if (response.ok) return ((await response.json()) as { id: number }).id;
    const answer = (await response.clone().json().catch(() => undefined)) as { code?: string; data?: { term_id?: number } } | undefined;
    if (answer?.code === 'term_exists' && typeof answer.data?.term_id === 'number') return answer.data.term_id;
    throw await failureOf(response, this.host);
  }

  async upload<T>(fileName: string, mime: string, bytes: Buffer): Promise<T> {
    const response = await this.request(this.url('/wp/v2/media'), {
      method: 'POST',
      headers: { 'content-type': mime, 'content-disposition': `attachment; filename="${fileName}"` },
      body: new Uint8Array(bytes),
    });
    if (!response.ok) throw await failureOf(response, this.host);
    return (await response.json()) as T;
  }

  private async request(url: URL, init: RequestInit): Promise<Response> {
    const timeout = AbortSignal.timeout(wordpressTimeoutMs);
    try {
      return await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), authorization: this.authorization },
        signal: this.signal ? AbortSignal.any([this.signal, timeout]) : timeout,
      });
    } catch (error) {
      throw networkFailure(error, this.host);
    }
  }
}
