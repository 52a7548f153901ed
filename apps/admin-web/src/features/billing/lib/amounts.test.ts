import { bpsToPercent, formatBps, fromMinorUnits, percentToBps, toMinorUnits } from './amounts';

describe('billing amounts', () => {
  it('reads typed money in the currency minor unit, rounding half away from zero', () => {
    expect(toMinorUnits('12.5', 'USD')).toBe(1250);
    expect(toMinorUnits('1.005', 'USD')).toBe(101);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(toMinorUnits('', 'USD')).toBeNull();
    expect(toMinorUnits('abc', 'USD')).toBeNull();
  });

  it('converts back for display', () => {
    expect(fromMinorUnits(1250, 'USD')).toBe(12.5);
    expect(fromMinorUnits(1500, 'JPY')).toBe(1500);
  });

  it('converts percentages to basis points and back', () => {
    expect(percentToBps(23)).toBe(2300);
    expect(percentToBps('7.25')).toBe(725);
    expect(percentToBps(7.15)).toBe(715);
    expect(bpsToPercent(725)).toBe(7.25);
    expect(formatBps(725, 'en-US')).toBe('7.25%');
  });
});
