/**
 * Jobs that survive the worker. Chrome stops the service worker whenever it likes (idle, updates,
 * memory): a job stopped mid-way leaves its row unfinished. It is run again, by itself — when the
 * worker starts, and whenever a panel shows an unfinished story (the panel's message is also what
 * wakes a stopped worker). runStory is idempotent and keyed by the story, so running it again is safe;
 * the set below only keeps one worker from running the same story twice at once.
 */
import { db } from '@/utils/db';
import { runStory } from '@/utils/story/job';
import { jobDeps } from './job-deps';

/** Stories whose job runs in this worker now (live state, like a port: gone with the worker, as it should be). */
const running = new Set<string>();

/** Unfinished rows older than this are left alone: the reader has moved on, and opening it runs the job again. */
const RESUME_WITHIN_MS = 15 * 60_000;

/** Run `job` for this story unless this worker already is; the story id is held while it runs. */
export async function holdingStory<T>(storyId: string, job: () => Promise<T>): Promise<T | undefined> {
  if (running.has(storyId)) return undefined;
  running.add(storyId);
  try {
    return await job();
  } finally {
    running.delete(storyId);
  }
}

/** Mark a story as run by this worker from the moment its id is known (a job started by a click). */
export function markRunning(storyId: string): () => void {
  running.add(storyId);
  return () => running.delete(storyId);
}

/** Finish a story whose job stopped: only a row that was searching (a link's snippet has no article to run). */
export async function resumeStory(storyId: string): Promise<void> {
  await holdingStory(storyId, async () => {
    const row = await db().stories.get(storyId);
    if (!row || row.stage !== 'searching') return;
    await runStory(row.article, { ...(await jobDeps()), db: db() }, { storyId });
  });
}

/** On worker start: every recent unfinished story is run again. */
export async function resumeUnfinished(now = Date.now()): Promise<void> {
  const rows = await db()
    .stories.filter((s) => s.stage === 'searching' && now - Date.parse(s.updatedAt) < RESUME_WITHIN_MS)
    .primaryKeys()
    .catch(() => []);
  await Promise.all(rows.map((id) => resumeStory(String(id)).catch(() => undefined)));
}
