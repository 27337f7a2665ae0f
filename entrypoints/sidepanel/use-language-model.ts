/**
 * While the reader has chosen Chrome's built-in model, the panel lends it to the background,
 * which cannot reach `LanguageModel` from its worker (utils/brief/engines/model-port.ts).
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { LanguageModelLike } from '@/utils/brief/engines/chrome-ai';
import { MODEL_PORT, serveLanguageModel } from '@/utils/brief/engines/model-port';

export function useLanguageModelHost(enabled: boolean): void {
  useEffect(() => {
    const model = (globalThis as { LanguageModel?: LanguageModelLike }).LanguageModel;
    if (!enabled || !model) return;
    return serveLanguageModel(browser.runtime.connect({ name: MODEL_PORT }), model);
  }, [enabled]);
}
