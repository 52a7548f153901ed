import { screen, within } from '@testing-library/react';
import { ClientBillingSummaryDocument, InvoicesDocument, QuotesDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { invoiceRow } from '../shared/billing-documents.test-kit';
import { ClientInvoicesPanel } from './components/client-invoices-panel';

const page = { sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { offset: 0, limit: 25 } };

describe('Client page: Invoices tab', () => {
  it("shows the client's financial header and only that client's invoices and quotes", async () => {
    renderWithProviders(<ClientInvoicesPanel clientId="client-1" />, {
      viewer: viewerFixture('MANAGER'),
      route: '/clients/client-1?tab=invoices',
      path: '/clients/:id',
      mocks: [
        {
          request: { query: ClientBillingSummaryDocument, variables: { id: 'client-1' } },
          result: {
            data: {
              client: {
                __typename: 'Client',
                id: 'client-1',
                name: 'Acme Corp',
                billingSummary: {
                  __typename: 'ClientBillingSummary',
                  currency: 'USD',
                  totalInvoiced: 250000,
                  totalPaid: 200000,
                  outstanding: 50000,
                  averageDaysToPay: 12.4,
                  openInvoiceCount: 2,
                  overdueCount: 1,
                },
              },
            },
          },
        },
        {
          request: {
            query: InvoicesDocument,
            variables: { filter: { search: null, status: null, overdue: null, clientId: 'client-1' }, ...page },
          },
          result: {
            data: {
              invoices: { __typename: 'InvoicePage', totalCount: 1, hasMore: false, totals: [], nodes: [invoiceRow()] },
            },
          },
        },
        {
          request: {
            query: QuotesDocument,
            variables: { filter: { search: null, status: null, clientId: 'client-1' }, ...page },
          },
          result: {
            data: { quotes: { __typename: 'QuotePage', totalCount: 0, hasMore: false, totals: [], nodes: [] } },
          },
        },
      ],
    });
    const header = await screen.findByLabelText('Billing summary');
    expect(within(header).getByText('$2,500.00')).toBeInTheDocument();
    expect(within(header).getByText('$2,000.00')).toBeInTheDocument();
    expect(within(header).getByText('$500.00')).toBeInTheDocument();
    expect(within(header).getByText('12')).toBeInTheDocument();
    expect(within(header).getByText('1 overdue')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'INV-0001' })).toBeInTheDocument();
    // One client: no client column and no client filter.
    expect(screen.queryByRole('columnheader', { name: /Client/ })).not.toBeInTheDocument();
    expect(await screen.findByText('No quotes yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New invoice' })).toHaveAttribute(
      'href',
      '/invoices/new?clientId=client-1',
    );
  });
});
