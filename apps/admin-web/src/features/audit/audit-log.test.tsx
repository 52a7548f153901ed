import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuditLogDocument, WorkspaceMembersDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { AuditLogRoute } from './routes/audit-log.route';
import { auditCsvHref, EMPTY_AUDIT_FILTER, toApiFilter } from './lib/audit-filter';

const row = (id: string, action: string, actionLabel: string, extra: object = {}) => ({
  __typename: 'AuditEvent',
  id,
  createdAt: '2026-12-01T10:00:00.000Z',
  action,
  actionLabel,
  actorUserId: 'user-1',
  actorLabel: 'owner@demo.clientflow.test',
  ip: '203.0.113.7',
  device: 'Chrome 131 on macOS',
  targetType: null,
  targetLabel: null,
  changes: [],
  ...extra,
});
const page = (items: object[], nextCursor: string | null) => ({
  data: { auditLog: { __typename: 'AuditEventPage', items, nextCursor } },
});
const members = {
  request: { query: WorkspaceMembersDocument },
  result: { data: { workspaceMembers: [] } },
  maxUsageCount: 5,
};
const emptyFilter = toApiFilter(EMPTY_AUDIT_FILTER);

describe('Settings → Audit log', () => {
  it('shows entries with what changed, and loads older ones with the cursor', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogRoute />, {
      viewer: viewerFixture('ADMIN'),
      mocks: [
        members,
        {
          request: { query: AuditLogDocument, variables: { filter: emptyFilter, first: 50 } },
          result: page(
            [
              row('a-1', 'member.roleChanged', "Changed a member's role", {
                targetLabel: 'maya@demo.clientflow.test',
                changes: [{ __typename: 'AuditChange', field: 'role', from: 'MEMBER', to: 'MANAGER' }],
              }),
            ],
            'cursor-1',
          ),
        },
        {
          request: { query: AuditLogDocument, variables: { filter: emptyFilter, first: 50, after: 'cursor-1' } },
          result: page([row('a-2', 'auth.signInFailed', 'Failed sign-in')], null),
        },
      ] as never,
    });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(within(table).getByText("Changed a member's role")).toBeInTheDocument();
    expect(within(table).getByText('role: MEMBER → MANAGER')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await within(table).findByText('Failed sign-in')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load older entries' })).toBeNull());
  });

  it('says so when nothing is logged yet, and refuses roles without audit.view', async () => {
    const { unmount } = renderWithProviders(<AuditLogRoute />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        members,
        { request: { query: AuditLogDocument, variables: { filter: emptyFilter, first: 50 } }, result: page([], null) },
      ] as never,
    });
    expect(await screen.findByText('No entries yet')).toBeInTheDocument();
    unmount();
    renderWithProviders(<AuditLogRoute />, { viewer: viewerFixture('MANAGER') });
    expect(screen.getByText('Only owners and admins can read the audit log.')).toBeInTheDocument();
  });

  it('builds the CSV link from the same filter (last day inclusive)', () => {
    const href = auditCsvHref({
      ...EMPTY_AUDIT_FILTER,
      actions: ['auth.signedIn'],
      from: '2026-12-01',
      to: '2026-12-01',
    });
    const params = new URL(href, 'http://x').searchParams;
    expect(params.get('actions')).toBe('auth.signedIn');
    expect(new Date(params.get('to')!).getTime() - new Date(params.get('from')!).getTime()).toBe(24 * 3600 * 1000);
  });
});
