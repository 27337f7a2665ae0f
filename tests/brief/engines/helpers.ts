/** Shared test helpers: a fetch that records what it was asked and answers with a streamed body. */
import { readFileSync } from 'node:fs';
import { storyInput, newsroomStories } from '../newsroom-input';
import { REFERENCE } from '../../newsroom/corpus';

export const SAMPLES = '/work/shared/data/source-samples';
export const sample = (name: string) => readFileSync(`${SAMPLES}/${name}`, 'utf8');

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
