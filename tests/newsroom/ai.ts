/**
 * AI endpoints on 127.0.0.1 that speak the exact wire protocols Parallax's engines call:
 *
 * - OpenAI chat completions: POST /ai/openai/v1/chat/completions — `Authorization: Bearer KEY`;
 *   with `stream: true` an SSE stream of `chat.completion.chunk` objects (one id per stream; a
 *   role chunk, content chunks, a chunk with `finish_reason: "stop"`, a usage chunk when
 *   `stream_options.include_usage`, then `data: [DONE]`), otherwise one `chat.completion`.
 *   Errors: `{"error":{"message","type","param","code"}}` — 401 `invalid_api_key` (the message
 *   quotes the key masked, as OpenAI's does), 429 `rate_limit_exceeded` with `retry-after`.
 * - Anthropic Messages: POST /ai/anthropic/v1/messages — `x-api-key`, `anthropic-version`; a
 *   browser-origin request without `anthropic-dangerous-direct-browser-access: true` gets the
 *   real 401 CORS body. SSE with named events (message_start, content_block_start, ping,
 *   content_block_delta*, content_block_stop, message_delta, message_stop). Errors:
 *   `{"type":"error","error":{"type","message"},"request_id"}`.
 *
 * The answer is a brief built deterministically from the <source id="…"> blocks of the request,
 * citing only their ids. The model name switches behaviour (a user setting, so the engine sends
 * it unchanged): see MODES.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const NEWSROOM_AI_KEY = 'sk-newsroom-0123456789abcdefghijklmnopqrstuv';

export const MODES = {
  brief: 'newsroom-brief',
  malformed: 'newsroom-malformed',
  unknownCites: 'newsroom-unknown-cites',
  badSections: 'newsroom-bad-sections',
  markup: 'newsroom-markup',
  prose: 'newsroom-prose',
  rateLimited: 'newsroom-429',
  ollamaForbidden: 'newsroom-403',
  streamError: 'newsroom-stream-error',
} as const;

export interface AiRequestLog {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}
/** Every AI request the newsroom received, in order (tests read and clear it). */
export const aiRequests: AiRequestLog[] = [];

interface RequestSource {
  id: string;
  outlet: string;
  published?: string;
  reader: boolean;
  title: string;
  text: string;
}

