import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { followTabView, type TabView } from '@/utils/tab-state';
import { usePanel } from './store';

/** Follow the active tab of the panel's window, and what the background says about it. */
export function useActiveTabView(): { tabId: number | null; view: TabView | null; loaded: boolean } {
  const tabId = usePanel((s) => s.tabId);
  const setTabId = usePanel((s) => s.setTabId);
  const [view, setView] = useState<TabView | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
      return browser.tabs.query({ active: true, windowId: w.id });
    }).then(([tab]) => setTabId(tab?.id ?? null));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [setTabId]);

  useEffect(() => {
    if (tabId === null) return;
    setLoaded(false);
    return followTabView(tabId, (v) => {
      setView(v);
      setLoaded(true);
    });
  }, [tabId]);

  return { tabId, view, loaded };
}
