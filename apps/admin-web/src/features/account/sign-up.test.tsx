import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MeDocument, SignUpDocument, SignUpModeDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { SignUpRoute } from './routes/sign-up.route';

const values = { name: 'Ana Lima', email: 'ana@lima.test', password: 'plum orchard lantern', agencyName: 'Lima' };
const signedOut = { request: { query: MeDocument }, result: { data: { me: null } } };
const mode = (signUpMode: string) => ({ request: { query: SignUpModeDocument }, result: { data: { signUpMode } } });

async function fill(v = values) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^your name/i), v.name);
  await user.type(screen.getByLabelText(/^email/i), v.email);
  await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), v.password);
  await user.type(screen.getByLabelText(/^agency name/i), v.agencyName);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('sign-up page', () => {
  it('puts each server error on its field', async () => {
    const signUp = jest.fn(() => ({
      errors: [
        new GraphQLError('This password is too common; choose a less predictable one', {
          extensions: { code: 'BAD_USER_INPUT', field: 'password' },
        }),
      ],
    }));
    renderWithProviders(<SignUpRoute />, {
      route: '/sign-up',
      path: '/sign-up',
      mocks: [signedOut, mode('OPEN'), { request: { query: SignUpDocument, variables: () => true }, result: signUp }],
    });
    await fill();
    const password = screen.getByLabelText(/^password/i, { selector: 'input' });
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription('This password is too common; choose a less predictable one'),
    );
    expect(signUp).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-up');
  });

  it('shows a taken email on the email field', async () => {
    renderWithProviders(<SignUpRoute />, {
      route: '/sign-up',
      path: '/sign-up',
      mocks: [
        signedOut,
        mode('OPEN'),
        {
          request: { query: SignUpDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('An account with this email already exists.', {
                extensions: { code: 'BAD_USER_INPUT', field: 'email' },
              }),
            ],
          },
        },
      ],
    });
    await fill();
    await waitFor(() =>
      expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(
        'An account with this email already exists.',
      ),
    );
  });

  it('checks length in the browser before calling the server', async () => {
    const signUp = jest.fn();
    renderWithProviders(<SignUpRoute />, {
      route: '/sign-up',
      path: '/sign-up',
      mocks: [signedOut, mode('OPEN'), { request: { query: SignUpDocument, variables: () => true }, result: signUp }],
    });
    await fill({ ...values, password: 'short' });
    expect(await screen.findByText('Use at least 10 characters')).toBeInTheDocument();
    expect(signUp).not.toHaveBeenCalled();
  });

  it('sends the browser language and time zone, and lands in the app', async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<SignUpRoute />, {
      route: '/sign-up',
      path: '/sign-up',
      mocks: [
        signedOut,
        mode('OPEN'),
        {
          request: {
            query: SignUpDocument,
            variables: (v: Record<string, unknown>) => {
              sent = v.input as Record<string, unknown>;
              return true;
            },
          },
          result: { data: { signUp: viewerFixture('OWNER') } },
        },
      ],
    });
    await fill();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(sent).toMatchObject({ ...values, locale: navigator.language, timezone: expect.any(String) });
  });

  it('says sign-up is closed when the server is invite-only', async () => {
    renderWithProviders(<SignUpRoute />, {
      route: '/sign-up',
      path: '/sign-up',
      mocks: [signedOut, mode('INVITE_ONLY')],
    });
    expect(await screen.findByText('Sign-up is closed')).toBeInTheDocument();
    expect(screen.getByText(/by invitation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });
});
