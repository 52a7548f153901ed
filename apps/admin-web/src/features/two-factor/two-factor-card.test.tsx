import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  ConfirmTwoFactorSetupDocument,
  StartTwoFactorSetupDocument,
  TwoFactorStatusDocument,
} from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { TwoFactorCard } from './components/two-factor-card';

const status = (enabled: boolean, recoveryCodesRemaining = enabled ? 10 : 0) => ({
  request: { query: TwoFactorStatusDocument },
  result: {
    data: {
      twoFactorStatus: {
        __typename: 'TwoFactorStatus',
        enabled,
        pending: false,
        enabledAt: enabled ? '2026-03-14T10:00:00.000Z' : null,
        recoveryCodesRemaining,
      },
    },
  },
});
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const start = {
  request: { query: StartTwoFactorSetupDocument },
  result: {
    data: {
      startTwoFactorSetup: {
        __typename: 'TwoFactorSetup',
        otpauthUri: `otpauth://totp/ClientFlow:owner?secret=${SECRET}`,
        qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        secret: SECRET,
      },
    },
  },
};
const CODES = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
const confirm = (code: string) => ({
  request: { query: ConfirmTwoFactorSetupDocument, variables: { code } },
  result: { data: { confirmTwoFactorSetup: CODES } },
});

const typeCode = async (user: ReturnType<typeof userEvent.setup>, code: string) => {
  await user.click(screen.getByLabelText('Authentication code, digit 1 of 6'));
  await user.keyboard(code);
};

describe('TwoFactorCard', () => {
  it('turns two-factor on: QR code and key, a code, then the recovery codes once', async () => {
    const createObjectURL = jest.fn(() => 'blob:codes');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    // jsdom cannot navigate to the blob: the download link's click is observed instead.
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const mocks = [
      status(false),
      start,
      {
        request: { query: ConfirmTwoFactorSetupDocument, variables: { code: '000000' } },
        result: {
          errors: [
            new GraphQLError('That code is not right.', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } }),
          ],
        },
      },
      confirm('123456'),
      status(true),
    ];
    renderWithProviders(<TwoFactorCard />, { mocks, viewer: viewerFixture('OWNER') });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Turn on two-factor authentication' }));
    expect(await screen.findByRole('img', { name: /QR code/ })).toHaveAttribute(
      'src',
      start.result.data.startTwoFactorSetup.qrCodeDataUrl,
    );
    expect(screen.getByTestId('two-factor-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP');

    await typeCode(user, '000000');
    expect(await screen.findByText('That code is not right.')).toBeInTheDocument();
    await typeCode(user, '123456');

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(list).toHaveTextContent('abcd0-efgh0');
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toContain('abcd9-efgh9');
    expect(text).toContain('owner@demo.clientflow.test');

    await user.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(await screen.findByText('10 recovery codes left.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the status cannot be read', async () => {
    const mocks = [{ request: { query: TwoFactorStatusDocument }, error: new Error('Network down') }];
    renderWithProviders(<TwoFactorCard />, { mocks, viewer: viewerFixture('MEMBER') });

    expect(await screen.findByRole('alert')).toHaveTextContent('Network down');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('warns when few recovery codes are left', async () => {
    renderWithProviders(<TwoFactorCard />, { mocks: [status(true, 1)], viewer: viewerFixture('MEMBER') });

    expect(await screen.findByText('1 recovery code left.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('On')).toBeInTheDocument());
  });
});
