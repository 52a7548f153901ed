import { Button, Group, Input, SegmentedControl, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUser } from '@tabler/icons-react';
import { INITIAL_CLIENT_STATUSES } from '@clientflow/domain';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { useCreateClient } from '../hooks/use-client-mutations';
import {
  clientFormValidation,
  emptyClientFormValues,
  toCreateClientInput,
  type ClientFormValues,
} from '../lib/client-form-values';
import { ClientProfileFields } from './client-profile-fields';

const STATUS_OPTIONS = INITIAL_CLIENT_STATUSES.map((value) => ({ value, label: humanizeEnum(value) }));

interface ClientCreateFormProps {
  locale: string;
  onCreated: (client: { id: string; name: string }) => void;
  onCancel: () => void;
}

export function ClientCreateForm({ locale, onCreated, onCancel }: ClientCreateFormProps) {
  const [createClient, { loading }] = useCreateClient();
  const form = useForm<ClientFormValues>({
    initialValues: emptyClientFormValues(),
    validate: clientFormValidation,
    validateInputOnBlur: true,
  });

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      const { data } = await createClient({ variables: { input: toCreateClientInput(values) } });
      if (!data) return;
      notifications.show({ color: 'teal', title: 'Client created', message: `${data.createClient.name} was added.` });
      onCreated(data.createClient);
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      const { code, message } = apiErrorInfo(error);
      // Other codes were already shown by the error link.
      if (code === 'BAD_USER_INPUT') notifications.show({ color: 'red', title: 'Check the form', message });
    }
  }, focusFirstError(form));

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="New client">
      <Stack gap="xl">
        <ClientProfileFields form={form} locale={locale} autoFocusName>
          <Stack gap="sm">
            <Title order={4}>Relationship</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Contact name"
                description="Becomes the client's primary contact"
                leftSection={<IconUser size={16} />}
                {...form.getInputProps('contactName')}
              />
              <Input.Wrapper
                label="Initial status"
                description="Prospect until work is agreed"
                id="initial-status"
                labelElement="div"
              >
                <SegmentedControl
                  fullWidth
                  aria-labelledby="initial-status-label"
                  data={STATUS_OPTIONS}
                  {...form.getInputProps('status')}
                />
              </Input.Wrapper>
            </SimpleGrid>
          </Stack>
        </ClientProfileFields>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create client
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
