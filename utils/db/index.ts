import { openDatabase, type ParallaxDB } from './db';

let instance: ParallaxDB | null = null;

/** The extension's one database, opened lazily (the worker may be restarted at any time). */
export function db(): ParallaxDB {
  instance ??= openDatabase();
  return instance;
}

const OPEN_TIMEOUT_MS = 3000;

/**
 * Whether the cache can be used: a corrupt database, a newer version on disk, or an upgrade
 * blocked by another open page must not stop the reader — the job then runs without the cache.
 */
export async function cacheProblem(): Promise<string | null> {
  const d = db();
  if (d.isOpen()) return null;
  try {
    await Promise.race([
      d.open(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the database upgrade is blocked by another open Parallax page')), OPEN_TIMEOUT_MS)),
    ]);
    return null;
  } catch (error) {
    instance = null; // try again next time
    return error instanceof Error ? error.message : String(error);
  }
}

export type { StoryRecord, StoryStage, ParallaxDB } from './db';
