/** Pacing, Retry-After remembered, and the circuit breaker (unit, then against the newsroom's faults). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildQuery } from '../../utils/core/query';
import { BREAKER_THRESHOLD, guardedSearch, memoryHealthStore } from '../../utils/sources/guard';
import { gdeltSource } from '../../utils/sources/gdelt';
import { SourceError } from '../../utils/sources/http';
import type { NewsSource } from '../../utils/sources/types';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';

const query = buildQuery({ title: 'Nvidia South Korea GPUs', text: 'Nvidia South Korea GPUs deal.', publishedTime: '2025-10-31T00:00:00Z', lang: 'en' });
const ctx = { fetch, settings: {} as never };

function clock(start = 0) {
  let t = start;
  return { now: () => t, sleep: vi.fn(async (ms: number) => void (t += ms)), advance: (ms: number) => void (t += ms) };
}

describe('guardedSearch', () => {
  it('paces requests to one per interval', async () => {
    const c = clock(1_000_000);
    const store = memoryHealthStore();
    const source: NewsSource = { id: 'paced', label: 'Paced', enabled: () => true, search: vi.fn(async () => []) };
    await guardedSearch(source, query, ctx, store, { minIntervalMs: 5000, ...c });
    c.advance(1000);
    await guardedSearch(source, query, ctx, store, { minIntervalMs: 5000, ...c });
    expect(c.sleep).toHaveBeenCalledWith(4000);
  });

  it('remembers Retry-After: no request before then', async () => {
    const c = clock(0);
    const store = memoryHealthStore();
    const search = vi.fn(async () => {
      throw new SourceError('429', 'rate-limited', new Date(120_000));
    });
    const source: NewsSource = { id: 'rl', label: 'RL', enabled: () => true, search };
    await expect(guardedSearch(source, query, ctx, store, { minIntervalMs: 0, ...c })).rejects.toMatchObject({ kind: 'rate-limited' });
    c.advance(60_000);
    await expect(guardedSearch(source, query, ctx, store, { minIntervalMs: 0, ...c })).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('opens the breaker after repeated failures, then probes again later', async () => {
    const c = clock(0);
    const store = memoryHealthStore();
    let fail = true;
    const search = vi.fn(async () => {
      if (fail) throw new SourceError('HTTP 503', 'http');
      return [];
    });
    const source: NewsSource = { id: 'flaky', label: 'Flaky', enabled: () => true, search };
    for (let i = 0; i < BREAKER_THRESHOLD; i++) await expect(guardedSearch(source, query, ctx, store, { minIntervalMs: 0, ...c })).rejects.toMatchObject({ kind: 'http' });
    await expect(guardedSearch(source, query, ctx, store, { minIntervalMs: 0, ...c })).rejects.toMatchObject({ kind: 'paused' });
    expect(search).toHaveBeenCalledTimes(BREAKER_THRESHOLD);
    c.advance(5 * 60_000 + 1);
    fail = false;
    await expect(guardedSearch(source, query, ctx, store, { minIntervalMs: 0, ...c })).resolves.toEqual([]);
    expect((await store.get('flaky'))?.failures).toBe(0);
  });
});

describe('against the newsroom', () => {
  let n: Newsroom;
  beforeAll(async () => {
    n = await startNewsroom();
  });
  afterAll(() => n.stop());

  it('repeated 503s: three jittered tries per lookup, then the breaker opens and no request is sent', async () => {
    n.setFault('gdelt', { status: 503 });
    const store = memoryHealthStore();
    const settings = newsroomSettings(n);
    const before = n.requests.filter((r) => r.target === 'gdelt').length;
    for (let i = 0; i < BREAKER_THRESHOLD; i++) {
      await expect(guardedSearch(gdeltSource, query, { fetch, settings }, store, { minIntervalMs: 0 })).rejects.toMatchObject({ kind: 'http' });
    }
    const asked = n.requests.filter((r) => r.target === 'gdelt').length - before;
    expect(asked).toBe(BREAKER_THRESHOLD * 3);
    await expect(guardedSearch(gdeltSource, query, { fetch, settings }, store, { minIntervalMs: 0 })).rejects.toMatchObject({ kind: 'paused' });
    expect(n.requests.filter((r) => r.target === 'gdelt').length - before).toBe(asked);
    n.clearFaults();
  });

  it('a hang times out and reports, leaving the other sources to answer', async () => {
    const { findCoverage } = await import('../../utils/coverage');
    const { feedIndexSource } = await import('../../utils/feed-index/source');
    const { googleNewsSource } = await import('../../utils/sources/google-news');
    const slow: NewsSource = { ...gdeltSource, search: (q, c) => gdeltSource.search(q, { ...c, signal: AbortSignal.timeout(300) }) };
    n.setFault('gdelt', { hang: true });
    const article = { title: 'Nvidia to supply GPUs to South Korea', text: 'Nvidia will supply South Korea with GPUs in a deal with Samsung.', publishedTime: '2025-10-31T00:00:00Z', lang: 'en', canonicalUrl: 'http://x.example/a', excerpt: null } as never;
    const result = await findCoverage(article, [feedIndexSource, slow, googleNewsSource], { fetch, settings: newsroomSettings(n) }, () => undefined);
    expect(result.status.find((s) => s.id === 'gdelt')?.state).toBe('failed');
    expect(result.status.find((s) => s.id === 'google-news')?.state).toBe('ok');
    n.clearFaults();
  });
});
