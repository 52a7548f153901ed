import { formatBps } from './amounts';

// Typed money and percent conversions moved with their code to packages/domain/src/money/money.test.ts.
describe('billing amounts', () => {
  it('converts percentages to basis points and back', () => {
    expect(formatBps(725, 'en-US')).toBe('7.25%');
  });
});
