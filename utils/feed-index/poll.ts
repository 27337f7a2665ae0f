/**
 * Polling one feed: a conditional GET (ETag / Last-Modified) so an unchanged feed costs a 304,
 * and exponential backoff for a feed that keeps failing, so one broken feed breaks nothing else.
 */
import type { Candidate } from '../core/types';
import { domainOf, stableId, canonicalizeUrl } from '../core/url';
import type { FeedSubscription } from '../settings';
import { parseFeedText } from './parse';
import { fetchText } from '../sources/http';

export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastFetchAt?: string;
  lastOkAt?: string;
  failures: number;
  nextAttemptAt?: string;
  lastError?: string;
  itemCount?: number;
}

export interface PollResult {
  state: FeedState;
  /** Items when the feed changed; null when it answered 304 or failed. */
  items: Candidate[] | null;
}

export function feedDue(state: FeedState | undefined, pollMinutes: number, now: number): boolean {
  if (!state?.lastFetchAt) return true;
  if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now) return false;
  return now - Date.parse(state.lastFetchAt) >= pollMinutes * 60_000;
}

export async function pollFeed(feed: FeedSubscription, prev: FeedState | undefined, opts: { fetch: typeof fetch; signal?: AbortSignal; now?: number }): Promise<PollResult> {
  const now = opts.now ?? Date.now();
  const headers: Record<string, string> = {};
  if (prev?.etag) headers['If-None-Match'] = prev.etag;
  if (prev?.lastModified) headers['If-Modified-Since'] = prev.lastModified;
  const base: FeedState = { url: feed.url, failures: 0, ...prev, lastFetchAt: new Date(now).toISOString() };
  try {
    const res = await fetchText(feed.url, { fetch: opts.fetch, signal: opts.signal, headers, timeoutMs: 10_000, retries: 1, maxBytes: 10_000_000, redirects: 'refuse' });
    if (res.status === 304) return { state: { ...base, failures: 0, lastOkAt: base.lastFetchAt, nextAttemptAt: undefined, lastError: undefined }, items: null };
    const parsed = parseFeedText(res.text, feed.url);
    const items: Candidate[] = parsed.entries
      .filter((e) => e.link && e.title)
      .map((e) => {
        const url = canonicalizeUrl(e.link);
        return {
          id: stableId(url),
          url,
          outlet: { name: feed.name || parsed.title || domainOf(url), domain: domainOf(url), country: feed.country },
          title: e.title,
          description: e.description.slice(0, 1200) || undefined,
          published: e.published ?? undefined,
          source: 'feeds',
        };
      });
    return {
      state: {
        ...base,
        etag: res.headers.get('etag') ?? undefined,
        lastModified: res.headers.get('last-modified') ?? undefined,
        failures: 0,
        lastOkAt: base.lastFetchAt,
        nextAttemptAt: undefined,
        lastError: undefined,
        itemCount: items.length,
      },
      items,
    };
  } catch (error) {
    const failures = (prev?.failures ?? 0) + 1;
    const backoffMin = Math.min(24 * 60, 5 * 2 ** (failures - 1));
    return {
      state: {
        ...base,
        failures,
        nextAttemptAt: new Date(now + backoffMin * 60_000).toISOString(),
        lastError: error instanceof Error ? error.message : String(error),
      },
      items: null,
    };
  }
}
