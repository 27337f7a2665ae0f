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
    expect(picked[0].text).toMatch(/landed in the Egyptian desert/);
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
});
