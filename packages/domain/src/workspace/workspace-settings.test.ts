import { DomainError } from '../errors/domain-error';
import { canonicalLocale, isCurrencyCode, isTimeZone, validateWorkspaceSettings } from './workspace-settings';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('validateWorkspaceSettings', () => {
  it('cleans and normalises every field', () => {
    expect(
      validateWorkspaceSettings({
        name: '  Northwind   Studio ',
        currency: 'eur',
        locale: 'pt-br',
        timezone: 'America/Sao_Paulo',
        primaryColor: '#0CA678',
        accentColor: '',
        memberCanViewFinancials: true,
      }),
    ).toEqual({
      name: 'Northwind Studio',
      currency: 'EUR',
      locale: 'pt-BR',
      timezone: 'America/Sao_Paulo',
      primaryColor: '#0ca678',
      accentColor: null,
      memberCanViewFinancials: true,
    });
  });

  it('leaves out what was not sent', () => {
    expect(validateWorkspaceSettings({ memberCanViewFinancials: false })).toEqual({ memberCanViewFinancials: false });
  });

  it('names the bad field', () => {
    expect(fieldOf(() => validateWorkspaceSettings({ name: ' ' }))).toBe('name');
    expect(fieldOf(() => validateWorkspaceSettings({ name: 'x'.repeat(101) }))).toBe('name');
    expect(fieldOf(() => validateWorkspaceSettings({ currency: 'XYZ1' }))).toBe('currency');
    expect(fieldOf(() => validateWorkspaceSettings({ currency: 'ABC' }))).toBe('currency');
    expect(fieldOf(() => validateWorkspaceSettings({ locale: 'not a locale!' }))).toBe('locale');
    expect(fieldOf(() => validateWorkspaceSettings({ timezone: 'Mars/Olympus' }))).toBe('timezone');
    expect(fieldOf(() => validateWorkspaceSettings({ timezone: '+01:00' }))).toBe('timezone');
    expect(fieldOf(() => validateWorkspaceSettings({ primaryColor: 'red' }))).toBe('primaryColor');
    expect(fieldOf(() => validateWorkspaceSettings({ primaryColor: '#abc' }))).toBe('primaryColor');
    expect(fieldOf(() => validateWorkspaceSettings({ accentColor: 'blue' }))).toBe('accentColor');
    expect(fieldOf(() => validateWorkspaceSettings({ currency: null }))).toBe('currency');
    expect(fieldOf(() => validateWorkspaceSettings({ memberCanViewFinancials: null }))).toBe('memberCanViewFinancials');
  });

  it('knows currencies, zones and locales', () => {
    expect(isCurrencyCode('BRL')).toBe(true);
    expect(isCurrencyCode('brl')).toBe(false);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Lisbon')).toBe(true);
    expect(canonicalLocale('EN-us')).toBe('en-US');
    expect(canonicalLocale('zz-invalid-tag-!')).toBeNull();
  });
});
