import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { RegenerateRecoveryCodesDocument, TwoFactorStatusDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { CodeInput } from './code-input';
import { RecoveryCodesPanel } from './recovery-codes-panel';

interface RegenerateCodesModalProps {
  opened: boolean;
  onClose: () => void;
  account: string;
}

/** A new set of recovery codes against a code from the app; the old set stops working. */
export function RegenerateCodesModal({ opened, onClose, account }: RegenerateCodesModalProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [regenerate, { loading }] = useMutation(RegenerateRecoveryCodesDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'RATE_LIMITED'] },
    refetchQueries: [{ query: TwoFactorStatusDocument }],
  });
  const close = () => {
    setCode('');
    setError(null);
    setCodes(null);
    onClose();
  };
  const submit = async (value = code) => {
    if (!/^\d{6}$/.test(value)) return setError('Enter the 6-digit code from your app');
    setError(null);
    try {
      const { data } = await regenerate({ variables: { code: value } });
      if (data) setCodes(data.regenerateRecoveryCodes);
    } catch (err) {
      const info = apiErrorInfo(err);
      setError(info.code === 'RATE_LIMITED' ? 'Too many wrong codes. Wait 15 minutes and try again.' : info.message);
      setCode('');
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="New recovery codes" centered size="md">
      {codes ? (
        <RecoveryCodesPanel codes={codes} account={account} onDone={close} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
          aria-label="Make new recovery codes"
        >
          <Stack gap="md">
            <Text size="sm">Your current recovery codes stop working as soon as the new ones are made.</Text>
            <CodeInput value={code} onChange={setCode} onComplete={(v) => void submit(v)} error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={loading}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Make new codes
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
