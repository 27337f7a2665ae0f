/**
 * Streaming POST + Server-Sent Events parsing, for the cloud and local chat APIs.
 *
 * Where these calls run, and why streaming: they run in the background's story job (the only
 * writer of the cache; the panel paints what lands). Chrome stops an MV3 service worker whose
 * fetch() has no response after ~30 s; a non-streamed completion of a whole brief takes longer
 * than that. With `stream: true` the provider answers with headers and tokens within seconds, and
 * each chunk (plus each onPartial the job writes through an extension API) keeps the worker alive.
 * A first byte that has not come within `firstByteTimeoutMs` (25 s, under Chrome's limit) fails
 * with an error that says so, rather than the worker dying silently mid-job.
 */
import { AiError, errorFromResponse, networkError, type ErrorContext } from './errors';

export interface SseEvent {
  event: string;
  data: string;
}

/** Parse an SSE byte stream (any of \n, \r\n, \r line ends; comments and id/retry fields ignored). */
export async function* parseSse(body: ReadableStream<Uint8Array>, idle?: { ms: number; onIdle: () => Error }): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let event = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await readWithin(reader, idle);
      let text = buffer + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
      // A chunk may end between the \r and \n of one line end: hold the \r back.
      const hold = !done && text.endsWith('\r') ? '\r' : '';
      if (hold) text = text.slice(0, -1);
      const lines = text.split(/\r\n|\r|\n/);
      // The last piece is an unfinished line: keep it for the next chunk.
      buffer = done ? '' : (lines.pop() ?? '') + hold;
      for (const line of done ? [...lines, ''] : lines) {
        if (line === '') {
          if (data.length) yield { event: event || 'message', data: data.join('\n') };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, idle?: { ms: number; onIdle: () => Error }) {
  if (!idle) return reader.read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = idle.onIdle();
          void reader.cancel().catch(() => undefined);
          reject(error);
        }, idle.ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface StreamRequest extends ErrorContext {
  fetch: typeof fetch;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
}

export interface StreamResponse {
  contentType: string;
  events: AsyncGenerator<SseEvent>;
  /** The whole body, for a server that ignored `stream: true` and answered with JSON. */
  text(): Promise<string>;
}

/** POST JSON and return the SSE events; any HTTP error is mapped to an AiError that says what to do. */
export async function postForStream(req: StreamRequest): Promise<StreamResponse> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (req.signal?.aborted) throw new AiError('Cancelled.', 'aborted');
  req.signal?.addEventListener('abort', onAbort);
  const firstByteMs = req.firstByteTimeoutMs ?? 25_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, firstByteMs);
  let res: Response;
  try {
    res = await req.fetch(req.url, {
      method: 'POST',
      headers: req.headers,
      body: JSON.stringify(req.body),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    req.signal?.removeEventListener('abort', onAbort);
    if (req.signal?.aborted) throw new AiError('Cancelled.', 'aborted');
    if (timedOut) throw new AiError(`${req.provider} sent nothing within ${firstByteMs / 1000} s: a local model may still be loading; try again.`, 'timeout');
    throw networkError(req.url, req.provider);
  } finally {
    clearTimeout(timer);
  }
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    req.signal?.removeEventListener('abort', onAbort);
    throw errorFromResponse(res.status, res.headers, text.slice(0, 20_000), req);
  }
  const idleMs = req.idleTimeoutMs ?? 30_000;
  const body = res.body;
  const events = async function* () {
    try {
      if (!body) return;
      yield* parseSse(body, {
        ms: idleMs,
        onIdle: () => new AiError(`${req.provider} stopped sending for ${idleMs / 1000} s: try again.`, 'timeout'),
      });
    } catch (error) {
      if (req.signal?.aborted) throw new AiError('Cancelled.', 'aborted');
      if (error instanceof AiError) throw error;
      throw networkError(req.url, req.provider);
    } finally {
      req.signal?.removeEventListener('abort', onAbort);
    }
  };
  return { contentType: res.headers.get('content-type') ?? '', events: events(), text: () => res.text() };
}
