import '@mantine/dropzone/styles.css';

import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Avatar, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPhoto, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, removeClientLogo, uploadClientLogo } from '../lib/client-logo-api';
import { initials } from '../../../shared/lib/format';

interface ClientLogoProps {
  client: { id: string; name: string; logoUrl: string | null };
  canEdit: boolean;
}

function rejectionMessage(rejections: FileRejection[]): string {
  const code = rejections[0]?.errors[0]?.code;
  if (code === 'file-too-large') return `The image is larger than ${LOGO_MAX_BYTES / 1024 / 1024} MB.`;
  if (code === 'file-invalid-type') return 'Use a PNG, JPG, WebP or SVG image.';
  if (code === 'too-many-files') return 'Drop one image.';
  return rejections[0]?.errors[0]?.message ?? 'This file cannot be used.';
}

export function ClientLogo({ client, canEdit }: ClientLogoProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const apollo = useApolloClient();

  const avatar = (
    <Avatar src={client.logoUrl} alt={`${client.name} logo`} size={56} radius="md" color="brand" variant="light">
      {initials(client.name)}
    </Avatar>
  );
  if (!canEdit) return avatar;

  const setLogoUrl = (logoUrl: string | null) =>
    apollo.cache.modify({
      id: apollo.cache.identify({ __typename: 'Client', id: client.id }),
      fields: { logoUrl: () => logoUrl },
    });

  const run = async (action: () => Promise<string | null>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      setLogoUrl(await action());
      notifications.show({ color: 'teal', title: 'Logo updated', message: done });
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong');
    } finally {
      setBusy(false);
    }
  };

  const dismiss = () => {
    setError(null);
    close();
  };

  return (
    <>
      <UnstyledButton
        onClick={open}
        aria-label={client.logoUrl ? 'Change logo' : 'Add a logo'}
        style={{ borderRadius: 8 }}
      >
        {avatar}
      </UnstyledButton>
      <Modal opened={opened} onClose={dismiss} title={`${client.name} logo`} centered>
        <Stack gap="md">
          <Dropzone
            onDrop={(files) => void run(() => uploadClientLogo(client.id, files[0]!), `${client.name} has a new logo.`)}
            onReject={(rejections) => setError(rejectionMessage(rejections))}
            maxSize={LOGO_MAX_BYTES}
            accept={LOGO_MIME_TYPES}
            multiple={false}
            loading={busy}
            aria-label="Upload a logo"
          >
            <Group justify="center" gap="md" mih={140} style={{ pointerEvents: 'none' }}>
              <Dropzone.Accept>
                <IconUpload size={40} stroke={1.5} />
              </Dropzone.Accept>
              <Dropzone.Reject>
                <IconX size={40} stroke={1.5} />
              </Dropzone.Reject>
              <Dropzone.Idle>
                <IconPhoto size={40} stroke={1.5} color="var(--mantine-color-dimmed)" />
              </Dropzone.Idle>
              <Stack gap={2} maw={260}>
                <Text size="sm" fw={500}>
                  Drop an image here or click to choose one
                </Text>
                <Text size="xs" c="dimmed">
                  PNG, JPG, WebP or SVG, up to {LOGO_MAX_BYTES / 1024 / 1024} MB. Square images look best.
                </Text>
              </Stack>
            </Group>
          </Dropzone>
          {error && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} p="sm" title="The logo was not saved">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            {client.logoUrl ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await removeClientLogo(client.id);
                    return null;
                  }, `${client.name}'s logo was removed.`)
                }
              >
                Remove logo
              </Button>
            ) : (
              <span />
            )}
            <Button variant="default" onClick={dismiss} disabled={busy}>
              Close
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
