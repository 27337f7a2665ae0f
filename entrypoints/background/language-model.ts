/**
 * The side panels that lend Chrome's built-in model to the background (see
 * utils/brief/engines/model-port.ts for why the model runs there). The newest open panel is used.
 */
import { browser, type Browser } from 'wxt/browser';
import type { LanguageModelLike } from '@/utils/brief/engines/chrome-ai';
import { MODEL_PORT, portLanguageModel } from '@/utils/brief/engines/model-port';

const hosts: LanguageModelLike[] = [];
const arrivals = new Set<() => void>();

export function setupLanguageModelHosts(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== MODEL_PORT || port.sender?.id !== browser.runtime.id) return;
    const model = portLanguageModel(port);
    hosts.push(model);
    port.onDisconnect.addListener(() => hosts.splice(hosts.indexOf(model), 1));
    for (const arrived of arrivals) arrived();
  });
}

/** The model of the newest open panel; waits a moment for a panel that is still loading. */
export function panelLanguageModel(waitMs = 3000): Promise<LanguageModelLike | undefined> {
  if (hosts.length) return Promise.resolve(hosts.at(-1));
  return new Promise((resolve) => {
    const done = () => {
      arrivals.delete(done);
      clearTimeout(timer);
      resolve(hosts.at(-1));
    };
    const timer = setTimeout(done, waitMs);
    arrivals.add(done);
  });
}
