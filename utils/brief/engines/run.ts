/** The compose loop every model engine shares: stream text, paint checked sections as they complete, merge. */
import type { ComposeInput } from '../engine';
import { composeExtractive } from '../extractive';
import type { StoryBrief } from '../schema';
import { completedMembers, mergeBrief, parseModelJson, partialBrief } from './merge';
import type { AiStoryBrief } from './output';

export interface ComposeOptions {
  signal?: AbortSignal;
  onPartial?: (b: Partial<StoryBrief>) => void;
}

/**
 * Consume a model's text deltas and return the merged brief. A transport or provider error
 * (AiError) propagates: the caller keeps its extractive brief and shows the error's message.
 */
export async function composeFromDeltas(input: ComposeInput, engineId: string, deltas: AsyncIterable<string>, options: ComposeOptions = {}): Promise<AiStoryBrief> {
  // The fallback for every section, composed first: it takes milliseconds and needs no network.
  const extractive = composeExtractive(input);
  const base = { storyId: extractive.storyId, headline: extractive.headline, topics: extractive.topics, sources: extractive.sources };
  let text = '';
  let painted = Object.keys(base).length + 1; // ours + engine: paint only once a section is in
  for await (const delta of deltas) {
    text += delta;
    if (!options.onPartial || !delta.includes(',')) continue;
    const partial = partialBrief(text, base, engineId);
    const count = Object.keys(partial).length;
    if (count > painted) {
      painted = count;
      options.onPartial(partial);
    }
  }
  // A cut-off answer (token limit, dropped stream) still keeps the sections it completed.
  return mergeBrief(parseModelJson(text) ?? completedMembers(text), extractive, engineId);
}
