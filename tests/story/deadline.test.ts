/**
 * A page that finishes (issue 14, finding 4): one hanging source does not hold the story. Real HTTP
 * against the newsroom, the job's real stages, IndexedDB in memory; the deadline is the test's own.
 */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/article';
import { openDatabase } from '../../utils/db/db';
import { memoryHealthStore } from '../../utils/sources/guard';
import { runStory } from '../../utils/story/job';
import { REFERENCE } from '../newsroom/corpus';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';

let n: Newsroom;
beforeAll(async () => {
  n = await startNewsroom();
});
afterAll(() => n.stop());

async function articleAt(url: string) {
  const { document } = parseHTML(await (await fetch(url)).text());
  return extractArticle(document as unknown as Document, { url });
}

describe('one hanging source', () => {
  it('the page completes at the deadline saying what it still waits for, merges the late answer, and the hung source is paused afterwards', { timeout: 30_000 }, async () => {
    n.setFault('gdelt', { hang: true });
    const db = openDatabase(`deadline-${Math.random()}`);
    const health = memoryHealthStore();
    const deps = { db, settings: newsroomSettings(n), fetch, health, coverageDeadline: { graceMs: 300, maxWaitMs: 2000 } };
    const article = await articleAt(n.articleUrl(n.find(REFERENCE.outlet, REFERENCE.slug)));
    let jobOver = false;
    const job = runStory(article, deps).finally(() => (jobOver = true));
    // The row is complete while GDELT still hangs.
    let done;
    for (let i = 0; i < 200 && !done; i++) {
      await new Promise((r) => setTimeout(r, 50));
      done = (await db.stories.toArray()).find((s) => s.stage === 'done');
    }
    expect(done, 'the page completed while a source hung').toBeTruthy();
    expect(jobOver).toBe(false);
    expect(done!.sourceStatus.find((s) => s.id === 'gdelt')?.state).toBe('waiting');
    expect(done!.coverage.length).toBeGreaterThan(0);
    // The hung request ends (one attempt, no retry of a timeout) and its failure is merged.
    const id = await job;
    expect((await db.stories.get(id))?.sourceStatus.find((s) => s.id === 'gdelt')?.state).toBe('failed');
    expect(n.requests.filter((r) => r.target === 'gdelt')).toHaveLength(1);
    // The next story does not ask the hung source again this session.
    const asked = n.requests.length;
    const other = await articleAt(n.articleUrl(n.find('globalwire', 'louvre-crown-jewels-theft')));
    const id2 = await runStory(other, deps);
    expect(n.requests.slice(asked).filter((r) => r.target === 'gdelt')).toHaveLength(0);
    expect((await db.stories.get(id2))?.sourceStatus.find((s) => s.id === 'gdelt')?.message).toMatch(/paused/);
    n.clearFaults();
  });
});
