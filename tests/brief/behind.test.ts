/** What's behind the headline: each heading is a whole phrase of the sources, never one cut before its amount. */
import { describe, expect, it } from 'vitest';
import { headingForm } from '../../utils/brief/behind';

describe('theme headings', () => {
  const sources = 'Victor Crane was ordered to pay dlrs 9 million to the estate. The agency is seeking estate taxes of 4 percent.';
  it('never end in a unit whose amount the phrase lost ("Pay dlrs")', () => {
    expect(headingForm('pay dlrs', sources)).toBeUndefined();
    expect(headingForm('taxes of 4 percent', sources)).toBeUndefined();
    expect(headingForm('billion coins', 'The bank will mint 13 billion coins.')).toBeUndefined();
    expect(headingForm('Senior Police Sgt', 'Senior Police Sgt. Alan Thomson said so.')).toBeUndefined();
  });
  it('keeps a whole phrase the sources write', () => {
    expect(headingForm('estate taxes', sources)).toBe('estate taxes');
  });
  it('heads a theme with the name a lone first name or surname stands for', () => {
    const text = 'Ronald Goldman was killed in 1994. The family of Ronald Goldman sued. Goldman said the estate owed dlrs 33.5 million. The show was written by Larry David. David said it was over, and David left.';
    expect(headingForm('Ronald', text)).toBe('Ronald Goldman');
    expect(headingForm('David', text)).toBe('Larry David');
    // A name the sources mostly write alone stays as it is.
    expect(headingForm('Goldman', 'Goldman said so. Goldman left. Goldman won. Ronald Goldman spoke.')).toBe('Goldman');
  });
});
