import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { invoiceTotals } from '@clientflow/domain';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { BillingDocumentForm } from './components/billing-document-form';
import type { DocumentFormValues } from './lib/document-form-values';
import { emptyLine } from './lib/line-values';

const initial = (overrides: Partial<DocumentFormValues> = {}): DocumentFormValues => ({
  clientId: 'client-1',
  projectId: null,
  title: '',
  issueDate: null,
  dueDate: null,
  validUntil: null,
  currency: 'USD',
  notes: '',
  terms: '',
  lines: [emptyLine(1000)],
  ...overrides,
});

function renderForm(onSubmit = jest.fn(async () => {}), values = initial()) {
  renderWithProviders(
    <BillingDocumentForm
      kind="INVOICE"
      initialValues={values}
      locale="en-US"
      defaultTaxRate={1000}
      clientLocked
      initialClient={{ id: 'client-1', name: 'Acme Corp' }}
      sendLabel="Mark as sent"
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
    { viewer: viewerFixture('OWNER') },
  );
  return onSubmit;
}

// Pasting is one input event per field: the editor re-renders every line on each change, so typing letter by letter
// makes these tests slow on a busy machine without testing anything more.
async function fill(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const field = screen.getByRole('textbox', { name });
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function fillLine(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  description: string,
  qty: string,
  price: string,
) {
  await fill(user, `Line ${n} description`, description);
  await fill(user, `Line ${n} quantity`, qty);
  await fill(user, `Line ${n} unit price`, price);
}

jest.setTimeout(60_000);

describe('BillingDocumentForm', () => {
  it('computes live totals with the domain rule: tax is rounded once per rate, not per line', async () => {
    const user = userEvent.setup();
    renderForm();
    // Three lines of $0.05 at 10%: per line the tax would be 3 × round(0.5¢) = 3¢, per rate it is round(1.5¢) = 2¢.
    await fillLine(user, 1, 'Stamp', '1', '0.05');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(user, 2, 'Stamp', '1', '0.05');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(user, 3, 'Stamp', '1', '0.05');

    const expected = invoiceTotals(Array.from({ length: 3 }, () => ({ quantity: 1, unitPrice: 5, taxRate: 1000 })));
    expect(expected.taxTotal).toBe(2);
    expect(screen.getByTestId('totals-subtotal')).toHaveTextContent('$0.15');
    expect(screen.getByTestId('totals-tax-1000')).toHaveTextContent('$0.02');
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$0.17');
    expect(screen.getByText('Tax 10% on $0.15')).toBeInTheDocument();
  });

  it('rounds a fractional quantity and a discount half away from zero, like the server', async () => {
    const user = userEvent.setup();
    renderForm();
    await fillLine(user, 1, 'Design hours', '1.5', '3.33');
    await fill(user, 'Line 1 discount', '10');
    // gross round(1.5 × 333) = 500, discount round(50) = 50, net 450, tax 10% = 45.
    expect(screen.getByTestId('line-1-amount')).toHaveTextContent('$4.50');
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$4.95');
  });

  it('refuses a line with a bad quantity on that line, before asking the server', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillLine(user, 1, 'Hosting', '0', '10');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Quantity must be a number greater than 0')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Line 1 quantity' })).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("puts the API's field error (lines.1.unitPrice) on the second line", async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn(async () => {
      throw new CombinedGraphQLErrors({
        errors: [
          {
            message: 'The unit price is too large',
            extensions: { code: 'BAD_USER_INPUT', field: 'lines.1.unitPrice' },
          },
        ],
      });
    });
    renderForm(onSubmit);
    await fillLine(user, 1, 'Design', '1', '100');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(user, 2, 'Build', '2', '50');
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'client-1' }), 'send'),
    );
    const second = screen.getByRole('textbox', { name: 'Line 2 unit price' });
    expect(await screen.findByText('The unit price is too large')).toBeInTheDocument();
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Line 1 unit price' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reorders lines with the keyboard (Alt+↓) and the move buttons, and removes them', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillLine(user, 1, 'First', '1', '1');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(user, 2, 'Second', '1', '2');
    screen.getByRole('textbox', { name: 'Line 1 description' }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Line 1 description' })).toHaveValue('Second');
    await user.click(screen.getByRole('button', { name: 'Move line 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Line 1 description' })).toHaveValue('First');
    await user.click(screen.getByRole('button', { name: 'Remove line 1' }));
    const lines = screen.getByRole('table', { name: 'Lines' });
    expect(within(lines).getAllByRole('textbox', { name: /description/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const [values] = onSubmit.mock.calls[0] as unknown as [DocumentFormValues];
    expect(values.lines.map((l) => [l.description, l.unitPrice, l.taxRate])).toEqual([['Second', 200, 1000]]);
  });
});
