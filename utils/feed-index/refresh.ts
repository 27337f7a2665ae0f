/** Poll the feeds that are due and store what they carry, in one write. */
import type { Settings } from '../settings';
import { indexed, type FeedItemRecord } from './keys';
import { feedDue, pollFeed } from './poll';
import type { FeedIndexStore } from './store';

export interface FeedRefresh {
  /** Feeds that were due and asked. */
  due: number;
  /** Of those, how many answered (200 or 304). */
  ok: number;
  /** Items this poll stored that the index did not hold before. */
  added: FeedItemRecord[];
}

export async function refreshFeeds(store: FeedIndexStore, settings: Settings, opts: { fetch: typeof fetch; signal?: AbortSignal; now?: number }): Promise<FeedRefresh> {
  const cfg = settings.sources.feeds;
  const result: FeedRefresh = { due: 0, ok: 0, added: [] };
  if (!cfg.enabled) return result;
  const now = opts.now ?? Date.now();
  const feeds = cfg.list.filter((f) => f.enabled);
  const states = await store.feedStates(feeds.map((f) => f.url));
  const seen = new Date(now).toISOString();
  const polled = await Promise.all(
    feeds.map(async (feed, i) => {
      if (!feedDue(states[i], cfg.pollMinutes, now)) return null;
      result.due++;
      const { state, items } = await pollFeed(feed, states[i], { fetch: opts.fetch, signal: opts.signal, now });
      if (state.failures === 0) result.ok++;
      return { state, rows: (items ?? []).map((it) => indexed({ ...it, feedUrl: feed.url, date: it.published ?? seen })) };
    }),
  );
  // One write for the whole poll: the word numbering is read once, not once per feed; an item
  // two feeds carry is counted once.
  const done = polled.filter((p) => p !== null);
  if (!done.length) return result;
  const ids = new Set<string>();
  const rows = done.flatMap((p) => p.rows).filter((r) => !ids.has(r.id) && Boolean(ids.add(r.id)));
  result.added = await store.save(rows, done.map((p) => p.state));
  return result;
}
