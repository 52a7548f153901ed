import { emailLocaleOf, renderLocalizedEmail, type LocalizedEmail } from './localized-email';

const hello: LocalizedEmail<{ name: string; url: string }> = {
  en: (p) => ({
    subject: 'Hello',
    greeting: `Hi ${p.name},`,
    intro: ['Welcome.'],
    action: { label: 'Open', url: p.url },
  }),
  pt: (p) => ({
    subject: 'Olá',
    greeting: `Olá ${p.name},`,
    intro: ['Bem-vindo.'],
    action: { label: 'Abrir', url: p.url },
  }),
  es: (p) => ({ subject: 'Hola', greeting: `Hola ${p.name}:`, intro: ['Bienvenido.'] }),
  fr: (p) => ({ subject: 'Bonjour', greeting: `Bonjour ${p.name},`, intro: ['Bienvenue.'], outro: ['À bientôt.'] }),
};

describe('localized emails', () => {
  it('picks the language, falling back to English', () => {
    expect(emailLocaleOf('pt-BR')).toBe('pt');
    expect(emailLocaleOf('FR')).toBe('fr');
    expect(emailLocaleOf('de')).toBe('en');
    expect(emailLocaleOf(null)).toBe('en');
    expect(renderLocalizedEmail(hello, 'es', { name: 'Ana', url: 'http://x' }).subject).toBe('Hola');
  });

  it('escapes every value in HTML and keeps the link in the text part', () => {
    const mail = renderLocalizedEmail(hello, 'en', { name: '<b>Eve</b>', url: 'http://x/?a=1&b=2' });
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(mail.html).toContain('href="http://x/?a=1&amp;b=2"');
    expect(mail.text).toContain('Open: http://x/?a=1&b=2');
    expect(mail.html).toContain('lang="en"');
  });
});
