/** "Test connection": ask the configured engine for a page about a two-sentence sample story. */
import { loadApiKey } from '@/utils/brief/engines/keys';
import { briefEngineFor } from '@/utils/brief/engines/registry';
import { SAMPLE_INPUT } from '@/utils/brief/engines/sample';
import { validateBrief } from '@/utils/brief/schema';
import type { Failed } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

export async function testAiEngine(settings: Settings): Promise<{ ok: true } | Failed> {
  const ai = settings.ai;
  if (ai.engine !== 'openai' && ai.engine !== 'anthropic') return { ok: true };
  try {
    const engine = briefEngineFor(ai, { apiKey: await loadApiKey(ai.engine), fetch: (...a) => fetch(...a) });
    const brief = await engine.compose(SAMPLE_INPUT, { signal: AbortSignal.timeout(60_000) });
    const checked = validateBrief(brief);
    return checked.ok ? { ok: true } : { ok: false, error: `The model answered, but its page did not validate: ${checked.error}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
