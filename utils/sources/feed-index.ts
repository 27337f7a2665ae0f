/**
 * The local feed index as a source: it answers from items already polled into IndexedDB, so a
 * lookup sends nothing anywhere. The index itself picks the items sharing words with the story
 * (utils/feeds.ts); the matcher decides the rest.
 */
import type { NewsSource } from './types';

export const feedIndexSource: NewsSource = {
  id: 'feeds',
  label: 'Your feeds',
  local: true,
  enabled: (s) => s.sources.feeds.enabled,
  async search(_query, ctx) {
    return ctx.feedItems ? ctx.feedItems() : [];
  },
};
