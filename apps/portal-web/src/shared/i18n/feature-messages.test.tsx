import { act, render, screen } from '@testing-library/react';
import { createFeatureMessages } from './feature-messages';
import { I18nProvider } from './i18n-provider';
import { loadDictionary } from './translate';

const demoEn = { 'demo.hello': 'Hello {name}', 'demo.bye': 'Bye' };
type DemoMessages = Record<keyof typeof demoEn, string>;

function deferred() {
  let resolve!: (messages: DemoMessages) => void;
  const promise = new Promise<DemoMessages>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function setup() {
  const pt = deferred();
  const loaders = {
    pt: jest.fn(() => pt.promise),
    es: jest.fn(() => Promise.resolve({ 'demo.hello': 'Hola {name}', 'demo.bye': 'Adiós' })),
    fr: jest.fn(() => Promise.reject(new Error('chunk failed'))),
  };
  return { messages: createFeatureMessages(demoEn, loaders), loaders, pt };
}

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('feature messages', () => {
  it('falls back to English until a language has loaded, and loads each language once', async () => {
    const { messages, loaders } = setup();
    expect(messages.translate('es', 'demo.hello', { name: 'Ana' })).toBe('Hello Ana');
    await Promise.all([messages.load('es'), messages.load('es')]);
    await messages.load('es');
    expect(loaders.es).toHaveBeenCalledTimes(1);
    expect(messages.isLoaded('es')).toBe(true);
    expect(messages.translate('es', 'demo.hello', { name: 'Ana' })).toBe('Hola Ana');
    expect(messages.translate('es', 'demo.hello')).toBe('Hola {name}');
  });

  it('preloads the language the portal will start in, and survives a chunk that cannot load', async () => {
    const { messages, loaders } = setup();
    window.localStorage.setItem('clientflow.portal.locale', 'es');
    document.documentElement.lang = 'fr';
    await expect(messages.preload()).resolves.toBeUndefined();
    expect(loaders.es).toHaveBeenCalledTimes(1);
    expect(loaders.fr).toHaveBeenCalledTimes(1);
    expect(messages.isLoaded('es')).toBe(true);
    expect(messages.isLoaded('fr')).toBe(false);
  });

  it('gives components their own and the shared keys, never mixing two languages on screen', async () => {
    const { messages, pt } = setup();
    function Demo() {
      const t = messages.useT();
      return (
        <p>
          {t('demo.hello', { name: 'Ana' })} / {t('common.retry')}
        </p>
      );
    }
    await loadDictionary('pt');
    render(
      <I18nProvider initialLocale="pt">
        <Demo />
      </I18nProvider>,
    );
    // The shared Portuguese dictionary is there, the feature's is not yet: the page stays English as a whole.
    expect(screen.getByText('Hello Ana / Try again')).toBeInTheDocument();
    await act(async () => pt.resolve({ 'demo.hello': 'Olá {name}', 'demo.bye': 'Tchau' }));
    expect(await screen.findByText('Olá Ana / Tentar novamente')).toBeInTheDocument();
  });

  it('stays in English when the feature cannot fetch the language', async () => {
    const { messages } = setup();
    function Demo() {
      const t = messages.useT();
      return (
        <p>
          {t('demo.bye')} / {t('common.retry')}
        </p>
      );
    }
    await loadDictionary('fr');
    render(
      <I18nProvider initialLocale="fr">
        <Demo />
      </I18nProvider>,
    );
    await act(() => messages.load('fr').catch(() => undefined));
    expect(screen.getByText('Bye / Try again')).toBeInTheDocument();
  });
});
