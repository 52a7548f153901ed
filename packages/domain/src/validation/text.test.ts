import { cleanText, foldForSearch, isEmail, normalizeEmail, normalizeTags } from './text';

describe('text validation', () => {
  it('accepts ordinary emails and refuses malformed ones', () => {
    expect(isEmail('ana@agency.com')).toBe(true);
    expect(isEmail('ana@agency')).toBe(false);
    expect(isEmail('ana agency.com')).toBe(false);
  });

  it('normalises emails, blank text, accents and tags', () => {
    expect(normalizeEmail('  Ana@Agency.COM ')).toBe('ana@agency.com');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(' x ')).toBe('x');
    expect(foldForSearch('São Paulo Açaí')).toBe('sao paulo acai');
    expect(normalizeTags([' VIP', 'vip', 'retail', ''])).toEqual(['retail', 'vip']);
  });
});
