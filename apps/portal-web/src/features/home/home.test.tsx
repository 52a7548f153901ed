import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PortalMeDocument, PortalSignOutDocument } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

function portalMeMock(viewer: ReturnType<typeof portalViewer> | null) {
  return { request: { query: PortalMeDocument }, result: { data: { portalMe: viewer } } };
}

function mantineCssVariables(): string {
  return Array.from(document.querySelectorAll('style'))
    .map((style) => style.textContent)
    .join('\n');
}

describe('portal home', () => {
  it('shows the client and the agency, branded with the agency colour', async () => {
    await renderApp({ path: '/', mocks: [portalMeMock(portalViewer({ primaryColor: '#d6336c' }))] });

    expect(await screen.findByRole('heading', { name: 'Welcome, Ana Souza' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Northwind Studio')).toBeInTheDocument();
    expect(within(banner).getByText('Ana Souza')).toBeInTheDocument();
    expect(screen.getByText('This is the Northwind Studio portal for Acme Retail.')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Your agency will share projects, documents and invoices here.')).toBeInTheDocument();
    expect(mantineCssVariables()).toContain('--mantine-color-brand-6: #d6336c');
  });

  it('shows the agency logo when there is one', async () => {
    await renderApp({ path: '/', mocks: [portalMeMock(portalViewer({ logoUrl: '/files/logo.png' }))] });
    expect(await screen.findByRole('img', { name: 'Northwind Studio logo' })).toHaveAttribute('src', '/files/logo.png');
  });

  it("speaks the agency's portal language", async () => {
    await renderApp({
      path: '/',
      mocks: [portalMeMock(portalViewer({ locale: 'pt', status: 'PAUSED' }))],
      locale: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Boas-vindas, Ana Souza' })).toBeInTheDocument();
    expect(screen.getByText('Pausado')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sair' })).toBeInTheDocument();
  });

  it('sends signed-out visitors to the sign-in page', async () => {
    const { router } = await renderApp({ path: '/', mocks: [portalMeMock(null)] });
    expect(await screen.findByRole('heading', { name: 'Sign in to your portal' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('signs out back to the sign-in page', async () => {
    const { router } = await renderApp({
      path: '/',
      mocks: [
        portalMeMock(portalViewer()),
        { request: { query: PortalSignOutDocument }, result: { data: { portalSignOut: true } } },
      ],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to your portal' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(mantineCssVariables()).not.toContain('#d6336c');
  });
});
