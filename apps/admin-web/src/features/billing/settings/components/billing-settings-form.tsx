import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  BillingSettingsDocument,
  UpdateBillingSettingsDocument,
  type BillingSettingsFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { PercentInput } from '../../shared/components/scaled-number-input';
import {
  billingInputOf,
  billingValuesOf,
  numberPreview,
  validateBillingSettings,
  type BillingSettingsValues,
} from '../lib/billing-settings-values';
import { ReminderOffsetsInput } from './reminder-offsets-input';

/** Numbering, defaults of new documents, reminders, and the agency details printed on PDFs. */
export function BillingSettingsForm({
  settings,
  canEdit,
}: {
  settings: BillingSettingsFieldsFragment;
  canEdit: boolean;
}) {
  const [save, { loading }] = useMutation(UpdateBillingSettingsDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: BillingSettingsDocument, data: { billingSettings: data.updateBillingSettings } });
    },
  });
  const form = useForm<BillingSettingsValues>({
    initialValues: billingValuesOf(settings),
    validate: validateBillingSettings,
    validateInputOnBlur: true,
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues(billingValuesOf(settings));
    resetDirty();
  }, [settings, setValues, resetDirty]);
  const v = form.values;

  const submit = form.onSubmit(async (values) => {
    try {
      await save({ variables: { input: billingInputOf(values) } });
      notifications.show({ color: 'teal', title: 'Saved', message: 'Billing settings were updated.' });
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      notifications.show({ color: 'red', title: 'Check the form', message: apiErrorInfo(error).message });
    }
  }, focusFirstError(form));

  const preview = (prefix: string) => numberPreview(prefix, v.numberPadding) ?? '—';

  return (
    <form onSubmit={submit} noValidate aria-label="Billing settings">
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="lg">
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={4}>Numbering</Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label="Invoice prefix"
                  maxLength={20}
                  description={`Example: ${preview(v.invoicePrefix)}`}
                  {...form.getInputProps('invoicePrefix')}
                />
                <TextInput
                  label="Quote prefix"
                  maxLength={20}
                  description={`Example: ${preview(v.quotePrefix)}`}
                  {...form.getInputProps('quotePrefix')}
                />
                <NumberInput
                  label="Digits"
                  description="Zero-padded sequence"
                  min={1}
                  max={12}
                  allowDecimal={false}
                  {...form.getInputProps('numberPadding')}
                />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                Numbers are given when a document is sent, one after another with no gaps. Changing the prefix does not
                renumber sent documents.
              </Text>
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={4}>Defaults for new documents</Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label="Payment terms"
                  description="Days from issue to due date"
                  suffix=" days"
                  min={0}
                  max={365}
                  allowDecimal={false}
                  {...form.getInputProps('paymentTermsDays')}
                />
                <NumberInput
                  label="Quote validity"
                  description="Days a sent quote can be accepted"
                  suffix=" days"
                  min={1}
                  max={365}
                  allowDecimal={false}
                  {...form.getInputProps('quoteValidityDays')}
                />
                <PercentInput
                  label="Default tax rate"
                  description="Applied to new lines"
                  value={v.defaultTaxRate}
                  onChange={(bps) => form.setFieldValue('defaultTaxRate', bps)}
                  error={form.errors.defaultTaxRate}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Textarea
                  label="Default notes"
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps('defaultNotes')}
                />
                <Textarea
                  label="Default terms"
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps('defaultTerms')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={4}>Reminders</Title>
              <Switch
                label="Email payment reminders"
                description="To the client's billing contacts, for invoices with a balance"
                {...form.getInputProps('remindersEnabled', { type: 'checkbox' })}
              />
              <ReminderOffsetsInput
                value={v.reminderOffsetsDays}
                onChange={(offsets) => form.setFieldValue('reminderOffsetsDays', offsets)}
                error={form.errors.reminderOffsetsDays}
                disabled={!v.remindersEnabled || !canEdit}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={4}>Agency details on invoices and quotes</Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Legal name" maxLength={200} {...form.getInputProps('legalName')} />
                <TextInput label="Tax id" maxLength={50} {...form.getInputProps('taxId')} />
                <Textarea label="Address" autosize minRows={3} maxRows={6} {...form.getInputProps('address')} />
                <TextInput label="Billing email" type="email" maxLength={200} {...form.getInputProps('email')} />
              </SimpleGrid>
              <Textarea
                label="Payment instructions"
                description="Bank account, IBAN, how to pay"
                autosize
                minRows={3}
                maxRows={8}
                {...form.getInputProps('paymentInstructions')}
              />
            </Stack>
          </Paper>
          {canEdit && (
            <Group justify="flex-end">
              <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
                Discard changes
              </Button>
              <Button type="submit" loading={loading} disabled={!form.isDirty()}>
                Save billing settings
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
