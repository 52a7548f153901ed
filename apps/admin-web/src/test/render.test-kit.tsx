import type { ReactElement } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../app/apollo-client';
import { theme } from '../app/theme';
import { ViewerContext, type Viewer } from '../features/session/hooks/use-viewer';

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  viewer?: Viewer | null;
  /** Initial URL. */
  route?: string;
  /** Route pattern the element is mounted on. */
  path?: string;
}

/** Mantine + mocked Apollo + an in-memory router; every other URL renders a probe showing where we went. */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], viewer = null, route = '/', path = '/' }: RenderOptions = {},
) {
  return render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <MockedProvider mocks={mocks} cache={createCache()}>
        <ViewerContext.Provider value={viewer}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route
                path={path}
                element={
                  <>
                    {ui}
                    <LocationProbe />
                  </>
                }
              />
              <Route path="*" element={<LocationProbe />} />
            </Routes>
          </MemoryRouter>
        </ViewerContext.Provider>
      </MockedProvider>
    </MantineProvider>,
  );
}
