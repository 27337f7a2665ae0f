/**
 * The API key, kept apart from the settings: in storage.local, or only in storage.session when
 * the reader prefers — never in sync storage (it would travel to every signed-in browser), never
 * in a log or an error message.
 */
import { storage } from 'wxt/utils/storage';
import type { KeyProvider, KeyStorage } from '../../settings';

const itemKey = (area: KeyStorage, provider: KeyProvider) => `${area}:aiKey:${provider}` as const;

export async function saveApiKey(provider: KeyProvider, key: string, where: KeyStorage): Promise<void> {
  const other: KeyStorage = where === 'local' ? 'session' : 'local';
  await storage.removeItem(itemKey(other, provider));
  if (key.trim()) await storage.setItem(itemKey(where, provider), key.trim());
  else await storage.removeItem(itemKey(where, provider));
}

export async function loadApiKey(provider: KeyProvider): Promise<string | undefined> {
  return (await storage.getItem<string>(itemKey('session', provider))) ?? (await storage.getItem<string>(itemKey('local', provider))) ?? undefined;
}

export async function clearApiKey(provider: KeyProvider): Promise<void> {
  await storage.removeItem(itemKey('local', provider));
  await storage.removeItem(itemKey('session', provider));
}

/** For Options: whether a key is stored, and where — never the key itself. */
export async function apiKeyState(provider: KeyProvider): Promise<KeyStorage | null> {
  if (await storage.getItem<string>(itemKey('session', provider))) return 'session';
  if (await storage.getItem<string>(itemKey('local', provider))) return 'local';
  return null;
}
