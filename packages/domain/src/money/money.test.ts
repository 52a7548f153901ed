import {
  bpsToPercent,
  currencyDecimals,
  formatMoney,
  fromMinorUnits,
  percentToBps,
  roundHalfAwayFromZero,
  toMinorUnits,
} from './money';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero, everything else to nearest', () => {
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(149n, 100n)).toBe(1n);
    expect(roundHalfAwayFromZero(150n, 100n)).toBe(2n);
    expect(roundHalfAwayFromZero(-149n, 100n)).toBe(-1n);
    expect(roundHalfAwayFromZero(0n, 7n)).toBe(0n);
  });
});

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
  });
});

describe('currencyDecimals', () => {
  it("is the currency's minor unit", () => {
    expect(currencyDecimals('USD')).toBe(2);
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('KWD')).toBe(3);
    expect(currencyDecimals('JPY')).toBe(0);
  });
});

describe('toMinorUnits', () => {
  it('rounds half away from zero on both sides of zero', () => {
    expect(toMinorUnits('12.345', 'USD')).toBe(1235);
    expect(toMinorUnits('-12.345', 'USD')).toBe(-1235);
    expect(toMinorUnits('12.344', 'USD')).toBe(1234);
    expect(toMinorUnits('-12.344', 'USD')).toBe(-1234);
    expect(toMinorUnits(-1.005, 'USD')).toBe(-101);
    expect(toMinorUnits('0.5', 'JPY')).toBe(1);
    expect(toMinorUnits('-0.5', 'JPY')).toBe(-1);
    expect(toMinorUnits('1.2345', 'KWD')).toBe(1235);
  });

  it('reads what people type', () => {
    expect(toMinorUnits(' 7 ', 'USD')).toBe(700);
    expect(toMinorUnits('.25', 'USD')).toBe(25);
    expect(toMinorUnits('3.', 'USD')).toBe(300);
    expect(toMinorUnits('-0', 'USD')).toBe(0);
    expect(toMinorUnits(12, 'USD')).toBe(1200);
    expect(toMinorUnits('.', 'USD')).toBeNull();
    expect(toMinorUnits('-', 'USD')).toBeNull();
    expect(toMinorUnits('1,5', 'USD')).toBeNull();
    expect(toMinorUnits('1e3', 'USD')).toBeNull();
  });

  it('refuses what cannot be held exactly', () => {
    expect(toMinorUnits(Number.NaN, 'USD')).toBeNull();
    expect(toMinorUnits(Number.POSITIVE_INFINITY, 'USD')).toBeNull();
    expect(toMinorUnits('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits('90071992547409.92', 'USD')).toBeNull();
    expect(toMinorUnits(1e21, 'USD')).toBeNull();
  });

  it('rounds exactly beyond float precision', () => {
    // 17 significant digits: as a float, 12345678901234565 reads as …564 and the deciding 5 is lost.
    expect(toMinorUnits('12345678901234.565', 'USD')).toBe(1234567890123457);
    expect(toMinorUnits('-12345678901234.565', 'USD')).toBe(-1234567890123457);
    expect(toMinorUnits('12345678901234.5649', 'USD')).toBe(1234567890123456);
  });
});

describe('formatMoney', () => {
  it('prints minor units in the currency decimals', () => {
    expect(formatMoney(123_456, { locale: 'en-US', currency: 'USD' })).toBe('$1,234.56');
    expect(formatMoney(-5, { locale: 'en-US', currency: 'EUR' })).toBe('-€0.05');
    expect(formatMoney(1500, { locale: 'en-US', currency: 'JPY' })).toBe('¥1,500');
    expect(formatMoney(1234, { locale: 'en-US', currency: 'KWD' }).replace(/\s/g, ' ')).toBe('KWD 1.234');
  });
});
