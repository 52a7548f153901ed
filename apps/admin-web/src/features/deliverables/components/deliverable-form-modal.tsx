import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { MAX_DELIVERABLE_DESCRIPTION, MAX_DELIVERABLE_TITLE, toCalendarDate } from '@clientflow/domain';
import {
  CreateDeliverableDocument,
  UpdateDeliverableDocument,
  type DeliverableSummaryFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

interface Values {
  title: string;
  description: string;
  dueDate: string | null;
}

interface Props {
  projectId: string;
  opened: boolean;
  deliverable: DeliverableSummaryFragment | null;
  onClose: () => void;
  onSaved: () => void;
}

export function DeliverableFormModal({ projectId, opened, deliverable, onClose, onSaved }: Props) {
  const form = useForm<Values>({
    initialValues: { title: '', description: '', dueDate: null },
    validate: {
      title: (v) =>
        !v.trim()
          ? 'Give the deliverable a title'
          : v.length > MAX_DELIVERABLE_TITLE
            ? `At most ${MAX_DELIVERABLE_TITLE} characters`
            : null,
      description: (v) =>
        v.length > MAX_DELIVERABLE_DESCRIPTION ? `At most ${MAX_DELIVERABLE_DESCRIPTION} characters` : null,
    },
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!opened) return;
    setValues(
      deliverable
        ? { title: deliverable.title, description: deliverable.description ?? '', dueDate: deliverable.dueDate }
        : { title: '', description: '', dueDate: null },
    );
    resetDirty();
  }, [opened, deliverable, setValues, resetDirty]);

  const options = { context: { handledErrorCodes: ['BAD_USER_INPUT'] } };
  const [create, { loading: creating }] = useMutation(CreateDeliverableDocument, options);
  const [update, { loading: updating }] = useMutation(UpdateDeliverableDocument, options);

  const submit = async (values: Values) => {
    const input = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      dueDate: toCalendarDate(values.dueDate),
    };
    try {
      if (deliverable) await update({ variables: { id: deliverable.id, input } });
      else await create({ variables: { input: { ...input, projectId } } });
      notifications.show({ color: 'teal', message: deliverable ? 'Deliverable updated' : 'Deliverable added' });
      onSaved();
      onClose();
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={deliverable ? 'Edit deliverable' : 'New deliverable'}
      centered
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Title"
            required
            data-autofocus
            placeholder="Homepage design"
            {...form.getInputProps('title')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            maxRows={10}
            placeholder="What the client is asked to approve"
            {...form.getInputProps('description')}
          />
          <DatePickerInput
            label="Due date"
            clearable
            valueFormat="D MMM YYYY"
            placeholder="Pick a date"
            maw={240}
            {...form.getInputProps('dueDate')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={creating || updating}>
              {deliverable ? 'Save' : 'Add deliverable'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
