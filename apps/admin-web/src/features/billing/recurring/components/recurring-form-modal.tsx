import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { localDate } from '@clientflow/domain';
import {
  CreateRecurringInvoiceDocument,
  RecurringProjectOptionsDocument,
  UpdateRecurringInvoiceDocument,
  type RecurringInvoiceRowFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { ClientSelect } from '../../../clients/components/client-select';
import {
  emptyRecurringValues,
  FREQUENCY_OPTIONS,
  recurringValuesFrom,
  toRecurringInput,
  validateRecurring,
  type RecurringFormValues,
} from '../lib/recurring-form';
import { IssueDatesPreview } from './issue-dates-preview';
import { RecurringLinesEditor } from './recurring-lines-editor';

interface RecurringFormModalProps {
  opened: boolean;
  onClose(): void;
  /** Editing this schedule; otherwise a new one. */
  schedule?: RecurringInvoiceRowFragment | null;
  /** A new schedule for this client (the client page's tab). */
  client?: { id: string; name: string } | null;
  onSaved?(schedule: RecurringInvoiceRowFragment): void;
}

/** Create or edit a recurring invoice schedule; the server re-validates and answers with the field. */
export function RecurringFormModal({ opened, onClose, schedule, client, onSaved }: RecurringFormModalProps) {
  const { currency, timeZone } = useWorkspaceFormat();
  const editing = !!schedule;
  const form = useForm<RecurringFormValues>({
    mode: 'controlled',
    initialValues: schedule
      ? recurringValuesFrom(schedule)
      : emptyRecurringValues(client?.id ?? null, localDate(new Date(), timeZone)),
    validate: (v) => validateRecurring(v, schedule?.currency ?? currency),
  });
  const v = form.values;
  const { data: projectData, loading: projectsLoading } = useQuery(RecurringProjectOptionsDocument, {
    variables: { clientId: v.clientId ?? '' },
    skip: !v.clientId,
  });
  const projectOptions = (projectData?.projects.nodes ?? []).map((p) => ({ value: p.id, label: p.name }));
  const [create, { loading: creating }] = useMutation(CreateRecurringInvoiceDocument, {
    refetchQueries: ['RecurringInvoices'],
  });
  const [update, { loading: updating }] = useMutation(UpdateRecurringInvoiceDocument);

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = async (values: RecurringFormValues) => {
    const { clientId, ...input } = toRecurringInput(values, schedule?.currency ?? currency);
    try {
      const res = schedule
        ? await update({ variables: { id: schedule.id, input } })
        : await create({ variables: { input: { ...input, clientId } } });
      const saved =
        res.data &&
        ('updateRecurringInvoice' in res.data ? res.data.updateRecurringInvoice : res.data.createRecurringInvoice);
      if (!saved) return;
      notifications.show({
        color: 'teal',
        message: `Recurring invoice “${saved.name}” ${editing ? 'saved' : 'created'}`,
      });
      onSaved?.(saved);
      close();
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({
          color: 'red',
          title: 'Could not save the recurring invoice',
          message: apiErrorInfo(error).message,
        });
      }
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={editing ? 'Edit recurring invoice' : 'New recurring invoice'}
      size="xl"
      centered
    >
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
        <Stack gap="md">
          {editing || client ? (
            <TextInput label="Client" value={schedule?.client?.name ?? client?.name ?? ''} readOnly />
          ) : (
            <ClientSelect
              required
              value={v.clientId}
              onChange={(id) => {
                form.setFieldValue('clientId', id);
                form.setFieldValue('projectId', null);
              }}
              error={form.errors.clientId}
            />
          )}
          <TextInput
            label="Name"
            placeholder="Monthly retainer"
            required
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              What each invoice bills
            </Text>
            <SegmentedControl
              aria-label="Billing mode"
              data={[
                { value: 'FIXED', label: 'Fixed lines (in advance)' },
                { value: 'HOURS', label: "Project's hours (in arrears)" },
              ]}
              {...form.getInputProps('mode')}
            />
          </Stack>
          {v.mode === 'HOURS' && (
            <Select
              label="Project"
              description="Billable time not yet invoiced, up to the end of each period"
              placeholder={v.clientId ? 'Choose a project' : 'Choose a client first'}
              required
              data={projectOptions}
              disabled={!v.clientId}
              nothingFoundMessage={projectsLoading ? 'Loading…' : 'This client has no projects'}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('projectId')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Frequency"
              data={FREQUENCY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('frequency')}
            />
            <NumberInput
              label="Due after (days)"
              description="Empty: the workspace's payment terms"
              min={0}
              max={365}
              allowDecimal={false}
              {...form.getInputProps('dueDays')}
            />
            <TextInput
              type="date"
              label="Start date"
              description="The first issue date; later ones keep its day"
              required
              {...form.getInputProps('startDate')}
            />
            <TextInput
              type="date"
              label="End date"
              description="Optional: the last period starts on or before it"
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
          {v.mode === 'FIXED' && <RecurringLinesEditor form={form} />}
          <Switch
            label="Send automatically"
            description="Issue and email each invoice when it is created; off: create drafts to review"
            {...form.getInputProps('autoSend', { type: 'checkbox' })}
          />
          <Textarea
            label="Notes on each invoice"
            autosize
            minRows={2}
            maxRows={5}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
          <IssueDatesPreview startDate={v.startDate} endDate={v.endDate} frequency={v.frequency} mode={v.mode} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={creating || updating}>
              {editing ? 'Save changes' : 'Create schedule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
