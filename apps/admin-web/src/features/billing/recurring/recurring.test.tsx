import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateRecurringInvoiceDocument,
  PauseRecurringInvoiceDocument,
  PreviewIssueDatesDocument,
  RecurringInvoiceDetailDocument,
  RecurringProjectOptionsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { RecurringDetailDrawer } from './components/recurring-detail-drawer';
import { RecurringFormModal } from './components/recurring-form-modal';

jest.setTimeout(30_000);

const client = { id: 'client-1', name: 'Acme Corp' };

const row = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'RecurringInvoice',
  id: 'rec-1',
  name: 'Retainer',
  status: 'ACTIVE',
  active: true,
  frequency: 'MONTHLY',
  mode: 'FIXED',
  startDate: '2026-01-31',
  endDate: null,
  nextIssueDate: '2026-03-31',
  currency: 'USD',
  dueDays: null,
  autoSend: false,
  notes: null,
  projectId: null,
  lines: [
    {
      __typename: 'RecurringLineTemplate',
      description: 'Retainer',
      quantity: 1,
      unitPrice: 150000,
      taxRate: 2300,
      discount: 0,
    },
  ],
  totals: { __typename: 'RecurringTotals', subtotal: 150000, taxTotal: 34500, total: 184500 },
  client: { __typename: 'Client', ...client },
  project: null,
  ...overrides,
});

const preview = (startDate: string, dates: string[]) => ({
  request: {
    query: PreviewIssueDatesDocument,
    variables: { input: { startDate, endDate: null, frequency: 'MONTHLY', mode: 'FIXED' } },
  },
  result: {
    data: {
      previewIssueDates: dates.map((d, i) => ({
        __typename: 'ScheduledRun',
        issueDate: d,
        periodStart: d,
        periodEnd: dates[i + 1] ?? d,
      })),
    },
  },
  maxUsageCount: 10,
});

const projects = {
  request: { query: RecurringProjectOptionsDocument, variables: { clientId: 'client-1' } },
  result: {
    data: {
      projects: { __typename: 'ProjectPage', nodes: [{ __typename: 'Project', id: 'project-1', name: 'Site care' }] },
    },
  },
  maxUsageCount: 10,
};

const input = (label: RegExp | string) => screen.getByLabelText(label, { selector: 'input' });

describe('RecurringFormModal', () => {
  it('validates on the field, shows live totals from the domain, previews issue dates and creates the schedule', async () => {
    const user = userEvent.setup();
    const create = jest.fn(() => ({ data: { createRecurringInvoice: row() } }));
    renderWithProviders(<RecurringFormModal opened client={client} onClose={() => {}} />, {
      viewer: viewerFixture('MANAGER'),
      mocks: [
        projects,
        preview('2026-01-31', ['2026-01-31', '2026-02-28', '2026-03-31']),
        {
          request: {
            query: CreateRecurringInvoiceDocument,
            variables: {
              input: {
                clientId: 'client-1',
                name: 'Retainer',
                mode: 'FIXED',
                frequency: 'MONTHLY',
                startDate: '2026-01-31',
                endDate: null,
                projectId: null,
                dueDays: null,
                autoSend: false,
                notes: null,
                lines: [{ description: 'Retainer', quantity: 1, unitPrice: 150000, taxRate: 2300, discount: 0 }],
              },
            },
          },
          result: create,
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Create schedule' }));
    expect(await screen.findByText('Give the schedule a name')).toBeInTheDocument();
    expect(screen.getByText('Describe the line')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    await user.type(input(/^name/i), 'Retainer');
    const start = input(/^start date/i);
    await user.clear(start);
    await user.type(start, '2026-01-31');
    await user.type(input('Line 1 description'), 'Retainer');
    await user.type(input('Line 1 unit price'), '1500');
    await user.type(input('Line 1 tax rate'), '23');
    expect(await screen.findByTestId('recurring-total')).toHaveTextContent('$1,845.00');
    expect(screen.getByText(/Subtotal \$1,500\.00 · Tax \$345\.00/)).toBeInTheDocument();

    const dates = await screen.findByLabelText('Next issue dates');
    await waitFor(() => expect(within(dates).getAllByRole('listitem')).toHaveLength(3));
    expect(within(dates).getAllByRole('listitem')[1]).toHaveTextContent(/^Feb 28, 2026/);

    await user.click(screen.getByRole('button', { name: 'Create schedule' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Recurring invoice “Retainer” created')).toBeInTheDocument();
  });

  it('asks for a project when billing hours, and hides the lines', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RecurringFormModal opened client={client} onClose={() => {}} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [projects],
    });
    await user.click(screen.getByText("Project's hours (in arrears)"));
    expect(screen.queryByLabelText('Line 1 description')).not.toBeInTheDocument();
    await user.type(input(/^name/i), 'Care');
    await user.click(screen.getByRole('button', { name: 'Create schedule' }));
    expect(await screen.findByText('Choose the project whose time is billed')).toBeInTheDocument();
  });
});

describe('RecurringDetailDrawer', () => {
  const detail = (overrides: Record<string, unknown> = {}) => ({
    request: { query: RecurringInvoiceDetailDocument, variables: { id: 'rec-1' } },
    result: {
      data: {
        recurringInvoice: {
          ...row(overrides),
          upcoming: [
            { __typename: 'ScheduledRun', issueDate: '2026-03-31', periodStart: '2026-03-31', periodEnd: '2026-04-29' },
          ],
          runs: [
            {
              __typename: 'RecurringInvoiceRun',
              id: 'run-2',
              periodStart: '2026-02-28',
              periodEnd: '2026-03-30',
              outcome: 'INVOICED',
              invoiceId: 'inv-2',
              invoiceNumber: null,
              invoiceStatus: 'DRAFT',
              invoiceTotal: 184500,
              createdAt: '2026-02-28T00:00:00Z',
            },
            {
              __typename: 'RecurringInvoiceRun',
              id: 'run-1',
              periodStart: '2026-01-31',
              periodEnd: '2026-02-27',
              outcome: 'INVOICED',
              invoiceId: 'inv-1',
              invoiceNumber: 'INV-0007',
              invoiceStatus: 'PAID',
              invoiceTotal: 184500,
              createdAt: '2026-01-31T00:00:00Z',
            },
          ],
        },
      },
    },
    maxUsageCount: 5,
  });

  it('lists billed periods linking to their invoices, and pauses the schedule', async () => {
    const user = userEvent.setup();
    const pause = jest.fn(() => ({ data: { pauseRecurringInvoice: row({ status: 'PAUSED', active: false }) } }));
    renderWithProviders(<RecurringDetailDrawer id="rec-1" onClose={() => {}} />, {
      viewer: viewerFixture('ADMIN'),
      mocks: [
        detail(),
        { request: { query: PauseRecurringInvoiceDocument, variables: { id: 'rec-1' } }, result: pause },
      ],
    });
    const link = await screen.findByRole('link', { name: 'INV-0007' });
    expect(link).toHaveAttribute('href', '/invoices/inv-1');
    expect(screen.getByRole('link', { name: 'Draft' })).toHaveAttribute('href', '/invoices/inv-2');
    expect(screen.getByText(/Jan 31, 2026 – Feb 27, 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(pause).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('offers no changes to roles without billing.manage', async () => {
    const member = viewerFixture('MEMBER');
    renderWithProviders(<RecurringDetailDrawer id="rec-1" onClose={() => {}} />, {
      viewer: { ...member, permissions: [...member.permissions, 'financials.view'] },
      mocks: [detail()],
    });
    expect(await screen.findByRole('link', { name: 'INV-0007' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
