import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// CI machines are small and run suites in parallel: give findBy*/waitFor room, so slowness is not a failure.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks the layout APIs Mantine reaches for; these stubs are inert.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = window.ResizeObserver ?? (ResizeObserverStub as unknown as typeof ResizeObserver);

Element.prototype.scrollIntoView = Element.prototype.scrollIntoView ?? (() => {});

const { getComputedStyle } = window;
window.getComputedStyle = (element: Element, pseudo?: string | null) => getComputedStyle(element, pseudo);
