import { describe, expect, it } from 'vitest';
import { parseSse, type SseEvent } from '../../../utils/brief/engines/sse';
import { chunkedStream, sample } from './helpers';

async function all(text: string, size: number): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const e of parseSse(chunkedStream(text, size))) out.push(e);
  return out;
}

describe('SSE parsing', () => {
  it('reads an OpenAI chat-completions stream (real wire shape), whatever the chunk boundaries', async () => {
    const text = sample('openai-chat-sse.txt');
    for (const size of [1, 3, 64, 100_000]) {
      const events = await all(text, size);
      expect(events.map((e) => e.event)).toEqual(['message', 'message', 'message', 'message']);
      expect(events.at(-1)!.data).toBe('[DONE]');
      const content = events.slice(0, -1).map((e) => JSON.parse(e.data).choices[0].delta.content ?? '').join('');
      expect(content).toBe('Three outlets report the vote; one adds the cost.');
    }
  });

  it('reads an Anthropic Messages stream (documented wire shape) with its named events', async () => {
    for (const size of [1, 5, 100_000]) {
      const events = await all(sample('anthropic-messages-sse.txt'), size);
      expect(events.map((e) => e.event)).toEqual([
        'message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop',
      ]);
      const text = events.filter((e) => e.event === 'content_block_delta').map((e) => JSON.parse(e.data).delta.text).join('');
      expect(text).toBe('The board voted 7–2.');
    }
  });

  it('handles CRLF and CR line ends split across chunks, comments, and multi-line data', async () => {
    const text = ': OPENROUTER PROCESSING\r\n\r\nevent: a\r\ndata: one\r\ndata: two\r\n\r\ndata: three\r\rdata: four';
    for (const size of [1, 2, 4, 1000]) {
      expect(await all(text, size)).toEqual([
        { event: 'a', data: 'one\ntwo' },
        { event: 'message', data: 'three' },
        { event: 'message', data: 'four' },
      ]);
    }
  });

  it('decodes UTF-8 split inside a character', async () => {
    const events = await all('data: {"t":"Séoul — 서울"}\n\n', 1);
    expect(JSON.parse(events[0]?.data ?? '').t).toBe('Séoul — 서울');
  });
});
