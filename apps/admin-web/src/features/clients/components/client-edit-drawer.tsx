import { useEffect } from 'react';
import { Alert, Button, Drawer, Group, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { nextClientStatuses } from '@clientflow/domain';
import type { ClientDetailFragment, ClientStatus } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { useUpdateClient } from '../hooks/use-client-mutations';
import {
  clientFormValidation,
  clientFormValuesFrom,
  toUpdateClientInput,
  type ClientFormValues,
} from '../lib/client-form-values';
import { ClientProfileFields } from './client-profile-fields';

interface ClientEditDrawerProps {
  client: ClientDetailFragment;
  opened: boolean;
  onClose: () => void;
  locale: string;
  withFinancials: boolean;
}

export function ClientEditDrawer({ client, opened, onClose, locale, withFinancials }: ClientEditDrawerProps) {
  const [updateClient, { loading }] = useUpdateClient();
  const form = useForm<ClientFormValues>({
    initialValues: clientFormValuesFrom(client),
    validate: clientFormValidation,
    validateInputOnBlur: true,
  });

  // Start from the saved client every time the drawer opens, not from an abandoned edit.
  useEffect(() => {
    if (!opened) return;
    form.setValues(clientFormValuesFrom(client));
    form.resetDirty();
    form.clearErrors();
  }, [opened, client]);

  const statusOptions = [client.status, ...nextClientStatuses(client.status)].map((value) => ({
    value,
    label: value === client.status ? `${humanizeEnum(value)} (current)` : humanizeEnum(value),
  }));
  const statusChanging = form.values.status !== client.status;

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      await updateClient({
        variables: { id: client.id, input: toUpdateClientInput(values, client.status), withFinancials },
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
          <Stack gap="sm">
            <Title order={4}>Status</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label="Status"
                data={statusOptions}
                allowDeselect={false}
                {...form.getInputProps('status')}
                onChange={(value) => form.setFieldValue('status', (value ?? client.status) as ClientStatus)}
              />
            </SimpleGrid>
            {statusChanging && (
              <>
                <Alert variant="light" icon={<IconInfoCircle size={18} />} p="sm">
                  Moving from {humanizeEnum(client.status)} to {humanizeEnum(form.values.status)} is recorded on the
                  client&apos;s timeline.
                </Alert>
                <Textarea
                  label="Reason"
                  description="Optional, shown on the timeline"
                  autosize
                  minRows={2}
                  maxRows={5}
                  {...form.getInputProps('statusReason')}
                />
              </>
            )}
          </Stack>
          <ClientProfileFields form={form} locale={locale} />
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
