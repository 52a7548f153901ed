import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { createCache } from '../../app/apollo-client';
import { viewerFixture } from '../../test/session.test-kit';
import { RequireSession } from './components/require-session';
import { useViewer } from './hooks/use-viewer';

function SignInProbe() {
  const { pathname, search } = useLocation();
  return <p>sign-in page at {`${pathname}${search}`}</p>;
}

function Greeting() {
  return <p>Hello {useViewer().user.name}</p>;
}

function renderAt(url: string, me: unknown) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={[{ request: { query: MeDocument }, result: { data: { me } } }]} cache={createCache()}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path="/sign-in" element={<SignInProbe />} />
            <Route element={<RequireSession />}>
              <Route path="/clients" element={<Greeting />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('RequireSession', () => {
  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    renderAt('/clients?q=acme', null);

    expect(screen.getByRole('status')).toHaveTextContent('Loading your workspace');
    expect(await screen.findByText('sign-in page at /sign-in?next=%2Fclients%3Fq%3Dacme')).toBeInTheDocument();
  });

  it('renders the page with the viewer once signed in', async () => {
    renderAt('/clients', viewerFixture('OWNER'));

    expect(await screen.findByText('Hello Olivia Owner')).toBeInTheDocument();
  });
});
