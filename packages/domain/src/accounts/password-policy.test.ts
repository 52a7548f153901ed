import { assertPasswordAcceptable, passwordProblem, PASSWORD_MAX_LENGTH } from './password-policy';

const common = new Set(['password123', 'qwertyuiop']);
const isCommon = (p: string) => common.has(p);

describe('password policy (NIST SP 800-63B)', () => {
  it('asks for length, not composition', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('all lowercase words here')).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toMatch(/at most/);
    // Unicode counts by character, not by UTF-16 unit.
    expect(passwordProblem('😀😀😀😀😀😀😀😀😀')).toMatch(/at least/);
    expect(passwordProblem('ação café 😀 ñandú')).toBeNull();
  });

  it('refuses common passwords (case-folded), repeated characters and the account’s own words', () => {
    expect(passwordProblem('Password123', { isCommon })).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passwordProblem('maria.silva', { email: 'maria.silva@agency.test' })).toMatch(/name, email/);
    expect(passwordProblem('Northwind Studio!', { words: ['Northwind Studio'] })).toMatch(/name, email/);
    expect(passwordProblem('northwind studio rocks', { words: ['Northwind Studio'] })).toBeNull();
  });

  it('throws a field error', () => {
    expect(() => assertPasswordAcceptable('short', {}, 'newPassword')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'newPassword' }),
    );
  });
});
