import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  ClientPortalSettingsDocument,
  InviteContactToPortalDocument,
  RevokePortalAccessDocument,
  UpdateClientPortalSettingsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientPortalPanel } from './components/client-portal-panel';

const DEFAULTS = [
  'VIEW_PROJECTS',
  'VIEW_TASKS',
  'COMMENT',
  'APPROVE',
  'VIEW_DOCUMENTS',
  'VIEW_INVOICES',
  'VIEW_TIMELINE',
  'OPEN_TICKETS',
];

const contact = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  __typename: 'PortalContactAccess',
  id,
  name,
  email: `${id}@acme.test`,
  role: 'DECISION_MAKER',
  portalAccess: false,
  portalInvitedAt: null,
  permissions: [],
  ...over,
});

const settings = (over: Record<string, unknown> = {}) => ({
  __typename: 'ClientPortalSettings',
  clientId: 'c1',
  enabled: true,
  allProjects: true,
  projectIds: [],
  permissions: DEFAULTS,
  locale: null,
  effectiveLocale: 'en',
  portalKey: 'k3y',
  portalUrl: 'http://portal.test/p/demo/k3y',
  contacts: [
    contact('ana', 'Ana Souza'),
    contact('bob', 'Bob Billing', {
      role: 'BILLING',
      portalAccess: true,
      permissions: ['VIEW_INVOICES'],
      portalInvitedAt: '2026-03-01T10:00:00Z',
    }),
  ],
  ...over,
});

const load = (s = settings()) => ({
  request: { query: ClientPortalSettingsDocument, variables: { clientId: 'c1' } },
  result: {
    data: {
      clientPortalSettings: s,
      projects: {
        __typename: 'ProjectPage',
        nodes: [{ __typename: 'Project', id: 'p1', name: 'Website', status: 'ACTIVE' }],
      },
    },
  },
  maxUsageCount: 3,
});

const rowOf = (role: string) => screen.getByTestId(`role-${role}`);

describe('client Portal tab', () => {
  it('shows the address, the permissions with what each role gets, live, and saves them', async () => {
    const user = userEvent.setup();
    let sent: unknown = null;
    renderWithProviders(<ClientPortalPanel clientId="c1" />, {
      viewer: viewerFixture('MANAGER'),
      mocks: [
        load(),
        {
          request: {
            query: UpdateClientPortalSettingsDocument,
            variables: (v: { input: unknown }) => ((sent = v.input), true),
          },
          result: {
            data: {
              updateClientPortalSettings: settings({
                permissions: DEFAULTS.filter((p) => p !== 'VIEW_INVOICES'),
                locale: 'pt',
                effectiveLocale: 'pt',
              }),
            },
          },
        },
      ] as never,
    });

    expect(await screen.findByDisplayValue('http://portal.test/p/demo/k3y')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy portal URL' })).toBeInTheDocument();
    expect(within(rowOf('BILLING')).getByText('View and pay invoices')).toBeInTheDocument();
    expect(within(rowOf('TECHNICAL')).queryByText('Approve deliverables')).not.toBeInTheDocument();
    expect(within(rowOf('DECISION_MAKER')).getByText('Approve deliverables')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Upload files/ })).not.toBeChecked();

    await user.click(screen.getByRole('switch', { name: /View and pay invoices/ }));
    expect(within(rowOf('BILLING')).getByText('Nothing')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Portal language', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Português' }));
    await user.click(screen.getByRole('button', { name: 'Save portal settings' }));

    expect(await screen.findByText('Portal settings saved')).toBeInTheDocument();
    expect(sent).toEqual({
      enabled: true,
      allProjects: true,
      projectIds: [],
      permissions: DEFAULTS.filter((p) => p !== 'VIEW_INVOICES'),
      locale: 'pt',
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save portal settings' })).toBeDisabled());
  }, 20000);

  it("puts the server's answer on the field it names", async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientPortalPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        load(settings({ allProjects: false, projectIds: ['p1'] })),
        {
          request: { query: UpdateClientPortalSettingsDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('Choose only projects of this client', {
                extensions: { code: 'BAD_USER_INPUT', field: 'projectIds' },
              }),
            ],
          },
        },
      ] as never,
    });
    await user.click(await screen.findByRole('switch', { name: /Upload files/ }));
    await user.click(screen.getByRole('button', { name: 'Save portal settings' }));
    expect(await screen.findByText('Choose only projects of this client')).toBeInTheDocument();
  });

  it('invites a contact and revokes another after confirmation', async () => {
    const user = userEvent.setup();
    const invited = jest.fn(() => ({
      data: { inviteContactToPortal: { __typename: 'Contact', id: 'ana', portalAccess: true } },
    }));
    const revoked = jest.fn(() => ({
      data: { revokePortalAccess: { __typename: 'Contact', id: 'bob', portalAccess: false } },
    }));
    renderWithProviders(<ClientPortalPanel clientId="c1" />, {
      viewer: viewerFixture('ADMIN'),
      mocks: [
        load(),
        { request: { query: InviteContactToPortalDocument, variables: { contactId: 'ana' } }, result: invited },
        { request: { query: RevokePortalAccessDocument, variables: { contactId: 'bob' } }, result: revoked },
      ] as never,
    });
    const table = await screen.findByRole('table', { name: 'Portal access by contact' });
    expect(within(table).getByText('Has access · 1 permissions')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Invite to portal Ana Souza' }));
    expect(await screen.findByText('Invitation sent')).toBeInTheDocument();
    expect(invited).toHaveBeenCalledTimes(1);

    await user.click(within(table).getByRole('button', { name: 'Revoke portal access of Bob Billing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke portal access?' });
    expect(revoked).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    expect(await screen.findByText('Access revoked')).toBeInTheDocument();
    expect(revoked).toHaveBeenCalledTimes(1);
  }, 20000);

  it('cannot invite while the portal is off', async () => {
    renderWithProviders(<ClientPortalPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [load(settings({ enabled: false }))] as never,
    });
    expect(await screen.findByRole('button', { name: 'Invite to portal Ana Souza' })).toBeDisabled();
    expect(screen.getByText('Portal off')).toBeInTheDocument();
    expect(within(rowOf('DECISION_MAKER')).getByText('Nothing')).toBeInTheDocument();
  });

  it('tells a MEMBER who manages the portal, without loading the settings', async () => {
    const loaded = jest.fn(() => load().result);
    renderWithProviders(<ClientPortalPanel clientId="c1" />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [{ ...load(), result: loaded }] as never,
    });
    expect(screen.getByText('Portal settings are managed by owners, admins and managers')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(loaded).not.toHaveBeenCalled();
  });
});
