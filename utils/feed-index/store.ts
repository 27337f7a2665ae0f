/**
 * What the feed index needs of where it is kept: the few reads a lookup makes and the one write a
 * poll makes. In the worker it is IndexedDB (dexie-store.ts); in Node, memory (memory-store.ts),
 * so tests and command-line tools run exactly the extension's lookup and scoring.
 */
import type { WordCounts } from '../core/match';
import type { FeedItemRecord } from './keys';
import type { FeedState } from './poll';

export interface FeedIndexStore {
  /** The items of the days fromDay…toDay ("2025-11-01", both included): how many, and how many contain each term. */
  wordCounts(fromDay: string, toDay: string): Promise<WordCounts>;
  /** For each word, the ids of those days' items containing it (in any order), read together. */
  itemsWith(words: string[], fromDay: string, toDay: string): Promise<string[][]>;
  /** Items by id; undefined where there is none. */
  items(ids: string[]): Promise<(FeedItemRecord | undefined)[]>;
  /** The polling state of these feeds; undefined for a feed never polled. */
  feedStates(urls: string[]): Promise<(FeedState | undefined)[]>;
  /**
   * One poll's result in one write: the items (with their keys, see indexed()), counting only
   * those not stored before in their days' word counts, and the feeds' new states. Answers the
   * items that were not stored before (what a poll brought that is new: followed stories read them).
   */
  save(items: FeedItemRecord[], states?: FeedState[]): Promise<FeedItemRecord[]>;
}
