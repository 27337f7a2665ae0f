/**
 * Per-source manners and self-protection, shared by every source: pacing (GDELT asks for one
 * request every 5 s), Retry-After remembered across lookups, and a circuit breaker that stops
 * asking a source that keeps failing, then probes it again later.
 */
import type { Candidate } from '../core/types';
import type { StoryQuery } from '../core/query';
import { SourceError } from './http';
import type { NewsSource, SearchContext, SourceAnswer } from './types';

export interface SourceHealth {
  failures: number;
  /** The breaker is open until then: no request is sent. */
  openUntil?: string;
  /** The source asked us to wait until then (429 + Retry-After). */
  retryAt?: string;
  lastRequestAt?: string;
}

export interface HealthStore {
  get(id: string): Promise<SourceHealth | undefined>;
  set(id: string, health: SourceHealth): Promise<void>;
}

export const BREAKER_THRESHOLD = 3;
const BREAKER_BASE_MS = 5 * 60_000;
const BREAKER_MAX_MS = 60 * 60_000;

export function memoryHealthStore(): HealthStore {
  const m = new Map<string, SourceHealth>();
  return { get: async (id) => m.get(id), set: async (id, h) => void m.set(id, h) };
}

export interface GuardOptions {
  minIntervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export async function guardedSearch(source: NewsSource, query: StoryQuery, ctx: SearchContext, store: HealthStore, opts: GuardOptions): Promise<Candidate[] | SourceAnswer> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const h: SourceHealth = { failures: 0, ...(await store.get(source.id)) };
  if (h.retryAt && Date.parse(h.retryAt) > now()) {
    throw new SourceError(`rate-limited until ${h.retryAt}`, 'rate-limited', new Date(h.retryAt));
  }
  if (h.openUntil && Date.parse(h.openUntil) > now()) {
    throw new SourceError(`paused after ${h.failures} failures in a row`, 'paused', new Date(h.openUntil));
  }
  const wait = h.lastRequestAt ? opts.minIntervalMs - (now() - Date.parse(h.lastRequestAt)) : 0;
  if (wait > 0) await sleep(wait);
  await store.set(source.id, { ...h, lastRequestAt: new Date(now()).toISOString() });
  try {
    const items = await source.search(query, ctx);
    await store.set(source.id, { failures: 0, lastRequestAt: new Date(now()).toISOString() });
    return items;
  } catch (error) {
    const next: SourceHealth = { ...h, lastRequestAt: new Date(now()).toISOString(), retryAt: undefined };
    if (error instanceof SourceError && error.kind === 'rate-limited' && error.retryAt) {
      next.retryAt = error.retryAt.toISOString();
    } else if (!(error instanceof SourceError && error.kind === 'aborted')) {
      next.failures = h.failures + 1;
      if (error instanceof SourceError && error.kind === 'timeout') {
        // A hung source would hold every story until its timeout: paused after the first one, for
        // the rest of the session (health lives in session storage), probed again after the pause.
        next.failures = Math.max(next.failures, BREAKER_THRESHOLD);
      }
      if (next.failures >= BREAKER_THRESHOLD) {
        // Half-open after the pause: the next lookup is the probe; another failure doubles it.
        const pause = Math.min(BREAKER_MAX_MS, BREAKER_BASE_MS * 2 ** (next.failures - BREAKER_THRESHOLD));
        next.openUntil = new Date(now() + pause).toISOString();
      }
    }
    await store.set(source.id, next);
    throw error;
  }
}
