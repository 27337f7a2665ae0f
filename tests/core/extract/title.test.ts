import { describe, expect, it } from 'vitest';
import { splitDocTitle } from '../../../utils/core/extract/metadata';

describe('a <title> that is the only title', () => {
  it('gives the headline and the site, never a part of the headline', () => {
    expect(splitDocTitle('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网')).toEqual({ headline: '海外留学生看两会：出国前后关注点大不同', site: '中国青年网' });
    expect(splitDocTitle('Council passes the budget after a long night | The Town Gazette')).toEqual({ headline: 'Council passes the budget after a long night', site: 'The Town Gazette' });
    // A dash inside the headline, with a longer part after it, is not a site tail.
    expect(splitDocTitle('Q&A - what the new rules mean for renters across the country')).toBeNull();
    expect(splitDocTitle('Just a headline')).toBeNull();
  });
});
