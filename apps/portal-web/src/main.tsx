import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/app-providers';
import { createApolloClient } from './app/apollo-client';
import { isPublicPath, routes } from './app/router';
import { describeError } from './shared/errors/api-error';
import { browserLanguages, DEFAULT_LOCALE, detectLocale, toLocale } from './shared/i18n/locales';
import { loadDictionary, translate } from './shared/i18n/translate';
import type { Translate } from './shared/i18n/translate';

const router = createBrowserRouter(routes);

// Start fetching the visitor's language right away (the provider switches to it as soon as it arrives).
void loadDictionary(detectLocale(browserLanguages())).catch(() => undefined);

// Outside React, follow whatever language the I18nProvider last put on <html lang>.
const currentT: Translate = (key, params) =>
  translate(toLocale(document.documentElement.lang) ?? DEFAULT_LOCALE, key, params);

const RECONNECTING_ID = 'api-reconnecting';

const client = createApolloClient({
  onUnauthenticated: () => {
    if (isPublicPath(router.state.location.pathname)) return;
    notifications.show({ id: 'session-ended', color: 'yellow', message: currentT('errors.sessionEnded') });
    void router.navigate('/sign-in', { replace: true }).then(() => client.clearStore());
  },
  onError: (error) => {
    const message = describeError(error, currentT);
    notifications.show({ id: message, color: 'red', title: currentT('errors.title'), message });
  },
  onReconnecting: () =>
    notifications.show({
      id: RECONNECTING_ID,
      color: 'blue',
      loading: true,
      autoClose: false,
      withCloseButton: false,
      title: currentT('errors.reconnecting'),
      message: currentT('errors.reconnectingDetail'),
    }),
  onReconnected: () => notifications.hide(RECONNECTING_ID),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>
  </StrictMode>,
);
