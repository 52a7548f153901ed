import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { CreateProjectDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import {
  emptyProjectFields,
  toProjectInput,
  validateProjectFieldValues,
  type ProjectFieldValues,
} from '../lib/project-form-values';
import { ClientSelect } from '../../clients/components/client-select';
import { ProjectFields } from './project-fields';

interface NewProjectValues extends ProjectFieldValues {
  clientMode: 'EXISTING' | 'NEW';
  clientId: string | null;
  newClient: { name: string; email: string; contactName: string };
}

interface NewProjectModalProps {
  opened: boolean;
  onClose: () => void;
  /** Opened from a client page: that client is chosen already. */
  client?: { id: string; name: string } | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function NewProjectModal({ opened, onClose, client = null }: NewProjectModalProps) {
  const navigate = useNavigate();
  const withMoney = useCan('financials.view');
  const { currency } = useWorkspaceFormat();
  const [createProject, { loading }] = useMutation(CreateProjectDocument, {
    refetchQueries: ['Projects', 'ClientTimeline', 'Client'],
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'NOT_FOUND'] },
  });
  const form = useForm<NewProjectValues>({
    initialValues: {
      ...emptyProjectFields(),
      clientMode: 'EXISTING',
      clientId: client?.id ?? null,
      newClient: { name: '', email: '', contactName: '' },
    },
    validate: (v) => {
      const errors: Record<string, string> = { ...(validateProjectFieldValues(v, currency) as Record<string, string>) };
      if (v.clientMode === 'EXISTING' && !v.clientId) errors.clientId = 'Choose a client';
      if (v.clientMode === 'NEW') {
        if (!v.newClient.name.trim()) errors['newClient.name'] = 'Client name is required';
        if (!v.newClient.email.trim()) errors['newClient.email'] = 'Email is required';
        else if (!EMAIL.test(v.newClient.email.trim())) errors['newClient.email'] = 'Enter a valid email address';
      }
      return errors;
    },
  });
  const v = form.values;

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = async (values: NewProjectValues) => {
    const input = {
      ...toProjectInput(values, currency, withMoney),
      ...(values.clientMode === 'EXISTING'
        ? { clientId: values.clientId }
        : {
            newClient: {
              name: values.newClient.name.trim(),
              email: values.newClient.email.trim(),
              contactName: values.newClient.contactName.trim() || null,
              status: 'ACTIVE' as const,
            },
          }),
    };
    try {
      const res = await createProject({ variables: { input: input as never } });
      const created = res.data?.createProject;
      if (!created) return;
      notifications.show({ color: 'teal', message: `Project “${created.name}” created` });
      close();
      void navigate(`/projects/${created.id}`);
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({
          color: 'red',
          title: 'Could not create the project',
          message: apiErrorInfo(error).message,
        });
      }
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="New project" size="lg" fullScreen={false} centered>
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError(form))} noValidate>
        <Stack gap="md">
          {client ? (
            <TextInput label="Client" value={client.name} readOnly />
          ) : (
            <Stack gap="xs">
              <SegmentedControl
                aria-label="Client"
                data={[
                  { value: 'EXISTING', label: 'Existing client' },
                  { value: 'NEW', label: 'New client' },
                ]}
                {...form.getInputProps('clientMode')}
              />
              {v.clientMode === 'EXISTING' ? (
                <ClientSelect
                  required
                  value={v.clientId}
                  onChange={(id) => form.setFieldValue('clientId', id)}
                  error={form.errors.clientId}
                />
              ) : (
                <Stack gap="xs">
                  <TextInput label="Client name" required maxLength={200} {...form.getInputProps('newClient.name')} />
                  <TextInput label="Client email" type="email" required {...form.getInputProps('newClient.email')} />
                  <TextInput label="Contact name" maxLength={200} {...form.getInputProps('newClient.contactName')} />
                </Stack>
              )}
            </Stack>
          )}
          <ProjectFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
