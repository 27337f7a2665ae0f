import { DEFAULT_SETTINGS } from '../defaults';
import type { SettingsV1, SettingsV2 } from '../schema';

/**
 * v1 → v2: Options added the sites explained as the reader browses and the cache limit.
 * The stored version stayed 1 when they were added, so a "v1" value may already carry them:
 * what the reader chose is kept, only what is missing is filled in.
 */
export function v1ToV2(v1: SettingsV1 & Partial<SettingsV2>): SettingsV2 {
  return {
    ...v1,
    autoExplainSites: v1.autoExplainSites ?? DEFAULT_SETTINGS.autoExplainSites,
    cacheLimitMb: v1.cacheLimitMb ?? DEFAULT_SETTINGS.cacheLimitMb,
  };
}
