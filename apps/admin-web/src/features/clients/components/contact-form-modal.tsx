import { useEffect, useEffectEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAt, IconDeviceMobile, IconPhone } from '@tabler/icons-react';
import type { ContactFieldsFragment } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCreateContact, useUpdateContact } from '../hooks/use-contact-mutations';
import {
  contactFormValidation,
  contactValuesFrom,
  emptyContactValues,
  ROLE_OPTIONS,
  toContactInput,
  type ContactFormValues,
} from '../lib/contact-form-values';

interface ContactFormModalProps {
  clientId: string;
  /** null: a new contact. */
  contact: ContactFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
  canManagePortal: boolean;
  /** The client has no contacts yet, so this one becomes primary whatever is ticked. */
  firstContact: boolean;
}

export function ContactFormModal({
  clientId,
  contact,
  opened,
  onClose,
  canManagePortal,
  firstContact,
}: ContactFormModalProps) {
  const [createContact, createState] = useCreateContact();
  const [updateContact, updateState] = useUpdateContact();
  const loading = createState.loading || updateState.loading;
  const form = useForm<ContactFormValues>({
    initialValues: emptyContactValues(),
    validate: contactFormValidation,
    validateInputOnBlur: true,
  });

  // Loaded when the modal opens or shows another contact; `firstContact` changing meanwhile does not reset the edit.
  const loadContact = useEffectEvent(() => {
    form.setValues(contact ? contactValuesFrom(contact) : { ...emptyContactValues(), isPrimary: firstContact });
    form.resetDirty();
    form.clearErrors();
  });
  useEffect(() => {
    if (opened) loadContact();
  }, [opened, contact]);

  const handleSubmit = form.onSubmit(async (values) => {
    const input = toContactInput(values, canManagePortal);
    try {
      if (contact) await updateContact({ variables: { id: contact.id, input } });
      else await createContact({ variables: { clientId, input } });
      notifications.show({
        color: 'teal',
        title: contact ? 'Contact saved' : 'Contact added',
        message: `${values.name.trim()} was ${contact ? 'updated' : 'added'}.`,
      });
      onClose();
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      const { code, message } = apiErrorInfo(error);
      if (code === 'BAD_USER_INPUT') notifications.show({ color: 'red', title: 'Check the form', message });
    }
  }, focusFirstError(form));

  const title = contact ? `Edit ${contact.name}` : 'Add contact';
  const primaryLocked = firstContact || Boolean(contact?.isPrimary);

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={handleSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Name" required withAsterisk data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Job title" placeholder="e.g. Head of Marketing" {...form.getInputProps('jobTitle')} />
            <TextInput label="Email" type="email" leftSection={<IconAt size={16} />} {...form.getInputProps('email')} />
            <Select
              label="Role"
              description="What they handle for this client"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <TextInput
              label="Phone"
              type="tel"
              leftSection={<IconPhone size={16} />}
              {...form.getInputProps('phone')}
            />
            <TextInput
              label="Mobile"
              type="tel"
              leftSection={<IconDeviceMobile size={16} />}
              {...form.getInputProps('mobile')}
            />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          <Checkbox
            label="Primary contact"
            description={
              primaryLocked
                ? 'A client always has one primary contact; make someone else primary to change it.'
                : 'Replaces the current primary contact'
            }
            disabled={primaryLocked}
            {...form.getInputProps('isPrimary', { type: 'checkbox' })}
          />
          {canManagePortal && (
            <Switch
              label="Client portal access"
              description="They can sign in to the portal with a link sent to their email"
              {...form.getInputProps('portalAccess', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={Boolean(contact) && !form.isDirty()}>
              {contact ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
