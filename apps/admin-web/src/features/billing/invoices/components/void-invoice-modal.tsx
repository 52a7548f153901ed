import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { VoidInvoiceDocument } from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { evictInvoiceLists } from '../lib/invoice-cache';

/** Voiding keeps the number (no gaps) and frees billed time; the reason is kept on the invoice and the timeline. */
export function VoidInvoiceModal({
  opened,
  onClose,
  invoice,
}: {
  opened: boolean;
  onClose(): void;
  invoice: { id: string; number: string | null };
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [voidInvoice, { loading }] = useMutation(VoidInvoiceDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictInvoiceLists,
  });
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  return (
    <ConfirmModal
      opened={opened}
      title={`Void ${invoice.number ?? 'this invoice'}?`}
      confirmLabel="Void invoice"
      loading={loading}
      onCancel={close}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError('Say why it is voided');
          return;
        }
        try {
          await voidInvoice({ variables: { id: invoice.id, reason: reason.trim() } });
          notifications.show({ color: 'teal', message: `${invoice.number ?? 'The invoice'} was voided` });
          close();
        } catch (e) {
          setError(apiErrorInfo(e).message);
        }
      }}
    >
      <Text size="sm">
        The client no longer owes it. Its number stays used, and time billed on it can be billed again.
      </Text>
      <Textarea
        label="Reason"
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
        error={error}
        data-autofocus
      />
    </ConfirmModal>
  );
}
