import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { DeletePaymentDocument, type PaymentFieldsFragment } from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { ConfirmModal } from '../../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../../shared/lib/format';
import { evictInvoiceLists } from '../lib/invoice-cache';

interface PaymentsListProps {
  payments: readonly PaymentFieldsFragment[];
  locale: string;
  canManage: boolean;
}

/** Payments received, oldest first; manual ones recorded by mistake can be removed. */
export function PaymentsList({ payments, locale, canManage }: PaymentsListProps) {
  const [removing, setRemoving] = useState<PaymentFieldsFragment | null>(null);
  const [deletePayment, { loading }] = useMutation(DeletePaymentDocument, {
    context: { handledErrorCodes: ['*'] },
    update: evictInvoiceLists,
  });
  if (!payments.length) {
    return (
      <Text size="sm" c="dimmed">
        No payments yet.
      </Text>
    );
  }
  const money = (p: PaymentFieldsFragment) => formatMoney(p.amount, { locale, currency: p.currency });
  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" aria-label="Payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Received</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
              {canManage && <Table.Th w={48} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(p.receivedAt, locale)}</Table.Td>
                <Table.Td>{humanizeEnum(p.method)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{p.reference ?? '—'}</Text>
                  {p.note && (
                    <Text size="xs" c="dimmed">
                      {p.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {money(p)}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    {p.method !== 'STRIPE' && (
                      <Tooltip label="Remove this payment">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove the payment of ${money(p)}`}
                          onClick={() => setRemoving(p)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={Boolean(removing)}
        title="Remove this payment?"
        confirmLabel="Remove payment"
        loading={loading}
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          try {
            await deletePayment({ variables: { id: removing!.id } });
            setRemoving(null);
          } catch (error) {
            notifications.show({
              color: 'red',
              title: 'Could not remove the payment',
              message: apiErrorInfo(error).message,
            });
          }
        }}
      >
        <Text size="sm">Only for a payment recorded by mistake: the invoice's balance and status follow.</Text>
      </ConfirmModal>
    </>
  );
}
