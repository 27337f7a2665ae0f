/**
 * The sample newsroom: one HTTP server on loopback serving outlet sites (each on its own address),
 * their feeds (each on its own feed host), and GDELT / Google News / Wikipedia look-alikes on
 * 127.0.0.1. Faults can be switched on per source or for the next N requests.
 */
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAi } from './ai';
import { antiFlickerRoute, withAntiFlicker } from './anti-flicker';
import { gdeltArtlist, googleNewsSearch, wikiSummary } from './apis';
import { loadContent, type NewsroomArticle, type NewsroomContent } from './corpus';
import { feedContentType, feedPath, renderFeed } from './feeds';
import type { NewsroomOutlet } from './outlets';
import { esc, renderArticle, renderFront, type PageLinks } from './pages';

export type FaultTarget = 'gdelt' | 'gnews' | 'wiki' | 'feeds' | `feed:${string}` | 'sources' | 'articles';

export interface Fault {
  latencyMs?: number;
  status?: number;
  retryAfter?: string;
  /** Answer with a body that does not parse. */
  malformed?: boolean;
  /** Start answering and never finish. */
  endless?: boolean;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Close the connection at once (the source "refuses"). */
  refuse?: boolean;
  /** Apply to this many requests, then clear (default: until cleared). */
  times?: number;
}

export interface RequestLog {
  host: string;
  path: string;
  target: FaultTarget | 'site' | 'other';
  at: number;
}

export interface Newsroom {
  port: number;
  apiBase: string;
  outlets: readonly NewsroomOutlet[];
  articles: NewsroomArticle[];
  articleUrl(a: NewsroomArticle): string;
  find(outlet: string, slug: string): NewsroomArticle;
  feedUrl(o: NewsroomOutlet): string;
  siteUrl(o: NewsroomOutlet): string;
  setFault(target: FaultTarget, fault: Fault | null): void;
  /** The newsroom's clock: feeds and searches serve only what was published up to it (default: no clock). */
  setNow(iso: string | null): void;
  /** Every title the encyclopedia was asked for, in order. */
  wikiAsked: string[];
  clearFaults(): void;
  /** Answer this exact URL (path and query ignored beyond the path) with a handler of the test's own; null restores it. */
  override(url: string, handler: ((req: IncomingMessage, res: ServerResponse) => void) | null): void;
  requests: RequestLog[];
  /**
   * Publish an article while the newsroom runs: from now on its outlet's feed, site, and the search
   * look-alikes serve it (a test of following a story). Also `POST /newsroom/publish` on the API
   * host (127.0.0.1 only) with the same JSON, for a newsroom started from the command line.
   */
  publish(article: PublishedArticle): NewsroomArticle;
  stop(): Promise<void>;
}

/** An article to publish: as in content/articles/, its outlet by id. */
export type PublishedArticle = Omit<NewsroomArticle, 'outlet'> & { outlet: string };


export interface NewsroomOptions {
  /** Added to every response (the benchmarks use 150 ms). */
  latencyMs?: number;
  port?: number;
  /** What to serve (default: the sample newsroom's own articles; see corpus-file.ts for any corpus). */
  content?: NewsroomContent;
  /** The clock's start (ISO); see setNow. */
  now?: string;
}

/** Items in a feed, newest first. */
const FEED_ITEMS = 50;

const API_HOST = '127.0.0.1';

function datePath(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '0000/00/00' : new Date(t).toISOString().slice(0, 10).replace(/-/g, '/');
}

/** Published up to the clock; a date that does not parse counts as unknown, and is served. */
const publishedBy = (a: NewsroomArticle, now: number | null) => now === null || !(Date.parse(a.published) > now);

