import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  EmailVerificationStatusDocument,
  ResendVerificationEmailDocument,
  VerifyEmailDocument,
} from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { VerifyEmailBanner } from './components/verify-email-banner';
import { VerifyEmailRoute } from './routes/verify-email.route';

const TOKEN = 'b'.repeat(43);
const status = (emailVerified: boolean | null) => ({
  request: { query: EmailVerificationStatusDocument },
  result: {
    data: {
      me:
        emailVerified === null
          ? null
          : { __typename: 'Viewer', user: { __typename: 'User', id: 'u1', email: 'ana@lima.test', emailVerified } },
    },
  },
});
const expired = {
  request: { query: VerifyEmailDocument, variables: { token: TOKEN } },
  result: {
    errors: [
      new GraphQLError('This verification link has expired or was already used', {
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      }),
    ],
  },
};
const resend = {
  request: { query: ResendVerificationEmailDocument },
  result: { data: { resendVerificationEmail: true } },
};
const renderVerify = (mocks: object[]) =>
  renderWithProviders(<VerifyEmailRoute />, {
    route: `/verify-email?token=${TOKEN}`,
    path: '/verify-email',
    mocks: mocks as never,
  });

describe('verify email page', () => {
  it('confirms the address from the link', async () => {
    renderVerify([
      status(null),
      { request: { query: VerifyEmailDocument, variables: { token: TOKEN } }, result: { data: { verifyEmail: true } } },
      status(null),
    ]);
    expect(await screen.findByText('Thank you. Your email address is confirmed.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('offers a new link when the link expired and the person is signed in', async () => {
    const user = userEvent.setup();
    renderVerify([status(false), expired, resend]);
    expect(await screen.findByRole('alert')).toHaveTextContent('expired or was already used');
    await user.click(await screen.findByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText('We sent a new link to ana@lima.test.')).toBeInTheDocument();
  });

  it('asks a signed-out visitor with an expired link to sign in', async () => {
    renderVerify([status(null), expired]);
    expect(await screen.findByRole('alert')).toHaveTextContent('expired');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send a new link' })).not.toBeInTheDocument();
  });
});

describe('VerifyEmailBanner', () => {
  it('shows until the email is verified, with a resend button', async () => {
    const user = userEvent.setup();
    renderWithProviders(<VerifyEmailBanner />, { mocks: [status(false), resend] });
    expect(await screen.findByText(/We sent a link to ana@lima.test/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText('We sent a new link to ana@lima.test.')).toBeInTheDocument();
  });

  it('is hidden for verified users', async () => {
    renderWithProviders(<VerifyEmailBanner />, { mocks: [status(true)] });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/Confirm your email/)).not.toBeInTheDocument();
  });
});