export function sourcesOf(prompt: string): RequestSource[] {
  const out: RequestSource[] = [];
  for (const m of prompt.matchAll(/<source ([^>]*)>\n([\s\S]*?)\n<\/source>/g)) {
    const [, attrText = '', body = ''] = m;
    const attrs = Object.fromEntries([...attrText.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const [titleLine = '', ...rest] = body.split('\n');
    out.push({ id: attrs.id, outlet: attrs.outlet, published: attrs.published, reader: attrs.reader === 'true', title: titleLine.replace(/^Title: /, ''), text: rest.join('\n') });
  }
  return out;
}

const sentencesOf = (text: string) =>
  text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20 && !s.endsWith('…'));

/** A brief in the model-output shape, from the request's sources only. */
export function briefFromSources(sources: RequestSource[], mode: string): Record<string, unknown> {
  const reader = sources.find((s) => s.reader) ?? sources[0];
  if (!reader) throw new Error('the request has no sources');
  const others = sources.filter((s) => s !== reader);
  const rs = sentencesOf(reader.text);
  const s = (text: string, ...cites: string[]) => ({ text, cites });
  const at = (i: number) => rs[i] ?? rs[0] ?? reader.title;
  const happened = [s(at(0), reader.id), s(at(1), reader.id), ...others.slice(0, 1).map((o) => s(sentencesOf(o.text)[0] ?? o.title, o.id))];
  if (mode === MODES.unknownCites) happened[0] = s(at(0), 'c-not-a-source');
  const brief = {
    happened,
    behind: [
      { heading: 'Why it matters', paragraph: [s(at(2), reader.id)] },
      { heading: 'What the others add', paragraph: others.slice(0, 2).map((o) => s(sentencesOf(o.text)[0] ?? o.title, o.id)) },
    ],
    papers: {
      overview: [s(`${sources.length} outlets cover the story: ${sources.map((x) => x.outlet).join(', ')}.`, ...sources.map((x) => x.id))],
      outlets: sources.map((o) => ({ sourceId: o.id, angle: [s(`${o.outlet} leads with "${o.title}".`, o.id)] })),
    },
    background: {
      paragraph: [s(at(3), reader.id)],
      timeline: sources
        .filter((x) => x.published)
        .sort((a, b) => a.published!.localeCompare(b.published!))
        .map((x) => ({ date: x.published!.slice(0, 10), text: x.title, cites: [x.id] })),
    },
    questions: [
      { question: 'What happened?', answer: [happened[mode === MODES.unknownCites ? 1 : 0]] },
      { question: 'Who reported it?', answer: [s(`The story was reported by ${sources.map((x) => x.outlet).join(', ')}.`, ...sources.map((x) => x.id))] },
    ],
  };
  if (mode === MODES.badSections) {
    const [behind] = brief.behind;
    const [question] = brief.questions;
    if (behind) behind.paragraph = [s(at(2))]; // no citation
    if (question) question.answer = []; // a question without an answer
  }
  if (mode === MODES.markup) {
    happened[0] = s(`<img src="https://evil.example/x.png" onerror="alert(1)">${at(0)} [Read more](https://evil.example/phish) ![t](https://evil.example/t.gif)`, reader.id);
  }
  return brief;
}

function answerText(sources: RequestSource[], mode: string): string {
  const json = JSON.stringify(briefFromSources(sources, mode));
  if (mode === MODES.malformed) return json.slice(0, Math.floor(json.length * 0.4)); // cut off mid-object
  if (mode === MODES.prose) return `Here is the brief:\n\`\`\`json\n${json}\n\`\`\`\nLet me know if you need more.`;
  return json;
}

const chunksOf = (text: string, size = 48) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
const tick = () => new Promise((r) => setTimeout(r, 1));

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function startSse(res: ServerResponse, extra: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', ...extra });
}

const openAiError = (message: string, type: string, code: string | null, param: string | null = null) => ({ error: { message, type, param, code } });
const anthropicError = (type: string, message: string) => ({ type: 'error', error: { type, message }, request_id: 'req_011CNewsroom000000000000' });

function masked(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}` : key;
}

function promptOfOpenAi(body: { messages?: Array<{ role: string; content: unknown }> }): string {
  return (body.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
}

async function openAi(req: IncomingMessage, res: ServerResponse, path: string, body: Record<string, unknown>) {
  if (path !== '/ai/openai/v1/chat/completions') return json(res, 404, openAiError(`Invalid URL (POST ${path.replace('/ai/openai', '')})`, 'invalid_request_error', null));
  const auth = req.headers.authorization;
  if (!auth) return json(res, 401, openAiError("You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null));
  const key = auth.replace(/^Bearer\s+/i, '');
  if (key !== NEWSROOM_AI_KEY) {
    return json(res, 401, openAiError(`Incorrect API key provided: ${masked(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key'));
  }
  if (typeof body.model !== 'string') return json(res, 400, openAiError('you must provide a model parameter', 'invalid_request_error', null));
  if (!Array.isArray(body.messages)) return json(res, 400, openAiError("Missing required parameter: 'messages'.", 'invalid_request_error', 'missing_required_parameter', 'messages'));
  const model = body.model;
  if (model === MODES.rateLimited) {
    return json(res, 429, openAiError(`Rate limit reached for ${model} in organization org-newsroom on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.`, 'requests', 'rate_limit_exceeded'), { 'retry-after': '20' });
  }
  if (model === MODES.ollamaForbidden) {
    res.writeHead(403, { 'content-length': '0' }); // Ollama's answer to an origin it does not allow: empty
    return res.end();
  }
  const text = answerText(sourcesOf(promptOfOpenAi(body as never)), model);
  const id = 'chatcmpl-Newsroom' + String(text.length).padStart(6, '0');
  const created = 1763640000;
  const base = { id, object: 'chat.completion.chunk', created, model, system_fingerprint: null };
  if (body.stream !== true) {
    return json(res, 200, {
      id, object: 'chat.completion', created, model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1000, completion_tokens: Math.ceil(text.length / 4), total_tokens: 1000 + Math.ceil(text.length / 4) },
    });
  }
  startSse(res);
  const send = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }] });
  const chunks = chunksOf(text);
  for (const [i, c] of chunks.entries()) {
    if (model === MODES.streamError && i === 2) {
      send({ error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } });
      return res.end();
    }
    send({ ...base, service_tier: 'default', choices: [{ index: 0, delta: { content: c }, logprobs: null, finish_reason: null }], obfuscation: 'x'.repeat(i % 5) });
    await tick();
  }
  send({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] });
  const opts = body.stream_options as { include_usage?: boolean } | undefined;
  if (opts?.include_usage) send({ ...base, choices: [], usage: { prompt_tokens: 1000, completion_tokens: chunks.length, total_tokens: 1000 + chunks.length } });
  res.write('data: [DONE]\n\n');
  res.end();
}

