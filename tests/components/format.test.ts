import { describe, expect, it } from 'vitest';
import { shortDate, timeAgo } from '../../components/format';

describe('dates in the reader’s words', () => {
  it('keeps the precision a date was given in', () => {
    expect(shortDate('2025')).toBe('2025');
    expect(shortDate('2025-10')).toMatch(/Oct.*2025/);
    expect(shortDate('2025-10-31')).toMatch(/31/);
    expect(shortDate('nonsense')).toBe('');
    expect(shortDate(null)).toBe('');
  });
  it('says how long ago', () => {
    const now = Date.parse('2025-11-01T12:00:00Z');
    expect(timeAgo('2025-11-01T11:59:50Z', now)).toBe('just now');
    expect(timeAgo('2025-11-01T11:40:00Z', now)).toBe('20 min ago');
    expect(timeAgo('2025-11-01T09:00:00Z', now)).toBe('3 h ago');
    expect(timeAgo('2025-10-30T12:00:00Z', now)).toBe('2 days ago');
  });
});
