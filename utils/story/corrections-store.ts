/** Where the reader's corrections are kept: extension storage, never lost when the cache is cleared. */
import { storage } from 'wxt/utils/storage';
import type { Corrections } from './corrections';

export const correctionsItem = storage.defineItem<Corrections>('local:corrections', {
  fallback: { muted: [], notSame: {} },
  version: 1,
});
