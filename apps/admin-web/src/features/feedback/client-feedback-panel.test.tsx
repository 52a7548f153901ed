import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientFeedbackDocument, RequestFeedbackDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientFeedbackPanel } from './components/client-feedback-panel';

const answer = (id: string, score: number, category: string, comment: string | null, at: string) => ({
  __typename: 'FeedbackRequest',
  id,
  score,
  comment,
  category,
  answeredAt: at,
  projectName: id === 'f1' ? 'Website' : null,
  answeredBy: { __typename: 'TimelineAuthor', kind: 'CONTACT', id: 'ct1', name: 'Carla Client' },
});
const feedback = (data: object) => ({
  request: { query: ClientFeedbackDocument, variables: { clientId: 'c1' } },
  result: { data: { clientFeedback: { __typename: 'ClientFeedback', ...data } } },
});

describe('ClientFeedbackPanel', () => {
  it('shows the NPS, the latest comment and the score history with categories', async () => {
    renderWithProviders(<ClientFeedbackPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        feedback({
          nps: 0,
          answered: [
            answer('f1', 9, 'PROMOTER', null, '2026-03-02T10:00:00Z'),
            answer('f2', 4, 'DETRACTOR', 'Too slow', '2026-02-01T10:00:00Z'),
          ],
          open: [],
        }),
      ] as never,
    });
    expect(await screen.findByTestId('nps')).toHaveTextContent('0');
    expect(screen.getByText('“Too slow”')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Score history' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(/9\s*Promoter.*Carla Client.*Website/);
    expect(rows[2]).toHaveTextContent(/4\s*Detractor/);
  });

  it('requests feedback and shows the empty state before any answer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClientFeedbackPanel clientId="c1" />, {
      viewer: viewerFixture('MANAGER'),
      mocks: [
        feedback({ nps: null, answered: [], open: [] }),
        {
          request: { query: RequestFeedbackDocument, variables: { clientId: 'c1', projectId: null } },
          result: { data: { requestFeedback: { __typename: 'FeedbackRequest', id: 'f9' } } },
        },
        feedback({
          nps: null,
          answered: [],
          open: [
            {
              __typename: 'FeedbackRequest',
              id: 'f9',
              requestedAt: '2026-03-05T10:00:00Z',
              projectName: null,
              requestedBy: { __typename: 'TimelineAuthor', kind: 'USER', id: 'u1', name: 'Mia Manager' },
            },
          ],
        }),
      ] as never,
    });
    expect(await screen.findByText('No feedback yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Request feedback' }));
    expect(await screen.findByText(/Feedback requested/)).toBeInTheDocument();
    expect(await screen.findByTestId('open-requests')).toHaveTextContent('general');
    expect(screen.getByRole('button', { name: 'Request feedback' })).toBeDisabled();
  });
});
