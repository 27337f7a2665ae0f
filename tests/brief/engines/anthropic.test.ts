import { describe, expect, it } from 'vitest';
import { validateBrief } from '../../../utils/brief/schema';
import { anthropicDeltas, createAnthropicEngine, messagesUrl } from '../../../utils/brief/engines/anthropic';
import { AiError } from '../../../utils/brief/engines/errors';
import { buildPrompt } from '../../../utils/brief/engines/prompt';
import { briefFromSources, MODES, sourcesOf } from '../../newsroom/ai';
import { fakeFetch, jsonResponse, referenceInput, sample, sseResponse } from './helpers';

const KEY = 'sk-ant-api03-SECRETsecret0123456789abcdef-XYZ9AA';
const config = { baseUrl: 'https://api.anthropic.com', model: 'claude-sonnet-4-5', apiKey: KEY };

function anthropicStream(text: string, size = 40): string {
  const ev = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  let out = ev('message_start', { type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', content: [], model: 'm', stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } } });
  out += ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  for (let i = 0; i < text.length; i += size) out += ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: text.slice(i, i + size) } });
  out += ev('content_block_stop', { type: 'content_block_stop', index: 0 });
  out += ev('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 5 } });
  return out + ev('message_stop', { type: 'message_stop' });
}

async function collect(gen: AsyncIterable<string>) {
  let out = '';
  for await (const d of gen) out += d;
  return out;
}

describe('Anthropic Messages', () => {
  it('sends the exact request, with the direct-browser-access header', async () => {
    const input = referenceInput();
    const { fetch, calls } = fakeFetch(() => sseResponse(sample('anthropic-messages-sse.txt')));
    expect(await collect(anthropicDeltas(input, { ...config, fetch }))).toBe('The board voted 7–2.');
    const [req] = calls;
    if (!req) throw new Error('no request was sent');
    expect(req.url).toBe('https://api.anthropic.com/v1/messages');
    expect(req.init.method).toBe('POST');
    expect(req.headers).toEqual({
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'x-api-key': KEY,
      'anthropic-version': '2023-06-01',
      'anthropic-dangerous-direct-browser-access': 'true',
    });
    const prompt = buildPrompt(input);
    expect(req.body).toEqual({ model: 'claude-sonnet-4-5', max_tokens: 8192, system: prompt.system, messages: [{ role: 'user', content: prompt.user }], stream: true });
    expect(messagesUrl('https://api.anthropic.com/v1/')).toBe('https://api.anthropic.com/v1/messages');
  });

  it('streams the real sample byte by byte', async () => {
    const { fetch } = fakeFetch(() => sseResponse(sample('anthropic-messages-sse.txt'), 1));
    expect(await collect(anthropicDeltas(referenceInput(), { ...config, fetch }))).toBe('The board voted 7–2.');
  });

  it('composes a validated brief', async () => {
    const input = referenceInput();
    const answer = JSON.stringify(briefFromSources(sourcesOf(buildPrompt(input).user), MODES.brief));
    const { fetch } = fakeFetch(() => sseResponse(anthropicStream(answer), 64));
    const brief = await createAnthropicEngine({ ...config, fetch }).compose(input, {});
    expect(validateBrief(brief).ok).toBe(true);
    expect(brief.engine).toBe('anthropic');
    expect(brief.fallbackSections).toEqual([]);
  });

  it('maps its documented error bodies, without the key', async () => {
    const cases: Array<[Response, string, RegExp]> = [
      [jsonResponse(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' }, request_id: 'req_1' }), 'auth', /check the key/],
      [jsonResponse(401, sample('anthropic-cors-error-401.json')), 'auth', /direct-access header/],
      [jsonResponse(429, { type: 'error', error: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' } }, { 'retry-after': '30' }), 'rate-limited', /try again after/],
      [jsonResponse(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }), 'overloaded', /overloaded/],
      [jsonResponse(403, { type: 'error', error: { type: 'permission_error', message: `Your API key ${KEY} does not have permission to use the specified resource.` } }), 'forbidden', /permissions/],
    ];
    for (const [answer, kind, message] of cases) {
      const { fetch } = fakeFetch(() => answer.clone());
      let error: unknown;
      await createAnthropicEngine({ ...config, fetch }).compose(referenceInput(), {}).catch((e: unknown) => (error = e));
      expect(error).toBeInstanceOf(AiError);
      expect((error as AiError).kind).toBe(kind);
      expect((error as AiError).message).toMatch(message);
      expect((error as AiError).message).not.toContain(KEY);
    }
  });

  it('reports `event: error` inside the stream', async () => {
    const stream = 'event: message_start\ndata: {"type":"message_start","message":{}}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n';
    const { fetch } = fakeFetch(() => sseResponse(stream));
    const error = await createAnthropicEngine({ ...config, fetch }).compose(referenceInput(), {}).catch((e: unknown) => e);
    expect((error as AiError).kind).toBe('overloaded');
  });
});
