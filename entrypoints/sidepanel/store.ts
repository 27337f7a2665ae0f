/** UI state of the panel: which tab it follows. Story data comes from the cache, not from here. */
import { create } from 'zustand';

interface PanelState {
  tabId: number | null;
  setTabId: (id: number | null) => void;
}

export const usePanel = create<PanelState>((set) => ({
  tabId: null,
  setTabId: (tabId) => set({ tabId }),
}));
