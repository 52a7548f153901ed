import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BillingSettingsDocument, UpdateBillingSettingsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { BillingSettingsRoute } from './routes/billing-settings.route';

const settings = {
  __typename: 'BillingSettings',
  invoicePrefix: 'INV-',
  quotePrefix: 'QUO-',
  numberPadding: 4,
  paymentTermsDays: 14,
  quoteValidityDays: 30,
  defaultTaxRate: 2300,
  reminderOffsetsDays: [-3, 0, 7, 14],
  remindersEnabled: true,
  legalName: null,
  taxId: null,
  address: null,
  email: null,
  paymentInstructions: null,
  defaultNotes: null,
  defaultTerms: null,
};

describe('Billing settings', () => {
  it('previews the number format, edits the reminder chips and saves what changed', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({
      data: { updateBillingSettings: { ...settings, invoicePrefix: 'F2026-', reminderOffsetsDays: [-3, 0, 7, 30] } },
    }));
    renderWithProviders(<BillingSettingsRoute />, {
      viewer: viewerFixture('ADMIN'),
      mocks: [
        { request: { query: BillingSettingsDocument }, result: { data: { billingSettings: settings } } },
        {
          request: {
            query: UpdateBillingSettingsDocument,
            variables: (v: {
              input: {
                invoicePrefix: string;
                reminderOffsetsDays: number[];
                legalName: string | null;
                defaultTaxRate: number;
              };
            }) =>
              v.input.invoicePrefix === 'F2026-' &&
              v.input.reminderOffsetsDays.join() === '-3,0,7,30' &&
              v.input.legalName === null &&
              v.input.defaultTaxRate === 2300,
          },
          result: save,
        },
      ],
    });
    const prefix = await screen.findByRole('textbox', { name: 'Invoice prefix' });
    expect(screen.getByText('Example: INV-0042')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Default tax rate' })).toHaveValue('23%');
    await user.clear(prefix);
    await user.type(prefix, 'inv 2026');
    await user.tab();
    expect(await screen.findByText(/capital letters A–Z/)).toBeInTheDocument();
    await user.clear(prefix);
    await user.type(prefix, 'F2026-');
    expect(screen.getByText('Example: F2026-0042')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove the reminder 14 days after' }));
    await user.type(screen.getByRole('textbox', { name: 'Reminder day' }), '30{Enter}');
    expect(screen.getByText('30 days after')).toBeInTheDocument();
    expect(screen.queryByText('14 days after')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save billing settings' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
  });
});
