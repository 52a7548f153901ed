import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateCheckoutDocument,
  PortalCheckoutDocument,
  PortalInvoiceDocument,
  PortalMeDocument,
  PortalStatementDocument,
  type PortalPermission,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { createMemoryRouter } from 'react-router';
import { routes } from '../../app/router';
import { renderApp } from '../../test/render-app.test-kit';
import { statementMessages } from './i18n/statement-i18n';
import { browser } from './lib/browser';

type Status = 'SENT' | 'PARTIAL' | 'PAID' | 'OVERDUE' | 'VOID';
const row = (
  id: string,
  number: string,
  status: Status,
  total: number,
  balance: number,
  currency = 'EUR',
  settling = 0,
) => ({
  __typename: 'PortalInvoice' as const,
  id,
  number,
  status,
  currency,
  total,
  balance,
  amountSettling: settling,
  amountPayable: ['SENT', 'PARTIAL', 'OVERDUE'].includes(status) ? balance - settling : 0,
  amountPaid: total - balance,
  issueDate: '2026-03-01',
  dueDate: '2026-03-15',
  isOverdue: status === 'OVERDUE',
  pdfUrl: `/files/invoices/${id}/pdf`,
});
const INVOICES = [
  row('inv-1', 'INV-0001', 'OVERDUE', 120_000, 120_000),
  row('inv-2', 'INV-0002', 'PARTIAL', 50_000, 20_000),
  row('inv-3', 'INV-0003', 'PAID', 9_900, 0),
  row('inv-4', 'INV-0004', 'SENT', 1_000, 1_000, 'USD'),
];

const me = (permissions?: PortalPermission[], locale = 'en') => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ permissions, locale }) } },
  maxUsageCount: 5,
});
const statement = (filter = 'ALL', nodes = INVOICES, canPayOnline = true) => ({
  request: { query: PortalStatementDocument, variables: { input: { filter, limit: 25, offset: 0 } } },
  result: {
    data: {
      portalStatement: {
        __typename: 'PortalStatement' as const,
        byCurrency: [
          {
            __typename: 'PortalStatementAmounts' as const,
            currency: 'EUR',
            outstanding: 140_000,
            overdue: 120_000,
            paid: 39_900,
            settling: 0,
          },
          {
            __typename: 'PortalStatementAmounts' as const,
            currency: 'USD',
            outstanding: 1_000,
            overdue: 0,
            paid: 0,
            settling: 0,
          },
        ],
        openCount: 3,
        overdueCount: 1,
        paidCount: 1,
        nextDueDate: '2026-03-15',
        canPayOnline,
      },
      portalInvoices: { __typename: 'PortalInvoicePage' as const, totalCount: nodes.length, nodes },
    },
  },
  maxUsageCount: 5,
});

const user = () => userEvent.setup();

