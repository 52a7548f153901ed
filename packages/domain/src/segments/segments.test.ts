import { DomainError } from '../errors/domain-error';
import { tenureCutoff, tenureOf, valueTierOf, valueTierRange, valueTierThresholds } from './segments';

describe('value tiers', () => {
  it('splits clients with a value into tertiles and keeps zero-value clients LOW', () => {
    const t = valueTierThresholds(1_000, 5_000);
    expect(t).toEqual({ medium: 1_001, high: 5_001 });
    expect(valueTierOf(0, t)).toBe('LOW');
    expect(valueTierOf(1_000, t)).toBe('LOW');
    expect(valueTierOf(1_001, t)).toBe('MEDIUM');
    expect(valueTierOf(5_000, t)).toBe('MEDIUM');
    expect(valueTierOf(5_001, t)).toBe('HIGH');
  });

  it('puts everyone in LOW while no client has a value', () => {
    const t = valueTierThresholds(null, null);
    expect(valueTierOf(0, t)).toBe('LOW');
    expect(valueTierOf(10 ** 12, t)).toBe('LOW');
  });

  it('never lets HIGH start below MEDIUM when the tertiles coincide', () => {
    const t = valueTierThresholds(500, 500);
    expect(t.high).toBeGreaterThanOrEqual(t.medium);
    expect(valueTierOf(501, t)).toBe('HIGH');
  });

  it('describes each tier as a value range that the list can filter on', () => {
    const t = valueTierThresholds(1_000, 5_000);
    expect(valueTierRange('LOW', t)).toEqual({ min: 0, max: 1_001 });
    expect(valueTierRange('MEDIUM', t)).toEqual({ min: 1_001, max: 5_001 });
    expect(valueTierRange('HIGH', t)).toEqual({ min: 5_001, max: null });
  });
});

describe('tenure', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('calls a client NEW within a year of its first contact and RECURRING after', () => {
    expect(tenureOf(new Date('2026-01-10T00:00:00Z'), new Date('2026-05-01T00:00:00Z'), now)).toBe('NEW');
    expect(tenureOf(new Date('2025-05-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'), now)).toBe('RECURRING');
  });

  it('falls back to the creation date without a first-contact date', () => {
    expect(tenureOf(null, new Date('2026-03-01T00:00:00Z'), now)).toBe('NEW');
    expect(tenureOf(null, new Date('2024-03-01T00:00:00Z'), now)).toBe('RECURRING');
  });

  it('puts the boundary instant on the NEW side and honours a custom window', () => {
    expect(tenureOf(tenureCutoff(now), now, now)).toBe('NEW');
    expect(tenureOf(new Date('2026-04-01T00:00:00Z'), now, now, 30)).toBe('RECURRING');
    expect(() => tenureCutoff(now, 0)).toThrow(DomainError);
  });
});
