/**
 * The one typed protocol between the panel (and options) and the background. Every message
 * names its command; payloads are checked by schema and only this extension may send them.
 */
import { browser } from 'wxt/browser';
import { z } from './zod';

const Messages = {
  explainTab: z.object({ tabId: z.number().int(), force: z.boolean().optional() }),
  refreshStory: z.object({ storyId: z.string().min(1) }),
  deleteStory: z.object({ storyId: z.string().min(1) }),
  clearHistory: z.object({}),
  clearCache: z.object({}),
  explainLink: z.object({ tabId: z.number().int(), url: z.string().url() }),
  explainSelection: z.object({ tabId: z.number().int(), text: z.string().min(1).max(50_000) }),
  /** A related story or topic, opened as its own story page inside the panel. */
  openStory: z.object({ url: z.string().url(), title: z.string().min(1).max(500), text: z.string().max(5000), published: z.string().optional(), siteName: z.string().optional() }),
  /** Options' "Test connection": a tiny page written by the configured AI engine. */
  testAi: z.object({}),
  /** A source's own short summary, for its expanded row. */
  summarizeSource: z.object({ storyId: z.string().min(1), url: z.string().url() }),
  correctStory: z.object({
    storyId: z.string().min(1),
    kind: z.enum(['not-same', 'mute']),
    url: z.string().url(),
    domain: z.string().min(1),
  }),
};

type Protocol = {
  [K in keyof typeof Messages]: { data: z.infer<(typeof Messages)[K]>; result: { ok: boolean; error?: string; storyId?: string } };
};

export type Command = keyof Protocol;

export async function send<K extends Command>(name: K, data: Protocol[K]['data']): Promise<Protocol[K]['result']> {
  return browser.runtime.sendMessage({ name, data });
}

export type Handlers = { [K in Command]: (data: Protocol[K]['data']) => Promise<Protocol[K]['result']> };

export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !message || typeof message !== 'object') return false;
    const { name, data } = message as { name?: string; data?: unknown };
    if (!name || !(name in Messages)) return false;
    const parsed = Messages[name as Command].safeParse(data);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'invalid message' });
      return false;
    }
    (handlers[name as Command] as (d: unknown) => Promise<unknown>)(parsed.data).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true;
  });
}
