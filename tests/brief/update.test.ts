/** The update a followed story shows is the CLI's update summary, and cites only the new articles. */
import { describe, expect, it } from 'vitest';
import { composeUpdate } from '../../utils/brief/update';
import { summarizeCluster, type ClusterArticle, type ClusterLine } from '../../utils/cli/summarize-input';
import { newsroomStories } from './newsroom-input';

const asCluster = (story: string): ClusterArticle[] =>
  (newsroomStories().get(story) ?? []).map((a) => ({
    id: `${a.outlet.id}-${a.slug}`,
    title: a.title,
    text: a.body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n'),
    outlet: a.outlet.name,
    published: a.published,
  }));

describe('composeUpdate', () => {
  const articles = asCluster('nvidia-korea');
  const seen = articles.slice(0, 2);
  const fresh = articles.slice(2);
  const line: ClusterLine = { id: 'T-B', topic: 'Nvidia GPUs for South Korea', articles: fresh, previous: seen.map((a) => a.id) };
  const byId = new Map(articles.map((a) => [a.id, a]));

  it('with full texts and a length, writes exactly what the CLI writes for the same update line', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(2);
    const cli = summarizeCluster(line, byId, { words: 100, engine: 'parallax' }).summary;
    const ours = composeUpdate({ topic: line.topic!, fresh: fresh.map((a) => ({ ...a })), previous: seen.map((a) => ({ ...a })) }, { words: 100 });
    expect(ours.map((s) => s.text).join(' ')).toBe(cli);
  });

  it('cites only the new articles, never what the reader saw', () => {
    const update = composeUpdate({ topic: line.topic!, fresh, previous: seen });
    expect(update.length).toBeGreaterThan(0);
    const freshIds = new Set(fresh.map((a) => a.id));
    for (const s of update) for (const c of s.cites) expect(freshIds.has(c), c).toBe(true);
  });

  it('does not repeat a sentence the reader already read', () => {
    // The first new article's own lead, also "read" before: it is no longer news.
    const [first] = fresh;
    const readLead = { ...first!, id: 'read-before' };
    const update = composeUpdate({ topic: line.topic!, fresh, previous: [...seen, readLead] }, { words: 100 });
    const without = composeUpdate({ topic: line.topic!, fresh, previous: seen }, { words: 100 });
    const fromFirst = (p: typeof update) => p.filter((s) => s.cites.includes(first!.id)).length;
    expect(fromFirst(update)).toBeLessThan(fromFirst(without) || 1);
  });

  it('has nothing to say without new articles', () => {
    expect(composeUpdate({ topic: 't', fresh: [], previous: seen })).toEqual([]);
  });
});
