import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientSegmentsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { SegmentsRoute } from './routes/segments.route';

const segment = (
  key: string | null,
  count: number,
  totalValue: number | null,
  valueMin: number | null = null,
  valueBelow: number | null = null,
) => ({
  __typename: 'ClientSegment',
  key,
  count,
  totalValue,
  valueMin,
  valueBelow,
});
const report = (dimension: string, segments: ReturnType<typeof segment>[]) => ({
  request: { query: ClientSegmentsDocument, variables: { dimension } },
  result: {
    data: {
      clientSegments: {
        __typename: 'ClientSegmentReport',
        dimension,
        totalCount: segments.reduce((n, s) => n + s.count, 0),
        segments,
      },
    },
  },
});

describe('SegmentsRoute', () => {
  it('shows counts, shares and totals per segment and links each to the filtered list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SegmentsRoute />, {
      viewer: viewerFixture('OWNER'),
      route: '/segments',
      path: '/segments',
      mocks: [
        report('STATUS', [
          segment('PROSPECT', 1, 1000),
          segment('ACTIVE', 3, 9000),
          segment('PAUSED', 0, 0),
          segment('INACTIVE', 0, 0),
        ]),
        report('VALUE_TIER', [
          segment('HIGH', 1, 5000, 401, null),
          segment('MEDIUM', 1, 300, 201, 401),
          segment('LOW', 2, 100, 0, 201),
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Segments' });
    const active = within(table).getByRole('row', { name: /Active/ });
    expect(within(active).getByText('3')).toBeInTheDocument();
    expect(within(active).getByText('75%')).toBeInTheDocument();
    expect(within(active).getByText('$90.00')).toBeInTheDocument();
    expect(within(active).getByRole('link', { name: 'Active' })).toHaveAttribute('href', '/clients?status=ACTIVE');

    await user.click(screen.getByText('Value tier'));
    const high = await screen.findByRole('link', { name: 'High value' });
    expect(high).toHaveAttribute('href', '/clients?vmin=401&sort=TOTAL_VALUE');
    expect(screen.getByRole('link', { name: 'Medium value' })).toHaveAttribute(
      'href',
      '/clients?vmin=201&vbelow=401&sort=TOTAL_VALUE',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/segments?by=value_tier');
  });

  it('offers no value tiers or totals to a role without financials', async () => {
    renderWithProviders(<SegmentsRoute />, {
      viewer: viewerFixture('MEMBER'),
      route: '/segments',
      path: '/segments',
      mocks: [
        report('STATUS', [
          segment('PROSPECT', 0, null),
          segment('ACTIVE', 2, null),
          segment('PAUSED', 0, null),
          segment('INACTIVE', 0, null),
        ]),
      ],
    });
    await screen.findByRole('table', { name: 'Segments' });
    expect(screen.queryByText('Value tier')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Total value' })).not.toBeInTheDocument();
  });
});
