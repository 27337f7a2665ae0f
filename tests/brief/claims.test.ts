/**
 * What the papers say against the hand-written fixtures (tests/fixtures/claims/expected.ts): the
 * reference story (five outlets) and Typhoon Kalmaegi as three outlets tell it, every other outlet
 * read in full. Recall of the expected items ≥ 0.8 within the caps, no "differs" item the
 * fixture does not list, every quote verbatim in the source it cites.
 */
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import type { ComposeInput } from '../../utils/brief/engine';
import { validateBrief } from '../../utils/brief/schema';
import { REFERENCE_EXPECTED, THREE_OUTLET_EXPECTED, type ExpectedStory } from '../fixtures/claims/expected';
import { scoreClaims } from './claims-score';
import { newsroomStories, storyInput } from './newsroom-input';

const bodyText = (body: string[]) => body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n');

function fullInput(e: ExpectedStory): { input: ComposeInput; textOf: Map<string, string> } {
  const articles = (newsroomStories().get(e.story) ?? []).filter((a) => !e.without?.includes(a.outlet.id));
  const input = storyInput(e.story, articles, e.readerSlug);
  const texts: Record<string, string> = {};
  const textOf = new Map<string, string>([[`a-${e.story}`, `${input.article.title}\n\n${input.article.text}`]]);
  for (const a of articles) {
    const id = `c-${a.outlet.id}-${a.slug}`;
    texts[id] = bodyText(a.body);
    textOf.set(id, `${a.title}\n\n${texts[id]}`);
  }
  return { input: { ...input, texts }, textOf };
}

describe.each([REFERENCE_EXPECTED, THREE_OUTLET_EXPECTED])('what the papers say on $story', (e) => {
  const { input, textOf } = fullInput(e);
  const brief = composeExtractive(input);
  const p = brief.papers;

  it('meets the hand-written items: recall ≥ 0.8, no false "differs"', () => {
    const score = scoreClaims(brief, e.items);
    const report = { recall: score.recall, missed: score.missed.map((m) => `${m.kind} ${m.outlets.join('+')}: ${m.why}`), falseDiffers: score.falseDiffers };
    expect(report.falseDiffers).toEqual([]);
    expect(score.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the caps, one row per outlet with the reader marked, every quote verbatim', () => {
    expect(validateBrief(brief).ok).toBe(true);
    expect((p.agreed ?? []).length).toBeLessThanOrEqual(4);
    for (const o of p.outlets) expect(o.angle.length).toBeLessThanOrEqual(2);
    const names = p.outlets.map((o) => o.outlet);
    expect(new Set(names).size).toBe(names.length);
    expect(p.outlets.filter((o) => o.reader).map((o) => o.sourceId)).toEqual([`a-${e.story}`]);
    expect(p.outlets.every((o) => o.basis === 'full')).toBe(true);
    const quotes = [...(p.agreed ?? []).flatMap((a) => a.quotes), ...(p.differs ?? []).flatMap((d) => d.values.map((v) => v.quote)), ...p.outlets.flatMap((o) => o.angle)];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.cites).toHaveLength(1);
      expect(textOf.get(q.cites[0]!), q.text).toContain(q.text);
    }
    // Each agreed fact: two or more outlets, each quote stating the key.
    for (const a of p.agreed ?? []) {
      const outlets = new Set(a.quotes.map((q) => brief.sources.find((s) => s.id === q.cites[0])?.outlet));
      expect(outlets.size).toBeGreaterThanOrEqual(2);
    }
  });
});