describe('portal statement', () => {
  it('shows what is owed per currency and every invoice with its status', async () => {
    await renderApp({ path: '/invoices', mocks: [me(), statement()] });
    expect(await screen.findByRole('heading', { name: 'Invoices' })).toBeInTheDocument();
    const outstanding = (await screen.findByText('Outstanding')).parentElement!;
    expect(within(outstanding).getByText('€1,400.00')).toBeInTheDocument();
    expect(within(outstanding).getByText('$10.00')).toBeInTheDocument();
    expect(
      within(outstanding).getByText(
        `Next due ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(2026, 2, 15))}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const first = within(table).getByRole('link', { name: 'INV-0001' }).closest('tr')!;
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(within(first).getAllByText('€1,200.00')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: 'INV-0002' }).closest('tr')).toHaveTextContent('Partly paid');
  });

  it('pays two selected open invoices through a checkout and goes to the payment page', async () => {
    const assign = jest.spyOn(browser, 'assign').mockImplementation(() => undefined);
    const checkout = {
      request: {
        query: CreateCheckoutDocument,
        variables: (v: Record<string, unknown>) =>
          JSON.stringify(v.invoiceIds) === JSON.stringify(['inv-1', 'inv-2']) && typeof v.idempotencyKey === 'string',
      },
      result: {
        data: {
          createCheckout: {
            __typename: 'PortalCheckoutRedirect' as const,
            url: '/payments/local-checkout/cs_local_1',
            checkout: { __typename: 'PortalCheckout' as const, id: 'c1', status: 'OPEN' as const },
          },
        },
      },
    };
    await renderApp({ path: '/invoices', mocks: [me(), statement(), checkout] });
    await user().click(await screen.findByRole('checkbox', { name: 'Select invoice INV-0001' }));
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0002' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download selected (ZIP)' })).toHaveAttribute(
      'href',
      '/files/portal/invoices.zip?ids=inv-1,inv-2',
    );
    await user().click(screen.getByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/payments/local-checkout/cs_local_1'));
    assign.mockRestore();
  });

  it('a second click on Pay after a failure reuses the idempotency key (one checkout session at most)', async () => {
    const assign = jest.spyOn(browser, 'assign').mockImplementation(() => undefined);
    const keys: unknown[] = [];
    const attempt = (result: object) => ({
      request: {
        query: CreateCheckoutDocument,
        variables: (v: Record<string, unknown>) => {
          keys.push(v.idempotencyKey);
          return true;
        },
      },
      ...result,
    });
    const failed = attempt({ error: new Error('Failed to fetch') });
    const paid = attempt({
      result: {
        data: {
          createCheckout: {
            __typename: 'PortalCheckoutRedirect' as const,
            url: '/payments/local-checkout/cs_local_2',
            checkout: { __typename: 'PortalCheckout' as const, id: 'c2', status: 'OPEN' as const },
          },
        },
      },
    });
    await renderApp({ path: '/invoices', mocks: [me(), statement(), failed, paid] });
    await user().click(await screen.findByRole('checkbox', { name: 'Select invoice INV-0001' }));
    await user().click(screen.getByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(keys).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay now' })).toBeEnabled());
    await user().click(screen.getByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/payments/local-checkout/cs_local_2'));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    assign.mockRestore();
  });

  it('does not offer Pay now for paid invoices, mixed currencies, or without online payments', async () => {
    await renderApp({ path: '/invoices', mocks: [me(), statement()] });
    await user().click(await screen.findByRole('checkbox', { name: 'Select invoice INV-0003' }));
    expect(screen.getByRole('button', { name: 'Pay now' })).toBeDisabled();
    expect(screen.getByText('Only open invoices can be paid online.')).toBeInTheDocument();
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0003' }));
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0001' }));
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0004' }));
    expect(screen.getByRole('button', { name: 'Pay now' })).toBeDisabled();
    expect(screen.getByText('Pay invoices in different currencies separately.')).toBeInTheDocument();
  });

  it('shows a Settling badge with the amount on its way and does not offer to pay it again', async () => {
    const nodes = [row('inv-5', 'INV-0005', 'SENT', 30_000, 30_000, 'EUR', 30_000), ...INVOICES];
    await renderApp({ path: '/invoices', mocks: [me(), statement('ALL', nodes)] });
    const settling = (await screen.findByRole('link', { name: 'INV-0005' })).closest('tr')!;
    expect(within(settling).getByText('Settling €300.00')).toBeInTheDocument();
    expect(within(settling).getByText('Open')).toBeInTheDocument();
    const first = screen.getByRole('link', { name: 'INV-0001' }).closest('tr')!;
    expect(within(first).queryByText(/Settling/)).not.toBeInTheDocument();
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0005' }));
    await user().click(screen.getByRole('checkbox', { name: 'Select invoice INV-0001' }));
    expect(screen.getByRole('button', { name: 'Pay now' })).toBeDisabled();
    expect(screen.getByText('A payment for this invoice is already on its way.')).toBeInTheDocument();
  });

  it('filters to open invoices and explains an empty list', async () => {
    await renderApp({ path: '/invoices', mocks: [me(), statement(), statement('OPEN', [])] });
    await user().click(await screen.findByRole('radio', { name: 'Open' }));
    expect(await screen.findByText('You have nothing to pay right now.')).toBeInTheDocument();
  });

  it('confirms a payment once the provider did, after coming back from the payment page', async () => {
    const done = {
      request: { query: PortalCheckoutDocument, variables: { id: 'c1' } },
      result: {
        data: {
          portalCheckout: {
            __typename: 'PortalCheckout' as const,
            id: 'c1',
            status: 'COMPLETED' as const,
            amount: 140_000,
            currency: 'EUR',
            invoiceIds: ['inv-1'],
          },
        },
      },
      maxUsageCount: 5,
    };
    await renderApp({ path: '/invoices?payment=success&checkout=c1', mocks: [me(), statement(), statement(), done] });
    expect(await screen.findByText('Thank you, your payment went through')).toBeInTheDocument();
    expect(await screen.findByText('Your payment is confirmed and your invoices are up to date.')).toBeInTheDocument();
  });

  it('says nothing was charged when the payment was cancelled', async () => {
    await renderApp({ path: '/invoices?payment=cancelled&checkout=c1', mocks: [me(), statement()] });
    expect(await screen.findByText('Nothing was charged. You can pay whenever you are ready.')).toBeInTheDocument();
  });

  it('speaks the portal language with money and dates per locale', async () => {
    await renderApp({ path: '/invoices', mocks: [me(undefined, 'pt'), statement()] });
    expect(await screen.findByRole('heading', { name: 'Faturas' })).toBeInTheDocument();
    // Testing Library folds the no-break spaces Intl puts in "€ 1.400,00".
    const euros = new Intl.NumberFormat('pt', { style: 'currency', currency: 'EUR' }).format(1400).replace(/\s/g, ' ');
    expect(
      within((await screen.findByText('Em aberto', { selector: 'p' })).parentElement!).getByText(euros),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Em atraso').length).toBeGreaterThan(0);
  });

  it("loads its messages in the visitor's language together with the page, so English never flashes", async () => {
    window.localStorage.setItem('clientflow.portal.locale', 'es');
    try {
      expect(statementMessages.isLoaded('es')).toBe(false);
      const router = createMemoryRouter(routes, { initialEntries: ['/invoices'] });
      await waitFor(() => expect(router.state.initialized).toBe(true));
      expect(statementMessages.isLoaded('es')).toBe(true);
      router.dispose();
    } finally {
      window.localStorage.removeItem('clientflow.portal.locale');
    }
  });

  it('is not shown to contacts without VIEW_INVOICES', async () => {
    await renderApp({ path: '/invoices', mocks: [me(['VIEW_PROJECTS'])] });
    expect(await screen.findByText("This isn't part of your portal access")).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invoices' })).not.toBeInTheDocument();
  });
});

describe('portal invoice detail', () => {
  const detail = (status: Status, balance: number, settling = 0) => ({
    request: { query: PortalInvoiceDocument, variables: { id: 'inv-2' } },
    result: {
      data: {
        portalInvoice: {
          ...row('inv-2', 'INV-0002', status, 50_000, balance, 'EUR', settling),
          subtotal: 40_650,
          discountTotal: 0,
          taxTotal: 9_350,
          invoiceNotes: 'Thank you!',
          terms: null,
          paidAt: null,
          taxSummary: [{ __typename: 'PortalTaxGroup' as const, rateBps: 2300, base: 40_650, tax: 9_350 }],
          lines: [
            {
              __typename: 'PortalInvoiceLine' as const,
              description: 'Brand workshop',
              quantity: 1.5,
              unitPrice: 27_100,
              taxRateBps: 2300,
              discountBps: 0,
              net: 40_650,
            },
          ],
          payments: [
            {
              __typename: 'PortalPayment' as const,
              id: 'p1',
              amount: 30_000,
              currency: 'EUR',
              method: 'BANK_TRANSFER',
              receivedAt: '2026-03-05',
            },
          ],
        },
        portalStatement: { __typename: 'PortalStatement' as const, canPayOnline: true },
      },
    },
  });

  it('shows lines, tax, totals, payments and Pay the balance', async () => {
    await renderApp({ path: '/invoices/inv-2', mocks: [me(), detail('PARTIAL', 20_000)] });
    expect(await screen.findByRole('heading', { name: 'Invoice INV-0002' })).toBeInTheDocument();
    expect(screen.getByText('Brand workshop')).toBeInTheDocument();
    expect(screen.getByText('Tax 23%')).toBeInTheDocument();
    expect(screen.getByText('€93.50')).toBeInTheDocument();
    expect(screen.getByText(/Bank transfer/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay €200.00' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/files/invoices/inv-2/pdf');
  });

  it('shows the part on its way as Settling and offers to pay only the rest, or nothing', async () => {
    const { unmount } = await renderApp({ path: '/invoices/inv-2', mocks: [me(), detail('PARTIAL', 20_000, 5_000)] });
    expect(await screen.findByText('Settling €50.00')).toBeInTheDocument();
    expect(
      screen.getByText('A payment of €50.00 is on its way and will show as paid once it clears.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay €150.00' })).toBeInTheDocument();
    unmount();
    await renderApp({ path: '/invoices/inv-2', mocks: [me(), detail('PARTIAL', 20_000, 20_000)] });
    expect(await screen.findByText('Settling €200.00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
  });

  it('marks a void invoice as not payable', async () => {
    await renderApp({ path: '/invoices/inv-2', mocks: [me(), detail('VOID', 0)] });
    expect(await screen.findByText('This invoice was cancelled and is not payable.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay/ })).not.toBeInTheDocument();
  });
});
