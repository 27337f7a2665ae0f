/**
 * The local feed index as a source: it answers from items already polled into IndexedDB, so a
 * lookup sends nothing anywhere. Only items sharing at least one salient term with the story
 * are returned; the matcher decides the rest.
 */
import type { Candidate } from '../core/types';
import type { StoryQuery } from '../core/query';
import type { NewsSource } from './types';

export function prefilter(query: StoryQuery, items: Candidate[]): Candidate[] {
  const needles = [...query.entities.slice(0, 6), ...query.keyTerms.slice(0, 6)].map((n) => n.toLowerCase());
  return items.filter((it) => {
    const hay = `${it.title} ${it.description ?? ''}`.toLowerCase();
    return needles.some((n) => hay.includes(n));
  });
}

export const feedIndexSource: NewsSource = {
  id: 'feeds',
  label: 'Your feeds',
  local: true,
  enabled: (s) => s.sources.feeds.enabled,
  async search(query, ctx) {
    if (!ctx.feedItems) return [];
    return prefilter(query, await ctx.feedItems());
  },
};
