import { describe, expect, it } from 'vitest';
import { v2ToV3 } from '../../../utils/settings/migrations/v2-to-v3';
import { DEFAULT_AI_SETTINGS } from '../../../utils/settings/defaults';
import { settingsSchema } from '../../../utils/settings/schema';
import { STORED_AI, STORED_V2 } from './shapes';

describe('settings migration v2 → v3', () => {
  it('adds the AI settings with the on-device engine, keeping everything the reader chose', () => {
    const v3 = v2ToV3(STORED_V2);
    expect(v3).toEqual({ ...STORED_V2, ai: DEFAULT_AI_SETTINGS });
    expect(v3.ai.engine).toBe('extractive');
    expect(settingsSchema.parse(v3)).toEqual(v3);
  });

  it("keeps the reader's AI settings when a value stored as v1 already has them (added without a version bump)", () => {
    const stored = { ...STORED_V2, ai: structuredClone(STORED_AI) };
    expect(v2ToV3(stored)).toEqual(stored);
  });
});
