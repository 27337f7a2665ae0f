/** Source health in session storage: it outlives the worker, and a browser restart starts afresh. */
import { storage } from 'wxt/utils/storage';
import type { HealthStore, SourceHealth } from './guard';

export const sessionHealthStore: HealthStore = {
  get: async (id) => (await storage.getItem<SourceHealth>(`session:health:${id}`)) ?? undefined,
  set: (id, h) => storage.setItem(`session:health:${id}`, h),
};
