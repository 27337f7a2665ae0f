/**
 * Anthropic Messages, streamed: POST {baseUrl}/v1/messages with `stream: true`. The answer is SSE
 * with named events (message_start, content_block_start, ping, content_block_delta*,
 * content_block_stop, message_delta, message_stop — no `[DONE]`), or `event: error` mid-stream.
 * A request from a browser origin must carry `anthropic-dangerous-direct-browser-access: true`,
 * or Anthropic answers 401.
 */
import type { ComposeInput } from '../engine';
import { AiError, errorFromStream, type ErrorContext } from './errors';
import type { AiBriefEngine } from './output';
import { buildPrompt, type PromptBudget } from './prompt';
import { composeFromDeltas, type ComposeOptions } from './run';
import { postForStream } from './sse';

export const ANTHROPIC_VERSION = '2023-06-01';

export interface AnthropicConfig {
  /** Without the /v1: `https://api.anthropic.com`. */
  baseUrl: string;
  model: string;
  apiKey: string;
  maxTokens?: number;
  fetch?: typeof fetch;
  budget?: PromptBudget;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
}

export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/messages`;
}

export function anthropicRequest(input: ComposeInput, config: AnthropicConfig): { url: string; headers: Record<string, string>; body: Record<string, unknown> } {
  const prompt = buildPrompt(input, config.budget);
  return {
    url: messagesUrl(config.baseUrl),
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'x-api-key': config.apiKey,
      'anthropic-version': ANTHROPIC_VERSION,
      'anthropic-dangerous-direct-browser-access': 'true',
    },
    body: {
      model: config.model,
      max_tokens: config.maxTokens ?? 8192,
      system: prompt.system,
      messages: [{ role: 'user', content: prompt.user }],
      stream: true,
    },
  };
}

export async function* anthropicDeltas(input: ComposeInput, config: AnthropicConfig, signal?: AbortSignal): AsyncGenerator<string> {
  const req = anthropicRequest(input, config);
  const ctx: ErrorContext = { provider: 'Anthropic', url: req.url, key: config.apiKey };
  const res = await postForStream({ ...ctx, ...req, fetch: config.fetch ?? globalThis.fetch.bind(globalThis), signal, firstByteTimeoutMs: config.firstByteTimeoutMs, idleTimeoutMs: config.idleTimeoutMs });
  for await (const ev of res.events) {
    if (ev.event === 'error') throw errorFromStream(ev.data, ctx);
    if (ev.event === 'message_stop') return;
    if (ev.event !== 'content_block_delta') continue;
    let data: { delta?: { type?: string; text?: string } };
    try {
      data = JSON.parse(ev.data) as typeof data;
    } catch {
      throw new AiError('Anthropic sent a stream Parallax cannot read: check the base URL (https://api.anthropic.com).', 'bad-request');
    }
    if (data.delta?.type === 'text_delta' && data.delta.text) yield data.delta.text;
  }
}

export function createAnthropicEngine(config: AnthropicConfig): AiBriefEngine {
  return {
    id: 'anthropic',
    label: 'Anthropic (Claude)',
    compose: (input: ComposeInput, options: ComposeOptions = {}) => composeFromDeltas(input, 'anthropic', anthropicDeltas(input, config, options.signal), options),
  };
}
