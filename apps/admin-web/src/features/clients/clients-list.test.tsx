import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientFilterOptionsDocument, ClientsDocument, SavedViewsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientRowFixture, clientsPage } from './clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { DEFAULT_LIST_PARAMS, toClientsVariables, type ClientListParams } from './lib/client-list-params';
import { ClientsListRoute } from './routes/clients-list.route';

function clientsMock(
  result: ReturnType<typeof clientsPage>,
  params: Partial<ClientListParams> = {},
  withFinancials = true,
) {
  return {
    request: {
      query: ClientsDocument,
      variables: toClientsVariables({ ...DEFAULT_LIST_PARAMS, ...params }, withFinancials),
    },
    result,
  };
}

/** The dropdown options and saved views every list render asks for. */
const supportMocks = (savedViews: unknown[] = []) => [
  {
    request: { query: ClientFilterOptionsDocument },
    result: {
      data: {
        clientFilterOptions: {
          __typename: 'ClientFilterOptions',
          industries: ['Retail', 'Software'],
          tags: ['vip'],
          accountManagers: [{ __typename: 'User', id: 'user-2', name: 'Maya Manager' }],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  { request: { query: SavedViewsDocument }, result: { data: { savedViews } }, maxUsageCount: Number.POSITIVE_INFINITY },
];

// A member whose workspace grants neither financial visibility nor creating clients.
const readOnlyMember = { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] };

const renderList = (mocks: object[], viewer = viewerFixture('OWNER'), route = '/clients', savedViews: unknown[] = []) =>
  renderWithProviders(<ClientsListRoute />, {
    mocks: [...mocks, ...supportMocks(savedViews)] as Parameters<typeof renderWithProviders>[1] extends infer O
      ? O extends { mocks?: infer M }
        ? M
        : never
      : never,
    viewer,
    route,
    path: '/clients',
  });

describe('ClientsListRoute', () => {
  it('lists clients with contact links, status and value for an owner', async () => {
    renderList([
      clientsMock(
        clientsPage([
          clientRowFixture(),
          clientRowFixture({
            id: 'client-2',
            name: 'Globex',
            legalName: null,
            status: 'PROSPECT',
            email: null,
            totalValue: 0,
          }),
        ]),
      ),
    ]);

    expect(screen.getAllByTestId('skeleton-row').length).toBeGreaterThan(0);
    // The first render of the file also warms up Mantine and Apollo: allow for a slow, shared machine.
    const acme = await screen.findByRole('row', { name: /Acme Corp/ }, { timeout: 5000 });
    expect(within(acme).getByText('Acme Corporation LLC')).toBeInTheDocument();
    expect(within(acme).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(acme).getByRole('link', { name: 'hello@acme.test' })).toHaveAttribute(
      'href',
      'mailto:hello@acme.test',
    );
    expect(within(acme).getByRole('link', { name: '+1 555 0100' })).toHaveAttribute('href', 'tel:+15550100');
    expect(within(acme).getByText('Active')).toBeInTheDocument();
    expect(within(acme).getByText('$12,500.00')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Globex/ })).getByText('Prospect')).toBeInTheDocument();

    expect(screen.getByRole('columnheader', { name: /total value/i })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /new client/i }).length).toBeGreaterThan(0);
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
  });

  it('hides the value column and the create button from a member without those permissions', async () => {
    renderList([clientsMock(clientsPage([clientRowFixture({}, false)]), {}, false)], readOnlyMember);

    await screen.findByRole('row', { name: /Acme Corp/ });
    expect(screen.queryByRole('columnheader', { name: /total value/i })).not.toBeInTheDocument();
    expect(screen.queryByText('$12,500.00')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /new client/i })).not.toBeInTheDocument();
  });

  it('offers no create button in the empty state when the role cannot create', async () => {
    renderList([clientsMock(clientsPage([]), {}, false)], readOnlyMember);

    expect(await screen.findByText('No clients yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /new client/i })).not.toBeInTheDocument();
  });

  it('shows an empty state that invites creating the first client', async () => {
    renderList([clientsMock(clientsPage([]))]);

    expect(await screen.findByText('No clients yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /new client/i })).toHaveLength(2);
  });

  it('tells a filtered search apart from an empty workspace and clears the filters', async () => {
    const user = userEvent.setup();
    renderList(
      [
        clientsMock(clientsPage([]), { search: 'zzz', statuses: ['PAUSED'] }),
        clientsMock(clientsPage([clientRowFixture()])),
      ],
      viewerFixture('OWNER'),
      '/clients?q=zzz&status=PAUSED',
    );

    expect(await screen.findByText('No clients match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /clear filters/i }));

    expect(await screen.findByRole('row', { name: /Acme Corp/ })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/clients$/);
  });

  it('keeps the search in the URL after the debounce', async () => {
    const user = userEvent.setup();
    renderList([
      clientsMock(clientsPage([clientRowFixture(), clientRowFixture({ id: 'client-2', name: 'Globex' })])),
      clientsMock(clientsPage([clientRowFixture()]), { search: 'acme' }),
    ]);
    await screen.findByRole('row', { name: /Globex/ });

    await user.type(screen.getByRole('textbox', { name: 'Search clients' }), 'acme');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/clients?q=acme'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Globex/ })).not.toBeInTheDocument());
  });

  it('sorts by a column when its header is clicked', async () => {
    const user = userEvent.setup();
    renderList([
      clientsMock(clientsPage([clientRowFixture()])),
      clientsMock(clientsPage([clientRowFixture()]), { sortField: 'CREATED_AT', sortDirection: 'DESC' }),
    ]);
    await screen.findByRole('row', { name: /Acme Corp/ });

    await user.click(screen.getByRole('button', { name: 'Sort by Created' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/clients?sort=CREATED_AT');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /created/i })).toHaveAttribute('aria-sort', 'descending'),
    );
  });

  it('opens a client from the keyboard', async () => {
    const user = userEvent.setup();
    renderList([clientsMock(clientsPage([clientRowFixture()]))]);
    const row = await screen.findByRole('row', { name: /Acme Corp/ });

    row.focus();
    await user.keyboard('{Enter}');

    expect(screen.getByTestId('location')).toHaveTextContent('/clients/client-1');
  });

  it('updates the URL and the query when a filter changes', async () => {
    const user = userEvent.setup();
    renderList([
      clientsMock(clientsPage([clientRowFixture(), clientRowFixture({ id: 'client-2', name: 'Globex' })])),
      clientsMock(clientsPage([clientRowFixture({ id: 'client-2', name: 'Globex' })]), { hasProjects: 'yes' }),
      clientsMock(clientsPage([clientRowFixture({ id: 'client-2', name: 'Globex' })]), {
        hasProjects: 'yes',
        industries: ['Retail'],
      }),
    ]);
    await screen.findByRole('row', { name: /Acme Corp/ });

    await user.click(screen.getByRole('button', { name: /more filters/i }));
    await user.click(screen.getByRole('combobox', { name: 'Projects' }));
    await user.click(await screen.findByRole('option', { name: 'With active projects' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/clients?projects=yes'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Acme Corp/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'Industry' }));
    await user.click(await screen.findByRole('option', { name: 'Retail' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/clients?projects=yes&industry=Retail'),
    );
    expect(screen.getByRole('link', { name: /export csv/i })).toHaveAttribute(
      'href',
      '/files/exports/clients.csv?projects=yes&industry=Retail',
    );
  });

  it('hides the export from a role without data.export', async () => {
    renderList([clientsMock(clientsPage([clientRowFixture({}, false)]), {}, false)], readOnlyMember);
    await screen.findByRole('row', { name: /Acme Corp/ });
    expect(screen.queryByRole('link', { name: /export csv/i })).not.toBeInTheDocument();
  });

  it('applies a saved view: filters, sort and view mode go to the URL', async () => {
    const user = userEvent.setup();
    const view = {
      __typename: 'SavedView',
      id: 'view-1',
      name: 'VIP cards',
      viewMode: 'CARDS',
      filters: {
        __typename: 'SavedClientFilter',
        search: null,
        status: ['ACTIVE'],
        includeArchived: false,
        hasProjects: null,
        industries: null,
        sizes: null,
        tags: ['vip'],
        accountManagerIds: null,
        customFields: null,
        tenure: null,
        valueMin: null,
        valueBelow: null,
      },
      sort: { __typename: 'SavedClientSort', field: 'CREATED_AT', direction: 'DESC' },
    };
    renderList(
      [
        clientsMock(clientsPage([clientRowFixture(), clientRowFixture({ id: 'client-2', name: 'Globex' })])),
        clientsMock(clientsPage([clientRowFixture()]), {
          statuses: ['ACTIVE'],
          tags: ['vip'],
          sortField: 'CREATED_AT',
          sortDirection: 'DESC',
          view: 'CARDS',
        }),
      ],
      viewerFixture('OWNER'),
      '/clients',
      [view],
    );
    await screen.findByRole('row', { name: /Globex/ });

    await user.click(screen.getByRole('button', { name: /views/i }));
    await user.click(await screen.findByRole('menuitem', { name: /VIP cards/ }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/clients?status=ACTIVE&tag=vip&sort=CREATED_AT&view=cards',
      ),
    );
    // The cards may first show the previous result; the filtered one replaces it.
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Globex' })).not.toBeInTheDocument());
    expect(screen.getByRole('listitem', { name: 'Acme Corp' })).toBeInTheDocument();
  });

  it('asks before archiving from the row actions', async () => {
    const user = userEvent.setup();
    renderList([clientsMock(clientsPage([clientRowFixture()]))]);
    await screen.findByRole('row', { name: /Acme Corp/ });

    await user.click(screen.getByRole('button', { name: 'Actions for Acme Corp' }));
    expect(await screen.findByRole('menuitem', { name: 'Email' })).toHaveAttribute('href', 'mailto:hello@acme.test');
    expect(screen.getByRole('menuitem', { name: 'Call' })).toHaveAttribute('href', 'tel:+15550100');
    await user.click(screen.getByRole('menuitem', { name: /archive/i }));
    expect(await screen.findByRole('dialog', { name: 'Archive Acme Corp?' })).toBeInTheDocument();
  });
});
