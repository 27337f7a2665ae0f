/** What's behind the headline: each heading is a whole phrase of the sources, never one cut before its amount. */
import { describe, expect, it } from 'vitest';
import { headingForm } from '../../utils/brief/behind';

describe('theme headings', () => {
  const sources = 'Victor Crane was ordered to pay dlrs 9 million to the estate. The agency is seeking estate taxes of 4 percent.';
  it('never end in a unit whose amount the phrase lost ("Pay dlrs")', () => {
    expect(headingForm('pay dlrs', sources)).toBeUndefined();
    expect(headingForm('taxes of 4 percent', sources)).toBeUndefined();
  });
  it('keeps a whole phrase the sources write', () => {
    expect(headingForm('estate taxes', sources)).toBe('estate taxes');
  });
});
