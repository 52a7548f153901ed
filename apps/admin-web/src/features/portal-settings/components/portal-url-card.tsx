import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconExternalLink, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { RegenerateClientPortalKeyDocument } from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';

interface PortalUrlCardProps {
  clientId: string;
  url: string;
  enabled: boolean;
}

/** The client's own portal address: its sign-in page shows the agency's branding in the client's language. */
export function PortalUrlCard({ clientId, url, enabled }: PortalUrlCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [regenerate, { loading }] = useMutation(RegenerateClientPortalKeyDocument);

  const replaceAddress = async () => {
    try {
      await regenerate({ variables: { clientId } });
      notifications.show({
        color: 'teal',
        title: 'New portal address',
        message: 'The previous address no longer works.',
      });
      setConfirming(false);
    } catch {
      // The error link already showed the server's message.
    }
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Portal address</Title>
          <Badge color={enabled ? 'teal' : 'gray'} variant="light">
            {enabled ? 'Portal on' : 'Portal off'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Share this link with the client's contacts: its sign-in page shows your logo and colours in the client's
          language, and sign-in links requested there go only to this client's contacts.
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Portal URL"
            value={url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow>
                <ActionIcon
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  size="input-sm"
                  onClick={copy}
                  aria-label={copied ? 'Copied' : 'Copy portal URL'}
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
          <Tooltip label="Open the portal sign-in page" withArrow>
            <ActionIcon
              component="a"
              href={url}
              target="_blank"
              rel="noreferrer"
              variant="default"
              size="input-sm"
              aria-label="Open portal"
            >
              <IconExternalLink size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={14} />}
            onClick={() => setConfirming(true)}
          >
            Replace address
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title="Replace the portal address?"
        confirmLabel="Replace address"
        loading={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={replaceAddress}
      >
        <Text size="sm">
          The current link stops working at once; contacts who are signed in stay signed in. Send the new link to anyone
          who bookmarked the old one.
        </Text>
      </ConfirmModal>
    </Card>
  );
}
