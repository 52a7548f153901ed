import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Switch, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { MAX_NOTE_LENGTH, toCalendarDate, type NoteKind } from '@clientflow/domain';
import { CreateNoteDocument, UpdateNoteDocument, type NoteFieldsFragment } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { NOTE_KIND_OPTIONS } from '../lib/note-kinds';

interface Values {
  kind: NoteKind;
  body: string;
  date: string | null;
  important: boolean;
}

interface Props {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  note: NoteFieldsFragment | null;
  onSaved: () => void;
}

export function NoteFormModal({ clientId, opened, onClose, note, onSaved }: Props) {
  const form = useForm<Values>({
    initialValues: { kind: 'CONTEXT', body: '', date: null, important: false },
    validate: {
      body: (v) =>
        !v.trim() ? 'Write the note' : v.length > MAX_NOTE_LENGTH ? `At most ${MAX_NOTE_LENGTH} characters` : null,
    },
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!opened) return;
    setValues(
      note
        ? { kind: note.kind, body: note.body, date: note.date, important: note.important }
        : { kind: 'CONTEXT', body: '', date: null, important: false },
    );
    resetDirty();
  }, [opened, note, setValues, resetDirty]);

  const options = {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    refetchQueries: ['PinnedNotes', 'ClientTimeline'],
  };
  const [create, { loading: creating }] = useMutation(CreateNoteDocument, options);
  const [update, { loading: updating }] = useMutation(UpdateNoteDocument, options);

  const submit = async (values: Values) => {
    const input = {
      kind: values.kind,
      body: values.body.trim(),
      date: toCalendarDate(values.date),
      important: values.important,
    };
    try {
      if (note) await update({ variables: { id: note.id, input } });
      else await create({ variables: { input: { ...input, clientId } } });
      notifications.show({ color: 'teal', message: note ? 'Note updated' : 'Note added' });
      onSaved();
      onClose();
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={note ? 'Edit note' : 'New note'} centered size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select label="Kind" data={NOTE_KIND_OPTIONS} allowDeselect={false} {...form.getInputProps('kind')} />
            <DatePickerInput
              label="Date (optional)"
              clearable
              valueFormat="D MMM YYYY"
              placeholder="Pick a date"
              {...form.getInputProps('date')}
            />
          </Group>
          <Textarea label="Note" required autosize minRows={4} maxRows={12} {...form.getInputProps('body')} />
          <Switch
            label="Important (pin on the client profile)"
            {...form.getInputProps('important', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={creating || updating}>
              {note ? 'Save' : 'Add note'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
