import '@testing-library/jest-dom';
import { LOCALES } from '../shared/i18n/locales';
import { loadDictionary } from '../shared/i18n/translate';

// Languages other than English are lazy chunks in the app; tests render any language straight away.
beforeAll(() => Promise.all(LOCALES.map(loadDictionary)));

// jsdom lacks the layout APIs Mantine relies on.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  window.localStorage.clear();
});
