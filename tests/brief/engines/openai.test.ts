import { describe, expect, it } from 'vitest';
import { validateBrief } from '../../../utils/brief/schema';
import { AiError } from '../../../utils/brief/engines/errors';
import { createOpenAiEngine, openAiDeltas } from '../../../utils/brief/engines/openai';
import { modelOutputJsonSchema } from '../../../utils/brief/engines/output';
import { buildPrompt } from '../../../utils/brief/engines/prompt';
import { briefFromSources, MODES, sourcesOf } from '../../newsroom/ai';
import { fakeFetch, jsonResponse, openAiStream, referenceInput, sample, sseResponse } from './helpers';

const KEY = 'sk-proj-SECRETsecret0123456789abcdefXYZ9';
const config = { baseUrl: 'https://api.openai.com/v1/', model: 'gpt-4.1-mini', apiKey: KEY };

async function collect(gen: AsyncIterable<string>) {
  let out = '';
  for await (const d of gen) out += d;
  return out;
}

async function failure(promise: Promise<unknown>): Promise<AiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AiError);
    return error as AiError;
  }
  throw new Error('expected a failure');
}

describe('OpenAI-compatible chat completions', () => {
  it('sends the exact request: URL, headers, body', async () => {
    const input = referenceInput();
    const { fetch, calls } = fakeFetch(() => sseResponse(sample('openai-chat-sse.txt')));
    await collect(openAiDeltas(input, { ...config, fetch }));
    const [req] = calls;
    if (!req) throw new Error('no request was sent');
    expect(req.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(req.init.method).toBe('POST');
    expect(req.init.credentials).toBe('omit');
    expect(req.headers).toEqual({ 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${KEY}` });
    const prompt = buildPrompt(input);
    expect(req.body).toEqual({
      model: 'gpt-4.1-mini',
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      stream: true,
      response_format: { type: 'json_schema', json_schema: { name: 'story_brief', strict: true, schema: modelOutputJsonSchema() } },
    });
    // Strict structured outputs need every property required and no extra ones.
    const schema = modelOutputJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['happened', 'behind', 'papers', 'background', 'questions']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('sends no Authorization header without a key (Ollama, LM Studio), and no response_format when switched off', async () => {
    const { fetch, calls } = fakeFetch(() => sseResponse(openAiStream('{}')));
    await collect(openAiDeltas(referenceInput(), { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', responseFormat: 'none', fetch }));
    expect(calls[0]?.url).toBe('http://localhost:11434/v1/chat/completions');
    expect(calls[0]?.headers.authorization).toBeUndefined();
    expect(calls[0]?.body.response_format).toBeUndefined();
  });

  it('streams the content of the real sample', async () => {
    const { fetch } = fakeFetch(() => sseResponse(sample('openai-chat-sse.txt'), 1));
    expect(await collect(openAiDeltas(referenceInput(), { ...config, fetch }))).toBe('Three outlets report the vote; one adds the cost.');
  });

  it('reads a server that ignored stream: true and answered one chat.completion', async () => {
    const { fetch } = fakeFetch(() => jsonResponse(200, { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'whole' }, finish_reason: 'stop' }] }));
    expect(await collect(openAiDeltas(referenceInput(), { ...config, fetch }))).toBe('whole');
  });

  it('composes a validated brief from a streamed answer, painting sections as they complete', async () => {
    const input = referenceInput();
    const answer = JSON.stringify(briefFromSources(sourcesOf(buildPrompt(input).user), MODES.brief));
    const { fetch } = fakeFetch(() => sseResponse(openAiStream(answer, 30), 50));
    const partials: string[][] = [];
    const brief = await createOpenAiEngine({ ...config, fetch }).compose(input, { onPartial: (p) => partials.push(Object.keys(p)) });
    expect(validateBrief(brief).ok).toBe(true);
    expect(brief.engine).toBe('openai');
    expect(brief.fallbackSections).toEqual([]);
    expect(partials.length).toBeGreaterThanOrEqual(3);
    expect(partials[0]).toContain('happened');
    expect(partials.at(-1)).toEqual(expect.arrayContaining(['happened', 'behind', 'papers', 'background']));
  });

  it('maps errors to what to do, and never puts the key in one', async () => {
    const input = referenceInput();
    const masked = `${KEY.slice(0, 8)}${'*'.repeat(20)}${KEY.slice(-4)}`;
    const cases: Array<[Response | (() => never), string, RegExp]> = [
      [jsonResponse(401, { error: { message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }), 'auth', /check the key/],
      [new Response('', { status: 403 }), 'ollama-origin', /OLLAMA_ORIGINS/],
      [jsonResponse(429, { error: { message: 'Rate limit reached for gpt-4.1-mini. Please try again in 20s.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after': '20' }), 'rate-limited', /rate-limiting.*try again after/],
      [jsonResponse(404, { error: { message: 'The model `nope` does not exist or you do not have access to it.', type: 'invalid_request_error', param: null, code: 'model_not_found' } }), 'not-found', /check the base URL and the model name/],
      [() => { throw new TypeError('Failed to fetch'); }, 'network', /Could not reach .*api\.openai\.com.*ollama serve/],
    ];
    for (const [answer, kind, message] of cases) {
      const { fetch } = fakeFetch(() => (typeof answer === 'function' ? answer() : answer.clone()));
      const e = await failure(createOpenAiEngine({ ...config, baseUrl: 'https://api.openai.com/v1?key=' + KEY, fetch }).compose(input, {}));
      expect(e.kind).toBe(kind);
      expect(e.message).toMatch(message);
      expect(e.message).not.toContain(KEY);
      expect(e.message).not.toContain(KEY.slice(-4) + '.');
      expect(e.stack ?? '').not.toContain(KEY);
    }
  });

  it('reports an error sent inside the stream', async () => {
    const stream = 'data: {"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"{"}}]}\n\ndata: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}\n\n';
    const { fetch } = fakeFetch(() => sseResponse(stream));
    const e = await failure(createOpenAiEngine({ ...config, fetch }).compose(referenceInput(), {}));
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(/try again/);
  });

  it('gives up with a clear message when nothing arrives in time, and stops when cancelled', async () => {
    const hang = fakeFetch((req) => new Promise<Response>((_, reject) => req.init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const slow = await failure(createOpenAiEngine({ ...config, fetch: hang.fetch, firstByteTimeoutMs: 50 }).compose(referenceInput(), {}));
    expect(slow.kind).toBe('timeout');
    expect(slow.message).toMatch(/sent nothing within 0.05 s/);
    const controller = new AbortController();
    const pending = createOpenAiEngine({ ...config, fetch: hang.fetch }).compose(referenceInput(), { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).toBe('aborted');
  });
});
