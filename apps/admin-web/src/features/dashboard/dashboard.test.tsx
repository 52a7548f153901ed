import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActivityFeedDocument, DashboardDocument, OpenTicketsCountDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { DashboardRoute } from './routes/dashboard.route';

const dashboard = (overrides: Record<string, unknown> = {}) => ({
  request: { query: DashboardDocument },
  result: {
    data: {
      dashboard: {
        __typename: 'Dashboard',
        today: '2026-03-11',
        weekStart: '2026-03-09',
        activeClients: 12,
        prospects: 4,
        recentProspects: [{ __typename: 'DashboardClientRef', id: 'p1', name: 'Lead Co' }],
        projectsInProgress: 7,
        totalContractValue: 1_250_000,
        overdueProjects: 2,
        deliverablesDueThisWeek: 3,
        pendingClientRequests: 5,
        recentActivity: [
          {
            __typename: 'DashboardActivity',
            id: 'e1',
            clientId: 'c1',
            clientName: 'Acme',
            type: 'MEETING',
            summary: 'Kickoff call',
            occurredAt: '2026-03-10T10:00:00.000Z',
          },
        ],
        ...overrides,
      },
    },
  },
});

const openTickets = {
  request: { query: OpenTicketsCountDocument },
  result: { data: { tickets: { __typename: 'TicketPage', totalCount: 3 } } },
  maxUsageCount: 5,
};

describe('DashboardRoute', () => {
  it('links every number to the filtered list behind it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DashboardRoute />, { viewer: viewerFixture('OWNER'), mocks: [dashboard(), openTickets] });
    expect(await screen.findByText('12')).toBeInTheDocument();
    const link = (label: string) => screen.getByRole('link', { name: `${label}: open the list` });
    expect(link('Active clients')).toHaveAttribute('href', '/clients?status=ACTIVE');
    expect(link('Prospects')).toHaveAttribute('href', '/clients?status=PROSPECT');
    expect(link('Projects in progress')).toHaveAttribute('href', '/projects?status=ACTIVE');
    expect(link('Overdue projects')).toHaveAttribute('href', '/projects?overdue=1');
    expect(link('Contract value')).toHaveTextContent('$12,500.00');
    expect(link('Open tickets')).toHaveAttribute('href', '/tickets?status=OPEN');
    await waitFor(() => expect(link('Open tickets')).toHaveTextContent('3'));
    expect(screen.getByText('Kickoff call')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lead Co' })).toHaveAttribute('href', '/clients/p1');
    await user.click(link('Overdue projects'));
    expect(screen.getByTestId('location')).toHaveTextContent('/projects?overdue=1');
  });

  it('hides the contract value without financials and shows empty states', async () => {
    renderWithProviders(<DashboardRoute />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [dashboard({ totalContractValue: null, recentActivity: [], recentProspects: [] }), openTickets],
    });
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
    expect(screen.queryByText('Contract value')).not.toBeInTheDocument();
    expect(screen.getByText('No prospects in the pipeline.')).toBeInTheDocument();
  });

  it('adds live activity to the feed as it happens', async () => {
    const live = {
      request: { query: ActivityFeedDocument },
      delay: 50,
      result: {
        data: {
          activityFeed: {
            __typename: 'DashboardActivity',
            id: 'e2',
            clientId: 'c2',
            clientName: 'Globex',
            type: 'CALL',
            summary: 'Budget approved on the phone',
            occurredAt: '2026-03-11T09:00:00.000Z',
          },
        },
      },
    };
    renderWithProviders(<DashboardRoute />, {
      viewer: viewerFixture('OWNER'),
      mocks: [dashboard(), live, openTickets],
    });
    expect(await screen.findByText('Budget approved on the phone')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Budget approved on the phone');
    expect(items[1]).toContain('Kickoff call');
    expect(screen.getByRole('link', { name: 'Globex' })).toHaveAttribute('href', '/clients/c2');
  });
});
