import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { grantableRoles, isEmail, type Role } from '@clientflow/domain';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useInviteMember } from '../hooks/use-team-mutations';
import { roleOptions } from '../lib/roles';

interface InviteValues {
  email: string;
  role: Role;
}

/** Email and role; the role list holds only what the viewer may grant (the API applies the same rule). */
export function InviteMemberModal({
  opened,
  viewerRole,
  onClose,
}: {
  opened: boolean;
  viewerRole: Role;
  onClose(): void;
}) {
  const roles = grantableRoles(viewerRole);
  const [formError, setFormError] = useState<string | null>(null);
  const [invite, { loading }] = useInviteMember();
  const form = useForm<InviteValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'MEMBER' },
    validate: {
      email: (v) => (!v.trim() ? 'Enter an email address' : isEmail(v.trim()) ? null : 'Enter a valid email address'),
      role: (v) => (roles.includes(v) ? null : 'Choose a role'),
    },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ email, role }) => {
    setFormError(null);
    try {
      await invite({ variables: { input: { email: email.trim(), role } } });
      notifications.show({ color: 'teal', title: 'Invitation sent', message: `${email.trim()} will get an email.` });
      close();
    } catch (error) {
      if (!applyServerFieldError(form, error)) setFormError(apiErrorInfo(error).message);
    }
  }, focusFirstError(form));

  return (
    <Modal opened={opened} onClose={close} title="Invite a teammate" centered>
      <form onSubmit={submit} noValidate aria-label="Invite a teammate">
        <Stack gap="md">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            placeholder="teammate@agency.com"
            required
            data-autofocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <Select
            label="Role"
            required
            allowDeselect={false}
            data={roleOptions(roles)}
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
