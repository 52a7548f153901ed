import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ClientDocument, ClientTimelineDocument, PinnedNotesDocument, UpdateClientDocument } from '@clientflow/graphql-types/admin';
import { clientDetailFixture, viewerFixture } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ClientDetailRoute } from './routes/client-detail-route';

const clientQuery = (result: object, id = 'client-1') => ({
  request: { query: ClientDocument, variables: { id, withFinancials: true } },
  result,
});

// The overview shows pinned notes; the timeline tab its feed (both empty here).
const panelMocks = (id: string) => [
  { request: { query: PinnedNotesDocument, variables: { clientId: id } }, result: { data: { pinnedNotes: [] } }, maxUsageCount: 5 },
  {
    request: { query: ClientTimelineDocument, variables: { clientId: id, filter: null, first: 20 } },
    result: { data: { clientTimeline: { hasMore: false, endCursor: null, nodes: [] } } },
  },
];

const renderDetail = (mocks: object[], id = 'client-1') =>
  renderWithProviders(<ClientDetailRoute />, {
    mocks: [...mocks, ...panelMocks(id)] as never,
    viewer: viewerFixture('OWNER'),
    route: `/clients/${id}`,
    path: '/clients/:id',
  });

describe('ClientDetailRoute', () => {
  it('shows the profile, contacts and the tabs still to be filled', async () => {
    const user = userEvent.setup();
    renderDetail([clientQuery({ data: { client: clientDetailFixture() } })]);

    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument();
    expect(screen.getByText('$12,500.00')).toBeInTheDocument();
    expect(screen.getByText('EIN US-123')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Email' })).toHaveAttribute('href', 'mailto:hello@acme.test');
    const contacts = screen.getAllByRole('listitem');
    expect(within(contacts[0]!).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(contacts[0]!).getByLabelText('Primary contact')).toBeInTheDocument();
    expect(within(contacts[1]!).getByText('Billing')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Timeline' }));
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/clients/client-1?tab=timeline');
  });

  it('says so when the client does not exist', async () => {
    renderDetail(
      [clientQuery({ errors: [new GraphQLError('Client not found', { extensions: { code: 'NOT_FOUND' } })] }, 'missing')],
      'missing',
    );

    expect(await screen.findByText('Client not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /back to clients/i })).toHaveAttribute('href', '/clients');
  });

  it('offers only the allowed next statuses and sends the reason with a change', async () => {
    const user = userEvent.setup();
    const client = clientDetailFixture();
    const updated = clientDetailFixture({ status: 'ACTIVE', statusReason: 'Signed the contract' });
    renderDetail([
      clientQuery({ data: { client } }),
      {
        request: {
          query: UpdateClientDocument,
          variables: (vars: { id: string; input: Record<string, unknown> }) =>
            vars.id === 'client-1' && vars.input.status === 'ACTIVE' && vars.input.statusReason === 'Signed the contract',
        },
        result: { data: { updateClient: updated } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByLabelText('Status', { selector: 'input' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Prospect (current)', 'Active', 'Inactive']);

    await user.click(screen.getByRole('option', { name: 'Active' }));
    await user.type(within(drawer).getByRole('textbox', { name: /reason/i }), 'Signed the contract');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Acme Corp was updated.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Active').length).toBeGreaterThan(0));
  });
});
