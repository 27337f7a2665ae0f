import { describe, expect, it } from 'vitest';
import { scorePool, summarize, type SourceDoc } from '../../utils/core/summarize';

const docs: SourceDoc[] = [
  {
    id: 'a',
    title: 'Balloonists land in Egypt after flight around the world',
    text: 'The balloonists Bertrand Piccard and Brian Jones landed in the Egyptian desert on Sunday after flying around the world.\n\nThe balloon took off from the Swiss Alps nineteen days earlier and crossed the finish line over Africa.\n\nOfficials in Cairo welcomed the two balloonists with flowers.',
  },
  {
    id: 'b',
    title: 'Piccard and Jones complete round-the-world balloon flight',
    text: 'Bertrand Piccard and Brian Jones landed in the Egyptian desert after the first nonstop balloon flight around the world.\n\nThe two balloonists will receive a prize of one million dollars from the sponsor of the race.\n\nThe balloon crossed the finish line over Africa on Saturday.',
  },
  {
    id: 'c',
    title: 'Balloon record',
    text: 'The Swiss and British balloonists landed in the Egyptian desert, ending the first flight around the world by balloon.\n\nThe prize of one million dollars will go to the two balloonists, the sponsor said.\n\nThe pilots plan to give part of the prize to charity.',
  },
];

describe('summarize', () => {
  const picked = summarize(docs, { maxSentences: 2, maxWords: 60 });

  it('lifts every sentence from the document it cites, as written', () => {
    expect(picked.length).toBeGreaterThan(0);
    for (const p of picked) expect(docs.find((d) => d.id === p.docId)!.text).toContain(p.text);
  });

  it('leads with what several documents share', () => {
    expect(picked[0]?.text).toMatch(/landed in the Egyptian desert/);
  });

  it('gives the same picks for the same input', () => {
    expect(summarize(docs, { maxSentences: 2, maxWords: 60 })).toEqual(picked);
  });

  it('counts what the reader already read for less (an update tells what is new)', () => {
    const previous: SourceDoc[] = [{ id: 'p', title: 'Balloonists land in Egypt', text: 'Bertrand Piccard and Brian Jones landed in the Egyptian desert after flying around the world.' }];
    const fresh = scorePool(docs).conceptWeight;
    const update = scorePool(docs, { previous }).conceptWeight;
    expect(update.get('egyptian desert')).toBeLessThan(fresh.get('egyptian desert')!);
    expect(update.get('million dollar')).toBe(fresh.get('million dollar'));
  });

  it('never repeats a sentence the reader already read, however central', () => {
    const landed = 'Bertrand Piccard and Brian Jones landed in the Egyptian desert after the first nonstop balloon flight around the world.';
    const previous: SourceDoc[] = [{ id: 'p', title: 'Balloonists land in Egypt', text: `${landed}\n\nThe pilots were tired but happy.` }];
    const options = { maxSentences: 3, maxWords: 80 };
    expect(summarize(docs, options).map((p) => p.text)).toContain(landed);
    const update = summarize(docs, { ...options, previous });
    expect(update.length).toBeGreaterThan(0);
    expect(update.map((p) => p.text)).not.toContain(landed);
    // The story's words still count: only a sentence the reader read (near enough) is left out.
    expect(update.map((p) => p.text).some((t) => /balloon/i.test(t))).toBe(true);
    expect(scorePool(docs).readBefore.every((c) => c === 0)).toBe(true);
  });
});

describe('what may be lifted', () => {
  const story = (extra: string): SourceDoc[] =>
    ['a', 'b', 'c'].map((id) => ({ id, title: 'Earthquake in Turkey', text: `A strong earthquake struck western Turkey on Tuesday and killed thousands of people.\n\n${extra}` }));
  const lifted = (extra: string) => scorePool(story(extra)).units.map((u) => u.text);

  it('never offers markup, labelled lines, asides, credit lines or bare glosses', () => {
    for (const junk of [
      'Officials at O&AMP;M said the rescue teams had reached the town.',
      'SUU KYI: We are confident that our cause will prevail in the end.',
      '1939: In April, regularly scheduled network TV is born when NBC airs a speech.',
      '(Globe correspondent Jonathan Gorvett also contributed to this report.)',
      'Duane D. Stanford writes for the Atlanta Journal-Constitution, Atlanta, Ga.',
      'Myanmar is also known as Burma to many of its people.',
    ])
      expect(lifted(junk)).not.toContain(junk);
    expect(lifted('Rescue teams from Israel reached the town of Golcuk on Wednesday.')).toContain('Rescue teams from Israel reached the town of Golcuk on Wednesday.');
  });

  it('keeps a clock time with its sentence where the splitter cut at "a.m."', () => {
    const units = lifted('The earthquake, measuring 7.4 on the Richter scale, hit at 3:02 a.m. (0002 GMT) on Tuesday and lasted 45 seconds.');
    expect(units).toContain('The earthquake, measuring 7.4 on the Richter scale, hit at 3:02 a.m. (0002 GMT) on Tuesday and lasted 45 seconds.');
    expect(units.some((u) => /a\.m\.$|^\(0002/.test(u))).toBe(false);
  });

  it('ends a longer summary on a whole sentence within 15% of its length when one fits', () => {
    const short = [
      'The balloonists landed in the Egyptian desert on Sunday morning.',
      'Bertrand Piccard and Brian Jones flew around the world nonstop.',
      'The balloon took off from the Swiss Alps in March.',
      'Officials in Cairo welcomed the two balloonists with flowers.',
      'The sponsor will pay the pilots a prize of one million dollars.',
      'The pilots plan to give part of the prize to charity.',
    ];
    const pool: SourceDoc[] = ['a', 'b', 'c'].map((id, i) => ({ id, title: 'Balloonists fly around the world', text: short.slice(i).concat(short.slice(0, i)).join('\n\n') }));
    for (const budget of [20, 30, 40]) {
      const words = summarize(pool, { maxSentences: 200, maxWords: budget, minWords: budget }).reduce((n, p) => n + p.text.split(/\s+/).length, 0);
      expect(words).toBeGreaterThanOrEqual(budget);
      expect(words).toBeLessThanOrEqual(Math.floor(budget * 1.15));
    }
  });

  it('still gives at least the words asked for when the reader has read every sentence before', () => {
    const picked = summarize(docs, { maxSentences: 200, maxWords: 30, minWords: 30, previous: docs });
    expect(picked.reduce((n, p) => n + p.text.split(/\s+/).length, 0)).toBeGreaterThanOrEqual(30);
    expect(summarize(docs, { maxSentences: 3, maxWords: 60, previous: docs })).toEqual([]);
  });

  it('still gives at least the words asked for when only long sentences are left', () => {
    const long = [
      'Rescue teams from Israel, Germany and France reached the ruined town of Golcuk on Wednesday and began searching the collapsed apartment blocks for survivors.',
      'The government said the death toll from the earthquake in western Turkey had risen above ten thousand, with many more people still missing under the rubble.',
      'Thousands of survivors spent a third night in parks and on the streets of Istanbul, afraid to return to their damaged homes after strong aftershocks.',
    ];
    const pool: SourceDoc[] = ['a', 'b', 'c'].map((id, i) => ({ id, title: 'Earthquake in Turkey', text: long.slice(i).concat(long.slice(0, i)).join('\n\n') }));
    const picked = summarize(pool, { maxSentences: 200, maxWords: 30, minWords: 30 });
    expect(picked.reduce((n, p) => n + p.text.split(/\s+/).length, 0)).toBeGreaterThanOrEqual(30);
  });
});
