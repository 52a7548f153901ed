import { screen } from '@testing-library/react';
import { ClientMetricsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientMetricsCard } from './components/client-metrics-card';

const metrics = (financial: boolean) => ({
  request: { query: ClientMetricsDocument, variables: { id: 'c1' } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: 'c1',
        metrics: {
          __typename: 'ClientMetrics',
          totalProjects: 3,
          activeProjects: 1,
          totalValue: financial ? 300_000 : null,
          averageTicket: financial ? 100_000 : null,
          relationshipDays: 42,
          billableValue: financial ? 20_000 : null,
          costOfTime: financial ? 8_000 : null,
          marginPercent: financial ? 60 : null,
        },
        timeTotals: {
          __typename: 'TimeTotals',
          minutes: 150,
          billableMinutes: 120,
          billableValue: financial ? 20_000 : null,
          cost: financial ? 8_000 : null,
        },
      },
    },
  },
});

describe('ClientMetricsCard', () => {
  it('shows value, ticket and margin to financial roles', async () => {
    renderWithProviders(<ClientMetricsCard clientId="c1" />, {
      viewer: viewerFixture('MANAGER'),
      mocks: [metrics(true)],
    });
    expect(await screen.findByText('1 active of 3')).toBeInTheDocument();
    expect(screen.getByText('$1,000.00')).toBeInTheDocument();
    expect(screen.getByText('60 %')).toBeInTheDocument();
    expect(screen.getByText('2h 30m (2h billable)')).toBeInTheDocument();
    expect(screen.getByText('42 days')).toBeInTheDocument();
  });

  it('leaves money out for roles without financials', async () => {
    renderWithProviders(<ClientMetricsCard clientId="c1" />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [metrics(false)],
    });
    expect(await screen.findByText('1 active of 3')).toBeInTheDocument();
    expect(screen.queryByText('Margin')).not.toBeInTheDocument();
    expect(screen.queryByText('Average ticket')).not.toBeInTheDocument();
  });
});
