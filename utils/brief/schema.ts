/** The one StoryBrief schema every engine's output is validated against. */
import { z } from '../zod';

export const SentenceSchema = z.object({
  text: z.string().min(1).max(2000),
  cites: z.array(z.string().min(1)).min(1),
});
export const ParagraphSchema = z.array(SentenceSchema);

export const BriefSourceSchema = z.object({
  id: z.string().min(1),
  outlet: z.string(),
  domain: z.string(),
  country: z.string().optional(),
  title: z.string(),
  url: z.string().url(),
  published: z.string().optional(),
  /** The article the reader asked about. */
  isReaderArticle: z.boolean(),
  /** Which provider found it (or "page" for the reader's article). */
  foundBy: z.string(),
  /** Earlier coverage of the story (before its window): cited in How we got here, never one of the outlets covering it. */
  earlier: z.literal(true).optional(),
});

/**
 * What the papers say: what the outlets agree on, what one alone reports, where their figures
 * differ. Every quote is a source's own sentence, cited to it. The comparison's parts are optional:
 * a story cached before they existed still validates and shows its rows.
 */
export const AgreedSchema = z.object({
  /** The figure or name every quote states ("260,000", "Lee Jae-myung"). */
  key: z.string().min(1).max(200),
  /** One sentence per outlet, each citing that outlet's source(s); the first is the one shown. */
  quotes: ParagraphSchema.min(2),
});
export const DiffersSchema = z.object({
  /** The quantity compared, in the sources' words ("people killed"). */
  what: z.string().min(1).max(200),
  /** Side by side, never a verdict: each value with the sentence that gives it. */
  values: z.array(z.object({ value: z.string().min(1).max(100), quote: SentenceSchema })).min(2),
});
export const OutletRowSchema = z.object({
  sourceId: z.string(),
  outlet: z.string(),
  headline: z.string(),
  /** What this outlet alone reports (at most two facts), in its own words. */
  angle: ParagraphSchema,
  reader: z.literal(true).optional(),
  /** How its headline frames the story, where that differs from the others' headlines. */
  framing: SentenceSchema.optional(),
  /** What the comparison read of it: the full text, or only the headline and summary a feed or search gave. */
  basis: z.enum(['full', 'snippet']).optional(),
});
export const PapersSchema = z.object({
  overview: ParagraphSchema,
  agreed: z.array(AgreedSchema).optional(),
  differs: z.array(DiffersSchema).optional(),
  /** One row per outlet; `reader` marks the outlet of the article being read. */
  outlets: z.array(OutletRowSchema),
});

export const StoryBriefSchema = z.object({
  storyId: z.string().min(1),
  engine: z.string().min(1),
  generatedAt: z.string(),
  headline: z.string().min(1),
  happened: ParagraphSchema,
  behind: z.array(z.object({ heading: z.string(), paragraph: ParagraphSchema })),
  papers: PapersSchema,
  background: z.object({
    paragraph: ParagraphSchema,
    /** `earlier`: an entry from the story's earlier coverage (its headline), not from this story's sources. */
    timeline: z.array(z.object({ date: z.string(), text: z.string(), cites: z.array(z.string()).min(1), earlier: z.literal(true).optional() })),
  }),
  questions: z.array(z.object({ question: z.string(), answer: ParagraphSchema.min(1) })),
  topics: z.array(
    z.object({ name: z.string(), description: z.string(), extract: z.string(), url: z.string().url(), asOf: z.string() }),
  ),
  sources: z.array(BriefSourceSchema).min(1),
  /** Sections an AI engine failed to write validly, filled by the extractive engine instead. */
  fallbackSections: z.array(z.enum(['happened', 'behind', 'papers', 'background', 'questions'])).optional(),
});

export type Sentence = z.infer<typeof SentenceSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type BriefSource = z.infer<typeof BriefSourceSchema>;
export type AgreedFact = z.infer<typeof AgreedSchema>;
export type Differs = z.infer<typeof DiffersSchema>;
export type OutletRow = z.infer<typeof OutletRowSchema>;
export type StoryBrief = z.infer<typeof StoryBriefSchema>;

/** Validate a brief and check that every citation names a listed source. */
export function validateBrief(value: unknown): { ok: true; brief: StoryBrief } | { ok: false; error: string } {
  const parsed = StoryBriefSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const ids = new Set(parsed.data.sources.map((s) => s.id));
  const b = parsed.data;
  const all = [
    ...b.happened,
    ...b.behind.flatMap((t) => t.paragraph),
    ...b.papers.overview,
    ...b.papers.outlets.flatMap((o) => [...o.angle, ...(o.framing ? [o.framing] : [])]),
    ...(b.papers.agreed ?? []).flatMap((a) => a.quotes),
    ...(b.papers.differs ?? []).flatMap((d) => d.values.map((v) => v.quote)),
    ...b.background.paragraph,
    ...b.background.timeline,
    ...b.questions.flatMap((q) => q.answer),
  ];
  const unknown = all.flatMap((s) => s.cites).filter((c) => !ids.has(c));
  if (unknown.length) return { ok: false, error: `cites unknown sources: ${[...new Set(unknown)].join(', ')}` };
  return { ok: true, brief: b };
}
