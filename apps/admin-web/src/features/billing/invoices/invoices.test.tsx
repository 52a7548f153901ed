import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { InvoiceDocument, InvoicesDocument, RecordPaymentDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { MainNav } from '../../shell/components/main-nav';
import { clientOptionsMock, invoiceDetail, invoiceRow } from '../shared/billing-documents.test-kit';
import { InvoiceDetailRoute } from './routes/invoice-detail.route';
import { InvoicesListRoute } from './routes/invoices-list.route';

const listVariables = (filter: Record<string, unknown> = {}) => ({
  filter: { search: null, status: null, overdue: null, clientId: null, ...filter },
  sort: { field: 'CREATED_AT', direction: 'DESC' },
  page: { offset: 0, limit: 25 },
});

const listMock = (filter: Record<string, unknown>, nodes: unknown[], totals: unknown[]) => ({
  request: { query: InvoicesDocument, variables: listVariables(filter) },
  result: {
    data: { invoices: { __typename: 'InvoicePage', totalCount: nodes.length, hasMore: false, totals, nodes } },
  },
});

const usdTotals = (count: number, total: number, amountPaid: number) => ({
  __typename: 'InvoiceCurrencyTotals',
  currency: 'USD',
  count,
  total,
  amountPaid,
  balance: total - amountPaid,
});

describe('Invoices list', () => {
  it('shows the totals of the filtered set and switches to the Overdue view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InvoicesListRoute />, {
      viewer: viewerFixture('OWNER'),
      route: '/invoices',
      path: '/invoices',
      mocks: [
        clientOptionsMock,
        listMock(
          {},
          [
            invoiceRow(),
            invoiceRow({ id: 'inv-2', number: 'INV-0002', status: 'PAID', amountPaid: 5000, balance: 0, total: 5000 }),
          ],
          [usdTotals(2, 17300, 5000)],
        ),
        listMock(
          { overdue: true },
          [invoiceRow({ id: 'inv-3', number: 'INV-0003', isOverdue: true })],
          [usdTotals(1, 12300, 0)],
        ),
      ],
    });
    expect(await screen.findByRole('link', { name: 'INV-0002' })).toHaveAttribute('href', '/invoices/inv-2');
    const totals = screen.getByLabelText('Totals of the filtered list');
    expect(within(totals).getByText('$173.00')).toBeInTheDocument();
    expect(within(totals).getByText('$50.00')).toBeInTheDocument();
    expect(within(totals).getByText('$123.00')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Overdue' }));
    expect(await screen.findByRole('link', { name: 'INV-0003' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'INV-0002' })).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/invoices?status=OVERDUE');
    expect(within(screen.getByRole('table', { name: 'Invoices' })).getByText('Overdue')).toBeInTheDocument();
  });

  it('shows a Settling badge with the amount on its way next to the status', async () => {
    renderWithProviders(<InvoicesListRoute />, {
      viewer: viewerFixture('OWNER'),
      route: '/invoices',
      path: '/invoices',
      mocks: [
        clientOptionsMock,
        listMock(
          {},
          [invoiceRow({ amountSettling: 12300 }), invoiceRow({ id: 'inv-2', number: 'INV-0002' })],
          [usdTotals(2, 24600, 0)],
        ),
      ],
    });
    const settling = (await screen.findByRole('link', { name: 'INV-0001' })).closest('tr')!;
    expect(within(settling).getByText('Sent')).toBeInTheDocument();
    expect(within(settling).getByText('Settling $123.00')).toBeInTheDocument();
    const other = screen.getByRole('link', { name: 'INV-0002' }).closest('tr')!;
    expect(within(other).queryByText(/Settling/)).not.toBeInTheDocument();
  });

  it('offers a first invoice when there are none', async () => {
    renderWithProviders(<InvoicesListRoute />, {
      viewer: viewerFixture('MANAGER'),
      route: '/invoices',
      path: '/invoices',
      mocks: [clientOptionsMock, listMock({}, [], [])],
    });
    expect(await screen.findByText('No invoices yet')).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: 'New invoice' }).length +
        screen.getAllByRole('link', { name: 'New invoice' }).length,
    ).toBe(2);
  });

  it('has no nav item for a MEMBER without financial visibility', () => {
    renderWithProviders(<MainNav onNavigate={() => {}} />, { viewer: viewerFixture('MEMBER') });
    expect(screen.queryByRole('link', { name: 'Invoices' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Quotes' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Projects' })).toBeInTheDocument();
  });

  it('shows a MEMBER the forbidden state on /invoices and asks the API nothing', () => {
    renderWithProviders(<InvoicesListRoute />, {
      viewer: viewerFixture('MEMBER'),
      route: '/invoices',
      path: '/invoices',
      mocks: [],
    });
    expect(screen.getByText("You don't have access")).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the nav items to an owner', () => {
    renderWithProviders(<MainNav onNavigate={() => {}} />, { viewer: viewerFixture('OWNER') });
    expect(screen.getByRole('link', { name: 'Invoices' })).toHaveAttribute('href', '/invoices');
    expect(screen.getByRole('link', { name: 'Quotes' })).toHaveAttribute('href', '/quotes');
  });
});

