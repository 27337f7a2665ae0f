/**
 * Whether an engine sends article text off the device, and what the reader is told before it first
 * does. The AI settings themselves (shape, defaults) are in utils/settings; the key in keys.ts.
 */
import type { AiSettings, EngineId } from '../../settings';

/** The base URL an engine sends article text to (none for the on-device engines). */
export function endpointOf(ai: AiSettings, engine: EngineId = ai.engine): string | undefined {
  if (engine === 'openai') return ai.openai.baseUrl;
  if (engine === 'anthropic') return ai.anthropic.baseUrl;
  return undefined;
}

/** A server on this computer (Ollama, LM Studio) is not a cloud: nothing leaves the device. */
export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** What the reader must be told, before first use, when the engine sends text off the device; null when nothing needs saying. */
export function cloudDisclosure(ai: AiSettings, engine: EngineId = ai.engine): { origin: string; text: string } | null {
  const url = endpointOf(ai, engine);
  if (!url || isLocalEndpoint(url)) return null;
  const origin = new URL(url).origin;
  if (ai.disclosureAccepted.includes(origin)) return null;
  return {
    origin,
    text: `To write the brief, Parallax will send the text of the article you are reading, and the titles and summaries of its coverage, to ${new URL(url).host}. That provider may charge your account for each brief. The page's address is not sent.`,
  };
}
