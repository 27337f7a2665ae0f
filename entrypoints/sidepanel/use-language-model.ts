/**
 * While the reader has chosen Chrome's built-in model, the panel lends it to the background when
 * asked (utils/brief/engines/model-port.ts): at once when the panel opens (a story job is likely
 * starting), and whenever the background asks again, e.g. after Chrome restarted the worker.
 * Between jobs the port closes with the worker; the panel does not keep it awake.
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { LanguageModelLike } from '@/utils/brief/engines/chrome-ai';
import { MODEL_PORT, serveLanguageModel } from '@/utils/brief/engines/model-port';
import { listenForNotice } from '@/utils/messaging';

export function useLanguageModelHost(enabled: boolean): void {
  useEffect(() => {
    const model = (globalThis as { LanguageModel?: LanguageModelLike }).LanguageModel;
    if (!enabled || !model) return;
    let stop: (() => void) | null = null;
    const lend = () => {
      stop?.();
      const port = browser.runtime.connect({ name: MODEL_PORT });
      const current = serveLanguageModel(port, model);
      stop = current;
      port.onDisconnect.addListener(() => {
        if (stop === current) stop = null;
      });
    };
    const stopListening = listenForNotice('lendModel', () => !stop && lend());
    lend();
    return () => {
      stopListening();
      stop?.();
    };
  }, [enabled]);
}
