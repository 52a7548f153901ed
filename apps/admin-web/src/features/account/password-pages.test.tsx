import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { GraphQLError } from 'graphql';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { ForgotPasswordRoute } from './routes/forgot-password.route';
import { ResetPasswordRoute } from './routes/reset-password.route';

const TOKEN = 'a'.repeat(43);

// Mantine's notifications store outlives a render: start each test without the last one's.
afterEach(() => notifications.clean());

describe('forgot password page', () => {
  it('shows the same confirmation for any address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordRoute />, {
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'ana@lima.test' } },
          result: { data: { requestPasswordReset: true } },
        },
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'nobody@lima.test' } },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^email/i), 'ana@lima.test');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    const first = (await screen.findByText(/If an account exists for ana@lima.test/)).textContent;

    await user.click(screen.getByRole('button', { name: 'try another address' }));
    await user.clear(screen.getByLabelText(/^email/i));
    await user.type(screen.getByLabelText(/^email/i), 'nobody@lima.test');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    const second = (await screen.findByText(/If an account exists for nobody@lima.test/)).textContent;
    expect(second).toBe(first!.replace('ana@lima.test', 'nobody@lima.test'));
  });

  it('shows the rate limit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordRoute />, {
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'ana@lima.test' } },
          result: {
            errors: [new GraphQLError('Too many attempts. Please wait', { extensions: { code: 'RATE_LIMITED' } })],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText(/^email/i), 'ana@lima.test');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts');
  });
});

describe('reset password page', () => {
  const renderReset = (mocks: Parameters<typeof renderWithProviders>[1] extends infer O ? O : never) =>
    renderWithProviders(<ResetPasswordRoute />, {
      route: `/reset-password?token=${TOKEN}`,
      path: '/reset-password',
      ...mocks,
    });

  async function submit(password: string, confirm: string) {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^new password/i, { selector: 'input' }), password);
    await user.type(screen.getByLabelText(/^repeat the new password/i, { selector: 'input' }), confirm);
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
  }

  it('refuses a confirmation that does not match', async () => {
    const reset = jest.fn();
    renderReset({
      mocks: [{ request: { query: ResetPasswordDocument, variables: () => true }, result: reset }],
    });
    await submit('violet harbour tide', 'violet harbour tidy');
    expect(await screen.findByText('The passwords do not match')).toBeInTheDocument();
    expect(reset).not.toHaveBeenCalled();
  });

  it('sends the person to sign in with a message on success', async () => {
    renderReset({
      mocks: [
        {
          request: { query: ResetPasswordDocument, variables: { token: TOKEN, newPassword: 'violet harbour tide' } },
          result: { data: { resetPassword: true } },
        },
      ],
    });
    await submit('violet harbour tide', 'violet harbour tide');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in'));
    expect(await screen.findByText(/Sign in with your new password/)).toBeInTheDocument();
  });

  it('offers a new link when this one expired', async () => {
    renderReset({
      mocks: [
        {
          request: { query: ResetPasswordDocument, variables: { token: TOKEN, newPassword: 'violet harbour tide' } },
          result: {
            errors: [
              new GraphQLError('This reset link has expired or was already used. Ask for a new one.', {
                extensions: { code: 'BAD_USER_INPUT', field: 'token' },
              }),
            ],
          },
        },
      ],
    });
    await submit('violet harbour tide', 'violet harbour tide');
    expect(await screen.findByRole('alert')).toHaveTextContent('expired or was already used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('puts a refused password on its field', async () => {
    renderReset({
      mocks: [
        {
          request: { query: ResetPasswordDocument, variables: { token: TOKEN, newPassword: 'password1234' } },
          result: {
            errors: [
              new GraphQLError('This password is too common; choose a less predictable one', {
                extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
              }),
            ],
          },
        },
      ],
    });
    await submit('password1234', 'password1234');
    await waitFor(() =>
      expect(screen.getByLabelText(/^new password/i, { selector: 'input' })).toHaveAccessibleDescription(
        'This password is too common; choose a less predictable one',
      ),
    );
  });
});
