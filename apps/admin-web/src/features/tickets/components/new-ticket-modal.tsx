import { useEffect, useEffectEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { MAX_TICKET_SUBJECT } from '@clientflow/domain';
import { OpenTicketDocument, TicketClientContactsDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { ClientSelect } from '../../clients/components/client-select';
import { useViewer } from '../../session/hooks/use-viewer';
import { useTicketAssignees } from '../hooks/use-ticket-assignees';
import { useTicketAttachments } from '../hooks/use-ticket-attachments';
import { emptyNewTicket, toOpenTicketInput, validateNewTicket, type NewTicketValues } from '../lib/new-ticket-form';
import { PRIORITY_OPTIONS, ticketHref } from '../lib/ticket-labels';
import { AttachmentPicker } from './attachment-picker';

interface NewTicketModalProps {
  opened: boolean;
  onClose: () => void;
  /** Opened from a client's page: that client is chosen already. */
  clientId?: string | null;
}

/** A ticket staff open for a client (it starts Pending, waiting for the client); the chosen contact is emailed. */
export function NewTicketModal({ opened, onClose, clientId: fixedClientId = null }: NewTicketModalProps) {
  const navigate = useNavigate();
  const viewer = useViewer();
  const { members } = useTicketAssignees();
  const [openTicket, { loading }] = useMutation(OpenTicketDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'NOT_FOUND'] },
  });
  const form = useForm<NewTicketValues>({ initialValues: emptyNewTicket(fixedClientId), validate: validateNewTicket });
  const clientId = form.values.clientId;
  const attachments = useTicketAttachments(clientId ?? '');
  const { data: contactsData, loading: contactsLoading } = useQuery(TicketClientContactsDocument, {
    variables: { clientId: clientId ?? '' },
    skip: !clientId || !opened,
  });
  const contacts = contactsData?.client.id === clientId ? contactsData.client.contacts : [];

  // The primary contact is the usual person to write to: pre-chosen once the client's contacts are known.
  const primaryId = contacts.find((c) => c.isPrimary)?.id ?? null;
  const preselect = useEffectEvent((contactId: string) => {
    if (!form.isTouched('contactId')) form.setFieldValue('contactId', contactId);
  });
  useEffect(() => {
    if (primaryId) preselect(primaryId);
  }, [primaryId]);

  const close = () => {
    form.setValues(emptyNewTicket(fixedClientId));
    form.resetTouched();
    form.clearErrors();
    attachments.clear();
    onClose();
  };

  const submit = async (values: NewTicketValues) => {
    if (attachments.uploading) return;
    try {
      const res = await openTicket({ variables: { input: toOpenTicketInput(values, attachments.attachmentIds) } });
      const created = res.data?.openTicket;
      if (!created) return;
      notifications.show({ color: 'teal', message: `Ticket “${created.subject}” opened` });
      close();
      void navigate(ticketHref(created.id));
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({ color: 'red', title: 'Could not open the ticket', message: apiErrorInfo(error).message });
      }
    }
  };

  const contactOptions = contacts.map((c) => ({
    value: c.id,
    label: c.email ? `${c.name} · ${c.email}` : `${c.name} (no email)`,
  }));
  const memberOptions = members.map((m) => ({
    value: m.id,
    label: m.id === viewer.user.id ? `${m.name} (me)` : m.name,
  }));

  return (
    <Modal opened={opened} onClose={close} title="New ticket" size="lg" centered>
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          {fixedClientId ? (
            <TextInput label="Client" value={contactsData?.client.name ?? ''} placeholder="Loading…" readOnly />
          ) : (
            <ClientSelect
              required
              value={clientId}
              error={form.errors.clientId}
              onChange={(id) => {
                form.setFieldValue('clientId', id);
                // Contacts and uploaded files belong to one client.
                form.setFieldValue('contactId', null);
                form.resetTouched();
                attachments.clear();
              }}
            />
          )}
          <Select
            label="Contact"
            description="Emailed with a link to the conversation in the portal"
            placeholder={
              !clientId
                ? 'Choose a client first'
                : contactsLoading
                  ? 'Loading contacts…'
                  : contacts.length
                    ? 'Nobody (not emailed)'
                    : 'This client has no contacts'
            }
            data={contactOptions}
            disabled={!clientId}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('contactId')}
          />
          <TextInput label="Subject" required maxLength={MAX_TICKET_SUBJECT} {...form.getInputProps('subject')} />
          <Textarea label="Message" required autosize minRows={4} maxRows={12} {...form.getInputProps('message')} />
          <Group grow align="flex-start">
            <Select
              label="Priority"
              data={PRIORITY_OPTIONS}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('priority')}
            />
            <Select
              label="Assignee"
              placeholder="Unassigned"
              data={memberOptions}
              clearable
              searchable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('assigneeId')}
            />
          </Group>
          {clientId && <AttachmentPicker attachments={attachments} disabled={loading} />}
          <Text size="xs" c="dimmed">
            The ticket starts as Pending: it waits for the client’s answer.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={attachments.uploading}>
              Open ticket
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
