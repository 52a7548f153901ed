import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { Role } from '@clientflow/domain';
import {
  ChangeClientStatusDocument,
  ClientCustomFieldsDocument,
  ClientDocument,
  ClientTimelineDocument,
  DeleteClientDocument,
  PinnedNotesDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientDetailFixture } from './clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientDetailRoute } from './routes/client-detail.route';

const clientQuery = (result: object, id = 'client-1', withFinancials = true) => ({
  request: { query: ClientDocument, variables: { id, withFinancials } },
  result,
});

const CUSTOM_FIELDS_MOCK = (id: string) => ({
  request: { query: ClientCustomFieldsDocument, variables: { id } },
  result: { data: { client: { __typename: 'Client', id, customFieldValues: [] } } },
  maxUsageCount: 5,
});

// The overview shows pinned notes and custom fields; the timeline tab its feed (all empty here).
const panelMocks = (id: string) => [
  {
    request: { query: PinnedNotesDocument, variables: { clientId: id } },
    result: { data: { pinnedNotes: [] } },
    maxUsageCount: 5,
  },
  {
    request: { query: ClientTimelineDocument, variables: { clientId: id, filter: null, first: 20 } },
    result: { data: { clientTimeline: { hasMore: false, endCursor: null, nodes: [] } } },
    maxUsageCount: 5,
  },
  CUSTOM_FIELDS_MOCK(id),
];

const renderDetail = (mocks: object[], { id = 'client-1', role = 'OWNER' as Role, tab = '' } = {}) =>
  renderWithProviders(<ClientDetailRoute />, {
    mocks: [...mocks, ...panelMocks(id)] as never,
    viewer: viewerFixture(role),
    route: `/clients/${id}${tab ? `?tab=${tab}` : ''}`,
    path: '/clients/:id',
  });

describe('ClientDetailRoute', () => {
  it('shows the profile, social links, who to contact for what, and the tabs still to be filled', async () => {
    const user = userEvent.setup();
    renderDetail([clientQuery({ data: { client: clientDetailFixture() } })]);

    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument();
    expect(screen.getByText('$12,500.00')).toBeInTheDocument();
    expect(screen.getByText('EIN US-123')).toBeInTheDocument();
    expect(screen.getByText('Maya Manager')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Email' })).toHaveAttribute('href', 'mailto:hello@acme.test');
    expect(screen.getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/company/acme',
    );

    const guide = screen.getByRole('table', { name: 'Who to contact for what' });
    const [decision, billing] = within(guide).getAllByRole('row');
    expect(within(decision!).getByText('Decision maker')).toBeInTheDocument();
    expect(within(decision!).getByRole('link', { name: 'ada@acme.test' })).toHaveAttribute(
      'href',
      'mailto:ada@acme.test',
    );
    expect(within(billing!).getByText('Invoices and payments')).toBeInTheDocument();
    expect(within(billing!).getByRole('link', { name: '+1 555 0101' })).toHaveAttribute('href', 'tel:+15550101');

    await user.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/clients/client-1?tab=timeline');
  });

  it('says so when the client does not exist', async () => {
    renderDetail(
      [
        clientQuery(
          { errors: [new GraphQLError('Client not found', { extensions: { code: 'NOT_FOUND' } })] },
          'missing',
        ),
      ],
      { id: 'missing' },
    );

    expect(await screen.findByText('Client not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /back to clients/i })).toHaveAttribute('href', '/clients');
  });

  it('offers only the allowed next statuses and sends the optional reason', async () => {
    const user = userEvent.setup();
    const updated = clientDetailFixture({ status: 'ACTIVE', statusReason: 'Signed the contract' });
    renderDetail([
      clientQuery({ data: { client: clientDetailFixture() } }),
      {
        request: {
          query: ChangeClientStatusDocument,
          variables: { id: 'client-1', status: 'ACTIVE', reason: 'Signed the contract', withFinancials: true },
        },
        result: { data: { changeClientStatus: updated } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: /change status/i }));
    const options = (await screen.findAllByRole('menuitem')).map((o) => o.textContent);
    expect(options).toEqual(['Active', 'Inactive']); // PROSPECT → ACTIVE | INACTIVE, never PAUSED

    await user.click(screen.getByRole('menuitem', { name: 'Active' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Active' });
    await user.type(within(dialog).getByRole('textbox', { name: /reason/i }), 'Signed the contract');
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('Acme Corp is now active.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /status: active/i })).toBeInTheDocument());
  });

  it('deletes only after the client name is typed exactly, then goes back to the list', async () => {
    const user = userEvent.setup();
    renderDetail([
      clientQuery({ data: { client: clientDetailFixture() } }),
      {
        request: { query: DeleteClientDocument, variables: { id: 'client-1' } },
        result: { data: { deleteClient: true } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Corp?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete client' });
    expect(confirm).toBeDisabled();

    const input = within(dialog).getByRole('textbox', { name: 'Client name to confirm' });
    await user.type(input, 'acme corp');
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Acme Corp');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/clients$/));
    expect(await screen.findByText(/moved to Deleted clients/)).toBeInTheDocument();
  });

  it.each([
    ['OWNER', true, true],
    ['ADMIN', true, true],
    ['MANAGER', false, true],
    ['MEMBER', false, false],
  ] as const)('for a %s shows delete: %s, portal access controls: %s', async (role, canDelete, canPortal) => {
    const user = userEvent.setup();
    const withFinancials = role !== 'MEMBER';
    renderDetail([clientQuery({ data: { client: clientDetailFixture() } }, 'client-1', withFinancials)], {
      role,
      tab: 'contacts',
    });

    const ada = await screen.findByRole('article', { name: 'Ada Lovelace' });
    expect(within(ada).queryByRole('switch', { name: 'Client portal access' }) !== null).toBe(canPortal);
    if (!canPortal) expect(within(ada).getByText('Portal access')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    expect(await screen.findByRole('menuitem', { name: 'Archive client' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete client' }) !== null).toBe(canDelete);
  });
});
