import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MeDocument,
  SetWorkspaceTwoFactorRequiredDocument,
  WorkspaceTwoFactorPolicyDocument,
} from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { TwoFactorPolicyCard } from './components/two-factor-policy-card';

const policy = (required: boolean) => ({
  request: { query: WorkspaceTwoFactorPolicyDocument },
  result: {
    data: {
      workspaceTwoFactorPolicy: { __typename: 'TwoFactorPolicy', required, members: 4, membersWithoutTwoFactor: 3 },
    },
  },
});

describe('TwoFactorPolicyCard', () => {
  it('lets an OWNER require two-factor after confirming, with the count of members without it', async () => {
    const setRequired = jest.fn(() => ({
      data: { setWorkspaceTwoFactorRequired: { __typename: 'Workspace', id: 'ws-1', requireTwoFactor: true } },
    }));
    const mocks = [
      policy(false),
      { request: { query: SetWorkspaceTwoFactorRequiredDocument, variables: { required: true } }, result: setRequired },
      policy(true),
      { request: { query: MeDocument }, result: { data: { me: viewerFixture('OWNER') } } },
    ];
    renderWithProviders(<TwoFactorPolicyCard />, { mocks, viewer: viewerFixture('OWNER') });
    const user = userEvent.setup();

    expect(await screen.findByTestId('members-without-two-factor')).toHaveTextContent('3 of 4 members');
    await user.click(screen.getByRole('switch', { name: /must use two-factor/ }));
    expect(await screen.findByText(/3 member\(s\) without two-factor will be stopped/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Require it' }));

    await waitFor(() => expect(setRequired).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('switch', { name: /must use two-factor/ })).toBeChecked());
  });

  it('shows the rule to an ADMIN without letting them change it, and nothing to a MEMBER', async () => {
    const { unmount } = renderWithProviders(<TwoFactorPolicyCard />, {
      mocks: [policy(true)],
      viewer: viewerFixture('ADMIN'),
    });
    const toggle = await screen.findByRole('switch', { name: /must use two-factor/ });
    await waitFor(() => expect(toggle).toBeChecked());
    expect(toggle).toBeDisabled();
    expect(screen.getByText('Only an owner can change this.')).toBeInTheDocument();
    unmount();

    renderWithProviders(<TwoFactorPolicyCard />, { viewer: viewerFixture('MEMBER') });
    expect(screen.queryByText('Require two-factor authentication')).not.toBeInTheDocument();
  });
});
