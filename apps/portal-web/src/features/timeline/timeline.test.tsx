import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PortalMeDocument, PortalTimelineDocument } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

const event = (id: string, summary: string) => ({
  __typename: 'PortalTimelineEvent',
  id,
  type: 'PROJECT',
  occurredAt: '2026-03-01T10:00:00Z',
  summary,
  body: null,
  projectName: 'Website',
  author: { __typename: 'PortalPerson', kind: 'USER', name: 'Olivia' },
});
const page = (after: string | null, nodes: object[], hasMore: boolean, endCursor: string) => ({
  request: { query: PortalTimelineDocument, variables: { first: 20, after } },
  result: { data: { portalTimeline: { __typename: 'PortalTimelinePage', nodes, hasMore, endCursor } } },
});
const me = (locale = 'en') => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ locale }) } },
});

describe('portal timeline', () => {
  it('shows shared events and loads older ones', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/timeline',
      mocks: [
        me(),
        page(null, [event('e1', 'Kickoff meeting')], true, 'c1'),
        page('c1', [event('e2', 'Contract signed')], false, 'c2'),
      ],
    });
    expect(await screen.findByText('Kickoff meeting')).toBeInTheDocument();
    expect(screen.getByText(/Project · .* · Website · by Olivia/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    expect(await screen.findByText('Contract signed')).toBeInTheDocument();
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(2);
    expect(screen.getByText("You've reached the beginning.")).toBeInTheDocument();
  });

  it('shows the empty state in Spanish', async () => {
    await renderApp({ path: '/timeline', mocks: [me('es'), page(null, [], false, '')] });
    expect(await screen.findByText('Aún no hay nada en la cronología')).toBeInTheDocument();
  });
});
