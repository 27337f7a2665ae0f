/** "Test connection": ask the configured engine for a page about a two-sentence sample story. */
import { loadApiKey } from '@/utils/brief/engines/keys';
import { briefEngineFor } from '@/utils/brief/engines/registry';
import { validateBrief } from '@/utils/brief/schema';
import type { Settings } from '@/utils/settings-schema';

const SAMPLE = {
  url: 'https://example.com/sample',
  canonicalUrl: 'https://example.com/sample',
  title: 'Sample: city opens a new library',
  byline: null,
  siteName: 'Example',
  publishedTime: '2025-01-01T00:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'The city opened a new public library on Monday. It holds 40,000 books and stays open until 9 pm.',
  html: '',
  wordCount: 20,
  isArticle: true,
  extractionMs: 0,
};

export async function testAiEngine(settings: Settings): Promise<{ ok: boolean; error?: string }> {
  const ai = settings.ai;
  if (ai.engine !== 'openai' && ai.engine !== 'anthropic') return { ok: true };
  try {
    const engine = briefEngineFor(ai, { apiKey: await loadApiKey(ai.engine), fetch: (...a) => fetch(...a) });
    const brief = await engine.compose({ storyId: 'test', article: SAMPLE, coverage: [], topics: [] }, { signal: AbortSignal.timeout(60_000) });
    const checked = validateBrief(brief);
    return checked.ok ? { ok: true } : { ok: false, error: `The model answered, but its page did not validate: ${checked.error}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
