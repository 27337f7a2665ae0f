/**
 * UI state of the panel: which tab it follows and where the reader has browsed inside it
 * (history, a story opened from a list) with back and forward. Story data comes from the cache.
 */
import { create } from 'zustand';

export type Route = { kind: 'tab' } | { kind: 'story'; storyId: string } | { kind: 'history' };

interface PanelState {
  tabId: number | null;
  stack: Route[];
  index: number;
  setTabId: (id: number | null) => void;
  go: (route: Route) => void;
  back: () => void;
  forward: () => void;
}

const HOME: Route = { kind: 'tab' };

export const usePanel = create<PanelState>((set) => ({
  tabId: null,
  stack: [HOME],
  index: 0,
  // Switching tabs brings the panel back to that tab's own page.
  setTabId: (tabId) => set({ tabId, stack: [HOME], index: 0 }),
  go: (route) => set((s) => ({ stack: [...s.stack.slice(0, s.index + 1), route], index: s.index + 1 })),
  back: () => set((s) => ({ index: Math.max(0, s.index - 1) })),
  forward: () => set((s) => ({ index: Math.min(s.stack.length - 1, s.index + 1) })),
}));

export const useRoute = () => usePanel((s) => s.stack[s.index] ?? HOME);
