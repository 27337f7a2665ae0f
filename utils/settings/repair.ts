/**
 * A stored value that does not fit the current shape (written by a broken build, edited by hand,
 * from a newer version of Parallax) must not cost the reader their settings: every field that is
 * valid is kept, every other field takes its default, list entries that are broken are dropped.
 */
import { z } from '../zod';
import { DEFAULT_SETTINGS } from './defaults';
import { settingsSchema, type Settings } from './schema';

export function repairSettings(stored: unknown): Settings {
  return salvage(settingsSchema, stored, DEFAULT_SETTINGS) as Settings;
}

function salvage(schema: z.ZodType, stored: unknown, fallback: unknown): unknown {
  const whole = schema.safeParse(stored);
  if (whole.success) return whole.data;
  if (schema instanceof z.ZodObject && isRecord(stored) && isRecord(fallback)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, salvage(field, stored[key], fallback[key])]));
  }
  if (schema instanceof z.ZodArray && Array.isArray(stored)) {
    return stored.flatMap((entry) => {
      const one = (schema.element as z.ZodType).safeParse(entry);
      return one.success ? [one.data] : [];
    });
  }
  return fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
