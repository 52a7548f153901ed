import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  assertPayment,
  DomainError,
  formatMoney,
  localDate,
  MANUAL_PAYMENT_METHODS,
  type PaymentMethod,
} from '@clientflow/domain';
import { RecordPaymentDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useIdempotencyKey } from '../../../../shared/lib/idempotency-key';
import { humanizeEnum, type WorkspaceFormat } from '../../../../shared/lib/format';
import { MoneyInput } from '../../shared/components/scaled-number-input';
import { evictInvoiceLists } from '../lib/invoice-cache';

interface RecordPaymentModalProps {
  opened: boolean;
  onClose(): void;
  invoice: { id: string; number: string | null; balance: number; currency: string };
  format: WorkspaceFormat;
}

interface Values {
  amount: number | null;
  method: PaymentMethod;
  receivedAt: string | null;
  reference: string;
  note: string;
}

const METHOD_OPTIONS = MANUAL_PAYMENT_METHODS.map((m) => ({ value: m, label: humanizeEnum(m) }));

/** A manual payment: the amount starts at the balance; more than the balance is refused (here and by the API). */
export function RecordPaymentModal({ opened, onClose, invoice, format }: RecordPaymentModalProps) {
  const [record, { loading }] = useMutation(RecordPaymentDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictInvoiceLists,
  });
  const idempotency = useIdempotencyKey();
  const form = useForm<Values>({
    initialValues: {
      amount: invoice.balance,
      method: 'BANK_TRANSFER',
      receivedAt: localDate(new Date(), format.timeZone),
      reference: '',
      note: '',
    },
    validate: {
      amount: (amount) => {
        if (amount === null) return 'Enter the amount received';
        try {
          assertPayment({ amount, balance: invoice.balance });
          return null;
        } catch (error) {
          if (error instanceof DomainError) {
            return amount > invoice.balance
              ? `That is more than the balance due (${formatMoney(invoice.balance, { ...format, currency: invoice.currency })})`
              : error.message;
          }
          throw error;
        }
      },
      receivedAt: (d) => (d ? null : 'When was it received?'),
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (v) => {
    const variables = {
      invoiceId: invoice.id,
      input: {
        amount: v.amount!,
        method: v.method,
        receivedAt: v.receivedAt,
        reference: v.reference.trim() || null,
        note: v.note.trim() || null,
      },
    };
    try {
      // A second click after a failure reuses the key: the payment is recorded once at most.
      await record({ variables: { ...variables, idempotencyKey: idempotency.keyFor(variables) } });
      idempotency.settle();
      notifications.show({
        color: 'teal',
        message: `Payment of ${formatMoney(v.amount!, { ...format, currency: invoice.currency })} recorded`,
      });
      close();
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      notifications.show({ color: 'red', title: 'Could not record the payment', message: apiErrorInfo(error).message });
    }
  }, focusFirstError(form));

  return (
    <Modal opened={opened} onClose={close} title={`Record a payment${invoice.number ? ` for ${invoice.number}` : ''}`}>
      <form onSubmit={submit} noValidate aria-label="Record payment">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <MoneyInput
              label="Amount"
              required
              currency={invoice.currency}
              locale={format.locale}
              description={`Balance due: ${formatMoney(invoice.balance, { ...format, currency: invoice.currency })}`}
              value={form.values.amount}
              onChange={(v) => form.setFieldValue('amount', v)}
              error={form.errors.amount}
              data-autofocus
            />
            <Select label="Method" data={METHOD_OPTIONS} allowDeselect={false} {...form.getInputProps('method')} />
            <DatePickerInput
              label="Received on"
              required
              valueFormat="D MMM YYYY"
              {...form.getInputProps('receivedAt')}
            />
            <TextInput
              label="Reference"
              placeholder="Bank reference, receipt no."
              maxLength={200}
              {...form.getInputProps('reference')}
            />
          </SimpleGrid>
          <Textarea label="Note" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
