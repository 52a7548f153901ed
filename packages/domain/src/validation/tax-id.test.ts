import { DomainError } from '../errors/domain-error';
import { checkTaxId, validateTaxId } from './tax-id';

const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected an error');
};

describe('CNPJ', () => {
  it.each([
    ['11.222.333/0001-81', '11.222.333/0001-81'],
    ['11222333000181', '11.222.333/0001-81'],
    [' 11 444 777/0001-61 ', '11.444.777/0001-61'],
    // Alphanumeric CNPJ (from July 2026), the Receita Federal's published example.
    ['12.abc.345/01de-35', '12.ABC.345/01DE-35'],
  ])('accepts %s as %s', (raw, normalised) => {
    expect(validateTaxId('CNPJ', raw)).toBe(normalised);
  });

  it.each(['11.222.333/0001-82', '11.222.333/0001-18', '00.000.000/0000-00', '1122233300018', '12.ABC.345/01DE-36'])(
    'refuses %s on the taxId field',
    (raw) => {
      const e = errorOf(() => validateTaxId('CNPJ', raw));
      expect(e).toBeInstanceOf(DomainError);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.field).toBe('taxId');
    },
  );
});

describe('CPF', () => {
  it.each([
    ['529.982.247-25', '529.982.247-25'],
    ['52998224725', '529.982.247-25'],
    ['111.444.777-35', '111.444.777-35'],
  ])('accepts %s as %s', (raw, normalised) => {
    expect(validateTaxId('CPF', raw)).toBe(normalised);
  });

  it.each(['529.982.247-26', '111.111.111-11', '5299822472', 'abc.def.ghi-jk'])('refuses %s', (raw) => {
    expect(errorOf(() => validateTaxId('CPF', raw)).field).toBe('taxId');
  });

  it('explains what is wrong', () => {
    expect(checkTaxId('CPF', '529.982.247-26')).toEqual({ ok: false, message: 'The CPF check digits do not match' });
    expect(checkTaxId('CPF', '123')).toEqual({ ok: false, message: expect.stringMatching(/11 digits/) });
  });
});

describe('RUT', () => {
  it.each([
    ['12.345.678-5', '12.345.678-5'],
    ['123456785', '12.345.678-5'],
    ['11111111-1', '11.111.111-1'],
    ['76.086.428-5', '76.086.428-5'],
    ['10.000.013-k', '10.000.013-K'],
    ['1-9', '1-9'],
  ])('accepts %s as %s', (raw, normalised) => {
    expect(validateTaxId('RUT', raw)).toBe(normalised);
  });

  it.each(['12.345.678-6', '12.345.678-K', '0-0', 'ABC'])('refuses %s', (raw) => {
    expect(errorOf(() => validateTaxId('RUT', raw)).field).toBe('taxId');
  });
});

describe('other tax id types', () => {
  it('formats an EIN and requires 9 digits', () => {
    expect(validateTaxId('EIN', '123456789')).toBe('12-3456789');
    expect(errorOf(() => validateTaxId('EIN', '12-345')).field).toBe('taxId');
  });

  it('compacts a VAT number and requires the country prefix', () => {
    expect(validateTaxId('VAT', 'de 123.456.789')).toBe('DE123456789');
    expect(errorOf(() => validateTaxId('VAT', '123456789')).message).toMatch(/country code/);
  });

  it('compacts a NIF', () => {
    expect(validateTaxId('NIF', '12345678-z')).toBe('12345678Z');
    expect(checkTaxId('NIF', '123').ok).toBe(false);
  });

  it('keeps OTHER as typed, trimmed, within 40 characters', () => {
    expect(validateTaxId('OTHER', '  ABN  51 824 753 556 ')).toBe('ABN 51 824 753 556');
    expect(checkTaxId('OTHER', 'x'.repeat(41)).ok).toBe(false);
  });

  it('treats blank input as missing', () => {
    expect(checkTaxId('CPF', '   ')).toEqual({ ok: false, message: 'Enter the tax id' });
  });
});
