import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeExtractive } from '../../../utils/brief/extractive';
import { validateBrief } from '../../../utils/brief/schema';
import { completedMembers, keepModelPage, mergeBrief, parseModelJson, plainText } from '../../../utils/brief/engines/merge';
import { AiStoryBriefSchema, type ModelOutput } from '../../../utils/brief/engines/output';
import { buildPrompt } from '../../../utils/brief/engines/prompt';
import { briefFromSources, MODES, sourcesOf } from '../../newsroom/ai';
import { referenceInput } from './helpers';

function modelAnswer(mode: string = MODES.brief) {
  const input = referenceInput();
  return { input, extractive: composeExtractive(input), raw: briefFromSources(sourcesOf(buildPrompt(input).user), mode) as ModelOutput };
}

describe('merging model output, section by section', () => {
  it('takes every section that validates', () => {
    const { extractive, raw } = modelAnswer();
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.happened).toEqual(raw.happened);
    expect(AiStoryBriefSchema.safeParse(brief).success).toBe(true);
    expect(validateBrief(brief).ok).toBe(true);
    // Ours, never the model's: headline, sources, topics.
    expect(brief.headline).toBe(extractive.headline);
    expect(brief.sources).toEqual(extractive.sources);
  });

  it('a section citing an unknown source falls back to the extractive one, marked as such', () => {
    const { extractive, raw } = modelAnswer(MODES.unknownCites);
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual(['happened']);
    expect(brief.happened).toEqual(extractive.happened);
    expect(brief.behind).toEqual(raw.behind);
  });

  it('a section failing validation falls back; the others stay', () => {
    const { extractive, raw } = modelAnswer(MODES.badSections);
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual(['behind', 'questions']);
    expect(brief.behind).toEqual(extractive.behind);
    expect(brief.questions).toEqual(extractive.questions);
    expect(brief.happened).toEqual(raw.happened);
  });

  it('an outlet the model invents sinks "What the papers say"; outlet names and headlines come from our sources', () => {
    const { extractive, raw } = modelAnswer();
    const good = mergeBrief(raw, extractive, 'openai');
    for (const o of good.papers.outlets) {
      const s = extractive.sources.find((x) => x.id === o.sourceId)!;
      expect([o.outlet, o.headline]).toEqual([s.outlet, s.title]);
    }
    raw.papers.outlets.push({ sourceId: 'c-fake-outlet', angle: [{ text: 'Fake.', cites: ['c-fake-outlet'] }] });
    expect(mergeBrief(raw, extractive, 'openai').fallbackSections).toEqual(['papers']);
  });

  it("one row per outlet: a model's rows for one outlet join, and the reader's row is marked from the sources", () => {
    const { extractive, raw } = modelAnswer();
    const reader = extractive.sources.find((s) => s.isReaderArticle)!;
    const other = extractive.sources.find((s) => !s.isReaderArticle)!;
    // The model gives the reader's article and another's each a row, then the other outlet a second one; none says which is read.
    raw.papers.outlets = [
      { sourceId: reader.id, angle: [{ text: 'Reader line.', cites: [reader.id] }] },
      { sourceId: other.id, angle: [{ text: 'First line.', cites: [other.id] }] },
      { sourceId: other.id, angle: [{ text: 'Second line.', cites: [other.id] }] },
    ];
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.papers.outlets.map((o) => [o.outlet, o.reader ?? false, o.angle.map((s) => s.text)])).toEqual([
      [reader.outlet, true, ['Reader line.']],
      [other.outlet, false, ['First line.', 'Second line.']],
    ]);
  });

  it("a model's comparison is kept, its unknown citations dropped; a part it leaves empty is the extractive one", () => {
    const { extractive, raw } = modelAnswer();
    const [a, b, c] = extractive.sources;
    const q = (text: string, ...cites: string[]) => ({ text, cites });
    raw.papers.agreed = [
      // A quote citing only an unknown source goes; one citing a known and an unknown keeps the known.
      { key: '260,000', quotes: [q('A says 260,000.', a!.id), q('B says 260,000 too.', b!.id, 'c-not-a-source'), q('Invented.', 'c-not-a-source')] },
      // Left with one quote: not agreed by two, so it goes.
      { key: 'Gyeongju', quotes: [q('In Gyeongju.', c!.id), q('Also Gyeongju.', 'c-ghost')] },
    ];
    raw.papers.differs = [{ what: 'GPUs', values: [{ value: '260,000', quote: q('260,000 GPUs.', a!.id) }, { value: '250,000', quote: q('250,000 GPUs.', 'c-ghost') }] }];
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.papers.agreed).toEqual([{ key: '260,000', quotes: [q('A says 260,000.', a!.id), q('B says 260,000 too.', b!.id)] }]);
    // The model's one difference lost a side: what stands is the extractive engine's (none on this story, so none).
    expect(brief.papers.differs ?? []).toEqual(extractive.papers.differs ?? []);
    expect(validateBrief(brief).ok).toBe(true);
    // What only the comparison knows of each row comes with it: read in full or from a feed summary.
    for (const o of brief.papers.outlets) expect(o.basis).toBe(extractive.papers.outlets.find((e) => e.sourceId === o.sourceId)?.basis);
  });

  it('a model that compares nothing keeps its rows, and the extractive agreed facts stand in', () => {
    const { extractive, raw } = modelAnswer();
    expect(extractive.papers.agreed?.length).toBeGreaterThan(0);
    raw.papers.agreed = [{ key: 'x', quotes: [{ text: 'Only one.', cites: ['c-not-a-source'] }] }];
    raw.papers.differs = [];
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.papers.overview).toEqual(raw.papers.overview);
    expect(brief.papers.agreed).toEqual(extractive.papers.agreed);
  });

  it('empty, missing or wrongly typed sections fall back; garbage falls back whole', () => {
    const { extractive, raw } = modelAnswer();
    expect(mergeBrief({ ...raw, happened: [], questions: 'none', behind: undefined }, extractive, 'x').fallbackSections).toEqual(['happened', 'behind', 'questions']);
    const none = mergeBrief(undefined, extractive, 'x');
    expect(none.fallbackSections).toEqual(['happened', 'behind', 'papers', 'background', 'questions']);
    expect(none.happened).toEqual(extractive.happened);
    expect(validateBrief(none).ok).toBe(true);
  });

  it('renders model output as text: no HTML, no images, links only to known sources', () => {
    const { extractive, raw } = modelAnswer(MODES.markup);
    const brief = mergeBrief(raw, extractive, 'openai');
    const text = brief.happened[0]?.text;
    expect(text).not.toMatch(/<|evil\.example|!\[|\]\(/);
    expect(text).toContain('Read more');
    const known = extractive.sources[1]?.url ?? '';
    expect(plainText(`See ${known} and https://evil.example/x`, new Set([known]))).toBe(`See ${known} and`);
  });

  it('passes every string of a model through the gate (issue 14): no bidi override, invisible character or lone surrogate, capped; joiners kept', () => {
    const { extractive, raw } = modelAnswer();
    const id = raw.happened[0]!.cites[0]!;
    const hostile = `\u202Eevil\u202C Seoul\u200B gets\uFEFF chips \uD800 می‌خواهم 👩‍👩‍👧‍👦.`;
    raw.happened = [{ text: hostile, cites: [id] }];
    raw.behind = [{ heading: `Why ${'W'.repeat(5)} ${'x '.repeat(100_000)}`, paragraph: [{ text: 'A line.', cites: [id] }] }];
    raw.questions = [{ question: '\u2066Who?\u2069', answer: [{ text: 'Nvidia.', cites: [id] }] }];
    const brief = mergeBrief(raw, extractive, 'openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(brief.happened[0]?.text).toBe('evil Seoul gets chips \uFFFD می‌خواهم 👩‍👩‍👧‍👦.');
    expect(brief.questions[0]?.question).toBe('Who?');
    const heading = brief.behind[0]?.heading ?? '';
    expect(heading.length).toBeLessThanOrEqual(500);
    expect(heading.startsWith('Why WWWWW x x')).toBe(true);
  });

  it('plainText holds for any string: nothing the gate removes survives, no lone surrogate, never longer than the cap', () => {
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    const REMOVED = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u0000-\u0008]/;
    const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const hostilePiece = fc.constantFrom('\u202E', '\u2066', '\u200B', '\uFEFF', '\u0007', '\uD800', '\uDC00', 'https://evil.example/x ', '<b>', '[a](b)', 'word '.repeat(200));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), hostilePiece)), fc.constantFrom('title' as const, 'description' as const), (parts, field) => {
        const out = plainText(parts.join(''), new Set(), field) as string;
        expect(REMOVED.test(out) || LONE.test(out)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(field === 'title' ? 500 : 3000);
      }),
    );
  });

  it('finds the JSON in chatter and fences, and the completed members of a cut-off answer', () => {
    expect(parseModelJson('Sure!\n```json\n{"a":1}\n```\nAnything else?')).toEqual({ a: 1 });
    expect(parseModelJson('no json here')).toBeUndefined();
    expect(completedMembers('{"happened":[{"text":"a, b","cites":["x"]}],"behind":[{"heading":"h, i"')).toEqual({ happened: [{ text: 'a, b', cites: ['x'] }] });
    expect(completedMembers('{"a":"x\\",y","b":2,"c":')).toEqual({ a: 'x",y', b: 2 });
  });
});

