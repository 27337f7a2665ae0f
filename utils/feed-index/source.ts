/**
 * The local feed index as a source: it polls the feeds that are due, then answers from the items
 * it has saved, so a lookup sends nothing anywhere but to the reader's own feeds. The index picks
 * the items sharing words with the story; the coverage stage scores them with the rest, taking
 * the index's word counts as word rarity.
 */
import type { NewsSource, SourceAnswer } from '../sources/types';
import { lookUpIndex, warmUpIndex } from './lookup';
import { refreshFeeds } from './refresh';

export const feedIndexSource: NewsSource = {
  id: 'feeds',
  label: 'Your feeds',
  local: true,
  enabled: (s) => s.sources.feeds.enabled,
  async search(query, ctx): Promise<SourceAnswer> {
    const store = ctx.feedIndex;
    if (!store) return { items: [] };
    const now = ctx.now ?? Date.now;
    // A restarted worker reads the window's word counts while the feeds are polled, not after.
    void warmUpIndex(store, query.date, now()).catch(() => undefined);
    const polled = await refreshFeeds(store, ctx.settings, { fetch: ctx.fetch, signal: ctx.signal, now: now() }).catch(() => ({ due: 1, ok: 0, added: [] }));
    // The index always answers from what it saved; it only counts as reached if its feeds were.
    const reached = polled.due === 0 || polled.ok > 0;
    const { candidates, stats } = await lookUpIndex(store, query, query.date, now());
    return { items: candidates, wordCounts: stats, unreached: reached ? undefined : 'no feed could be reached' };
  },
};
