import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SignInDocument, VerifySignInCodeDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { SignInForm } from '../session/components/sign-in-form';

const credentials = { email: 'owner@demo.clientflow.test', password: 'clientflow-demo' };
const passwordStep = {
  request: { query: SignInDocument, variables: credentials },
  result: { data: { signIn: { __typename: 'SignInResult', twoFactorRequired: true, viewer: null } } },
};
const verified = (code: string) => ({
  request: { query: VerifySignInCodeDocument, variables: { code } },
  result: { data: { verifySignInCode: viewerFixture('OWNER') } },
});
const refused = (code: string, message: string, extensions: Record<string, unknown>) => ({
  request: { query: VerifySignInCodeDocument, variables: { code } },
  result: { errors: [new GraphQLError(message, { extensions })] },
});

async function signInWithPassword() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^email/i, { selector: 'input' }), credentials.email);
  await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('form', { name: 'Two-factor authentication' });
  return user;
}

const typeCode = async (user: ReturnType<typeof userEvent.setup>, code: string) => {
  await user.click(screen.getByLabelText('Authentication code, digit 1 of 6'));
  await user.keyboard(code);
};

describe('signing in with two-factor', () => {
  it('asks for the code after the password, and signs in once it is right', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { mocks: [passwordStep, verified('123456')] });

    const user = await signInWithPassword();
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.queryByLabelText(/^password/i, { selector: 'input' })).not.toBeInTheDocument();
    await typeCode(user, '123456');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('shows a wrong code on the input and the rate limit in an alert', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        passwordStep,
        refused('111111', 'That code is not right.', { code: 'BAD_USER_INPUT', field: 'code' }),
        refused('222222', 'Too many attempts.', { code: 'RATE_LIMITED' }),
      ],
    });

    const user = await signInWithPassword();
    await typeCode(user, '111111');
    expect(await screen.findByText('That code is not right.')).toBeInTheDocument();
    await typeCode(user, '222222');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes. Wait 15 minutes');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('takes a recovery code instead', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { mocks: [passwordStep, verified('k7m2p-x9q4r')] });

    const user = await signInWithPassword();
    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), 'k7m2p-x9q4r');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('goes back to the password when the 5-minute challenge expired', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [
        passwordStep,
        refused('123456', 'Your sign-in expired. Enter your password again.', { code: 'UNAUTHENTICATED' }),
      ],
    });

    const user = await signInWithPassword();
    await typeCode(user, '123456');

    expect(await screen.findByRole('alert')).toHaveTextContent('Your sign-in expired. Enter your password again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
