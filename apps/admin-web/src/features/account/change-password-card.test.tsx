import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { GraphQLError } from 'graphql';
import { ChangePasswordDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { ChangePasswordCard } from './components/change-password-card';

const variables = { currentPassword: 'old password here', newPassword: 'violet harbour tide' };

async function fill(current: string, next: string, confirm = next) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^current password/i, { selector: 'input' }), current);
  await user.type(screen.getByLabelText(/^new password/i, { selector: 'input' }), next);
  await user.type(screen.getByLabelText(/^repeat the new password/i, { selector: 'input' }), confirm);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

// Mantine's notifications store outlives a render: start each test without the last one's.
afterEach(() => notifications.clean());

describe('ChangePasswordCard', () => {
  it('puts a wrong current password on its field', async () => {
    renderWithProviders(<ChangePasswordCard />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [
        {
          request: { query: ChangePasswordDocument, variables },
          result: {
            errors: [
              new GraphQLError('The current password is incorrect', {
                extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
              }),
            ],
          },
        },
      ],
    });
    await fill(variables.currentPassword, variables.newPassword);
    await waitFor(() =>
      expect(screen.getByLabelText(/^current password/i, { selector: 'input' })).toHaveAccessibleDescription(
        'The current password is incorrect',
      ),
    );
  });

  it('checks the confirmation and the length before calling the server', async () => {
    const change = jest.fn();
    renderWithProviders(<ChangePasswordCard />, {
      mocks: [{ request: { query: ChangePasswordDocument, variables: () => true }, result: change }],
    });
    await fill('old', 'short', 'shorter');
    expect(await screen.findByText('Use at least 10 characters')).toBeInTheDocument();
    expect(screen.getByText('The passwords do not match')).toBeInTheDocument();
    expect(change).not.toHaveBeenCalled();
  });

  it('changes the password, clears the form and says other devices were signed out', async () => {
    renderWithProviders(<ChangePasswordCard />, {
      mocks: [{ request: { query: ChangePasswordDocument, variables }, result: { data: { changePassword: true } } }],
    });
    await fill(variables.currentPassword, variables.newPassword);
    expect(await screen.findByText(/other devices were signed out/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^current password/i, { selector: 'input' })).toHaveValue('');
    expect(screen.getByLabelText(/^new password/i, { selector: 'input' })).toHaveValue('');
  });

  it('shows the rate limit in an alert', async () => {
    renderWithProviders(<ChangePasswordCard />, {
      mocks: [
        {
          request: { query: ChangePasswordDocument, variables },
          result: { errors: [new GraphQLError('Too many attempts.', { extensions: { code: 'RATE_LIMITED' } })] },
        },
      ],
    });
    await fill(variables.currentPassword, variables.newPassword);
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts.');
  });
});
