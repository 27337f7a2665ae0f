/**
 * Following a story. Following sends nothing anywhere: at each feed poll the background hands the
 * poll's new items to checkFollowed, which decides per followed story whether they belong to it
 * (follow-match.ts), adds those that do to the story's coverage, writes "Since you last read" from
 * them alone (brief/update.ts) and recomposes the page. The toolbar badge counts followed stories
 * with news the reader has not opened. Limits: MAX_FOLLOWED stories; FOLLOW_IDLE_MS of polls
 * without a match ends a follow with a note; per poll, a bounded number of items per story.
 */
import type { WordCounts } from '../core/match';
import { buildQuery } from '../core/query';
import type { Candidate, CoverageItem } from '../core/types';
import type { FollowRecord, ParallaxDB, StoryRecord } from '../db/db';
import type { FeedItemRecord } from '../feed-index/keys';
import { FOLLOW_IDLE_MS, freshItems, MAX_FOLLOWED, mayMatch, newCoverageFor } from './follow-match';
import { applyCorrections, type Corrections } from './corrections';
import { sinceUpdate } from './freshness';
import { StoryWriter } from './writer';

export { MAX_FOLLOWED, FOLLOW_IDLE_MS };

export const IDLE_NOTE = 'Stopped following: no new coverage in 30 days.';
export const GONE_NOTE = 'Stopped following: the story is no longer on this device.';

export type FollowResult = { ok: true } | { ok: false; error: string };

export async function followStory(db: ParallaxDB, storyId: string, now: number): Promise<FollowResult> {
  const story = await db.stories.get(storyId);
  if (!story) return { ok: false, error: 'This story is no longer on this device.' };
  const active = (await db.follows.toArray()).filter((f) => !f.ended && f.storyId !== storyId);
  if (active.length >= MAX_FOLLOWED) return { ok: false, error: `You follow ${MAX_FOLLOWED} stories, the most Parallax keeps up with: unfollow one first.` };
  const at = new Date(now).toISOString();
  await db.follows.put({ storyId, title: story.title, followedAt: at, lastMatchAt: at, seenAt: at, news: [], query: buildQuery(story.article) });
  return { ok: true };
}

export async function unfollowStory(db: ParallaxDB, storyId: string): Promise<void> {
  await db.follows.delete(storyId);
}

/** The reader opened the story: its news is read (the badge counts it no more). */
export async function markFollowSeen(db: ParallaxDB, storyId: string, now: number): Promise<boolean> {
  const f = await db.follows.get(storyId);
  if (!f || (!f.news.length && !f.ended)) return false;
  await db.follows.update(storyId, { news: [], seenAt: new Date(now).toISOString() });
  return true;
}

/** How many followed stories have news the reader has not opened: the toolbar badge. */
export async function storiesWithNews(db: ParallaxDB): Promise<FollowRecord[]> {
  return (await db.follows.toArray()).filter((f) => !f.ended && f.news.length > 0);
}

export interface FollowNews {
  storyId: string;
  title: string;
  items: CoverageItem[];
}

export interface FollowPoll {
  /** Followed stories looked at. */
  checked: number;
  /** Stories that gained new coverage in this poll, with the new items. */
  news: FollowNews[];
  /** Follows ended by a limit in this poll. */
  ended: string[];
}

export interface FollowPollOptions {
  /** The poll's own clock. */
  now: number;
  /**
   * The feed index's word counts over the recent window: word rarity for the decision. A function is
   * called only when some story may match (mayMatch), at most once a poll.
   */
  stats?: WordCounts | (() => Promise<WordCounts | undefined>);
  /**
   * Items from elsewhere for one story (GDELT / Google News, when the reader allowed it for
   * followed stories), asked for at most `searchPerPoll` stories, those searched longest ago first.
   */
  search?: (story: StoryRecord) => Promise<Candidate[]>;
  searchPerPoll?: number;
  /** What the reader said: a report marked "not the same story" for a story, or a muted outlet, is never its news. */
  corrections?: Corrections;
}

