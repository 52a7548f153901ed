import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  AcceptPortalInvitationDocument,
  PortalBrandingDocument,
  PortalMeDocument,
  RequestMagicLinkDocument,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

const brandingMock = (branding: Record<string, unknown> | null, workspaceSlug = 'northwind') => ({
  request: { query: PortalBrandingDocument, variables: { workspaceSlug, clientKey: 'k3y' } },
  result: {
    data: {
      portalBranding: branding && {
        __typename: 'PortalPublicBranding',
        agencyName: 'Northwind Studio',
        currentSlug: 'northwind',
        logoUrl: null,
        primaryColor: '#0ca678',
        accentColor: null,
        clientName: 'Acme Retail',
        locale: 'fr',
        ...branding,
      },
    },
  },
});

const cssVariables = () =>
  Array.from(document.querySelectorAll('style'))
    .map((s) => s.textContent)
    .join('\n');

describe("a client's own portal address", () => {
  afterEach(() => window.localStorage.clear());

  it("shows the agency's branding in the client's language and requests a link for that client only", async () => {
    const answer = jest.fn(() => ({ data: { requestMagicLink: true } }));
    await renderApp({
      path: '/p/northwind/k3y',
      locale: 'en',
      mocks: [
        brandingMock({}),
        {
          request: {
            query: RequestMagicLinkDocument,
            variables: { email: 'ana@acme.test', workspaceSlug: 'northwind', clientKey: 'k3y' },
          },
          result: answer,
        },
      ],
    });
    expect(await screen.findByText('Portail Acme Retail')).toBeInTheDocument();
    expect(screen.getByText('Northwind Studio')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Connectez-vous à votre portail' })).toBeInTheDocument();
    expect(cssVariables()).toContain('--mantine-color-brand-6: #0ca678');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/adresse e-mail/i), 'ana@acme.test');
    await user.click(screen.getByRole('button', { name: "M'envoyer un lien de connexion" }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('moves an old address of the agency (its slug changed) to the current one, replacing the history entry', async () => {
    const { router } = await renderApp({
      path: '/p/old-northwind/k3y',
      mocks: [brandingMock({}, 'old-northwind'), brandingMock({})],
    });
    expect(await screen.findByText('Northwind Studio')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/p/northwind/k3y');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('says when the address is unknown and offers the plain sign-in', async () => {
    await renderApp({ path: '/p/northwind/k3y', mocks: [brandingMock(null)] });
    expect(await screen.findByRole('heading', { name: 'This portal address is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in with my email' })).toHaveAttribute('href', '/sign-in');
  });
});

describe('invitation link', () => {
  const accept = (result: object) => ({
    request: { query: AcceptPortalInvitationDocument, variables: { token: 'tok' } },
    result,
  });

  it('signs in only after the click, then opens the portal', async () => {
    const answer = jest.fn(() => ({ data: { acceptPortalInvitation: portalViewer() } }));
    const { router } = await renderApp({
      path: '/auth/invite?token=tok',
      mocks: [accept(answer), { request: { query: PortalMeDocument }, result: { data: { portalMe: portalViewer() } } }],
    });
    expect(await screen.findByRole('heading', { name: 'Welcome to your client portal' })).toBeInTheDocument();
    expect(answer).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ana Souza' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('explains an expired or used invitation', async () => {
    await renderApp({
      path: '/auth/invite?token=tok',
      mocks: [
        accept({
          errors: [
            new GraphQLError('This invitation has expired or was already used', {
              extensions: { code: 'BAD_USER_INPUT', field: 'token' },
            }),
          ],
        }),
      ],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Accept invitation' }));
    expect(
      await screen.findByRole('heading', { name: 'This invitation has expired or was already used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in with my email' })).toHaveAttribute('href', '/sign-in');
  });
});
