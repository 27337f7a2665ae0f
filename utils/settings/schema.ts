/**
 * The reader's settings, one zod schema per stored shape. Every shape was stored under WXT's
 * version 1 until the migrations existed, so v2 and v3 are the shapes the code grew into, named
 * after the commits that added them (see migrations/). Plain data: the background, the panel,
 * Options and the CLIs share it.
 */
import { z } from '../zod';

const feedSubscriptionSchema = z.object({
  url: z.string(),
  /** Outlet name shown to the reader. */
  name: z.string(),
  country: z.string().optional(),
  enabled: z.boolean(),
});

const sourcesSchema = z.object({
  feeds: z.object({ enabled: z.boolean(), list: z.array(feedSubscriptionSchema), pollMinutes: z.number().positive() }),
  gdelt: z.object({ enabled: z.boolean(), baseUrl: z.string(), minIntervalMs: z.number().nonnegative() }),
  googleNews: z.object({ enabled: z.boolean(), baseUrl: z.string(), hl: z.string(), gl: z.string(), ceid: z.string() }),
  wikipedia: z.object({ enabled: z.boolean(), baseUrl: z.string() }),
});

/** v1 (the scaffold): the sources, the private mode and the first-run notice. */
export const settingsV1Schema = z.object({
  sources: sourcesSchema,
  /** Private mode: only the local feed index is asked; nothing about the story leaves the browser. */
  feedsOnly: z.boolean(),
  firstRunSeen: z.boolean(),
});

/** v2 (Options): sites explained as the reader browses, and the cache's size. */
export const settingsV2Schema = settingsV1Schema.extend({
  /** Origins ("https://www.example.com") whose articles are explained as the reader browses. */
  autoExplainSites: z.array(z.string()),
  /** Least-recently-opened stories are evicted above this size. */
  cacheLimitMb: z.number().positive(),
});

export const engineIdSchema = z.enum(['extractive', 'chrome-ai', 'openai', 'anthropic']);
/** Where the key is kept: `local` (until removed) or `session` (until the browser closes). */
export const keyStorageSchema = z.enum(['local', 'session']);

/**
 * Which engine writes the brief and where it is sent. The API key is NOT here: it lives in its
 * own item (brief/engines/keys.ts) in storage.local or storage.session, never in sync storage.
 */
export const aiSettingsSchema = z.object({
  /** The engine that writes the brief (default: extractive, on the device). */
  engine: engineIdSchema,
  openai: z.object({
    /** Up to and including /v1. */
    baseUrl: z.string(),
    model: z.string(),
    /** `none` for a server that rejects `response_format`. */
    responseFormat: z.enum(['json_schema', 'none']),
  }),
  anthropic: z.object({ baseUrl: z.string(), model: z.string() }),
  keyStorage: keyStorageSchema,
  /** Origins the reader agreed to send article text to (the first-use notice). */
  disclosureAccepted: z.array(z.string()),
});

/** v3 (AI engines), the current shape. */
export const settingsSchema = settingsV2Schema.extend({
  /** Which engine writes the story page (the key is kept apart: brief/engines/keys.ts). */
  ai: aiSettingsSchema,
});

export type SettingsV1 = z.infer<typeof settingsV1Schema>;
export type SettingsV2 = z.infer<typeof settingsV2Schema>;
export type Settings = z.infer<typeof settingsSchema>;
export type FeedSubscription = z.infer<typeof feedSubscriptionSchema>;
export type AiSettings = z.infer<typeof aiSettingsSchema>;
export type EngineId = z.infer<typeof engineIdSchema>;
export type KeyStorage = z.infer<typeof keyStorageSchema>;
/** The engines that need an API key. */
export type KeyProvider = Extract<EngineId, 'openai' | 'anthropic'>;
