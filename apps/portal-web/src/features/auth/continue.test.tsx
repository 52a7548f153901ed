import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ConsumeMagicLinkDocument } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

function consumeMock(answer: jest.Mock) {
  return { request: { query: ConsumeMagicLinkDocument, variables: { token: 'tok-123' } }, result: answer };
}

describe('magic-link continue page', () => {
  it('does not use the token until the button is clicked, then opens the portal', async () => {
    const answer = jest.fn(() => ({ data: { consumeMagicLink: portalViewer() } }));
    const { router } = await renderApp({ path: '/auth/continue?token=tok-123', mocks: [consumeMock(answer)] });

    const button = screen.getByRole('button', { name: 'Continue to your portal' });
    // Give a prefetching scanner every chance to trigger it: it must not.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answer).not.toHaveBeenCalled();

    await userEvent.setup().click(button);

    expect(await screen.findByRole('heading', { name: 'Welcome, Ana Souza' })).toBeInTheDocument();
    expect(answer).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/');
  });

  it('explains that the link expired when the server refuses the token', async () => {
    const answer = jest.fn(() => ({
      errors: [
        new GraphQLError('This sign-in link has expired', {
          extensions: { code: 'BAD_USER_INPUT', field: 'token' },
        }),
      ],
    }));
    await renderApp({ path: '/auth/continue?token=tok-123', mocks: [consumeMock(answer)] });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue to your portal' }));

    expect(
      await screen.findByRole('heading', { name: 'This link has expired or was already used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByRole('button', { name: 'Continue to your portal' })).not.toBeInTheDocument();
  });

  it('keeps the button for a retry when the failure is not about the link', async () => {
    const message = 'Too many attempts, try again in a minute';
    const answer = jest.fn(() => ({ errors: [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } })] }));
    await renderApp({ path: '/auth/continue?token=tok-123', mocks: [consumeMock(answer)] });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue to your portal' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continue to your portal' })).toBeEnabled());
  });

  it('shows the expired page when the link has no token', async () => {
    await renderApp({ path: '/auth/continue' });
    expect(screen.getByRole('heading', { name: 'This link has expired or was already used' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue to your portal' })).not.toBeInTheDocument();
  });
});
