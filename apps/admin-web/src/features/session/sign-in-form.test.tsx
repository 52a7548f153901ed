import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SignInDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { SignInForm } from './components/sign-in-form';

const credentials = { email: 'owner@demo.clientflow.test', password: 'clientflow-demo' };

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^email/i, { selector: 'input' }), email);
  if (password) await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('asks for both fields before calling the server', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    await fillAndSubmit('', '');

    expect(await screen.findByText('Enter your email')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('rejects a malformed email address', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    await fillAndSubmit('not-an-email', 'secret');

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });

  it('shows wrong credentials on the password field', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: credentials },
        result: {
          errors: [
            new GraphQLError('Email or password is incorrect', {
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            }),
          ],
        },
      },
    ];
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { mocks });

    await fillAndSubmit(credentials.email, credentials.password);

    expect(await screen.findByText('Email or password is incorrect')).toBeInTheDocument();
    expect(screen.getByLabelText(/^password/i, { selector: 'input' })).toHaveAccessibleDescription(
      'Email or password is incorrect',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows errors that belong to no field in an alert', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: credentials },
        result: {
          errors: [
            new GraphQLError('This account does not belong to any workspace', { extensions: { code: 'FORBIDDEN' } }),
          ],
        },
      },
    ];
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, { mocks });

    await fillAndSubmit(credentials.email, credentials.password);

    expect(await screen.findByRole('alert')).toHaveTextContent('This account does not belong to any workspace');
  });

  it('signs in and hands control back', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: credentials },
        result: {
          data: { signIn: { __typename: 'SignInResult', twoFactorRequired: false, viewer: viewerFixture('OWNER') } },
        },
      },
    ];
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { mocks });

    await fillAndSubmit(credentials.email, credentials.password);

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });
});
