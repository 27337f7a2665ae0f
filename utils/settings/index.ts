/**
 * The reader's settings: shape (schema.ts), what ships (defaults.ts), storage (store.ts), the steps
 * between stored shapes (migrations/). The React hook is in use-settings.ts, so that the
 * background and the CLIs never load React; wxt.config.ts imports defaults.ts alone.
 */
export { settingsSchema, aiSettingsSchema } from './schema';
export type { Settings, FeedSubscription, AiSettings, EngineId, KeyStorage, KeyProvider } from './schema';
export { DEFAULT_SETTINGS, DEFAULT_FEEDS, DEFAULT_AI_SETTINGS, DEFAULT_ENDPOINTS, DEFAULT_SOURCE_HOSTS, OPENAI_PRESETS } from './defaults';
export { getSettings, updateSettings, watchSettings } from './store';
export { SETTINGS_VERSION } from './migrations';
