import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { createApolloClient } from './app/apollo-client';
import { createAppRouter } from './app/router';
import { theme } from './app/theme';

const router = createAppRouter();

// Several queries can fail together when a session expires: redirect once.
let signingOut = false;
const client = createApolloClient({
  onUnauthenticated: () => {
    if (signingOut) return;
    signingOut = true;
    const { pathname, search } = window.location;
    void client.clearStore().finally(() => {
      signingOut = false;
      if (pathname.startsWith('/sign-in')) return;
      notifications.show({
        id: 'session-ended',
        color: 'yellow',
        message: 'Your session has ended. Please sign in again.',
      });
      void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    });
  },
  // Re-read the viewer: its twoFactorSetupRequired flag puts the set-up gate in front of the app.
  onTwoFactorSetupRequired: () => void client.refetchQueries({ include: [MeDocument] }),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" limit={4} />
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
