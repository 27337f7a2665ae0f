/** The local feed index: poll what is due into IndexedDB, and read items near a story's date. */
import type { Candidate } from './core/types';
import type { ParallaxDB } from './db/db';
import { feedDue, pollFeed } from './sources/feed-poll';
import type { Settings } from './settings-schema';

export interface FeedRefresh {
  /** Feeds that were due and asked. */
  due: number;
  /** Of those, how many answered (200 or 304). */
  ok: number;
}

export async function refreshFeeds(db: ParallaxDB, settings: Settings, opts: { fetch: typeof fetch; signal?: AbortSignal; now?: number }): Promise<FeedRefresh> {
  const cfg = settings.sources.feeds;
  const result: FeedRefresh = { due: 0, ok: 0 };
  if (!cfg.enabled) return result;
  const now = opts.now ?? Date.now();
  const feeds = cfg.list.filter((f) => f.enabled);
  const states = await db.feedState.bulkGet(feeds.map((f) => f.url));
  await Promise.all(
    feeds.map(async (feed, i) => {
      if (!feedDue(states[i], cfg.pollMinutes, now)) return;
      result.due++;
      const { state, items } = await pollFeed(feed, states[i], { fetch: opts.fetch, signal: opts.signal, now });
      if (state.failures === 0) result.ok++;
      await db.transaction('rw', db.feedItems, db.feedState, async () => {
        await db.feedState.put(state);
        if (items) {
          const seen = new Date(now).toISOString();
          await db.feedItems.bulkPut(items.map((it) => ({ ...it, feedUrl: feed.url, date: it.published ?? seen })));
        }
      });
    }),
  );
  return result;
}

/** Items published within two weeks before and one after the story's date. */
export async function recentFeedItems(db: ParallaxDB, storyDate: string | null, now: number): Promise<Candidate[]> {
  const anchor = storyDate ? Date.parse(storyDate) : now;
  const from = new Date(anchor - 14 * 86_400_000).toISOString();
  const to = new Date(anchor + 7 * 86_400_000).toISOString();
  const rows = await db.feedItems.where('date').between(from, to, true, true).toArray();
  return rows.map(({ feedUrl: _f, date: _d, ...c }) => c);
}