describe('a model’s page after the reader takes sources out (keepModelPage)', () => {
  const { input, extractive, raw } = modelAnswer();
  const model = mergeBrief(raw, extractive, 'openai');
  const without = (drop: (s: (typeof input.coverage)[number]) => boolean) => composeExtractive({ ...input, coverage: input.coverage.filter((c) => !drop(c)) });

  it('keeps the model’s text, minus citations of removed sources and sentences left citing nothing', () => {
    const gone = model.sources.find((s) => !s.isReaderArticle)!;
    const fresh = without((c) => c.id === gone.id);
    const page = keepModelPage(model, fresh);
    expect(validateBrief(page).ok).toBe(true);
    expect(page.engine).toBe('openai');
    expect(page.sources).toEqual(fresh.sources);
    const all = [...page.happened, ...page.behind.flatMap((t) => t.paragraph), ...page.papers.overview, ...page.background.paragraph, ...page.questions.flatMap((q) => q.answer)];
    for (const sentence of all) expect(sentence.cites).not.toContain(gone.id);
    expect(page.papers.outlets.map((o) => o.sourceId)).not.toContain(gone.id);
    const modelTexts = new Set(model.happened.map((x) => x.text));
    const keptTexts = page.happened.filter((x) => modelTexts.has(x.text));
    expect(keptTexts.length).toBe(model.happened.filter((x) => x.cites.some((c) => c !== gone.id)).length);
  });

  it('drops sentences naming an outlet that is gone, as a whole word only', () => {
    const gone = model.sources.find((s) => !s.isReaderArticle)!;
    const fresh = without((c) => c.id === gone.id);
    const other = fresh.sources[0]?.id ?? '';
    const named = { ...model, happened: [{ text: `${gone.outlet} reported it first.`, cites: [other] }, { text: `Inside ${gone.outlet}x, nothing.`, cites: [other] }, { text: 'A plain fact.', cites: [other] }] };
    expect(keepModelPage(named, fresh).happened.map((x) => x.text)).toEqual([`Inside ${gone.outlet}x, nothing.`, 'A plain fact.']);
  });

  it('writes a section left empty on the device, and marks it', () => {
    const reader = model.sources.find((s) => s.isReaderArticle)!;
    const gone = model.sources.find((s) => !s.isReaderArticle)!;
    const fresh = without((c) => c.id === gone.id);
    const onlyGone = { ...model, happened: [{ text: 'Only the removed source said this.', cites: [gone.id] }] };
    const page = keepModelPage(onlyGone, fresh);
    expect(page.happened).toEqual(fresh.happened);
    expect(page.fallbackSections).toContain('happened');
    expect(reader).toBeDefined();
  });

  it('with nothing removed, only takes the new topic cards', () => {
    const fresh = { ...extractive, topics: [{ name: 'X', description: 'd', extract: 'e', url: 'https://en.wikipedia.org/wiki/X', asOf: '2025-01-01' }] };
    expect(keepModelPage(model, fresh)).toEqual({ ...model, topics: fresh.topics });
  });
});
