import { useEffect, useEffectEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { Dropzone } from '@mantine/dropzone';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { MAX_TIMELINE_SUMMARY_LENGTH, type TimelineEventType } from '@clientflow/domain';
import {
  CreateTimelineEntryDocument,
  UpdateTimelineEntryDocument,
  type TimelineEventFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { UploadProgressList } from '../../documents/components/upload-progress-list';
import { useFileUploads } from '../../documents/lib/use-file-uploads';
import { MANUAL_TYPE_OPTIONS } from '../lib/timeline-meta';

export interface EntryValues {
  type: TimelineEventType | null;
  occurredAt: string | null;
  summary: string;
  body: string;
}

interface Props {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  entry: TimelineEventFieldsFragment | null;
  onSaved: () => void;
}

export function TimelineEntryModal({ clientId, opened, onClose, entry, onSaved }: Props) {
  const form = useForm<EntryValues>({
    initialValues: { type: 'MEETING', occurredAt: null, summary: '', body: '' },
    validate: {
      type: (v) => (v ? null : 'Choose a type'),
      occurredAt: (v) => (v && dayjs(v).isValid() ? null : 'Choose when it happened'),
      summary: (v) =>
        !v.trim()
          ? 'Write a short summary'
          : v.length > MAX_TIMELINE_SUMMARY_LENGTH
            ? `At most ${MAX_TIMELINE_SUMMARY_LENGTH} characters`
            : null,
    },
  });
  const { uploads, start, dismiss, clear } = useFileUploads(clientId);
  const entryAttachmentIds = () => entry?.attachments.map((a) => a.id) ?? [];
  const [attachmentIds, setAttachmentIds] = useState<string[]>(entryAttachmentIds);
  // Opening the modal, or another entry while open, starts from that entry's attachments.
  const [attachmentsFor, setAttachmentsFor] = useState({ opened, entry });
  if (opened !== attachmentsFor.opened || entry !== attachmentsFor.entry) {
    setAttachmentsFor({ opened, entry });
    if (opened) setAttachmentIds(entryAttachmentIds());
  }

  const loadEntry = useEffectEvent(() => {
    form.setValues(
      entry
        ? {
            type: entry.type,
            occurredAt: dayjs(entry.occurredAt).format('YYYY-MM-DD HH:mm:ss'),
            summary: entry.summary,
            body: entry.body ?? '',
          }
        : { type: 'MEETING', occurredAt: dayjs().second(0).format('YYYY-MM-DD HH:mm:ss'), summary: '', body: '' },
    );
    form.clearErrors();
    clear();
  });
  useEffect(() => {
    if (opened) loadEntry();
  }, [opened, entry]);

  const options = { context: { handledErrorCodes: ['BAD_USER_INPUT'] }, refetchQueries: ['ClientTimeline'] };
  const [create, { loading: creating }] = useMutation(CreateTimelineEntryDocument, options);
  const [update, { loading: updating }] = useMutation(UpdateTimelineEntryDocument, options);
  const uploading = uploads.some((u) => u.status === 'uploading');

  const submit = async (values: EntryValues) => {
    const input = {
      type: values.type!,
      occurredAt: dayjs(values.occurredAt).toISOString(),
      summary: values.summary.trim(),
      body: values.body.trim() || null,
      attachmentIds,
    };
    try {
      if (entry) await update({ variables: { id: entry.id, input } });
      else await create({ variables: { input: { ...input, clientId } } });
      notifications.show({ color: 'teal', message: entry ? 'Entry updated' : 'Entry added to the timeline' });
      onSaved();
      onClose();
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  const onFiles = async (files: File[]) => {
    const docs = await start(files, { category: 'OTHER', timelineAttachment: true });
    setAttachmentIds((ids) => [...ids, ...docs.map((d) => d.id)]);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={entry ? 'Edit entry' : 'New timeline entry'} centered size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label="Type"
              required
              data={MANUAL_TYPE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
            <DateTimePicker
              label="When"
              required
              valueFormat="D MMM YYYY HH:mm"
              placeholder="Pick date and time"
              {...form.getInputProps('occurredAt')}
            />
          </Group>
          <TextInput
            label="Summary"
            required
            placeholder="Kick-off call with the marketing team"
            {...form.getInputProps('summary')}
          />
          <Textarea label="Description" autosize minRows={3} maxRows={10} {...form.getInputProps('body')} />
          {entry && entry.attachments.length > 0 && (
            <Text size="sm" c="dimmed">
              Attached: {entry.attachments.map((a) => a.fileName).join(', ')}
            </Text>
          )}
          <Dropzone onDrop={(files) => void onFiles(files)} multiple aria-label="Attach files" p="sm">
            <Group justify="center" gap="xs" style={{ pointerEvents: 'none' }}>
              <IconPaperclip size={18} />
              <Text size="sm">Attach files (drop or click)</Text>
            </Group>
          </Dropzone>
          <UploadProgressList uploads={uploads} onDismiss={dismiss} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={creating || updating} disabled={uploading}>
              {entry ? 'Save' : 'Add entry'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
