/** Runs the whole story pipeline in Node against a running newsroom (for tests and calibration). */
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/core/extract/article';
import { openDatabase } from '../../utils/db/db';
import { runStory } from '../../utils/story/job';
import type { Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';

export async function explainInNode(n: Newsroom, url: string, dbName = `t-${Math.random()}`) {
  const html = await (await fetch(url)).text();
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { url });
  const db = openDatabase(dbName);
  const id = await runStory(article, { db, settings: newsroomSettings(n), fetch });
  const story = await db.stories.get(id);
  return { article, story: story!, db };
}
