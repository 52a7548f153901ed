import { DomainError } from '../errors/domain-error';
import { checkSocialLink, normalizeSocialLinks, socialLinksList } from './social-links';

describe('social links', () => {
  it('adds https, accepts subdomains and alternative hosts', () => {
    expect(checkSocialLink('LINKEDIN', 'br.linkedin.com/company/acme')).toEqual({
      ok: true,
      url: 'https://br.linkedin.com/company/acme',
    });
    expect(checkSocialLink('X', 'http://twitter.com/acme')).toEqual({ ok: true, url: 'https://twitter.com/acme' });
  });

  it("refuses a URL on another network's host, or not a URL", () => {
    expect(checkSocialLink('INSTAGRAM', 'https://facebook.com/acme')).toEqual({
      ok: false,
      message: 'Instagram links point to instagram.com',
    });
    expect(checkSocialLink('GITHUB', 'notgithub.com/acme').ok).toBe(false);
    expect(checkSocialLink('GITHUB', 'ftp://github.com/acme').ok).toBe(false);
    expect(checkSocialLink('GITHUB', 'https://user:pw@github.com/acme').ok).toBe(false);
  });

  it('stores one URL per network in a stable order and reads it back as a list', () => {
    const stored = normalizeSocialLinks([
      { network: 'GITHUB', url: 'github.com/acme' },
      { network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' },
    ]);
    expect(stored).toEqual({ LINKEDIN: 'https://www.linkedin.com/company/acme', GITHUB: 'https://github.com/acme' });
    expect(Object.keys(stored)).toEqual(['LINKEDIN', 'GITHUB']);
    expect(socialLinksList({ ...stored, MYSPACE: 'https://myspace.com/x' })).toEqual([
      { network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' },
      { network: 'GITHUB', url: 'https://github.com/acme' },
    ]);
  });

  it('names the row of a bad link or a duplicated network', () => {
    const bad = () =>
      normalizeSocialLinks([
        { network: 'X', url: 'x.com/a' },
        { network: 'YOUTUBE', url: 'vimeo.com/a' },
      ]);
    expect(bad).toThrow(DomainError);
    try {
      bad();
    } catch (e) {
      expect((e as DomainError).field).toBe('socialLinks.1.url');
    }
    try {
      normalizeSocialLinks([
        { network: 'X', url: 'x.com/a' },
        { network: 'X', url: 'x.com/b' },
      ]);
    } catch (e) {
      expect((e as DomainError).field).toBe('socialLinks.1.network');
    }
    expect.assertions(3);
  });
});