async function anthropic(req: IncomingMessage, res: ServerResponse, path: string, body: Record<string, unknown>) {
  if (path !== '/ai/anthropic/v1/messages') return json(res, 404, anthropicError('not_found_error', 'Not Found'));
  if (req.headers.origin && req.headers['anthropic-dangerous-direct-browser-access'] !== 'true') {
    return json(res, 401, anthropicError('authentication_error', "CORS requests must set 'anthropic-dangerous-direct-browser-access' header"));
  }
  const key = req.headers['x-api-key'];
  if (!key || key !== NEWSROOM_AI_KEY) return json(res, 401, anthropicError('authentication_error', 'invalid x-api-key'));
  if (!req.headers['anthropic-version']) return json(res, 400, anthropicError('invalid_request_error', 'anthropic-version: header is required'));
  if (typeof body.model !== 'string') return json(res, 400, anthropicError('invalid_request_error', 'model: Field required'));
  if (typeof body.max_tokens !== 'number') return json(res, 400, anthropicError('invalid_request_error', 'max_tokens: Field required'));
  if (!Array.isArray(body.messages)) return json(res, 400, anthropicError('invalid_request_error', 'messages: Field required'));
  const model = body.model;
  if (model === MODES.rateLimited) {
    return json(res, 429, anthropicError('rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later.'), { 'retry-after': '20' });
  }
  const prompt = (body.messages as Array<{ content: unknown }>).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  const text = answerText(sourcesOf(prompt), model);
  const id = 'msg_01Newsroom' + String(text.length).padStart(6, '0');
  const usage = { input_tokens: 1000, output_tokens: 1 };
  if (body.stream !== true) {
    return json(res, 200, { id, type: 'message', role: 'assistant', model, content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1000, output_tokens: Math.ceil(text.length / 4) } });
  }
  startSse(res, { 'request-id': 'req_011CNewsroom000000000000' });
  const send = (event: string, o: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(o)}\n\n`);
  send('message_start', { type: 'message_start', message: { id, type: 'message', role: 'assistant', content: [], model, stop_reason: null, stop_sequence: null, usage } });
  send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  send('ping', { type: 'ping' });
  const chunks = chunksOf(text);
  for (const [i, c] of chunks.entries()) {
    if (model === MODES.streamError && i === 2) {
      send('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      return res.end();
    }
    send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: c } });
    await tick();
  }
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: chunks.length } });
  send('message_stop', { type: 'message_stop' });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const p of req) parts.push(p as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** Route a request under /ai/openai/ or /ai/anthropic/ (the newsroom server calls this). */
export function handleAi(req: IncomingMessage, res: ServerResponse, path: string): void {
  const anthropicPath = path.startsWith('/ai/anthropic/');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, accept, x-api-key, anthropic-version, anthropic-dangerous-direct-browser-access',
    });
    return void res.end();
  }
  void (async () => {
    const raw = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      aiRequests.push({ path, method: req.method ?? '', headers: req.headers, body: raw });
      return anthropicPath
        ? json(res, 400, anthropicError('invalid_request_error', 'There was an issue with the format or content of your request.'))
        : json(res, 400, openAiError('We could not parse the JSON body of your request.', 'invalid_request_error', null));
    }
    aiRequests.push({ path, method: req.method ?? '', headers: req.headers, body });
    if (req.method !== 'POST') return json(res, 405, anthropicPath ? anthropicError('invalid_request_error', 'Method not allowed') : openAiError('Method not allowed', 'invalid_request_error', null));
    await (anthropicPath ? anthropic(req, res, path, body) : openAi(req, res, path, body));
  })().catch((error: unknown) => {
    if (!res.headersSent) json(res, 500, { error: { message: String(error), type: 'server_error', param: null, code: null } });
    else res.end();
  });
}
