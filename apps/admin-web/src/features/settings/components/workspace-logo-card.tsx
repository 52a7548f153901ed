import '@mantine/dropzone/styles.css';

import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Center, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPhoto, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import {
  removeWorkspaceLogo,
  uploadWorkspaceLogo,
  WORKSPACE_LOGO_MAX_BYTES,
  WORKSPACE_LOGO_MIME_TYPES,
} from '../lib/workspace-logo-api';

export function logoRejectionMessage(rejections: FileRejection[]): string {
  const code = rejections[0]?.errors[0]?.code;
  if (code === 'file-too-large') return 'The image is larger than 1 MB. Export a smaller PNG or an SVG.';
  if (code === 'file-invalid-type') return 'Use a PNG, JPG, WebP or SVG image.';
  if (code === 'too-many-files') return 'Drop one image.';
  return rejections[0]?.errors[0]?.message ?? 'This file cannot be used.';
}

interface WorkspaceLogoCardProps {
  workspace: { id: string; name: string; logoUrl: string | null };
}

/** The agency logo: admin header, client portal, invoice and quote PDFs. */
export function WorkspaceLogoCard({ workspace }: WorkspaceLogoCardProps) {
  const apollo = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Both cached views of the workspace (settings page, header) get the new URL at once.
  const setLogoUrl = (logoUrl: string | null) => {
    for (const __typename of ['WorkspaceSettings', 'Workspace'])
      apollo.cache.modify({
        id: apollo.cache.identify({ __typename, id: workspace.id }),
        fields: { logoUrl: () => logoUrl },
      });
  };

  const run = async (action: () => Promise<string | null>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      setLogoUrl(await action());
      notifications.show({ color: 'teal', title: 'Logo updated', message: done });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="workspace-logo-title">
      <Stack gap="md">
        <div>
          <Title order={4} id="workspace-logo-title">
            Logo
          </Title>
          <Text size="sm" c="dimmed">
            Shown in the header, on your clients&apos; portal and on invoice and quote PDFs.
          </Text>
        </div>
        <Group align="stretch" gap="md" wrap="wrap">
          <Center
            w={{ base: '100%', xs: 180 }}
            mih={100}
            p="sm"
            bg="var(--mantine-color-default-hover)"
            style={{ borderRadius: 8 }}
          >
            {workspace.logoUrl ? (
              <Image src={workspace.logoUrl} alt={`${workspace.name} logo`} mah={80} maw={160} fit="contain" />
            ) : (
              <Text size="sm" c="dimmed">
                No logo yet
              </Text>
            )}
          </Center>
          <Dropzone
            style={{ flex: 1, minWidth: 220 }}
            onDrop={(files) =>
              void run(async () => (await uploadWorkspaceLogo(files[0]!)).logoUrl, 'The new logo is in place.')
            }
            onReject={(rejections) => setError(logoRejectionMessage(rejections))}
            maxSize={WORKSPACE_LOGO_MAX_BYTES}
            accept={WORKSPACE_LOGO_MIME_TYPES}
            multiple={false}
            loading={busy}
            aria-label="Upload a logo"
          >
            <Group justify="center" gap="md" mih={100} style={{ pointerEvents: 'none' }}>
              <Dropzone.Accept>
                <IconUpload size={36} stroke={1.5} />
              </Dropzone.Accept>
              <Dropzone.Reject>
                <IconX size={36} stroke={1.5} />
              </Dropzone.Reject>
              <Dropzone.Idle>
                <IconPhoto size={36} stroke={1.5} color="var(--mantine-color-dimmed)" />
              </Dropzone.Idle>
              <Stack gap={2} maw={260}>
                <Text size="sm" fw={500}>
                  Drop an image here or click to choose one
                </Text>
                <Text size="xs" c="dimmed">
                  PNG, JPG, WebP or SVG, up to 1 MB. A wide logo on a transparent background looks best.
                </Text>
              </Stack>
            </Group>
          </Dropzone>
        </Group>
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} p="sm" title="The logo was not saved" role="alert">
            {error}
          </Alert>
        )}
        {workspace.logoUrl && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await removeWorkspaceLogo();
                  return null;
                }, 'The logo was removed.')
              }
            >
              Remove logo
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
