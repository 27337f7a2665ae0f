/**
 * What the panel should show for each tab, in session storage: it survives the worker being
 * stopped and is gone when the browser closes (tab ids mean nothing after that).
 */
import { storage } from 'wxt/utils/storage';
import type { StoryRecord } from './db/db';

export type TabView =
  | { kind: 'working'; url: string; stage: 'extracting'; at: string }
  | { kind: 'story'; url: string; storyId: string; at: string }
  | { kind: 'not-article'; url: string; reason: string; title?: string; at: string }
  | { kind: 'cant-read'; url: string; reason: string; at: string }
  | { kind: 'error'; url: string; message: string; at: string }
  | { kind: 'needs-access'; url: string; linkUrl: string; host: string; at: string }
  /** A story kept out of the cache (private window, or a cache that can't be opened): carried here, in memory only. */
  | { kind: 'private-story'; url: string; story: StoryRecord; note: string; at: string };

type Distribute<T> = T extends unknown ? Omit<T, 'at'> : never;

const key = (tabId: number) => `session:tab:${tabId}` as const;

export async function setTabView(tabId: number, view: Distribute<TabView>): Promise<void> {
  await storage.setItem<TabView>(key(tabId), { ...view, at: new Date().toISOString() } as TabView);
}

export function getTabView(tabId: number): Promise<TabView | null> {
  return storage.getItem<TabView>(key(tabId));
}

export function watchTabView(tabId: number, cb: (v: TabView | null) => void): () => void {
  return storage.watch<TabView>(key(tabId), (v) => cb(v));
}

/**
 * What to show for a tab, now and whenever it changes. The first read and the change events race:
 * a read issued before the background's write can resolve after that write's event, and showing
 * it would put the panel back on a stage that has passed ("Reading the article…" over a finished
 * story). So once any change was heard, the first read's answer is dropped: it can only be older.
 */
export function followTabView(
  tabId: number,
  onView: (view: TabView | null) => void,
  io: { get: typeof getTabView; watch: typeof watchTabView } = { get: getTabView, watch: watchTabView },
): () => void {
  let live = true;
  let heard = false;
  const stop = io.watch(tabId, (v) => {
    heard = true;
    if (live) onView(v);
  });
  void io.get(tabId).then((v) => live && !heard && onView(v));
  return () => {
    live = false;
    stop();
  };
}

export function clearTabView(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}
