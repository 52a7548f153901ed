import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ApproveDeliverableDocument,
  PortalDeliverablesDocument,
  PortalMeDocument,
  RequestDeliverableChangesDocument,
  type PortalPermission,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';
import { deliverable } from './approvals.test-kit';

const me = (permissions?: PortalPermission[]) => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ permissions }) } },
});
const list = (items: object[]) => ({
  request: { query: PortalDeliverablesDocument, variables: { pendingOnly: false } },
  result: { data: { portalDeliverables: items } },
});
const decided = (status: string, comment: string | null) =>
  deliverable({
    status,
    canDecide: false,
    decidedAt: '2026-03-03T15:30:00Z',
    decisionComment: comment,
    decidedBy: { __typename: 'PortalPerson', kind: 'CONTACT', name: 'Ana Souza' },
  });

describe('portal approvals', () => {
  it('approves a deliverable and shows who approved it and when', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/approvals',
      mocks: [
        me(),
        list([deliverable()]),
        {
          request: { query: ApproveDeliverableDocument, variables: { id: 'd1', comment: null } },
          result: { data: { approveDeliverable: decided('APPROVED', null) } },
        },
        list([decided('APPROVED', null)]),
      ],
    });
    const card = await screen.findByTestId('deliverable');
    expect(within(card).getByRole('link', { name: /mockup-v2.pdf/ })).toHaveAttribute('href', '/files/documents/f1');
    await user.click(within(card).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve “Homepage mockup”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Approved. The team has been told.')).toBeInTheDocument();
    expect(await screen.findByText(/Approved by Ana Souza on/)).toBeInTheDocument();
    expect(screen.getByText('Nothing is waiting for your approval')).toBeInTheDocument();
  });

  it('requires a comment to request changes', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/approvals',
      mocks: [
        me(),
        list([deliverable()]),
        {
          request: { query: RequestDeliverableChangesDocument, variables: { id: 'd1', comment: 'Bigger logo' } },
          result: { data: { requestDeliverableChanges: decided('CHANGES_REQUESTED', 'Bigger logo') } },
        },
        list([decided('CHANGES_REQUESTED', 'Bigger logo')]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Request changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Request changes to “Homepage mockup”' });
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(dialog).findByText('Say what should change')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /What should change/ }), 'Bigger logo');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Your change request was sent to the team.')).toBeInTheDocument();
    expect(await screen.findByText(/Changes requested by Ana Souza on .* — “Bigger logo”/)).toBeInTheDocument();
  });

  it('shows the server refusal on the field', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/approvals',
      mocks: [
        me(),
        list([deliverable()]),
        {
          request: { query: ApproveDeliverableDocument, variables: { id: 'd1', comment: null } },
          result: { errors: [{ message: 'Version 2 was already approved', extensions: { code: 'CONFLICT' } }] },
        } as never,
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByText('Version 2 was already approved')).toBeInTheDocument();
  });

  it('offers no decision buttons when the deliverable cannot be decided', async () => {
    await renderApp({ path: '/approvals', mocks: [me(), list([deliverable({ canDecide: false })])] });
    await screen.findByTestId('deliverable');
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });
});