/** Decide, for every followed story, whether this poll's new items belong to it; write what does. */
export async function checkFollowed(db: ParallaxDB, polled: FeedItemRecord[], opts: FollowPollOptions): Promise<FollowPoll> {
  const at = new Date(opts.now).toISOString();
  const result: FollowPoll = { checked: 0, news: [], ended: [] };
  // One read transaction: the follows, which stories are still here (their keys), and the rows of
  // only the stories a new item may belong to (or asked about elsewhere, or followed without a
  // stored query): a story's row holds its article and page, a poll's dearest read.
  const { follows, present, fresh, searchFor, rows } = await db.transaction('r', db.follows, db.stories, async () => {
    const follows = (await db.follows.orderBy('followedAt').toArray()).filter((f) => !f.ended).slice(0, MAX_FOLLOWED);
    if (!follows.length) return { follows, present: new Set<string>(), fresh: freshItems([]), searchFor: new Set<string>(), rows: new Map<string, StoryRecord>() };
    // All the keys at once (one request), not a cursor stepping through the followed ones.
    const present = new Set(await db.stories.toCollection().primaryKeys());
    const fresh = freshItems(polled);
    // Asked about in turn: the stories asked about longest ago (never first), then by when they were followed.
    const searchFor = new Set(
      opts.search
        ? [...follows].sort((a, b) => (a.searchedAt ?? '').localeCompare(b.searchedAt ?? '')).slice(0, opts.searchPerPoll ?? 1).map((f) => f.storyId)
        : [],
    );
    const read = follows.filter((f) => present.has(f.storyId) && (searchFor.has(f.storyId) || !f.query || (fresh.items.length > 0 && mayMatch(f.query, fresh))));
    const rows = new Map(read.length ? (await db.stories.bulkGet(read.map((f) => f.storyId))).flatMap((s) => (s ? [[s.id, s] as const] : [])) : []);
    return { follows, present, fresh, searchFor, rows };
  });
  if (!follows.length) return result;
  // The follow rows' changes of this poll, written in one transaction at the end (a story with news
  // writes its own at once, with its page). A story without news and not ended writes nothing.
  const changes: { key: string; changes: Partial<FollowRecord> }[] = [];
  const stats = typeof opts.stats === 'function' ? (rows.size ? await opts.stats() : undefined) : opts.stats;
  for (const f of follows) {
    const story = rows.get(f.storyId);
    if (!present.has(f.storyId)) {
      changes.push({ key: f.storyId, changes: { ended: { at, reason: GONE_NOTE } } });
      result.ended.push(f.storyId);
      continue;
    }
    result.checked++;
    // Not read: no new item shares enough of its words, so none could be found (mayMatch).
    let found: CoverageItem[] = [];
    const query = story && (f.query ?? buildQuery(story.article));
    if (story && query && fresh.items.length) found = newCoverageFor(story, fresh, stats, query);
    if (story && query && opts.search && searchFor.has(f.storyId)) {
      changes.push({ key: f.storyId, changes: { searchedAt: at } });
      const more = await opts.search(story).catch(() => [] as Candidate[]);
      if (more.length) {
        const extra = newCoverageFor(story, freshItems(more.map((c) => ({ ...c, feedUrl: '', date: c.published ?? at }))), stats, query);
        const have = new Set(found.map((c) => c.url));
        found = [...found, ...extra.filter((c) => !have.has(c.url))];
      }
    }
    if (story && opts.corrections) found = applyCorrections(f.storyId, found, opts.corrections);
    if (!story || !found.length) {
      if (opts.now - Date.parse(f.lastMatchAt) > FOLLOW_IDLE_MS) {
        changes.push({ key: f.storyId, changes: { ended: { at, reason: IDLE_NOTE } } });
        result.ended.push(f.storyId);
      }
      continue;
    }
    await addNews(db, story, f, found, at);
    result.news.push({ storyId: f.storyId, title: story.title, items: found });
  }
  // One key may have two changes (asked about, then ended): merged. A row the reader unfollowed meanwhile stays gone.
  const merged = new Map<string, Partial<FollowRecord>>();
  for (const c of changes) merged.set(c.key, { ...merged.get(c.key), ...c.changes });
  if (merged.size) await db.follows.bulkUpdate([...merged].map(([key, ch]) => ({ key, changes: ch })));
  return result;
}

/** The new items join the story's coverage and its news; the page is recomposed with them. */
async function addNews(db: ParallaxDB, story: StoryRecord, f: FollowRecord, found: CoverageItem[], at: string): Promise<void> {
  const news = [...f.news.filter((n) => !found.some((c) => c.url === n.url)), ...found];
  const coverage = [...story.coverage.filter((c) => !found.some((n) => n.url === c.url)), ...found];
  const since = sinceUpdate({ ...story, coverage }, news, f.seenAt);
  // One write of the row (it holds the article and the page): the update with the recomposed page.
  await new StoryWriter(db, story.id, story.article, () => Date.parse(at), story.topics ?? []).compose(coverage, story.stage, { keepModelPage: true, with: { sinceLastRead: since } });
  await db.follows.update(f.storyId, { news, lastMatchAt: at });
}
