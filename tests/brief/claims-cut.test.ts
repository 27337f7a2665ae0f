/**
 * What the papers say never quotes a text cut short — a headline made of a cut first sentence, a
 * quotation that trails off ("…since last week..."), a summary cut at an initial — as a fact an
 * outlet reports: it states no whole fact, and a figure in it is not the quantity a whole sentence
 * would give. A feed summary cut at its length limit is the exception: its whole clauses state facts,
 * so it is quoted as the feed wrote it, ellipsis and all.
 */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import type { ComposeInput } from '../../utils/brief/engine';
import { feedItem, readerStory } from './story-input';

const READER = [
  'Federal agents searching for bombing suspect Eric Rudolph said on Monday that their search area in the Nantahala Forest now covers about 30 square miles.',
  'Rudolph, a 31-year-old carpenter, is charged in the January bombing of a clinic in Birmingham that killed an off-duty police officer.',
  'Agents found a pickup truck believed stolen by Rudolph near Andrews, North Carolina, with food taken from a health-food store.',
  'The Federal Bureau of Investigation has offered a reward of $1 million for information leading to his arrest.',
].join('\n\n');

const TRIBUNE = [
  'Searchers said on Monday that Eric Rudolph took food and a pickup truck from a man near Andrews before he vanished into the forest.',
  '"We have covered 10 square miles since last week..."',
  'The reward offered by the Federal Bureau of Investigation for information leading to the arrest of Rudolph stands at $1 million.',
].join('\n\n');

function input(): ComposeInput {
  return readerStory(
    { url: 'https://wire.example/a', title: 'Bombing suspect Rudolph took truck and food, agents say', siteName: 'Wire', published: '1998-07-14T10:00:00Z', text: READER },
    [
      feedItem('t1', 'Tribune', 'https://tribune.example/1', 'Search for Rudolph widens in the Nantahala Forest', '1998-07-14T12:00:00Z'),
      feedItem('t2', 'Tribune', 'https://tribune.example/2', 'ANDREWS, N.C. _ The discovery of a pickup truck believed stolen by Eric Rudolph…', '1998-07-14T13:00:00Z'),
    ],
    { t1: TRIBUNE, t2: 'The discovery of a pickup truck believed stolen by Eric Rudolph has narrowed the search, agents said on Monday.' },
  );
}

describe('what the papers say', () => {
  it('quotes no text cut short as a fact, an agreement or a difference', () => {
    const { papers } = composeExtractive(input());
    const quoted = [
      ...(papers.agreed ?? []).flatMap((f) => f.quotes.map((q) => q.text)),
      ...(papers.differs ?? []).flatMap((d) => d.values.map((v) => v.quote.text)),
      ...papers.outlets.flatMap((o) => o.angle.map((s) => s.text)),
    ];
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q).not.toMatch(/(?:…|\.\.\.)["”’)]?$/);
    // The trailing-off quotation's 10 square miles is not the search area's 30.
    expect((papers.differs ?? []).filter((d) => d.values.some((v) => v.value === '10'))).toEqual([]);
  });
  it('quotes no summary cut at an initial ("A small plane carrying John F.")', () => {
    const base = input();
    const cutShort = 'A small search plane carrying Eric R.';
    const { papers } = composeExtractive({
      ...base,
      // Two outlets' feeds carry the same summary, cut where its first sentence seemed to end.
      coverage: [
        feedItem('p1', 'Post', 'https://post.example/1', 'Plane joins search for Rudolph', '1998-07-14T12:00:00Z', cutShort),
        feedItem('g1', 'Globe', 'https://globe.example/1', 'Search goes on in the forest', '1998-07-14T12:00:00Z', cutShort),
      ],
    });
    const quoted = [...(papers.agreed ?? []).flatMap((f) => f.quotes.map((q) => q.text)), ...papers.outlets.flatMap((o) => o.angle.map((s) => s.text))];
    expect(quoted).not.toContain(cutShort);
  });
  it('quotes a feed summary cut at its length limit as the feed wrote it, ellipsis kept and dateline off', () => {
    const base = input();
    // 40 words of a feed's summary, cut mid-sentence: its first clause is the fact the reader's article states too.
    const summary =
      'ANDREWS, N.C. _ Federal agents found a pickup truck believed stolen by Eric Rudolph near Andrews, North Carolina, with food taken from a health-food store, and they widened their search of the Nantahala Forest on Monday as more agents arrived from…';
    const { papers } = composeExtractive({
      ...base,
      coverage: [feedItem('p1', 'Post', 'https://post.example/1', 'Search for Rudolph widens', '1998-07-14T12:00:00Z', summary)],
      texts: {},
    });
    const fact = (papers.agreed ?? []).find((f) => f.quotes.some((q) => q.cites[0] === 'p1'));
    expect(fact, JSON.stringify(papers.agreed)).toBeDefined();
    expect(fact!.quotes.find((q) => q.cites[0] === 'p1')!.text).toBe(summary.replace('ANDREWS, N.C. _ ', ''));
    for (const q of fact!.quotes) expect(q.text).toContain(fact!.key);
  });
  it('quotes only the cut sentence of a summary of several', () => {
    const cutSentence =
      'Federal agents found a pickup truck believed stolen by Eric Rudolph near Andrews, North Carolina, with food taken from a health-food store, and they widened their search of the Nantahala Forest on Monday as more agents arrived from…';
    const { papers } = composeExtractive({
      ...input(),
      coverage: [feedItem('p1', 'Post', 'https://post.example/1', 'Search for Rudolph widens', '1998-07-14T12:00:00Z', `The search entered its sixth month this week. ${cutSentence}`)],
      texts: {},
    });
    const quoted = (papers.agreed ?? []).flatMap((f) => f.quotes).filter((q) => q.cites[0] === 'p1').map((q) => q.text);
    expect(quoted).toContain(cutSentence);
    for (const q of quoted) expect(q).not.toMatch(/sixth month/);
  });
  it('names an agreed fact as its quotes write it ("U.S. Coast Guard", not the entity finder\'s "U.S Coast Guard")', () => {
    const base = input();
    const reader = 'The U.S. Coast Guard spent $287,402 in the first two days of its massive search, a spokesman said Friday.';
    const summary =
      'NEW YORK, July 17 (Xinhua) -- The U.S. Coast Guard and the Air National Guard are conducting a massive search off the coast of Long Island for a small plane that left an airfield in New Jersey late on Friday night with three people on board and…';
    const { papers } = composeExtractive({
      ...base,
      article: { ...base.article, text: `${reader}\n\n${READER}` },
      coverage: [feedItem('x1', 'Xinhua', 'https://xinhua.example/1', 'Search for the plane goes on', '1998-07-14T12:00:00Z', summary)],
      texts: {},
    });
    const fact = (papers.agreed ?? []).find((f) => /Coast Guard/.test(f.key));
    expect(fact, JSON.stringify(papers.agreed)).toBeDefined();
    expect(fact!.key).toBe('U.S. Coast Guard');
  });
});
