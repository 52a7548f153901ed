import { assertFeedbackComment, assertNpsScore, MAX_FEEDBACK_COMMENT, netPromoterScore, npsCategory } from './nps';

describe('NPS', () => {
  it('accepts whole scores from 0 to 10 only, naming the field', () => {
    expect(assertNpsScore(0)).toBe(0);
    expect(assertNpsScore(10)).toBe(10);
    for (const bad of [-1, 11, 7.5, Number.NaN]) {
      expect(() => assertNpsScore(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'score' }));
    }
  });

  it('puts scores in the standard bands', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'DETRACTOR',
      'DETRACTOR',
      'PASSIVE',
      'PASSIVE',
      'PROMOTER',
      'PROMOTER',
    ]);
  });

  it('computes % promoters minus % detractors', () => {
    expect(netPromoterScore([])).toBeNull();
    expect(netPromoterScore([10, 9, 8, 3])).toBe(25);
    expect(netPromoterScore([0, 1])).toBe(-100);
    expect(netPromoterScore([10, 7, 7])).toBe(33);
    expect(netPromoterScore([0, 7, 7])).toBe(-33);
  });

  it('trims comments and limits their length', () => {
    expect(assertFeedbackComment('  ')).toBeNull();
    expect(assertFeedbackComment(' great ')).toBe('great');
    expect(() => assertFeedbackComment('x'.repeat(MAX_FEEDBACK_COMMENT + 1))).toThrow(
      expect.objectContaining({ field: 'comment' }),
    );
  });
});
