/**
 * What the panel and Options may read from the cache: reads only (the background is the one
 * writer, docs/ARCHITECTURE.md). Each returns a promise, so a page can watch it with liveQuery.
 */
import { allFeedStates } from '../feed-index/dexie-store';
import type { FeedState } from '../feed-index/poll';
import { db } from './index';
import type { FollowRecord, StoryRecord } from './db';

export const readStory = (id: string): Promise<StoryRecord | undefined> => db().stories.get(id);

/** The most recently opened stories first. */
export const recentStories = (limit: number): Promise<StoryRecord[]> => db().stories.orderBy('lastOpenedAt').reverse().limit(limit).toArray();

export const countStories = (): Promise<number> => db().stories.count();

/** Each feed's polling state: when it last answered, its failures and last error. */
export const feedStates = (): Promise<FeedState[]> => allFeedStates(db());

export interface EngineActivity {
  lastUsed?: { at: string; engine: string; title: string };
  lastError?: { at: string; message: string };
}

/** What the reader's AI engine last did, read from the stories it wrote or failed to write (Options shows it). */
export async function engineActivity(limit = 100): Promise<EngineActivity> {
  const rows = (await recentStories(limit)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const used = rows.find((r) => r.brief && r.brief.engine !== 'extractive');
  const failed = rows.find((r) => r.aiNotice?.startsWith('Written on this device instead'));
  return {
    ...(used ? { lastUsed: { at: used.updatedAt, engine: used.brief!.engine, title: used.title } } : {}),
    ...(failed ? { lastError: { at: failed.updatedAt, message: failed.aiNotice!.replace(/^Written on this device instead:\s*/, '') } } : {}),
  };
}

/** Whether (and since when) the reader follows a story; undefined when not. */
export const readFollow = (storyId: string): Promise<FollowRecord | undefined> => db().follows.get(storyId);

/** Every followed story, those followed first first; ended follows too (with their note). */
export const followedStories = (): Promise<FollowRecord[]> => db().follows.orderBy('followedAt').toArray();
