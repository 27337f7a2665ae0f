/**
 * The steps from each stored shape to the next, keyed by the version they produce, as WXT's
 * `storage.defineItem({ version, migrations })` runs them (a value without a stored version counts as 1).
 * A field a step adds takes today's default. Add a step: a new file here, a test beside the others in
 * tests/settings/migrations/, a schema in schema.ts, and bump SETTINGS_VERSION.
 */
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';

export const SETTINGS_VERSION = 3;

export const SETTINGS_MIGRATIONS = {
  2: v1ToV2,
  3: v2ToV3,
};
