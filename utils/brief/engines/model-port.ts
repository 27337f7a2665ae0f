/**
 * Chrome's built-in model, lent by the side panel to the background over a port.
 *
 * `LanguageModel` exists in extension documents, not in the MV3 service worker, yet the
 * background is the one place that writes the story page. So the panel hosts the model
 * (`serveLanguageModel`) and the background drives it through a stand-in with the same shape
 * (`portLanguageModel`): the Chrome engine runs unchanged on either side of the port.
 *
 * Why this is where a slow model cannot get the call killed: the model runs in the panel, a
 * document Chrome does not stop; the worker waiting for it receives a message at least every
 * `heartbeatMs` (deltas, or a heartbeat while the model loads or thinks), and each message
 * resets the worker's idle timer. Closing the panel ends the call with a clear message.
 */
import type { LanguageModelLike, LanguageModelOptions, LanguageModelSessionLike, ModelAvailability } from './chrome-ai';

export const MODEL_PORT = 'parallax-language-model';

/** The part of `runtime.Port` used here (an in-memory pair in tests). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

type Request =
  | { id: number; op: 'availability'; options?: LanguageModelOptions }
  | { id: number; op: 'create'; options?: LanguageModelOptions }
  | { id: number; op: 'measure'; session: number; input: string }
  | { id: number; op: 'stream'; session: number; input: string; responseConstraint?: object }
  | { id: number; op: 'abort' }
  | { id: number; op: 'destroy'; session: number };

type Reply =
  | { id: number; value: unknown }
  | { id: number; delta: string }
  | { id: number; done: true }
  | { id: number; error: { name: string; message: string } }
  | { op: 'alive' };

interface SessionInfo {
  contextWindow?: number;
  measures: boolean;
}

const PORT_CLOSED = 'The side panel closed while Chrome’s built-in model was writing.';

function errorOf(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** Panel side: answer the background's requests with the page's own `LanguageModel`. */
export function serveLanguageModel(port: PortLike, model: LanguageModelLike, heartbeatMs = 10_000): () => void {
  const sessions = new Map<number, LanguageModelSessionLike>();
  const running = new Map<number, AbortController>();
  let closed = false;
  const post = (reply: Reply) => {
    if (closed) return;
    try {
      port.postMessage(reply);
    } catch {
      stop(); // the port went away under us (the worker stopped): nothing is listening any more
    }
  };
  // While anything runs, the background hears from us often enough to stay alive.
  const heartbeat = setInterval(() => running.size && post({ op: 'alive' }), heartbeatMs);

  const run = async (request: Exclude<Request, { op: 'abort' } | { op: 'destroy' }>, signal: AbortSignal) => {
    switch (request.op) {
      case 'availability':
        return post({ id: request.id, value: await model.availability(request.options) });
      case 'create': {
        const session = await model.create({ ...request.options, signal });
        if (closed || signal.aborted) {
          session.destroy(); // the caller went away while the model loaded: free its memory now
          throw Object.assign(new Error('Cancelled.'), { name: 'AbortError' });
        }
        sessions.set(request.id, session);
        const info: SessionInfo = {
          contextWindow: session.contextWindow ?? session.inputQuota,
          measures: Boolean(session.measureContextUsage ?? session.measureInputUsage),
        };
        return post({ id: request.id, value: info });
      }
      case 'measure': {
        const session = sessionFor(request.session);
        const measure = session.measureContextUsage?.bind(session) ?? session.measureInputUsage?.bind(session);
        return post({ id: request.id, value: measure ? await measure(request.input) : 0 });
      }
      case 'stream': {
        const session = sessionFor(request.session);
        const options = { responseConstraint: request.responseConstraint, signal };
        if (!session.promptStreaming) {
          post({ id: request.id, delta: await session.prompt(request.input, options) });
          return post({ id: request.id, done: true });
        }
        const reader = session.promptStreaming(request.input, options).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return post({ id: request.id, done: true });
          if (value) post({ id: request.id, delta: value });
        }
      }
    }
  };
  const sessionFor = (id: number) => {
    const session = sessions.get(id);
    if (!session) throw Object.assign(new Error('That model session is closed.'), { name: 'InvalidStateError' });
    return session;
  };

  port.onMessage.addListener((message) => {
    const request = message as Request;
    if (!request || typeof request !== 'object' || typeof request.id !== 'number') return;
    if (request.op === 'abort') return running.get(request.id)?.abort();
    if (request.op === 'destroy') {
      sessions.get(request.session)?.destroy();
      sessions.delete(request.session);
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    run(request, controller.signal)
      .catch((error: unknown) => post({ id: request.id, error: errorOf(error) }))
      .finally(() => running.delete(request.id));
  });
  function stop() {
    closed = true;
    clearInterval(heartbeat);
    for (const c of running.values()) c.abort();
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
  }
  port.onDisconnect.addListener(stop);
  return () => {
    stop();
    port.disconnect();
  };
}

