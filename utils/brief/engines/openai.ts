/**
 * OpenAI-compatible chat completions, streamed: OpenAI, Ollama (`http://localhost:11434/v1`),
 * LM Studio (`http://localhost:1234/v1`), OpenRouter (`https://openrouter.ai/api/v1`).
 * POST {baseUrl}/chat/completions with `stream: true`; the answer is SSE `data:` lines of
 * `chat.completion.chunk` objects ending in `data: [DONE]`. No `temperature` or `max_tokens`:
 * reasoning models reject both, and other servers' defaults are fine.
 */
import type { ComposeInput } from '../engine';
import { AiError, errorFromStream, hostOf, type ErrorContext } from './errors';
import { modelOutputJsonSchema, type AiBriefEngine } from './output';
import { buildPrompt, type PromptBudget } from './prompt';
import { composeFromDeltas, type ComposeOptions } from './run';
import { postForStream } from './sse';

export interface OpenAiConfig {
  baseUrl: string;
  model: string;
  /** Empty for local servers that need none (Ollama, LM Studio). */
  apiKey?: string;
  /** `json_schema` (OpenAI, Ollama ≥0.5, LM Studio, OpenRouter) or none for servers that reject it. */
  responseFormat?: 'json_schema' | 'none';
  fetch?: typeof fetch;
  budget?: PromptBudget;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
}

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

export function openAiRequest(input: ComposeInput, config: OpenAiConfig): { url: string; headers: Record<string, string>; body: Record<string, unknown> } {
  const prompt = buildPrompt(input, config.budget);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  const body: Record<string, unknown> = {
    model: config.model,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    stream: true,
  };
  if ((config.responseFormat ?? 'json_schema') === 'json_schema') {
    body.response_format = { type: 'json_schema', json_schema: { name: 'story_brief', strict: true, schema: modelOutputJsonSchema() } };
  }
  return { url: chatCompletionsUrl(config.baseUrl), headers, body };
}

interface ChatChunk {
  choices?: Array<{ delta?: { content?: string | null }; message?: { content?: string | null }; finish_reason?: string | null }>;
  error?: unknown;
}

/** The text deltas of a chat-completions stream (or of a plain JSON answer from a server that does not stream). */
export async function* openAiDeltas(input: ComposeInput, config: OpenAiConfig, signal?: AbortSignal): AsyncGenerator<string> {
  const req = openAiRequest(input, config);
  const ctx: ErrorContext = { provider: `The AI server (${hostOf(req.url)})`, url: req.url, key: config.apiKey };
  const res = await postForStream({ ...ctx, ...req, fetch: config.fetch ?? globalThis.fetch.bind(globalThis), signal, firstByteTimeoutMs: config.firstByteTimeoutMs, idleTimeoutMs: config.idleTimeoutMs });
  if (res.contentType.includes('application/json')) {
    const whole = JSON.parse(await res.text()) as ChatChunk;
    if (whole.error) throw errorFromStream(JSON.stringify(whole), ctx);
    yield whole.choices?.[0]?.message?.content ?? '';
    return;
  }
  for await (const ev of res.events) {
    if (ev.data === '[DONE]') return;
    let chunk: ChatChunk;
    try {
      chunk = JSON.parse(ev.data) as ChatChunk;
    } catch {
      throw new AiError('The AI server sent a stream Parallax cannot read: check that the base URL is an OpenAI-compatible /v1 endpoint.', 'bad-request');
    }
    // OpenRouter and others report failures inside the stream after a 200.
    if (chunk.error) throw errorFromStream(ev.data, ctx);
    const content = chunk.choices?.[0]?.delta?.content;
    if (content) yield content;
  }
}

export function createOpenAiEngine(config: OpenAiConfig): AiBriefEngine {
  return {
    id: 'openai',
    label: 'OpenAI-compatible (OpenAI, Ollama, LM Studio, OpenRouter)',
    compose: (input: ComposeInput, options: ComposeOptions = {}) => composeFromDeltas(input, 'openai', openAiDeltas(input, config, options.signal), options),
  };
}
