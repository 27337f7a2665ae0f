import { describe, expect, it } from 'vitest';
import { v1ToV2 } from '../../../utils/settings/migrations/v1-to-v2';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaults';
import { settingsV2Schema } from '../../../utils/settings/schema';
import { STORED_V1, STORED_V2 } from './shapes';

describe('settings migration v1 → v2', () => {
  it('adds the auto-explained sites and the cache limit, keeping everything the reader chose', () => {
    const v2 = v1ToV2(STORED_V1);
    expect(v2).toEqual({ ...STORED_V1, autoExplainSites: [], cacheLimitMb: DEFAULT_SETTINGS.cacheLimitMb });
    expect(settingsV2Schema.parse(v2)).toEqual(v2);
  });

  it('keeps them when a value stored as v1 already has them (they came without a version bump)', () => {
    expect(v1ToV2(STORED_V2)).toEqual(STORED_V2);
  });
});