export async function startNewsroom(options: NewsroomOptions = {}): Promise<Newsroom> {
  const { outlets, articles, wiki } = options.content ?? loadContent();
  let port = options.port ?? 0;
  let now: number | null = options.now ? Date.parse(options.now) : null;
  const wikiAsked: string[] = [];
  const served = () => articles.filter((a) => publishedBy(a, now));
  const faults = new Map<FaultTarget, Fault>();
  const overrides = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const requests: RequestLog[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const links: PageLinks = {
    articleUrl: (a) => `http://${a.outlet.siteHost}:${port}/news/${datePath(a.published)}/${a.slug}`,
    siteUrl: (o) => `http://${o.siteHost}:${port}`,
    feedUrl: (o) => `http://${o.feedHost}:${port}${feedPath(o)}`,
  };
  function publish(p: PublishedArticle): NewsroomArticle {
    const outlet = outlets.find((o) => o.id === p.outlet);
    if (!outlet) throw new Error(`no outlet ${p.outlet}`);
    if (!p.slug || !/^[\w-]+$/.test(p.slug) || !p.title || !Array.isArray(p.body)) throw new Error('an article needs a slug, a title and body paragraphs');
    if (articles.some((a) => a.outlet.id === outlet.id && a.slug === p.slug)) throw new Error(`${p.outlet}/${p.slug} is already published`);
    const article: NewsroomArticle = { ...p, outlet };
    articles.push(article);
    return article;
  }

  /** POST /newsroom/publish: the body is one PublishedArticle as JSON; answers the article's address. */
  function publishRoute(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const a = publish(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PublishedArticle);
        send(res, 201, 'application/json', JSON.stringify({ url: links.articleUrl(a) }));
      } catch (error) {
        send(res, 400, 'text/plain', error instanceof Error ? error.message : String(error));
      }
    });
  }

  const redirectId = (a: NewsroomArticle) => 'CBMi' + Buffer.from(`${a.outlet.id}/${a.slug}`).toString('base64url');
  const redirectUrl = (a: NewsroomArticle) => `http://${API_HOST}:${port}/rss/articles/${redirectId(a)}?oc=5`;

  function targetOf(host: string, path: string): RequestLog['target'] {
    if (host === API_HOST) {
      if (path.startsWith('/api/v2/doc/doc')) return 'gdelt';
      if (path.startsWith('/rss/')) return 'gnews';
      if (path.startsWith('/api/rest_v1/') || path.startsWith('/wiki/')) return 'wiki';
      return 'other';
    }
    const feedOutlet = outlets.find((o) => o.feedHost === host);
    if (feedOutlet) return `feed:${feedOutlet.id}`;
    return outlets.some((o) => o.siteHost === host) ? 'site' : 'other';
  }

  function faultFor(target: RequestLog['target']): Fault | null {
    const keys: FaultTarget[] = [];
    if (target === 'site') keys.push('articles');
    else if (target !== 'other') {
      keys.push(target);
      if (target.startsWith('feed:')) keys.push('feeds');
      keys.push('sources');
    }
    for (const k of keys) {
      const f = faults.get(k);
      if (!f) continue;
      if (f.times !== undefined) {
        if (f.times <= 1) faults.delete(k);
        else faults.set(k, { ...f, times: f.times - 1 });
      }
      return f;
    }
    return null;
  }

  function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-cache', ...extra });
    res.end(body);
  }

  function conditional(req: IncomingMessage, res: ServerResponse, type: string, body: string) {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = new Date('2025-11-20T12:00:00Z').toUTCString();
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      return res.end();
    }
    send(res, 200, type, body, { etag, 'last-modified': lastModified });
  }

  function route(req: IncomingMessage, res: ServerResponse, host: string, url: URL) {
    const path = url.pathname;
    const overridden = overrides.get(`${host}:${port}${path}`);
    if (overridden) return overridden(req, res);
    if (host === API_HOST) {
      if (path === '/newsroom/publish' && req.method === 'POST') return publishRoute(req, res);
      if (path.startsWith('/ai/openai/') || path.startsWith('/ai/anthropic/')) return handleAi(req, res, path);
      if (path === '/api/v2/doc/doc') {
        const r = gdeltArtlist(url.searchParams, served(), links, now);
        return send(res, r.status, r.type, r.body);
      }
      if (path === '/rss/search') return send(res, 200, 'application/xml; charset=utf-8', googleNewsSearch(url.searchParams, served(), links, redirectUrl, now));
      if (path.startsWith('/rss/articles/')) {
        const id = path.split('/').pop()!;
        const a = articles.find((x) => redirectId(x) === id);
        if (!a) return send(res, 404, 'text/plain', 'Not found');
        res.writeHead(302, { location: links.articleUrl(a) });
        return res.end();
      }
      const summary = path.match(/^\/api\/rest_v1\/page\/summary\/(.+)$/);
      if (summary) {
        const title = decodeURIComponent(summary[1] ?? '');
        wikiAsked.push(title);
        const r = wikiSummary(title, wiki.get(title.replace(/ /g, '_').toLowerCase()), `http://${API_HOST}:${port}`);
        return send(res, r.status, r.status === 200 ? 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.5.0"' : 'application/problem+json', r.body);
      }
      const page = path.match(/^\/wiki\/(.+)$/);
      if (page) {
        const card = wiki.get(decodeURIComponent(page[1] ?? '').toLowerCase());
        if (!card) return send(res, 404, 'text/plain', 'Not found');
        return send(res, 200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(card.title)}</title></head><body><h1>${esc(card.title)}</h1><p>${esc(card.extract)}</p></body></html>`);
      }
      // Served from the API host, which the test build may read without a click (explain on load).
      const flicker = antiFlickerRoute(path);
      const flickered = flicker && articles.find((a) => a.outlet.id === flicker.outlet && a.slug === flicker.slug);
      if (flicker && flickered) return send(res, 200, 'text/html; charset=utf-8', withAntiFlicker(renderArticle(flickered, [], links), flicker.hideMs));
      if (path === '/') return send(res, 200, 'application/json', JSON.stringify({ outlets: outlets.map((o) => ({ ...o, site: links.siteUrl(o), feed: links.feedUrl(o) })) }));
      return send(res, 404, 'text/plain', 'Not found');
    }
    const feedOutlet = outlets.find((o) => o.feedHost === host);
    if (feedOutlet) {
      if (path !== feedPath(feedOutlet)) return send(res, 404, 'text/plain', 'Not found');
      const own = served()
        .filter((a) => a.outlet.id === feedOutlet.id)
        .sort((a, b) => (Date.parse(b.published) || 0) - (Date.parse(a.published) || 0))
        .slice(0, FEED_ITEMS);
      return conditional(req, res, feedContentType(feedOutlet), renderFeed(feedOutlet, own, links));
    }
    const outlet = outlets.find((o) => o.siteHost === host);
    if (!outlet) return send(res, 404, 'text/plain', 'Unknown host');
    const own = articles.filter((a) => a.outlet.id === outlet.id);
    if (path === '/' || path === '/world' || path === '/business' || path === '/technology') {
      return send(res, 200, 'text/html; charset=utf-8', renderFront(outlet, own, links));
    }
    const slug = path.match(/^\/news\/\d{4}\/\d{2}\/\d{2}\/([\w-]+)$/)?.[1];
    const article = own.find((a) => a.slug === slug);
    if (!article) return send(res, 404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>Page not found</h1>');
    const related = own.filter((a) => a !== article).slice(0, 4);
    return send(res, 200, 'text/html; charset=utf-8', renderArticle(article, related, links));
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.socket.localAddress?.replace(/^::ffff:/, '') ?? '';
    const url = new URL(req.url ?? '/', `http://${host}:${port}`);
    const target = targetOf(host, url.pathname);
    requests.push({ host, path: url.pathname + url.search, target, at: Date.now() });
    const fault = faultFor(target);
    const delay = (options.latencyMs ?? 0) + (fault?.latencyMs ?? 0);
    setTimeout(() => {
      if (fault?.refuse) return req.socket.destroy();
      if (fault?.hang) return; // never answers; the socket is closed on stop()
      if (fault?.status) {
        const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
        const body = fault.status === 429 ? 'Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.' : `HTTP ${fault.status}`;
        return send(res, fault.status, 'text/plain', body, headers);
      }
      if (fault?.malformed) return send(res, 200, target === 'gdelt' ? 'application/json' : 'application/xml', target === 'gdelt' ? '{"articles": [ {"url": "http://x' : '<rss><channel><item><title>Broken</titl');
      if (fault?.endless) {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        const timer = setInterval(() => res.write('<item><title>more</title></item>'.repeat(200)), 20);
        res.on('close', () => clearInterval(timer));
        return;
      }
      try {
        route(req, res, host, url);
      } catch (error) {
        send(res, 500, 'text/plain', String(error));
      }
    }, delay);
  };

  const hosts = [API_HOST, ...outlets.flatMap((o) => [o.siteHost, o.feedHost])];
  for (let attempt = 0; ; attempt++) {
    const servers: http.Server[] = [];
    try {
      for (const host of hosts) {
        const server = http.createServer(handler);
        server.on('connection', (s) => {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
        });
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, host, () => resolve());
        });
        if (!port) port = (server.address() as AddressInfo).port;
        servers.push(server);
      }
      return {
        port,
        apiBase: `http://${API_HOST}:${port}`,
        outlets: outlets,
        articles,
        articleUrl: links.articleUrl,
        feedUrl: links.feedUrl,
        siteUrl: links.siteUrl,
        find(outlet, slug) {
          const a = articles.find((x) => x.outlet.id === outlet && x.slug === slug);
          if (!a) throw new Error(`no article ${outlet}/${slug}`);
          return a;
        },
        setFault(target, fault) {
          if (fault) faults.set(target, fault);
          else faults.delete(target);
        },
        clearFaults: () => faults.clear(),
        override(at, handler) {
          const u = new URL(at);
          if (handler) overrides.set(`${u.hostname}:${u.port}${u.pathname}`, handler);
          else overrides.delete(`${u.hostname}:${u.port}${u.pathname}`);
        },
        setNow(iso) {
          now = iso === null ? null : Date.parse(iso);
        },
        wikiAsked,
        requests,
        publish,
        async stop() {
          for (const s of sockets) s.destroy();
          await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
        },
      };
    } catch (error) {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
      if (options.port || attempt >= 5) throw error;
      port = 0; // the port was taken on one of the addresses: try another
    }
  }
}
