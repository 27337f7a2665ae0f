/**
 * The default engine: on the device, deterministic, every factual sentence lifted from a source
 * and cited to it; every heading, question and outlet line built only from phrases its cited
 * sources use (see framing.ts). No model, no network.
 */
import { composeBackground } from './background';
import { composeBehind } from './behind';
import { storyContext, type StoryContext } from './context';
import { briefSources, readerSourceId } from './docs';
import { earlierOf } from './earlier';
import type { BriefEngine, ComposeInput } from './engine';
import { asParagraph, pickHappened } from './happened';
import { composePapers } from './papers';
import { composeQuestions } from './questions';
import type { StoryBrief } from './schema';

export { briefSources, readerSourceId };

export function composeExtractive(input: ComposeInput): StoryBrief {
  return composeWithContext(input, storyContext(input));
}

/** The brief and a longer What's happened of at least `words` words, from one reading of the sources (the CLI). */
export function composeExtractiveWithText(input: ComposeInput, words: number): { brief: StoryBrief; text: string } {
  const ctx = storyContext(input);
  const text = pickHappened(ctx.pool, ctx.docs, { minWords: words }).map((p) => p.text).join(' ');
  return { brief: composeWithContext(input, ctx), text };
}

function composeWithContext(input: ComposeInput, ctx: StoryContext): StoryBrief {
  const happened = asParagraph(pickHappened(ctx.pool, ctx.docs));
  for (const s of happened) ctx.used.add(s.text);
  // Sections in order of how much they need fresh sentences; each marks what it used.
  const behind = composeBehind(ctx, input.article.title);
  const papers = composePapers(ctx);
  const background = composeBackground(ctx, earlierOf(input));
  const questions = composeQuestions(ctx);
  return {
    storyId: input.storyId,
    engine: 'extractive',
    generatedAt: new Date().toISOString(),
    headline: input.article.title,
    happened,
    behind,
    papers,
    background,
    questions,
    topics: input.topics,
    sources: briefSources(input),
  };
}

export const extractiveEngine: BriefEngine = {
  id: 'extractive',
  label: 'On this device (extractive)',
  compose: async (input) => composeExtractive(input),
};
