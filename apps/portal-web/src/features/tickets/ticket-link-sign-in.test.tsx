import { screen } from '@testing-library/react';
import { PortalMeDocument } from '@clientflow/graphql-types/portal';
import { rememberReturnPath, takeReturnPath } from '../home/hooks/use-return-after-sign-in';
import { renderApp } from '../../test/render-app.test-kit';
import { me, message, thread, ticket } from './tickets.test-kit';

const signedOut = { request: { query: PortalMeDocument }, result: { data: { portalMe: null } } };

describe('the reply email’s link to a thread', () => {
  it('brings a signed-out contact back to the thread once signed in', async () => {
    const first = await renderApp({ path: '/tickets/t1', mocks: [signedOut] });
    expect(await screen.findByRole('heading', { name: 'Sign in to your portal' })).toBeInTheDocument();
    first.unmount();

    // The sign-in link (often opened in another tab) ends on the home page.
    const { router } = await renderApp({ path: '/', mocks: [me(), thread({ ...ticket(), messages: [message()] })] });
    expect(await screen.findByRole('heading', { name: 'Checkout page shows an error' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tickets/t1');
  });

  it('works when the contact is already signed in', async () => {
    await renderApp({ path: '/tickets/t1', mocks: [me(), thread({ ...ticket(), messages: [message()] })] });
    expect(await screen.findByRole('heading', { name: 'Checkout page shows an error' })).toBeInTheDocument();
  });

  it('remembers a page once, for an hour, and only an in-app path', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    rememberReturnPath('/tickets/t1', now);
    expect(takeReturnPath(now + 59 * 60_000)).toBe('/tickets/t1');
    expect(takeReturnPath(now)).toBeNull();
    rememberReturnPath('/tickets/t1', now);
    expect(takeReturnPath(now + 61 * 60_000)).toBeNull();
    rememberReturnPath('//evil.example/path', now);
    expect(takeReturnPath(now)).toBeNull();
  });
});
