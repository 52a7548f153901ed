import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { DomainError, validateWorkspaceSlug } from '@clientflow/domain';
import {
  ChangeWorkspaceSlugDocument,
  MeDocument,
  type WorkspaceSettingsFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';

type Settings = Pick<WorkspaceSettingsFieldsFragment, 'slug' | 'previousSlugs' | 'portalOrigin'>;

function slugError(slug: string): string | null {
  try {
    validateWorkspaceSlug(slug);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

/** The example client key in the preview: a real one is per client (Clients → Portal). */
const EXAMPLE_KEY = '<client-key>';

/** The workspace's address in every client's portal URL; old links keep working (they redirect). */
export function WorkspaceSlugCard({ settings }: { settings: Settings }) {
  const [change, { loading }] = useMutation(ChangeWorkspaceSlugDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    refetchQueries: [{ query: MeDocument }],
  });
  const form = useForm({
    initialValues: { slug: settings.slug },
    validate: { slug: (value) => slugError(value) },
    validateInputOnBlur: true,
  });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues({ slug: settings.slug });
    resetDirty();
  }, [settings.slug, setValues, resetDirty]);

  const typed = form.values.slug.trim().toLowerCase();
  const changed = typed !== settings.slug;
  const preview = `${settings.portalOrigin.replace(/\/+$/, '')}/p/${typed || '…'}/${EXAMPLE_KEY}`;

  const submit = form.onSubmit(async ({ slug }) => {
    try {
      const res = await change({ variables: { slug } });
      notifications.show({
        color: 'teal',
        title: 'Address changed',
        message: `Portal URLs now use /p/${res.data?.changeWorkspaceSlug.slug ?? slug}/.`,
      });
    } catch (error) {
      applyServerFieldError(form, error);
    }
  }, focusFirstError(form));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="workspace-address-title">
      <form onSubmit={submit} noValidate aria-label="Workspace address">
        <Stack gap="md">
          <Title order={4} id="workspace-address-title">
            Portal address
          </Title>
          <TextInput
            label="Workspace address"
            description="Lower-case letters, digits and hyphens, 3 to 48 characters"
            required
            maxLength={48}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            {...form.getInputProps('slug')}
          />
          <div>
            <Text size="sm" fw={500}>
              Client portal URLs will look like
            </Text>
            <Code block data-testid="portal-url-preview" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
              {preview}
            </Code>
          </div>
          {changed && (
            <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />} p="sm">
              Links your clients already have, with /p/{settings.slug}/, will keep working: they redirect to the new
              address. The old address stays reserved for this workspace.
            </Alert>
          )}
          {settings.previousSlugs.length > 0 && (
            <Text size="xs" c="dimmed">
              Earlier addresses that redirect here: {settings.previousSlugs.join(', ')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={!changed}>
              Change address
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
