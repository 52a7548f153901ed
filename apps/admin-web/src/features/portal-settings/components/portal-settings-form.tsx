import { useMutation } from '@apollo/client/react';
import {
  Button,
  Card,
  Divider,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { PORTAL_PERMISSIONS } from '@clientflow/domain';
import {
  UpdateClientPortalSettingsDocument,
  type ClientPortalSettingsFieldsFragment,
  type PortalPermission,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { PORTAL_LANGUAGES, PORTAL_PERMISSION_INFO } from '../lib/portal-permissions';
import { RoleAccessTable } from './role-access-table';

interface PortalSettingsFormProps {
  settings: ClientPortalSettingsFieldsFragment;
  projects: readonly { id: string; name: string }[];
}

interface Values {
  enabled: boolean;
  scope: 'all' | 'selected';
  projectIds: string[];
  permissions: PortalPermission[];
  /** '' = the workspace's language. */
  locale: string;
}

const valuesOf = (s: ClientPortalSettingsFieldsFragment): Values => ({
  enabled: s.enabled,
  scope: s.allProjects ? 'all' : 'selected',
  projectIds: [...s.projectIds],
  permissions: [...s.permissions],
  locale: s.locale ?? '',
});

export function PortalSettingsForm({ settings, projects }: PortalSettingsFormProps) {
  const form = useForm<Values>({ initialValues: valuesOf(settings) });
  const [save, { loading }] = useMutation(UpdateClientPortalSettingsDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const { values } = form;

  const submit = async (v: Values) => {
    try {
      const { data } = await save({
        variables: {
          clientId: settings.clientId,
          input: {
            enabled: v.enabled,
            allProjects: v.scope === 'all',
            projectIds: v.projectIds,
            permissions: v.permissions,
            locale: v.locale || null,
          },
        },
      });
      if (data) {
        const saved = valuesOf(data.updateClientPortalSettings);
        form.setInitialValues(saved);
        form.resetDirty(saved);
      }
      notifications.show({
        color: 'teal',
        title: 'Portal settings saved',
        message: v.enabled
          ? 'Contacts see the changes on their next page.'
          : 'The portal is off: signed-in contacts were signed out.',
      });
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({
          color: 'red',
          title: 'Could not save the portal settings',
          message: apiErrorInfo(error).message,
        });
      }
    }
  };

  const togglePermission = (p: PortalPermission, on: boolean) =>
    form.setFieldValue(
      'permissions',
      PORTAL_PERMISSIONS.filter((x) => (x === p ? on : values.permissions.includes(x))),
    );
  const current = PORTAL_LANGUAGES.find((l) => l.value === settings.effectiveLocale)?.label ?? 'English';

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="form"
      onSubmit={form.onSubmit(submit)}
      aria-label="Portal settings"
    >
      <Stack gap="md">
        <Title order={4}>What the portal shows</Title>
        <Switch
          label="Portal enabled"
          description="Off: nobody at this client can sign in, and signed-in contacts are signed out at once."
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={6}>
            <Text size="sm" fw={500} id="portal-projects-label">
              Projects visible
            </Text>
            <SegmentedControl
              aria-labelledby="portal-projects-label"
              data={[
                { value: 'all', label: 'All projects' },
                { value: 'selected', label: 'Selected projects' },
              ]}
              {...form.getInputProps('scope')}
            />
            {values.scope === 'selected' && (
              <MultiSelect
                label="Projects"
                placeholder={projects.length ? 'Pick projects' : 'This client has no projects yet'}
                data={projects.map((p) => ({ value: p.id, label: p.name }))}
                searchable
                clearable
                nothingFoundMessage="No project with that name"
                {...form.getInputProps('projectIds')}
              />
            )}
          </Stack>
          <Select
            label="Portal language"
            description={`Every portal text, date and amount follows it. Now: ${current}.`}
            data={[{ value: '', label: "The workspace's language" }, ...PORTAL_LANGUAGES]}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
        </SimpleGrid>
        <Divider label="What contacts may do" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {PORTAL_PERMISSIONS.map((p) => (
            <Switch
              key={p}
              label={PORTAL_PERMISSION_INFO[p].label}
              description={PORTAL_PERMISSION_INFO[p].help}
              checked={values.permissions.includes(p)}
              disabled={!values.enabled}
              onChange={(e) => togglePermission(p, e.currentTarget.checked)}
            />
          ))}
        </SimpleGrid>
        <Divider label="What each contact role gets" labelPosition="left" />
        <Text size="sm" c="dimmed">
          A contact's role narrows the permissions above: decision makers get all of them, technical contacts view and
          comment, billing contacts see invoices only, observers only read.
        </Text>
        <RoleAccessTable enabled={values.enabled} permissions={values.permissions} />
        <Group justify="flex-end">
          <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" loading={loading} disabled={!form.isDirty()}>
            Save portal settings
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
