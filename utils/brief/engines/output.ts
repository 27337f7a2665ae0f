/**
 * What a model is asked to write: the five composed sections of a StoryBrief, nothing else.
 * Headline, topic cards and the source list are ours (from the page, Wikipedia and coverage),
 * never the model's. A per-outlet entry names a source id; its outlet name and headline are
 * filled in from that source, so a model cannot invent either.
 */
import { z } from '../../zod';
import type { BriefEngine, ComposeInput } from '../engine';
import { StoryBriefSchema, type StoryBrief } from '../schema';

export const SECTIONS = ['happened', 'behind', 'papers', 'background', 'questions'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** StoryBrief plus which sections an AI engine left to the extractive engine. */
export const AiStoryBriefSchema = StoryBriefSchema.extend({
  fallbackSections: z.array(z.enum(SECTIONS)).optional(),
});
export type AiStoryBrief = z.infer<typeof AiStoryBriefSchema>;

/** A BriefEngine whose brief says which sections fell back. */
export interface AiBriefEngine extends BriefEngine {
  compose(input: ComposeInput, options: { signal?: AbortSignal; onPartial?: (b: Partial<StoryBrief>) => void }): Promise<AiStoryBrief>;
}

// Loose on purpose (no length limits): providers and Chrome's constraint decoder support
// different subsets of JSON Schema. The strict check is the StoryBrief schema, section by section.
const sentence = z.object({ text: z.string(), cites: z.array(z.string()) });
const paragraph = z.array(sentence);
export const ModelOutputSchema = z.object({
  happened: paragraph,
  behind: z.array(z.object({ heading: z.string(), paragraph })),
  papers: z.object({
    overview: paragraph,
    // Required (possibly empty) rather than optional: OpenAI's strict json_schema wants every key listed.
    agreed: z.array(z.object({ key: z.string(), quotes: paragraph })),
    differs: z.array(z.object({ what: z.string(), values: z.array(z.object({ value: z.string(), quote: sentence })) })),
    outlets: z.array(z.object({ sourceId: z.string(), angle: paragraph })),
  }),
  background: z.object({
    paragraph,
    timeline: z.array(z.object({ date: z.string(), text: z.string(), cites: z.array(z.string()) })),
  }),
  questions: z.array(z.object({ question: z.string(), answer: paragraph })),
});
export type ModelOutput = z.infer<typeof ModelOutputSchema>;

/** The JSON Schema sent as OpenAI's `response_format` and Chrome's `responseConstraint`. */
export function modelOutputJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(ModelOutputSchema) as Record<string, unknown>;
  return schema;
}
