import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  LogTimeDocument,
  MyTimesheetDocument,
  UpdateTimeEntryDocument,
  type TimeEntryFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { notifications } from '@mantine/notifications';
import { focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatMinutes, parseDuration } from '../lib/time-format';
import { ProjectPicker } from './project-picker';

interface Values {
  projectId: string | null;
  date: string;
  duration: string;
  billable: boolean;
  description: string;
}

interface LogTimeModalProps {
  opened: boolean;
  onClose(): void;
  /** Date preselected for a new entry. */
  defaultDate: string;
  /** Editing this entry; otherwise a new one. */
  entry?: TimeEntryFieldsFragment | null;
}

const MAX = 1440;

export function validateDuration(text: string): string | null {
  const minutes = parseDuration(text);
  if (minutes === null) return 'Enter a duration like 1:30, 90 or 1.5';
  if (minutes < 1 || minutes > MAX) return 'A time entry is between 1 minute and 24 hours';
  return null;
}

export function LogTimeModal({ opened, onClose, defaultDate, entry }: LogTimeModalProps) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: entry
      ? {
          projectId: entry.projectId,
          date: entry.date,
          duration: formatMinutes(entry.minutes).replace(/ /g, ''),
          billable: entry.billable,
          description: entry.description ?? '',
        }
      : { projectId: null, date: defaultDate, duration: '', billable: true, description: '' },
    validate: {
      projectId: (v) => (v ? null : 'Choose a project'),
      date: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Choose a date'),
      duration: validateDuration,
      description: (v) => (v.length > 2000 ? 'At most 2000 characters' : null),
    },
  });
  const opts = { refetchQueries: [MyTimesheetDocument], context: { handledErrorCodes: ['BAD_USER_INPUT'] } };
  const [log, logging] = useMutation(LogTimeDocument, opts);
  const [update, updating] = useMutation(UpdateTimeEntryDocument, opts);

  const submit = async (v: Values) => {
    const fields = {
      date: v.date,
      minutes: parseDuration(v.duration)!,
      billable: v.billable,
      description: v.description.trim() || null,
    };
    try {
      if (entry) await update({ variables: { id: entry.id, input: { ...fields, projectId: v.projectId } } });
      else await log({ variables: { input: { ...fields, projectId: v.projectId! } } });
      onClose();
    } catch (e) {
      const { code, field, message } = apiErrorInfo(e);
      const target = field === 'minutes' ? 'duration' : field;
      if (code === 'BAD_USER_INPUT' && target && target in v) form.setFieldError(target, message);
      else notifications.show({ color: 'red', title: 'Could not save the time entry', message });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={entry ? 'Edit time entry' : 'Log time'} centered>
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <ProjectPicker
            withAsterisk
            value={form.getValues().projectId}
            onChange={(v) => form.setFieldValue('projectId', v)}
            error={form.errors.projectId}
            currentLabel={entry?.project ? entry.project.name : null}
            data-autofocus
          />
          <Group grow align="flex-start">
            <TextInput label="Date" type="date" withAsterisk {...form.getInputProps('date')} />
            <TextInput
              label="Duration"
              placeholder="1:30"
              description="h:mm, minutes or hours (1.5)"
              withAsterisk
              {...form.getInputProps('duration')}
            />
          </Group>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Checkbox label="Billable" {...form.getInputProps('billable', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={logging.loading || updating.loading}>
              {entry ? 'Save' : 'Log time'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
