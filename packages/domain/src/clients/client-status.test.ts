import {
  assertClientTransition,
  assertInitialClientStatus,
  canTransitionClient,
  nextClientStatuses,
} from './client-status';
import { DomainError } from '../errors/domain-error';

describe('client status machine', () => {
  it('follows PROSPECT → ACTIVE → PAUSED → ACTIVE → INACTIVE', () => {
    expect(canTransitionClient('PROSPECT', 'ACTIVE')).toBe(true);
    expect(canTransitionClient('ACTIVE', 'PAUSED')).toBe(true);
    expect(canTransitionClient('PAUSED', 'ACTIVE')).toBe(true);
    expect(canTransitionClient('ACTIVE', 'INACTIVE')).toBe(true);
  });

  it('refuses going back to PROSPECT with a field-named error', () => {
    expect(() => assertClientTransition('ACTIVE', 'PROSPECT')).toThrow(DomainError);
    try {
      assertClientTransition('ACTIVE', 'PROSPECT');
    } catch (e) {
      expect((e as DomainError).field).toBe('status');
      expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('only restores INACTIVE to ACTIVE', () => {
    expect(nextClientStatuses('INACTIVE')).toEqual(['ACTIVE']);
  });

  it('creates clients only as PROSPECT or ACTIVE', () => {
    expect(() => assertInitialClientStatus('PROSPECT')).not.toThrow();
    expect(() => assertInitialClientStatus('ACTIVE')).not.toThrow();
    expect(() => assertInitialClientStatus('PAUSED')).toThrow(/PROSPECT or ACTIVE/);
  });
});