describe('Invoice detail: record payment', () => {
  const detailMock = (invoice: object) => ({
    request: { query: InvoiceDocument, variables: { id: 'inv-1' } },
    result: { data: { invoice } },
  });
  const renderDetail = (mocks: object[]) =>
    renderWithProviders(<InvoiceDetailRoute />, {
      viewer: viewerFixture('OWNER'),
      route: '/invoices/inv-1',
      path: '/invoices/:id',
      mocks: mocks as never,
    });

  it('starts at the balance, refuses more than the balance before asking the API, and records a partial payment', async () => {
    const user = userEvent.setup();
    const paid = invoiceDetail({
      status: 'PARTIAL',
      amountPaid: 2300,
      balance: 10000,
      payments: [
        {
          __typename: 'Payment',
          id: 'pay-1',
          amount: 2300,
          currency: 'USD',
          method: 'CASH',
          receivedAt: '2026-03-05',
          reference: 'R-1',
          note: null,
          createdAt: '2026-03-05T10:00:00.000Z',
        },
      ],
    });
    const record = jest.fn(() => ({ data: { recordPayment: paid } }));
    renderDetail([
      detailMock(invoiceDetail()),
      {
        request: {
          query: RecordPaymentDocument,
          variables: (v: { invoiceId: string; input: { amount: number; method: string; reference: string | null } }) =>
            v.invoiceId === 'inv-1' &&
            v.input.amount === 2300 &&
            v.input.method === 'BANK_TRANSFER' &&
            v.input.reference === 'R-1',
        },
        result: record,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Amount/ });
    expect(amount).toHaveValue('123');
    await user.clear(amount);
    await user.type(amount, '200');
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    expect(await within(dialog).findByText('That is more than the balance due ($123.00)')).toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();

    await user.clear(amount);
    await user.type(amount, '23');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reference' }), 'R-1');
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(record).toHaveBeenCalled());
    expect(await screen.findByText('Partly paid')).toBeInTheDocument();
    expect(screen.getByTestId('totals-balance')).toHaveTextContent('$100.00');
    expect(within(screen.getByRole('table', { name: 'Payments' })).getByText('R-1')).toBeInTheDocument();
  });

  it('a second click after a failed attempt reuses the idempotency key; changed input gets a new one', async () => {
    const user = userEvent.setup();
    const keys: { key: unknown; amount: number }[] = [];
    const attempt = (response: object) => ({
      request: {
        query: RecordPaymentDocument,
        variables: (v: { idempotencyKey?: string; input: { amount: number } }) => {
          keys.push({ key: v.idempotencyKey, amount: v.input.amount });
          return true;
        },
      },
      ...response,
    });
    const lost = attempt({ error: new Error('Failed to fetch') });
    renderDetail([detailMock(invoiceDetail()), lost, lost, lost]);
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    const dialog = await screen.findByRole('dialog');
    const submit = () => user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await submit();
    await waitFor(() => expect(keys).toHaveLength(1));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Record payment' })).toBeEnabled());
    await submit();
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1].key).toBe(keys[0].key);
    expect(keys[0].key).toMatch(/^[0-9a-f-]{32,36}$/);
    // Another amount is another request: a new key (reusing the first would be refused by the API).
    const amount = within(dialog).getByRole('textbox', { name: /Amount/ });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Record payment' })).toBeEnabled());
    await user.clear(amount);
    await user.type(amount, '50');
    await submit();
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2].key).not.toBe(keys[0].key);
  });

  it("shows the API's refusal on the amount field", async () => {
    const user = userEvent.setup();
    renderDetail([
      detailMock(invoiceDetail()),
      {
        request: { query: RecordPaymentDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError('This invoice has nothing left to pay', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    expect(await within(dialog).findByText('This invoice has nothing left to pay')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Amount/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the frozen billing snapshot with the tax id, and no payment or void actions for a MEMBER who can view', async () => {
    renderWithProviders(<InvoiceDetailRoute />, {
      viewer: { ...viewerFixture('MEMBER'), permissions: [...viewerFixture('MEMBER').permissions, 'financials.view'] },
      route: '/invoices/inv-1',
      path: '/invoices/:id',
      mocks: [detailMock(invoiceDetail())],
    });
    expect(await screen.findByText('EIN: US-123')).toBeInTheDocument();
    expect(screen.getByText('Acme Corporation LLC')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();
  });
});
