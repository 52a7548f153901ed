import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DecideDeliverableDocument, ProjectDeliverablesDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { DecisionModal } from './components/decision-modal';
import { ProjectDeliverablesPanel } from './components/project-deliverables-panel';

const deliverable = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Deliverable',
  id: 'd1',
  projectId: 'p1',
  clientId: 'c1',
  title: 'Homepage design',
  description: null,
  status: 'PENDING_APPROVAL',
  version: 2,
  dueDate: '2020-01-10',
  decidedAt: null,
  decisionComment: null,
  decidedBy: null,
  ...overrides,
});

describe('DecisionModal', () => {
  it('requires a comment to request changes and sends the decision', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    const onSaved = jest.fn();
    renderWithProviders(
      <DecisionModal
        deliverable={{ id: 'd1', title: 'Homepage design', version: 2 }}
        onClose={() => {}}
        onSaved={onSaved}
      />,
      {
        viewer: viewerFixture('OWNER'),
        mocks: [
          {
            request: {
              query: DecideDeliverableDocument,
              variables: (v: Record<string, unknown>) => {
                sent = v;
                return true;
              },
            },
            result: {
              data: { decideDeliverable: deliverable({ status: 'CHANGES_REQUESTED', decisionComment: 'Bigger logo' }) },
            },
          },
        ] as never,
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await user.click(within(dialog).getByText('Request changes'));
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    expect(await within(dialog).findByText('Say what should change')).toBeInTheDocument();
    expect(sent).toBeNull();

    await user.type(within(dialog).getByRole('textbox', { name: /what should change/i }), 'Bigger logo');
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual({ id: 'd1', decision: 'CHANGES_REQUESTED', comment: 'Bigger logo' });
    expect(await screen.findByText('Change request recorded')).toBeInTheDocument();
  }, 20000);

  it('approves without a comment', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    renderWithProviders(
      <DecisionModal deliverable={{ id: 'd1', title: 'Homepage design', version: 1 }} onClose={() => {}} />,
      {
        viewer: viewerFixture('OWNER'),
        mocks: [
          {
            request: {
              query: DecideDeliverableDocument,
              variables: (v: Record<string, unknown>) => {
                sent = v;
                return true;
              },
            },
            result: { data: { decideDeliverable: deliverable({ status: 'APPROVED' }) } },
          },
        ] as never,
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(sent).toEqual({ id: 'd1', decision: 'APPROVED', comment: null }));
  });
});

describe('ProjectDeliverablesPanel', () => {
  const list = (rows: object[]) => ({
    request: { query: ProjectDeliverablesDocument, variables: { projectId: 'p1' } },
    result: { data: { projectDeliverables: rows } },
  });

  it('lists deliverables with status, version and overdue due dates', async () => {
    renderWithProviders(<ProjectDeliverablesPanel projectId="p1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        list([
          deliverable(),
          deliverable({ id: 'd2', title: 'Logo', status: 'APPROVED', version: 1, dueDate: '2020-01-01' }),
        ]),
      ] as never,
    });
    const rows = await screen.findAllByTestId('deliverable-row');
    expect(within(rows[0]).getByRole('link', { name: 'Homepage design' })).toHaveAttribute('href', '/deliverables/d1');
    expect(within(rows[0]).getByText('Awaiting approval')).toBeInTheDocument();
    expect(within(rows[0]).getByText('v2')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/Overdue/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('Approved')).toBeInTheDocument();
    expect(within(rows[1]).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New deliverable' })).toBeInTheDocument();
  });

  it('hides write actions without client.edit and shows an empty state', async () => {
    renderWithProviders(<ProjectDeliverablesPanel projectId="p1" />, {
      viewer: { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] },
      mocks: [list([])] as never,
    });
    expect(await screen.findByText('No deliverables yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New deliverable' })).not.toBeInTheDocument();
  });
});
