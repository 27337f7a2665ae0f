/**
 * The one typed protocol between the panel (and options) and the background. Every message
 * names its command; payloads are checked by schema and only this extension may send them.
 */
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from './core/types';
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
  /** A panel shows a story whose job has not finished: run it again unless it is running (the message also wakes a stopped worker). */
  resumeStory: z.object({ storyId: z.string().min(1) }),
  /** A panel shows a tab still being read: read it again unless this worker is (a worker stopped mid-read lost the page's answer). */
  resumeReading: z.object({ tabId: z.number().int() }),
  /** A source's own short summary, for its expanded row. */
  summarizeSource: z.object({ storyId: z.string().min(1), url: z.string().url() }),
  /** Follow a story: new coverage is looked for at each feed poll (utils/story/follow.ts). */
  followStory: z.object({ storyId: z.string().min(1) }),
  unfollowStory: z.object({ storyId: z.string().min(1) }),
  /** The reader opened a followed story: its news is read, the badge counts it no more. */
  followSeen: z.object({ storyId: z.string().min(1) }),
  correctStory: z.object({
    storyId: z.string().min(1),
    kind: z.enum(['not-same', 'mute']),
    url: z.string().url(),
    domain: z.string().min(1),
  }),
};

/** A command that failed says why, in words the panel can show. */
export type Failed = { ok: false; error: string };
type Done = { ok: true } | Failed;

/** What each command answers. */
interface Results {
  explainTab: Done;
  refreshStory: Done;
  resumeStory: Done;
  resumeReading: Done;
  deleteStory: Done;
  clearHistory: Done;
  clearCache: Done;
  explainLink: Done;
  explainSelection: Done;
  /** The story's id as soon as its row exists: the panel paints it while the job goes on. */
  openStory: { ok: true; storyId: string } | Failed;
  testAi: Done;
  summarizeSource: Done;
  correctStory: Done;
  followStory: Done;
  unfollowStory: Done;
  followSeen: Done;
}

type Protocol = {
  [K in keyof typeof Messages]: { data: z.infer<(typeof Messages)[K]>; result: Results[K] };
};

export type Command = keyof Protocol;

export async function send<K extends Command>(name: K, data: Protocol[K]['data']): Promise<Protocol[K]['result']> {
  return browser.runtime.sendMessage({ name, data });
}

export type Handlers = { [K in Command]: (data: Protocol[K]['data']) => Promise<Protocol[K]['result']> };

/** Only this extension's own pages may send commands, and only in their declared shape. */
const ours = (sender: { id?: string }, message: unknown): message is { name?: string; data?: unknown } =>
  sender.id === browser.runtime.id && Boolean(message) && typeof message === 'object';

export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!ours(sender, message)) return false;
    const { name, data } = message;
    if (!name || !(name in Messages)) return false;
    const parsed = Messages[name as Command].safeParse(data);
    if (!parsed.success) {
      sendResponse({ ok: false, error: 'invalid message' } satisfies Failed);
      return false;
    }
    (handlers[name as Command] as (d: unknown) => Promise<unknown>)(parsed.data).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies Failed),
    );
    return true;
  });
}

/**
 * The other direction: what the background tells every open panel. No answer is expected (a
 * panel that is not open simply does not hear it).
 */
const Notices = {
  /** Chrome's built-in model is wanted for a story job: a panel that has one connects and lends it (model-port.ts). */
  lendModel: z.object({}),
};
export type Notice = keyof typeof Notices;

export function notifyPanels<K extends Notice>(name: K, data: z.infer<(typeof Notices)[K]>): Promise<void> {
  return browser.runtime.sendMessage({ notice: name, data }).then(
    () => undefined,
    () => undefined, // no panel is listening
  );
}

export function listenForNotice<K extends Notice>(name: K, handler: (data: z.infer<(typeof Notices)[K]>) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (!ours(sender, message) || (message as { notice?: string }).notice !== name) return false;
    const parsed = Notices[name].safeParse(message.data);
    if (parsed.success) handler(parsed.data);
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * The worker's requests to Chrome's offscreen document, where there is a DOM (story/linked/parse.ts):
 * checked by schema on arrival like every command, answered with the result type below.
 */
const OffscreenRequests = {
  parseLinkedPage: z.object({ html: z.string(), url: z.string().url() }),
};
interface OffscreenResults {
  parseLinkedPage: { ok: true; article: ExtractedArticle } | Failed;
}
export type OffscreenRequest = keyof typeof OffscreenRequests;

/** Undefined when no offscreen document answered (it is not open). */
export async function askOffscreen<K extends OffscreenRequest>(name: K, data: z.infer<(typeof OffscreenRequests)[K]>): Promise<OffscreenResults[K] | undefined> {
  return browser.runtime.sendMessage({ offscreen: name, data });
}

export function serveOffscreen(handlers: { [K in OffscreenRequest]: (data: z.infer<(typeof OffscreenRequests)[K]>) => OffscreenResults[K] }): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!ours(sender, message)) return false;
    const name = (message as { offscreen?: string }).offscreen;
    if (!name || !(name in OffscreenRequests)) return false;
    const parsed = OffscreenRequests[name as OffscreenRequest].safeParse(message.data);
    sendResponse(parsed.success ? handlers[name as OffscreenRequest](parsed.data) : ({ ok: false, error: 'invalid message' } satisfies Failed));
    return false;
  });
}
