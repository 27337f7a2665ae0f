import { DEFAULT_SETTINGS } from '../defaults';
import type { Settings, SettingsV2 } from '../schema';

/**
 * v2 → v3: the AI engines added `ai` (the key is kept apart, never here). Like v2, it was
 * added without a version bump, so a value stored as "v1" may already hold the reader's `ai`.
 */
export function v2ToV3(v2: SettingsV2 & Partial<Settings>): Settings {
  return { ...v2, ai: v2.ai ?? DEFAULT_SETTINGS.ai };
}
