import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ProjectsListRoute } from './routes/projects-list.route';

const row = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Project',
  id,
  name,
  status: 'ACTIVE',
  type: 'DESIGN',
  startDate: '2026-01-01',
  estimatedEndDate: '2026-02-01',
  value: 150000,
  progress: 50,
  hoursSpent: 2.5,
  overdue: false,
  client: { __typename: 'Client', id: 'c1', name: 'Acme Corp' },
  ...extra,
});

const listMock = (nodes: unknown[], deliverables: string | null = null) => ({
  request: {
    query: ProjectsDocument,
    variables: { filter: { search: null, status: null, overdue: null, deliverables }, page: { offset: 0, limit: 25 } },
  },
  result: { data: { projects: { __typename: 'ProjectPage', totalCount: nodes.length, hasMore: false, nodes } } },
});

const renderList = (nodes: unknown[], role: 'OWNER' | 'MEMBER' = 'OWNER') =>
  renderWithProviders(<ProjectsListRoute />, {
    viewer: viewerFixture(role),
    mocks: [listMock(nodes)],
    route: '/projects',
    path: '/projects',
  });

describe('ProjectsListRoute', () => {
  it('lists projects with client, value, progress and the overdue mark', async () => {
    renderList([row('p1', 'Brand refresh'), row('p2', 'Old site', { overdue: true, value: 0 })]);
    expect(await screen.findByRole('link', { name: 'Brand refresh' })).toHaveAttribute('href', '/projects/p1');
    expect(screen.getAllByRole('link', { name: 'Acme Corp' })).toHaveLength(2);
    expect(screen.getByText('$1,500.00')).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New project' })).toBeInTheDocument();
  });

  it('hides the value column for roles without financials and offers creation to editors', async () => {
    renderList([row('p1', 'Brand refresh', { value: null })], 'MEMBER');
    expect(await screen.findByRole('link', { name: 'Brand refresh' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Value' })).not.toBeInTheDocument();
  });

  it('follows the dashboard link for deliverables awaiting approval, and can drop that filter', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProjectsListRoute />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        listMock([row('p1', 'Brand refresh')], 'PENDING_APPROVAL'),
        listMock([row('p1', 'Brand refresh'), row('p2', 'Old site')]),
      ],
      route: '/projects?deliverables=pending-approval',
      path: '/projects',
    });
    expect(await screen.findByText('With deliverables awaiting approval')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Brand refresh' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the deliverables filter' }));
    expect(await screen.findByRole('link', { name: 'Old site' })).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    renderList([]);
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
  });
});
