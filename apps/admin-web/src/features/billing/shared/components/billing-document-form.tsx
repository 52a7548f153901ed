import { useMemo, type ReactNode } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { ClientSelect } from '../../../clients/components/client-select';
import { currencyOptions } from '../../../settings/components/workspace-settings-options';
import { validateDocument, type BillingKind, type DocumentFormValues } from '../lib/document-form-values';
import type { LineFormValue } from '../lib/line-values';
import { totalsOf } from '../lib/line-values';
import { ClientProjectSelect } from './client-project-select';
import { LineItemsEditor } from './line-items-editor';
import { TotalsSummary } from './totals-summary';

/** Save only; save and mark as sent; save and open the email (Send). */
export type SubmitIntent = 'draft' | 'send' | 'email';

interface BillingDocumentFormProps {
  kind: BillingKind;
  initialValues: DocumentFormValues;
  locale: string;
  defaultTaxRate: number;
  /** The client is fixed once a document exists. */
  clientLocked?: boolean;
  initialClient?: { id: string; name: string } | null;
  initialProject?: { id: string; name: string } | null;
  /** Label of the button that saves and marks the document sent without emailing ("Mark as sent"). */
  sendLabel: string;
  /** When given, a primary "Send" that saves and then opens the email to the client. */
  emailLabel?: string;
  /** Throws the API error so it lands on the field it names. */
  onSubmit(values: DocumentFormValues, intent: SubmitIntent): Promise<void>;
  onCancel(): void;
  /** Extra line sources (project fee, unbilled time); `add` appends suggested lines. */
  lineSources?: (ctx: { values: DocumentFormValues; add(lines: LineFormValue[]): void }) => ReactNode;
}

/** The invoice / quote editor: header fields, lines with live totals (domain rules), notes and terms. */
export function BillingDocumentForm(props: BillingDocumentFormProps) {
  const {
    kind,
    initialValues,
    locale,
    defaultTaxRate,
    clientLocked,
    initialClient,
    initialProject,
    sendLabel,
    emailLabel,
    onSubmit,
    onCancel,
    lineSources,
  } = props;
  const form = useForm<DocumentFormValues>({
    initialValues,
    validate: (values) => validateDocument(kind, values),
    validateInputOnBlur: true,
  });
  const { values } = form;
  const totals = useMemo(() => totalsOf(values.lines), [values.lines]);
  const label = kind === 'INVOICE' ? 'invoice' : 'quote';

  const submit = (intent: SubmitIntent) =>
    form.onSubmit(async (v) => {
      try {
        await onSubmit(v, intent);
      } catch (error) {
        if (applyServerFieldError(form, error)) return;
        const { message } = apiErrorInfo(error);
        notifications.show({ color: 'red', title: `Could not save the ${label}`, message });
      }
    }, focusFirstError(form));

  const add = (lines: LineFormValue[]) => {
    const blank =
      values.lines.length === 1 && !values.lines[0]!.description.trim() && values.lines[0]!.unitPrice === null;
    form.setFieldValue('lines', blank ? lines : [...values.lines, ...lines]);
  };

  return (
    <form onSubmit={submit('draft')} noValidate aria-label={`${kind === 'INVOICE' ? 'Invoice' : 'Quote'} editor`}>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {clientLocked ? (
              <TextInput label="Client" value={initialClient?.name ?? ''} readOnly variant="filled" />
            ) : (
              <ClientSelect
                required
                value={values.clientId}
                initialOption={initialClient}
                onChange={(id) => {
                  form.setFieldValue('clientId', id);
                  form.setFieldValue('projectId', null);
                }}
                error={form.errors.clientId}
              />
            )}
            <ClientProjectSelect
              clientId={values.clientId}
              current={initialProject}
              value={values.projectId}
              onChange={(id) => form.setFieldValue('projectId', id)}
              error={form.errors.projectId}
            />
            <Select
              label="Currency"
              searchable
              allowDeselect={false}
              data={currencyOptions()}
              {...form.getInputProps('currency')}
            />
            {kind === 'QUOTE' && (
              <TextInput
                label="Title"
                placeholder="Website redesign"
                maxLength={200}
                {...form.getInputProps('title')}
              />
            )}
            <DatePickerInput
              label="Issue date"
              placeholder="When it is sent"
              clearable
              valueFormat="D MMM YYYY"
              {...form.getInputProps('issueDate')}
            />
            {kind === 'INVOICE' ? (
              <DatePickerInput
                label="Due date"
                placeholder="From the payment terms"
                clearable
                valueFormat="D MMM YYYY"
                {...form.getInputProps('dueDate')}
              />
            ) : (
              <DatePickerInput
                label="Valid until"
                placeholder="From the quote validity"
                clearable
                valueFormat="D MMM YYYY"
                {...form.getInputProps('validUntil')}
              />
            )}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Title order={3} size="h4">
                Lines
              </Title>
              {lineSources && <Group gap="xs">{lineSources({ values, add })}</Group>}
            </Group>
            <LineItemsEditor
              form={form}
              currency={values.currency}
              locale={locale}
              totals={totals}
              defaultTaxRate={defaultTaxRate}
            />
            <Group justify="flex-end">
              <TotalsSummary totals={totals} currency={values.currency} locale={locale} />
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Notes"
              description="Shown to the client"
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('notes')}
            />
            <Textarea
              label="Terms"
              description="Payment terms, late fees…"
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('terms')}
            />
          </SimpleGrid>
        </Paper>
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="light" leftSection={<IconDeviceFloppy size={16} />} loading={form.submitting}>
            Save as draft
          </Button>
          <Button
            variant={emailLabel ? 'default' : 'filled'}
            leftSection={emailLabel ? <IconCheck size={16} /> : <IconSend size={16} />}
            onClick={() => submit('send')()}
            loading={form.submitting}
          >
            {sendLabel}
          </Button>
          {emailLabel && (
            <Button leftSection={<IconSend size={16} />} onClick={() => submit('email')()} loading={form.submitting}>
              {emailLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
