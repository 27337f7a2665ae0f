/**
 * Chrome's built-in model for the background's story jobs. Where the worker has `LanguageModel`
 * of its own it is used; otherwise an open side panel lends its own over a port (see
 * utils/brief/engines/model-port.ts). Panels connect when asked (the `lendModel` notice), so an idle panel
 * never keeps the worker awake; the newest one that answers is used. The list below is the one
 * module-level state here, on purpose: it holds live ports, which die with the worker anyway.
 */
import { browser, type Browser } from 'wxt/browser';
import { builtInLanguageModel, type LanguageModelLike } from '@/utils/brief/engines/chrome-ai';
import { MODEL_PORT, portLanguageModel } from '@/utils/brief/engines/model-port';
import { notifyPanels } from '@/utils/messaging';

const hosts: LanguageModelLike[] = [];
const arrivals = new Set<() => void>();

export function setupLanguageModelHosts(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    // Only our own side panel page may lend a model (not a content script, not another page).
    const from = port.sender?.url ? new URL(port.sender.url) : null;
    if (port.name !== MODEL_PORT || port.sender?.id !== browser.runtime.id || from?.origin !== new URL(browser.runtime.getURL('/')).origin) return;
    const model = portLanguageModel(port);
    hosts.push(model);
    port.onDisconnect.addListener(() => hosts.splice(hosts.indexOf(model), 1));
    for (const arrived of arrivals) arrived();
  });
}

/** The worker's own model, else one lent by an open panel (asked now, given `waitMs` to answer). */
export async function jobLanguageModel(waitMs = 3000): Promise<LanguageModelLike | undefined> {
  const own = builtInLanguageModel();
  if (own) return own;
  if (hosts.length) return hosts.at(-1);
  return new Promise((resolve) => {
    const done = () => {
      arrivals.delete(done);
      clearTimeout(timer);
      resolve(hosts.at(-1));
    };
    const timer = setTimeout(done, waitMs);
    arrivals.add(done);
    // No panel is open, or none has connected yet: a panel that hears this connects.
    void notifyPanels('lendModel', {});
  });
}
