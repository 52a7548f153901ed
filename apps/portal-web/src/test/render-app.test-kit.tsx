import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { routes } from '../app/router';
import type { Locale } from '../shared/i18n/locales';

interface RenderAppOptions {
  path: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  locale?: Locale;
}

/** Renders the real route tree at `path`, against mocked GraphQL responses. */
export async function renderApp({ path, mocks = [], locale = 'en' }: RenderAppOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // Routes are lazy chunks: let the first match load before React renders, as the browser shows a loader meanwhile.
  await new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  const view = render(
    <MockedProvider mocks={mocks}>
      <AppProviders initialLocale={locale}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { ...view, router };
}
