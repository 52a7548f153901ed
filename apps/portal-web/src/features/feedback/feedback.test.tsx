import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AnswerFeedbackDocument,
  PortalFeedbackRequestDocument,
  PortalMeDocument,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

const me = (locale = 'en') => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ locale }) } },
});
const open = (request: object | null) => ({
  request: { query: PortalFeedbackRequestDocument },
  result: { data: { portalFeedbackRequest: request } },
});
const request = {
  __typename: 'PortalFeedbackRequest',
  id: 'f1',
  requestedAt: '2026-03-01T10:00:00Z',
  projectName: 'Website',
};

describe('portal feedback', () => {
  it('asks the NPS question and thanks the contact once answered', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/feedback',
      mocks: [
        me(),
        open(request),
        {
          request: { query: AnswerFeedbackDocument, variables: { id: 'f1', score: 9, comment: 'Great team' } },
          result: {
            data: {
              answerFeedback: {
                __typename: 'PortalFeedbackRequest',
                id: 'f1',
                answeredAt: '2026-03-02T10:00:00Z',
                score: 9,
              },
            },
          },
        },
      ],
    });
    expect(
      await screen.findByText('How likely are you to recommend Northwind Studio to a friend or colleague?'),
    ).toBeInTheDocument();
    expect(screen.getByText('About the project “Website”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('Choose a score from 0 to 10')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '9' }));
    await user.type(screen.getByRole('textbox', { name: /main reason/ }), 'Great team');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('Thank you for your feedback!')).toBeInTheDocument();
  });

  it('shows the server reason when it was already answered', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/feedback',
      mocks: [
        me(),
        open(request),
        {
          request: { query: AnswerFeedbackDocument, variables: { id: 'f1', score: 3, comment: null } },
          result: { errors: [{ message: 'This feedback was already answered', extensions: { code: 'CONFLICT' } }] },
        } as never,
      ],
    });
    await user.click(await screen.findByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('This feedback was already answered')).toBeInTheDocument();
  });

  it('says when there is nothing to answer, in Portuguese', async () => {
    await renderApp({ path: '/feedback', mocks: [me('pt'), open(null)] });
    expect(await screen.findByText('Nenhuma pergunta para você agora')).toBeInTheDocument();
  });
});
