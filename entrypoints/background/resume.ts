/**
 * Jobs that survive the worker. Chrome stops the service worker whenever it likes (idle, updates,
 * memory): a job stopped mid-way leaves its row unfinished. It is run again, by itself — when the
 * worker starts, and whenever a panel shows an unfinished story (the panel's message is also what
 * wakes a stopped worker). runStory is idempotent and keyed by the story, so running it again is safe;
 * the set below only keeps one worker from running the same story twice at once.
 */
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { runStory } from '@/utils/story/job';
import { jobDeps } from './job-deps';
import { getTabView } from '@/utils/tab-state';
import { canonicalizeUrl } from '@/utils/core/url';
// explain.ts imports this module too: both only call each other's functions, never at load.
import { explainTab } from './explain';

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

/** Tabs this worker is reading now (live state: a stopped worker's reads are gone with it). */
const reading = new Map<number, number>();

/** Hold a tab while this worker reads it (a count: the reader may click twice); the returned function lets go. */
export function markReading(tabId: number): () => void {
  reading.set(tabId, (reading.get(tabId) ?? 0) + 1);
  return () => {
    const left = (reading.get(tabId) ?? 1) - 1;
    if (left > 0) reading.set(tabId, left);
    else reading.delete(tabId);
  };
}

/**
 * Finish reading a tab whose read stopped with the worker: its view still says "working" and no
 * read of it runs here. The reader's click granted activeTab to the tab, not to the worker, so the
 * page can be read again until it navigates.
 */
export async function resumeReading(tabId: number): Promise<void> {
  if (reading.has(tabId)) return;
  const view = await getTabView(tabId);
  if (view?.kind !== 'working') return;
  // Only the page the tab still shows: a link or a selection explained in this tab reads another
  // address (its view names that one), and a tab that navigated is not the page the reader asked for.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || canonicalizeUrl(tab.url) !== canonicalizeUrl(view.url)) return;
  await explainTab(tabId, view.url);
}

/** On worker start: every recent unfinished story is run again. */
export async function resumeUnfinished(now = Date.now()): Promise<void> {
  const rows = await db()
    .stories.filter((s) => s.stage === 'searching' && now - Date.parse(s.updatedAt) < RESUME_WITHIN_MS)
    .primaryKeys()
    .catch(() => []);
  await Promise.all(rows.map((id) => resumeStory(String(id)).catch(() => undefined)));
}
