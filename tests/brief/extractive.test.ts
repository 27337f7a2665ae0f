import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../utils/brief/extractive';
import { storyDocs, sourceText } from '../../utils/brief/docs';
import { FRAMING_WORDS, THEME_LABELS } from '../../utils/brief/framing';
import { validateBrief, type Sentence } from '../../utils/brief/schema';
import { newsroomStories, storyInput } from './newsroom-input';

/** Loose comparison: case, typographic quotes and spacing do not matter. */
const fold = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const wordsOf = (t: string) => fold(t).split(/[^\p{L}\p{N}$€£%-]+/u).filter(Boolean);

describe.each([...newsroomStories()])('extractive brief of "%s"', (story, articles) => {
  const input = storyInput(story, articles);
  const brief = composeExtractive(input);
  const texts = new Map(storyDocs(input).map((d) => [d.id, fold(sourceText(d))]));
  const outletNames = new Map(brief.sources.map((s) => [s.id, s.outlet]));

  /** Factual: the sentence occurs in one of its cited sources (lifting may only trim its start). */
  const lifted = (s: Sentence) => s.cites.some((id) => texts.get(id)?.includes(fold(s.text)));
  /** Framing: every word is the template's, a cited outlet's name, or occurs in a cited source. */
  const framed = (text: string, cites: string[]) =>
    wordsOf(text).filter((w) => {
      if (FRAMING_WORDS.has(w) || /^\d+$/.test(w)) return false;
      if (cites.some((id) => wordsOf(outletNames.get(id) ?? '').includes(w))) return false;
      return !cites.some((id) => wordsOf(texts.get(id) ?? '').includes(w));
    });

  it('validates against the one schema', () => {
    const v = validateBrief(brief);
    expect(v.ok, v.ok ? '' : v.error).toBe(true);
  });

  it('has every section', () => {
    expect(brief.happened.length).toBeGreaterThanOrEqual(2);
    expect(brief.happened.length).toBeLessThanOrEqual(articles.length >= 5 ? 5 : 4);
    expect(brief.behind.length).toBeGreaterThanOrEqual(2);
    expect(brief.behind.length).toBeLessThanOrEqual(4);
    for (const t of brief.behind) {
      expect(t.paragraph.length).toBeGreaterThanOrEqual(1);
      expect(t.paragraph.length).toBeLessThanOrEqual(3);
    }
    // One row per outlet (two articles from one outlet share its row), the reader's marked.
    expect(brief.papers.outlets.length).toBe(new Set(brief.sources.map((s) => s.outlet)).size);
    expect(brief.papers.outlets.filter((o) => o.reader).map((o) => o.sourceId)).toEqual([brief.sources[0]!.id]);
    expect(brief.papers.overview.length).toBeGreaterThanOrEqual(1);
    expect(brief.background.timeline.length).toBeGreaterThanOrEqual(2);
    expect(brief.questions.length).toBeGreaterThanOrEqual(3);
    expect(brief.questions.length).toBeLessThanOrEqual(5);
    expect(brief.sources.length).toBe(articles.length);
  });

  it("summarises across the coverage: at most two of What's happened's sentences from one article, one when five or more cover it", () => {
    const perSource = new Map<string, number>();
    for (const s of brief.happened) for (const id of s.cites) perSource.set(id, (perSource.get(id) ?? 0) + 1);
    expect(Math.max(...perSource.values())).toBeLessThanOrEqual(articles.length >= 5 ? 1 : 2);
    expect(perSource.size).toBeGreaterThanOrEqual(2);
  });

  it('lifts every factual sentence from a source it cites', () => {
    const factual: Sentence[] = [
      ...brief.happened,
      ...brief.behind.flatMap((t) => t.paragraph),
      ...brief.background.paragraph,
      ...brief.background.timeline,
      ...brief.questions.flatMap((q) => q.answer),
    ];
    expect(factual.filter((s) => !lifted(s)).map((s) => s.text)).toEqual([]);
  });

  it("heads each theme with a phrase its sources write, never a category label glued to names", () => {
    const all = [...texts.values()].join('\n');
    for (const t of brief.behind) {
      expect(t.heading, t.heading).not.toContain(':');
      if (!(Object.values(THEME_LABELS) as string[]).includes(t.heading)) expect(all, t.heading).toContain(fold(t.heading));
    }
  });

  it('builds framing only from words its cited sources use', () => {
    for (const t of brief.behind) expect(framed(t.heading, t.paragraph.flatMap((s) => s.cites)), t.heading).toEqual([]);
    for (const q of brief.questions) expect(framed(q.question, q.answer.flatMap((s) => s.cites)), q.question).toEqual([]);
    for (const s of brief.papers.overview) expect(framed(s.text, s.cites), s.text).toEqual([]);
    for (const o of brief.papers.outlets) {
      // What an outlet alone reports (at most two facts) is lifted from it; its headline framing is built from its words.
      expect(o.angle.length).toBeLessThanOrEqual(2);
      const own = brief.sources.filter((x) => x.outlet === o.outlet).map((x) => x.id);
      for (const s of o.angle) {
        expect(s.cites.length).toBeGreaterThan(0);
        expect(s.cites.filter((c) => !own.includes(c))).toEqual([]);
        expect(lifted(s), s.text).toBe(true);
      }
      if (o.framing) expect(framed(o.framing.text, o.framing.cites), o.framing.text).toEqual([]);
    }
  });

  it('orders the timeline oldest first', () => {
    const dates = brief.background.timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives the same brief for the same input', () => {
    const again = composeExtractive(storyInput(story, articles));
    expect({ ...again, generatedAt: '' }).toEqual({ ...brief, generatedAt: '' });
  });
});

describe('extractive brief of the reference story', () => {
  const brief = composeExtractive(storyInput('nvidia-korea', newsroomStories().get('nvidia-korea')!));
  it('names at least four outlets, each angle its own and none the headline its row already shows', () => {
    const outlets = new Set(brief.papers.outlets.map((o) => o.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(4);
    const angles = brief.papers.outlets.flatMap((o) => o.angle.map((a) => a.text));
    expect(angles.length).toBeGreaterThanOrEqual(2);
    expect(new Set(angles).size).toBe(angles.length);
    for (const o of brief.papers.outlets) for (const a of o.angle) expect(a.text).not.toBe(o.headline);
  });
  it('passes topic cards through', () => {
    const card = { name: 'Nvidia', description: 'd', extract: 'e', url: 'https://en.wikipedia.org/wiki/Nvidia', asOf: '2025-11-20T10:02:00Z' };
    const input = storyInput('nvidia-korea', newsroomStories().get('nvidia-korea')!);
    expect(composeExtractive({ ...input, topics: [card] }).topics).toEqual([card]);
  });
});
