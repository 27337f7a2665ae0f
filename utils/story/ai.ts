/**
 * Stage: when the reader set up a model (and agreed to what it is sent), it rewrites the page the
 * extractive engine already made; the reader sees that page until the model's is validated.
 * Runs in the background job over a streaming response: tokens arriving keep the worker alive,
 * and a model slow to answer at all fails with a message instead of a dead worker. Chrome's
 * built-in model runs in the side panel and streams to us over a port (model-port.ts).
 */
import type { BriefEngine } from '../brief/engine';
import { chromeAiAvailability } from '../brief/engines/chrome-ai';
import { keepModelPage } from '../brief/engines/merge';
import { SECTIONS } from '../brief/engines/output';
import { briefEngineFor } from '../brief/engines/registry';
import { cloudDisclosure } from '../brief/engines/disclosure';
import { composeExtractive } from '../brief/extractive';
import { validateBrief, type StoryBrief } from '../brief/schema';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import type { StoryRecord } from '../db/db';
import { AI_WRITING } from './freshness';
import type { JobDeps } from './job';
import { shownCoverage, type StoryWriter } from './writer';

export async function writeWithAi(deps: JobDeps, writer: StoryWriter, article: ExtractedArticle, coverage: CoverageItem[]): Promise<void> {
  const { db, id } = writer;
  const engine = await aiEngine(deps, article);
  if (!engine) return;
  if ('notice' in engine) return writer.update({ aiNotice: engine.notice });
  const story = await db.stories.get(id);
  const onDevice = story?.brief ?? null;
  const input = { storyId: id, article, coverage: shownCoverage(coverage), topics: story?.topics ?? [] };
  await writer.update({ aiNotice: AI_WRITING });
  // Every write reads the row as it is then, in one transaction, so topic cards that arrived and
  // sources the reader took out while the model wrote are kept (keepModelPage over our page).
  const land = (modelPage: StoryBrief | null, changes: Partial<StoryRecord>) =>
    db.transaction('rw', db.stories, async () => {
      const row = await db.stories.get(id);
      if (!row) return;
      const ours = composeExtractive({ storyId: id, article, coverage: shownCoverage(row.coverage), topics: row.topics ?? [] });
      const checked = validateBrief(modelPage ? keepModelPage(modelPage, ours) : ours);
      await db.stories.update(id, { ...changes, brief: checked.ok ? checked.brief : row.brief, updatedAt: writer.stamp() });
    });
  // Each section the model completes (and that checks out) replaces ours at once; the rest stay
  // ours, and are marked so, until the model gets to them. Paints land in order, before the end.
  let painted = Promise.resolve();
  const paint = (partial: Partial<StoryBrief>) => {
    if (!onDevice) return;
    const page = { ...onDevice, ...partial, generatedAt: onDevice.generatedAt, fallbackSections: SECTIONS.filter((name) => !(name in partial)) };
    painted = painted.then(() => land(page, {})).catch(() => undefined);
  };
  try {
    const brief = await engine.compose(input, { signal: deps.signal, onPartial: paint });
    const checked = validateBrief(brief);
    if (!checked.ok) throw new Error(`the model's page did not validate (${checked.error})`);
    await painted;
    await land(checked.brief, { aiNotice: undefined });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await painted;
    await land(null, { aiNotice: `Written on this device instead: ${message}` });
  }
}

/** The model the reader chose, ready to write; or why it cannot write this page; or none (extractive). */
async function aiEngine(deps: JobDeps, article: ExtractedArticle): Promise<BriefEngine | { notice: string } | undefined> {
  const ai = deps.settings.ai;
  if (ai.engine === 'chrome-ai') {
    const model = await deps.languageModel?.();
    if (!model) return { notice: "Chrome's built-in model could not be reached: it runs in the side panel, so keep the panel open and press Refresh. If this Chrome has no built-in model, choose another engine in Options → AI." };
    const availability = await chromeAiAvailability(model, article.lang);
    if (availability !== 'available') {
      return { notice: availability === 'unavailable' ? "Chrome's built-in model is not available on this device: choose another engine in Options → AI." : "Chrome's built-in model is not downloaded yet: download it in Options → AI." };
    }
    return briefEngineFor(ai, { languageModel: model });
  }
  if ((ai.engine !== 'openai' && ai.engine !== 'anthropic') || !deps.loadApiKey) return undefined;
  if (cloudDisclosure(ai)) {
    return { notice: `Your ${ai.engine === 'openai' ? 'OpenAI-compatible' : 'Anthropic'} engine is set up but waits for your go-ahead in Options before any article text is sent.` };
  }
  return briefEngineFor(ai, { apiKey: await deps.loadApiKey(ai.engine), fetch: deps.fetch });
}
