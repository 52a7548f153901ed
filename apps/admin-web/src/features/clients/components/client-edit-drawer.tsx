import { useEffect } from 'react';
import { Button, Drawer, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useUpdateClient } from '../hooks/use-client-mutations';
import {
  clientFormValidation,
  clientFormValuesFrom,
  toUpdateClientInput,
  type ClientFormValues,
} from '../lib/client-form-values';
import { ClientProfileFields } from './client-profile-fields';
import { ClientRelationshipFields } from './client-relationship-fields';
import { ClientSocialLinksEditor } from './client-social-links-editor';

interface ClientEditDrawerProps {
  client: ClientDetailFragment;
  opened: boolean;
  onClose: () => void;
  locale: string;
  withFinancials: boolean;
  canReassign: boolean;
}

export function ClientEditDrawer({
  client,
  opened,
  onClose,
  locale,
  withFinancials,
  canReassign,
}: ClientEditDrawerProps) {
  const [updateClient, { loading }] = useUpdateClient();
  const form = useForm<ClientFormValues>({
    initialValues: clientFormValuesFrom(client),
    validate: clientFormValidation,
    validateInputOnBlur: true,
  });

  // Start from the saved client every time the drawer opens, not from an abandoned edit. `form` is a new object every
  // render (a dependency would reset on each keystroke); these methods of it are stable.
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    setValues(clientFormValuesFrom(client));
    resetDirty();
    clearErrors();
  }, [opened, client, setValues, resetDirty, clearErrors]);

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      await updateClient({
        variables: { id: client.id, input: toUpdateClientInput(values, form.getInitialValues()), withFinancials },
      });
      notifications.show({ color: 'teal', title: 'Saved', message: `${values.name.trim()} was updated.` });
      onClose();
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      const { code, message } = apiErrorInfo(error);
      if (code === 'BAD_USER_INPUT') notifications.show({ color: 'red', title: 'Check the form', message });
    }
  }, focusFirstError(form));

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={`Edit ${client.name}`}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 650 } }}
      closeButtonProps={{ 'aria-label': 'Close editor' }}
    >
      <form onSubmit={handleSubmit} noValidate aria-label={`Edit ${client.name}`}>
        <Stack gap="xl" pb="md">
          <ClientProfileFields form={form} locale={locale}>
            <ClientRelationshipFields form={form} canReassign={canReassign} savedManager={client.accountManager} />
          </ClientProfileFields>
          <ClientSocialLinksEditor form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
