import { parseOwnerArgs } from './create-owner-args';

describe('create-owner arguments', () => {
  it('reads flags (both spellings), then the environment', () => {
    const args = parseOwnerArgs(['--email', 'ana@lima.test', '--agency=Lima = Design', '--name', 'Ana'], {
      OWNER_EMAIL: 'env@lima.test',
      OWNER_PASSWORD: ' spaces count ',
      OWNER_LOCALE: 'pt-BR',
    });
    expect(args).toEqual({
      email: 'ana@lima.test',
      agencyName: 'Lima = Design',
      name: 'Ana',
      password: ' spaces count ',
      locale: 'pt-BR',
    });
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseOwnerArgs(['--emial', 'x'], {})).toThrow(/unknown option --emial/);
    expect(() => parseOwnerArgs(['--email'], {})).toThrow(/needs a value/);
  });
});
