import { readFileSync } from 'node:fs';
import { topicNames } from '../../utils/story/topics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disambiguationOptions, fetchWikiSummary, lookupTopic, parseWikiSummary } from '../../utils/sources/wikipedia';
import { findTopics } from '../../utils/story/topics';
import { startNewsroom } from '../newsroom/server';
import { newsroomStories, storyInput } from './newsroom-input';

/** An encyclopedia that has no page for anything, and the titles it was asked for. */
function wikiThatKnowsNothing() {
  const asked: string[] = [];
  const fetchStub = (async (url: string | URL | Request) => {
    asked.push(decodeURIComponent(String(url)).replace(/^.*\/page\/summary\//, ''));
    return new Response('{}', { status: 404 });
  }) as typeof fetch;
  return { asked, fetchStub };
}

const sample = (f: string) => readFileSync(new URL(`../fixtures/source-samples/${f}`, import.meta.url), 'utf8');

describe('parseWikiSummary', () => {
  it('reads a standard page into a card', () => {
    const r = parseWikiSummary(sample('wiki-summary.json'), 'https://en.wikipedia.org/api/rest_v1');
    expect(r.kind).toBe('card');
    if (r.kind !== 'card') return;
    expect(r.card.name).toBe('Harbour seal');
    expect(r.card.description).toBe('Species of true seal');
    expect(r.card.url).toBe('https://en.wikipedia.org/wiki/Harbour_seal');
    expect(r.card.asOf).toBe('2026-03-21T18:28:47Z');
    expect(r.card.extract.length).toBeGreaterThan(20);
  });
  it('recognises a disambiguation page', () => {
    const r = parseWikiSummary(sample('wiki-summary-disambiguation.json'), 'https://en.wikipedia.org/api/rest_v1');
    expect(r).toEqual({ kind: 'disambiguation', options: [] });
  });
  it('lists the meanings of a disambiguation extract', () => {
    expect(disambiguationOptions('Lee may refer to: Lee (Korean surname), one of …; Lee Jae-myung, President of South Korea; River Lee, a river.')).toEqual([
      'Lee',
      'Lee Jae-myung',
      'River Lee',
    ]);
  });
  it('treats malformed bodies as no card', () => {
    expect(parseWikiSummary('<html>', 'https://x.org').kind).toBe('none');
    expect(parseWikiSummary('{"type":"no-extract","title":"X"}', 'https://x.org').kind).toBe('none');
  });
});

describe('topic cards against the sample newsroom', () => {
  let newsroom: Awaited<ReturnType<typeof startNewsroom>>;
  let baseUrl = '';
  beforeAll(async () => {
    newsroom = await startNewsroom();
    baseUrl = `${newsroom.apiBase}/api/rest_v1`;
  });
  afterAll(() => newsroom.stop());

  it('answers 404 as no card', async () => {
    expect(await fetchWikiSummary('No such page at all', { fetch, baseUrl, retries: 0 })).toEqual({ kind: 'none' });
  });
  it('resolves a disambiguation page from the story, or drops it', async () => {
    const card = await lookupTopic('Lee', 'Huang met President Lee Jae-myung in Gyeongju.', { fetch, baseUrl });
    expect(card?.name).toBe('Lee Jae-myung');
    expect(await lookupTopic('Lee', 'A story that names no Lee in full.', { fetch, baseUrl })).toBeNull();
  });
  it('finds the cards of the reference story', async () => {
    const input = storyInput('nvidia-korea', newsroomStories().get('nvidia-korea')!);
    const cards = await findTopics(input.article, input.coverage, { fetch, baseUrl });
    const names = cards.map((c) => c.name);
    for (const n of ['Jensen Huang', 'Nvidia', 'South Korea', 'Lee Jae-myung', 'Samsung']) expect(names).toContain(n);
    expect(new Set(cards.map((c) => c.url)).size).toBe(cards.length);
    for (const c of cards) expect(c.url.startsWith(newsroom.apiBase)).toBe(true);
  });
  it('uses the cache it is given', async () => {
    const input = storyInput('nvidia-korea', newsroomStories().get('nvidia-korea')!);
    const keys: string[] = [];
    await findTopics(input.article, input.coverage, { fetch, baseUrl, cached: (key, f) => (keys.push(key), f()) });
    expect(keys).toContain('wiki:Nvidia');
  });
});

describe('topic look-ups', () => {
  it('looks up no name run on from a headline into the dateline below it', async () => {
    const asked: string[] = [];
    const fetchStub = (async (url: string | URL | Request) => {
      asked.push(decodeURIComponent(String(url)));
      return new Response('{}', { status: 404 });
    }) as typeof fetch;
    // The headline's last word is the name; the text below it opens with a dateline in capitals.
    const article = { title: 'Iran group adds to bounty on Rushdie', text: 'TEHRAN, Iran (AP) _ A hard-line student group has offered a bounty to anyone who kills the author.\n\nThe group said Rushdie had insulted Islam, and Rushdie said he would not hide.', lang: 'en' };
    const coverage = [{ title: 'Bounty on Rushdie raised', description: 'Rushdie said the bounty would not change his plans.' }];
    await findTopics(article, coverage, { fetch: fetchStub, baseUrl: 'https://wiki.example/api/rest_v1', retries: 0 });
    expect(asked.length).toBeGreaterThan(0);
    for (const a of asked) expect(a).not.toMatch(/TEHRAN/);
  });
});

describe('topic look-ups, asked once', () => {
  it('asks for a name once when two names lead to it', async () => {
    const { asked, fetchStub } = wikiThatKnowsNothing();
    // "Seinfeld" has no page of its own, so the full name is asked for: once, though "Jerry" leads there too.
    const article = { title: 'Seinfeld says goodbye', text: 'Jerry Seinfeld performed in New York on Sunday. Seinfeld told jokes for an hour. Jerry waved. Seinfeld left the stage, and Jerry thanked HBO. HBO agreed, and Seinfeld and HBO parted.', lang: 'en' };
    await findTopics(article, [], { fetch: fetchStub, baseUrl: 'https://wiki.example/api/rest_v1', retries: 0 });
    expect(asked).toContain('Jerry_Seinfeld');
    expect(asked.length).toBe(new Set(asked).size);
    // Two names joined by "and" are no one's full name.
    expect(asked.filter((a) => /_and_/.test(a))).toEqual([]);
  });
});

describe('topic names', () => {
  const names = (text: string) => topicNames({ title: 'A story', text, lang: 'en' }, []);
  it('never asks about a pronoun or a contraction', () => {
    const asked = names("I'm staying, Maria Lopez said. I'm sure of it. They said They would wait. Maria Lopez left Lisbon. We've seen Lisbon before.");
    expect(asked).not.toContain("I'm");
    expect(asked).not.toContain("We've");
    expect(asked).not.toContain('They');
    expect(asked).toContain('Maria Lopez');
  });
  it('never asks about an abbreviation ("Fla.", "Calif.")', () => {
    const asked = names('Esther Levow of West Palm Beach, Fla., sued. Her lawyer in Miami, Fla., agreed. A judge in Oakland, Calif., and one in Fresno, Calif., ruled. Esther Levow won in Miami.');
    expect(asked).not.toContain('Fla');
    expect(asked).not.toContain('Calif');
    expect(asked).toContain('Miami');
  });
  it('asks about the full name the story uses, never a first name alone', () => {
    const asked = names('Roy Keane left Manchester United. Roy Keane was angry. Roy was angry at Manchester United. Roy Keane spoke later.');
    expect(asked).toContain('Roy Keane');
    expect(asked).not.toContain('Roy');
  });
  it('asks about two people joined by "and" one by one, and keeps names that hold an "and"', () => {
    const asked = names(
      'Newt Gingrich and Marianne Gingrich were divorced. Newt Gingrich and Marianne Gingrich met in Ohio. Newt Gingrich spoke. ' +
        'Bosnia and Herzegovina voted. Bosnia and Herzegovina agreed. The Department of Health and Human Services ruled. The Department of Health and Human Services appealed.',
    );
    expect(asked).not.toContain('Newt Gingrich and Marianne Gingrich');
    expect(asked).toContain('Newt Gingrich');
    expect(asked).toEqual(expect.arrayContaining(['Bosnia and Herzegovina', 'Department of Health and Human Services']));
  });
});

describe('topic names: headlines and demonyms', () => {
  it('never asks about a Title Case headline read as a name, nor a word for a people', async () => {
    const { asked, fetchStub } = wikiThatKnowsNothing();
    const article = {
      title: 'Pakistan Uses Nuclear Capability Peacefully',
      text: 'A Pakistani spokesman said Pakistan would not test. Kenyan and Pakistan officials met in Kenya. Pakistan denied the report, and Kenya agreed. The Kenyan minister spoke in Nairobi.',
      lang: 'en',
    };
    const coverage = [{ title: 'Pakistan Uses Nuclear Capability Peacefully', description: 'Pakistan says its programme is peaceful.' }];
    await findTopics(article, coverage, { fetch: fetchStub, baseUrl: 'https://wiki.example/api/rest_v1', retries: 0 });
    expect(asked).toContain('Pakistan');
    expect(asked).toContain('Kenya');
    expect(asked.filter((a) => a.includes('Uses'))).toEqual([]);
    expect(asked).not.toContain('Kenyan');
  });

  it('still asks about a fuller name the text writes ("Jose Cutileiro" for "Cutileiro")', async () => {
    const { asked, fetchStub } = wikiThatKnowsNothing();
    const article = { title: 'WEU Chief to Visit Turkey', text: 'Jose Cutileiro will visit Ankara. Cutileiro said the visit matters. Cutileiro will meet officials.', lang: 'en' };
    await findTopics(article, [], { fetch: fetchStub, baseUrl: 'https://wiki.example/api/rest_v1', retries: 0 });
    expect(asked).toContain('Jose_Cutileiro');
  });
});

describe('topic names: what the headline and demonym rules leave alone', () => {
  const names = (text: string, title = 'A story') => topicNames({ title, text, lang: 'en' }, []);
  it('keeps names that only look like a word for a people ("Johnson" beside "John", "Iran" beside a passing "Ira", "Britain", "Sweden")', () => {
    expect(names('Boris Johnson spoke. Johnson said John agreed. Johnson left, and John stayed.')).toContain('Johnson');
    expect(names('Iran said Iran would talk. Ira Glass reported that Iran agreed.')).toContain('Iran');
    expect(names('Britain voted. Britain left the Brit Awards early. Britain agreed.')).toContain('Britain');
    expect(names('Sweden joined. A Swede spoke for Sweden. Sweden agreed with NATO and NATO agreed.')).toContain('Sweden');
  });
  it('reads a name whose words the text parts with another space or a line break, and a story of headlines alone', () => {
    expect(names('Lee\u00A0Jae-myung met Nvidia. Lee\nJae-myung said so, and Lee Jae-myung left.')).toContain('Lee Jae-myung');
    expect(topicNames({ title: 'North Korea fires missile', text: '', lang: 'en' }, [{ title: 'North Korea fires missile over sea', description: '' }])).toContain('North Korea');
  });
});

describe('topic names: people by name', () => {
  it('looks a person up without the post written before the name', async () => {
    const { asked, fetchStub } = wikiThatKnowsNothing();
    const article = {
      title: 'Teachers strike on',
      text: 'Kenyan Education Minister Joseph Kamotho told teachers to return. Kamotho said the strike was illegal. House Speaker Newt Gingrich was not there. Kamotho spoke again. House Speaker Newt Gingrich left.',
      lang: 'en',
    };
    await findTopics(article, [], { fetch: fetchStub, baseUrl: 'https://wiki.example/api/rest_v1', retries: 0 });
    expect(asked).toContain('Joseph_Kamotho');
    expect(asked).toContain('Newt_Gingrich');
    expect(asked.filter((a) => /Minister|Speaker/.test(a))).toEqual([]);
  });
});
