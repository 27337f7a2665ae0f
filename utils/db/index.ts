import { openDatabase, type ParallaxDB } from './db';

let instance: ParallaxDB | null = null;

/** The extension's one database, opened lazily (the worker may be restarted at any time). */
export function db(): ParallaxDB {
  instance ??= openDatabase();
  return instance;
}

export type { StoryRecord, FeedItemRecord, StoryStage, ParallaxDB } from './db';
