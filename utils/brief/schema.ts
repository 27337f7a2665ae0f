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
});

export const StoryBriefSchema = z.object({
  storyId: z.string().min(1),
  engine: z.string().min(1),
  generatedAt: z.string(),
  headline: z.string().min(1),
  happened: ParagraphSchema,
  behind: z.array(z.object({ heading: z.string(), paragraph: ParagraphSchema })),
  papers: z.object({
    overview: ParagraphSchema,
    /** One row per outlet; `reader` marks the outlet of the article being read. */
    outlets: z.array(
      z.object({ sourceId: z.string(), outlet: z.string(), headline: z.string(), angle: ParagraphSchema, reader: z.literal(true).optional() }),
    ),
  }),
  background: z.object({
    paragraph: ParagraphSchema,
    timeline: z.array(z.object({ date: z.string(), text: z.string(), cites: z.array(z.string()).min(1) })),
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
    ...b.papers.outlets.flatMap((o) => o.angle),
    ...b.background.paragraph,
    ...b.background.timeline,
    ...b.questions.flatMap((q) => q.answer),
  ];
  const unknown = all.flatMap((s) => s.cites).filter((c) => !ids.has(c));
  if (unknown.length) return { ok: false, error: `cites unknown sources: ${[...new Set(unknown)].join(', ')}` };
  return { ok: true, brief: b };
}
