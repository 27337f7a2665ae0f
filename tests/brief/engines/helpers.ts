/** Shared test helpers: a fetch that records what it was asked and answers with a streamed body. */
import { readFileSync } from 'node:fs';
import { storyInput, newsroomStories } from '../newsroom-input';
import { REFERENCE } from '../../newsroom/corpus';
import { briefFromSources, MODES, sourcesOf } from '../../newsroom/ai';
import type { LanguageModelLike, LanguageModelOptions, ModelAvailability } from '../../../utils/brief/engines/chrome-ai';
import type { PortLike } from '../../../utils/brief/engines/model-port';

/** Source payloads kept in the repository (tests/fixtures/source-samples/ORIGIN.md). */
export const sample = (name: string) => readFileSync(new URL(`../../fixtures/source-samples/${name}`, import.meta.url), 'utf8');

export function referenceInput() {
  return storyInput(REFERENCE.story, newsroomStories().get(REFERENCE.story)!);
}

/** A body that arrives in pieces of `size` bytes (1 = every byte boundary). */
export function chunkedStream(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(i, i + size));
      i += size;
    },
  });
}

export interface Recorded {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export function fakeFetch(answer: (req: Recorded) => Response | Promise<Response>) {
  const calls: Recorded[] = [];
  const fn = (async (url: string | URL | Request, init: RequestInit = {}) => {
    const req: Recorded = { url: String(url), init, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) };
    calls.push(req);
    return answer(req);
  }) as typeof fetch;
  return { fetch: fn, calls };
}

export const sseResponse = (text: string, size = 7) => new Response(chunkedStream(text, size), { status: 200, headers: { 'content-type': 'text/event-stream' } });
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** An OpenAI chat-completions SSE stream carrying `text` (one id per stream, as the real API). */
export function openAiStream(text: string, size = 40): string {
  const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1, model: 'm', system_fingerprint: null };
  const lines = [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
  for (let i = 0; i < text.length; i += size) lines.push({ ...base, choices: [{ index: 0, delta: { content: text.slice(i, i + size) } as never, finish_reason: null }] });
  lines.push({ ...base, choices: [{ index: 0, delta: {} as never, finish_reason: 'stop' as never }] });
  return lines.map((l) => `data: ${JSON.stringify(l)}\n\n`).join('') + 'data: [DONE]\n\n';
}

/** A STAND-IN of the Prompt API's `LanguageModel` that answers with the newsroom model's brief, in 25-character deltas. */
export function standIn(state: ModelAvailability, opts: { mode?: string; contextWindow?: number; createError?: string; chunkDelayMs?: number; failAfterChunks?: number } = {}) {
  const log = { availability: [] as unknown[], create: [] as LanguageModelOptions[], prompts: [] as Array<{ input: string; options: unknown }>, destroyed: 0, stopped: 0 };
  const model: LanguageModelLike = {
    availability: async (o) => {
      log.availability.push(o);
      return state;
    },
    create: async (o = {}) => {
      log.create.push(o);
      if (opts.createError) throw new DOMException('no', opts.createError);
      return {
        contextWindow: opts.contextWindow,
        measureContextUsage: async (input: string) => input.length / 4,
        prompt: async () => '',
        promptStreaming(input, options) {
          log.prompts.push({ input, options });
          const text = JSON.stringify(briefFromSources(sourcesOf(input), opts.mode ?? MODES.brief));
          let i = 0;
          return new ReadableStream<string>({
            async pull(c) {
              if (opts.chunkDelayMs) await new Promise((r) => setTimeout(r, opts.chunkDelayMs));
              if (options?.signal?.aborted) return (log.stopped++, c.error(options.signal.reason));
              if (opts.failAfterChunks !== undefined && i / 25 >= opts.failAfterChunks) return c.error(new DOMException('model crashed', 'UnknownError'));
              if (i >= text.length) return c.close();
              c.enqueue(text.slice(i, i + 25));
              i += 25;
            },
          });
        },
        destroy: () => void log.destroyed++,
      };
    },
  };
  return { model, log };
}

/** Two connected ends of a port, like runtime.connect's: messages are copied and arrive asynchronously. */
export function portPair(): [PortLike & { sent: unknown[] }, PortLike & { sent: unknown[] }] {
  const make = () => ({ listeners: [] as Array<(m: unknown) => void>, closers: [] as Array<() => void>, sent: [] as unknown[], open: true });
  const a = make();
  const b = make();
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>): PortLike & { sent: unknown[] } => ({
    sent: self.sent,
    postMessage(message) {
      if (!self.open) throw new Error('Attempting to use a disconnected port object');
      self.sent.push(message);
      const copy = JSON.parse(JSON.stringify(message)) as unknown; // runtime ports carry JSON
      setTimeout(() => other.open && other.listeners.forEach((l) => l(copy)), 0);
    },
    onMessage: { addListener: (l) => void self.listeners.push(l) },
    onDisconnect: { addListener: (l) => void self.closers.push(l) },
    disconnect() {
      if (!self.open) return;
      self.open = false;
      other.open = false;
      setTimeout(() => other.closers.forEach((c) => c()), 0); // only the other end is told, as with runtime ports
    },
  });
  return [end(a, b), end(b, a)];
}

/** The first prompt a stand-in model was given: a test that reads it fails here if there was none. */
export function firstPrompt(log: { prompts: Array<{ input: string; options: unknown }> }): { input: string; options: unknown } {
  const [first] = log.prompts;
  if (!first) throw new Error('the model was never prompted');
  return first;
}
