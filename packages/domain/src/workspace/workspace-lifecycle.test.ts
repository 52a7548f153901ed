import { DomainError } from '../errors/domain-error';
import { assertDeletionConfirmed, changedFields, validateWorkspaceSlug } from './workspace-lifecycle';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
};

describe('validateWorkspaceSlug', () => {
  it('accepts and normalises a good address', () => {
    expect(validateWorkspaceSlug('  Northwind-Studio-2 ')).toBe('northwind-studio-2');
    expect(validateWorkspaceSlug('abc')).toBe('abc');
    expect(validateWorkspaceSlug('a'.repeat(48))).toBe('a'.repeat(48));
  });

  it.each(['ab', 'a'.repeat(49), '-north', 'north-', 'nor--th', 'north_wind', 'north wind', 'ação', 'north.wind'])(
    'refuses %j on the slug field',
    (slug) => expect(fieldOf(() => validateWorkspaceSlug(slug))).toBe('slug'),
  );

  it.each(['admin', 'API', 'portal', 'sign-in', 'www'])('refuses the reserved word %j', (slug) =>
    expect(() => validateWorkspaceSlug(slug)).toThrow(/reserved/),
  );
});

describe('assertDeletionConfirmed', () => {
  it('needs the exact name (case matters, spaces around do not)', () => {
    expect(() => assertDeletionConfirmed('Acme Studio', ' Acme Studio ')).not.toThrow();
    expect(fieldOf(() => assertDeletionConfirmed('Acme Studio', 'acme studio'))).toBe('confirmName');
    expect(fieldOf(() => assertDeletionConfirmed('Acme Studio', ''))).toBe('confirmName');
  });
});

describe('changedFields', () => {
  it('lists only what changed, with from and to', () => {
    const before = { name: 'A', currency: 'USD', accentColor: null as string | null, flag: false };
    expect(changedFields(before, { name: 'A', currency: 'EUR', accentColor: '#000000', flag: false })).toEqual({
      currency: { from: 'USD', to: 'EUR' },
      accentColor: { from: null, to: '#000000' },
    });
    expect(changedFields(before, {})).toEqual({});
  });
});