/** Background side: a `LanguageModel` whose every call is answered by the panel at the other end of the port. */
export function portLanguageModel(port: PortLike): LanguageModelLike {
  let next = 1;
  let closed = false;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; delta?(d: string): void }>();
  const failure = ({ name, message }: { name: string; message: string }) => Object.assign(new Error(message), { name });

  port.onMessage.addListener((message) => {
    const reply = message as Reply;
    if (!reply || typeof reply !== 'object' || !('id' in reply)) return; // heartbeats only keep us alive
    const w = waiting.get(reply.id);
    if (!w) return;
    if ('delta' in reply) return w.delta?.(String(reply.delta));
    waiting.delete(reply.id);
    if ('error' in reply) w.reject(failure(reply.error));
    else w.resolve('value' in reply ? reply.value : undefined);
  });
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const w of waiting.values()) w.reject(failure({ name: 'AbortError', message: PORT_CLOSED }));
    waiting.clear();
  });

  const call = <T>(request: Record<string, unknown>, signal?: AbortSignal, delta?: (d: string) => void): Promise<T> => {
    if (closed) return Promise.reject(failure({ name: 'AbortError', message: PORT_CLOSED }));
    if (signal?.aborted) return Promise.reject(failure({ name: 'AbortError', message: 'Cancelled.' }));
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        if (!waiting.delete(id)) return;
        reject(failure({ name: 'AbortError', message: 'Cancelled.' }));
        send({ id, op: 'abort' });
      };
      const settle = () => signal?.removeEventListener('abort', onAbort);
      waiting.set(id, {
        resolve: (v) => (settle(), resolve(v as T)),
        reject: (e) => (settle(), reject(e)),
        delta,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      send({ ...request, id }, id);
    });
  };
  /** Post; a port that went away under us fails the call it carried instead of leaving it hanging. */
  const send = (message: Record<string, unknown>, id?: number) => {
    try {
      port.postMessage(message);
    } catch {
      const w = id === undefined ? undefined : waiting.get(id);
      if (id !== undefined) waiting.delete(id);
      w?.reject(failure({ name: 'AbortError', message: PORT_CLOSED }));
    }
  };
  // Options cross the port as data: a signal stays here and becomes an abort message; downloads happen in Options, not here.
  const portable = (options?: LanguageModelOptions) => {
    if (!options) return undefined;
    const { signal: _signal, monitor: _monitor, ...rest } = options;
    return rest;
  };

  return {
    availability: (options) => call<ModelAvailability>({ op: 'availability', options: portable(options) }),
    async create(options) {
      const id = next;
      const info = await call<SessionInfo>({ op: 'create', options: portable(options) }, options?.signal);
      const session: LanguageModelSessionLike = {
        contextWindow: info.contextWindow,
        measureContextUsage: info.measures ? (input) => call<number>({ op: 'measure', session: id, input }) : undefined,
        async prompt(input, o) {
          let text = '';
          await call({ op: 'stream', session: id, input, responseConstraint: o?.responseConstraint }, o?.signal, (d) => (text += d));
          return text;
        },
        promptStreaming(input, o) {
          let stop: (() => void) | undefined;
          return new ReadableStream<string>({
            start(controller) {
              const abort = new AbortController();
              stop = () => abort.abort();
              if (o?.signal?.aborted) abort.abort();
              o?.signal?.addEventListener('abort', stop, { once: true });
              call({ op: 'stream', session: id, input, responseConstraint: o?.responseConstraint }, abort.signal, (d) => controller.enqueue(d))
                .then(
                  () => controller.close(),
                  (error: Error) => controller.error(o?.signal?.aborted ? failure({ name: 'AbortError', message: 'Cancelled.' }) : error),
                )
                .finally(() => stop && o?.signal?.removeEventListener('abort', stop));
            },
            cancel: () => stop?.(),
          });
        },
        destroy: () => {
          if (!closed) send({ id: 0, op: 'destroy', session: id });
        },
      };
      return session;
    },
  };
}
