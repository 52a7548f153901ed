import { DomainError } from '../errors/domain-error';
import {
  assertPortalAccessReachable,
  assertPrimaryUnset,
  contactChangePermissions,
  isPrimaryOnCreate,
  primaryAfterDelete,
} from './contact-rules';
import { locationChanged } from './client-location';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('primary contact rules', () => {
  const contacts = [
    { id: 'c', isPrimary: false, createdAt: at(3) },
    { id: 'a', isPrimary: true, createdAt: at(1) },
    { id: 'b', isPrimary: false, createdAt: at(2) },
  ];

  it('makes the first contact primary, and later ones only when asked', () => {
    expect(isPrimaryOnCreate([], false)).toBe(true);
    expect(isPrimaryOnCreate(contacts, undefined)).toBe(false);
    expect(isPrimaryOnCreate(contacts, true)).toBe(true);
  });

  it('promotes the oldest remaining contact when the primary is deleted', () => {
    expect(primaryAfterDelete(contacts, 'a')).toBe('b');
    expect(primaryAfterDelete(contacts, 'b')).toBeNull();
    expect(primaryAfterDelete([{ id: 'a', isPrimary: true, createdAt: at(1) }], 'a')).toBeNull();
  });

  it('breaks creation-time ties by id so the choice is stable', () => {
    const tied = [
      { id: 'p', isPrimary: true, createdAt: at(1) },
      { id: 'z', isPrimary: false, createdAt: at(2) },
      { id: 'y', isPrimary: false, createdAt: at(2) },
    ];
    expect(primaryAfterDelete(tied, 'p')).toBe('y');
  });

  it('refuses to unset the primary directly, on the isPrimary field', () => {
    expect(() => assertPrimaryUnset(contacts[1]!, false)).toThrow(DomainError);
    expect(() => assertPrimaryUnset(contacts[0]!, false)).not.toThrow();
    expect(() => assertPrimaryUnset(contacts[1]!, undefined)).not.toThrow();
  });
});

describe('portal access', () => {
  it('needs portal.manage only when portal access actually changes', () => {
    expect(contactChangePermissions({ portalAccess: true }, { portalAccess: false })).toEqual(['portal.manage']);
    expect(contactChangePermissions({ portalAccess: true }, null)).toEqual(['portal.manage']);
    expect(contactChangePermissions({ portalAccess: false }, null)).toEqual([]);
    expect(contactChangePermissions({ portalAccess: true }, { portalAccess: true })).toEqual([]);
    expect(contactChangePermissions({}, { portalAccess: true })).toEqual([]);
  });

  it('needs an email to be reachable', () => {
    try {
      assertPortalAccessReachable({ email: null, portalAccess: true }, 'portalAccess');
    } catch (e) {
      expect((e as DomainError).field).toBe('portalAccess');
    }
    expect(() => assertPortalAccessReachable({ email: 'a@b.test', portalAccess: true }, 'email')).not.toThrow();
    expect(() => assertPortalAccessReachable({ email: null, portalAccess: false }, 'email')).not.toThrow();
    expect.assertions(3);
  });
});

describe('client location', () => {
  it('changes with city, region or country, not with case or street', () => {
    const base = { city: 'Porto', region: null, country: 'PT' };
    expect(locationChanged(base, { ...base, city: 'porto ' })).toBe(false);
    expect(locationChanged(base, { ...base, city: 'Lisboa' })).toBe(true);
    expect(locationChanged(base, { ...base, country: 'BR' })).toBe(true);
    expect(locationChanged(base, { ...base, region: 'Norte' })).toBe(true);
  });
});
