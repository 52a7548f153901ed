import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AcceptQuoteDocument, ConvertQuoteDocument, QuoteDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { quoteDetail } from '../shared/billing-documents.test-kit';
import { QuoteDetailRoute } from './routes/quote-detail.route';

const quoteMock = (quote: object) => ({
  request: { query: QuoteDocument, variables: { id: 'quote-1' } },
  result: { data: { quote } },
});
const renderQuote = (mocks: object[], role: 'OWNER' | 'MANAGER' = 'OWNER') =>
  renderWithProviders(<QuoteDetailRoute />, {
    viewer: viewerFixture(role),
    route: '/quotes/quote-1',
    path: '/quotes/:id',
    mocks: mocks as never,
  });

describe('Quote detail', () => {
  it('shows the accept/reject history with its notes', async () => {
    renderQuote([quoteMock(quoteDetail())]);
    const history = await screen.findByLabelText('Quote history');
    expect(within(history).getByText('Sent')).toBeInTheDocument();
    expect(within(history).getByText('Accepted')).toBeInTheDocument();
    expect(within(history).getByText('“Approved by email”')).toBeInTheDocument();
  });

  it('records the client acceptance with a note', async () => {
    const user = userEvent.setup();
    const accept = jest.fn(() => ({ data: { acceptQuote: quoteDetail() } }));
    renderQuote(
      [
        quoteMock(quoteDetail({ status: 'SENT', decidedAt: null, events: [quoteDetail().events[0]] })),
        {
          request: { query: AcceptQuoteDocument, variables: { id: 'quote-1', note: 'Signed PDF received' } },
          result: accept,
        },
      ],
      'MANAGER',
    );
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Signed PDF received');
    await user.click(screen.getByRole('button', { name: 'Accept quote' }));
    await waitFor(() => expect(accept).toHaveBeenCalled());
    expect(await screen.findByRole('button', { name: 'Convert to invoice' })).toBeInTheDocument();
  });

  it('converts an accepted quote to an invoice with a new project, then opens the invoice', async () => {
    const user = userEvent.setup();
    const convert = jest.fn(() => ({
      data: {
        convertQuote: {
          __typename: 'ConvertQuoteResult',
          quote: quoteDetail({
            convertedInvoiceId: 'inv-9',
            convertedInvoice: { __typename: 'Invoice', id: 'inv-9', number: null, status: 'DRAFT' },
          }),
          invoice: { __typename: 'Invoice', id: 'inv-9', number: null, status: 'DRAFT' },
        },
      },
    }));
    renderQuote([
      quoteMock(quoteDetail()),
      {
        request: {
          query: ConvertQuoteDocument,
          variables: { id: 'quote-1', input: { createProject: true, projectName: 'Brand refresh 2026' } },
        },
        result: convert,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Convert to invoice' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: /Also create a project/ }));
    const name = within(dialog).getByRole('textbox', { name: /Project name/ });
    expect(name).toHaveValue('Brand refresh');
    await user.type(name, ' 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Convert to invoice' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/invoices/inv-9'));
    expect(convert).toHaveBeenCalledTimes(1);
  });

  it('links to the invoice once converted instead of converting twice', async () => {
    renderQuote([
      quoteMock(
        quoteDetail({
          convertedInvoiceId: 'inv-9',
          convertedInvoice: { __typename: 'Invoice', id: 'inv-9', number: 'INV-0009', status: 'SENT' },
        }),
      ),
    ]);
    expect(await screen.findByRole('link', { name: /Open invoice INV-0009/ })).toHaveAttribute(
      'href',
      '/invoices/inv-9',
    );
    expect(screen.queryByRole('button', { name: 'Convert to invoice' })).not.toBeInTheDocument();
  });
});
