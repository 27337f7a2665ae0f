/**
 * A feed item as the index keeps it: the item, its date, and its terms, alone and with the item's
 * day ("nvidia|2025-10-31"). The day keys are a multi-entry index in IndexedDB, so a lookup reads
 * only the items of its window that share a word with the story.
 */
import type { Candidate } from '../core/types';
import { terms } from '../core/text';

export interface FeedItemRecord extends Candidate {
  feedUrl: string;
  /** Sortable date for range queries: published, else when we first saw it. */
  date: string;
  /** Its distinct content terms. */
  keys?: string[];
  /** The same, each with the item's day ("nvidia|2025-10-31"): a multi-entry index, so a lookup
   * reads only the items of its window that share a word with the story. */
  dayKeys?: string[];
}

/** The distinct content terms of a feed item: its index keys. */
export function itemKeys(item: Pick<Candidate, 'title' | 'description'>): string[] {
  return [...new Set(terms(`${item.title} ${item.description ?? ''}`))];
}

export function dayKeysOf(keys: string[], date: string): string[] {
  const day = date.slice(0, 10);
  return keys.map((k) => `${k}|${day}`);
}

/** An item with its index keys. */
export function indexed(item: Omit<FeedItemRecord, 'keys' | 'dayKeys'>): FeedItemRecord {
  const keys = itemKeys(item);
  return { ...item, keys, dayKeys: dayKeysOf(keys, item.date) };
}

/** The item as a source hands it on: without what only the index needs. */
export function candidateOf({ feedUrl: _f, date: _d, keys: _k, dayKeys: _dk, ...c }: FeedItemRecord): Candidate {
  return c;
}
