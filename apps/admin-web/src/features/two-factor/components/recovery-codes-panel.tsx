import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { downloadRecoveryCodes } from '../lib/recovery-codes-file';

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  /** The account's email, written into the downloaded file. */
  account: string;
  onDone: () => void;
}

/** Recovery codes, shown this once: copy them or download a .txt, then confirm they are saved. */
export function RecoveryCodesPanel({ codes, account, onDone }: RecoveryCodesPanelProps) {
  return (
    <Stack gap="md">
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Save your recovery codes now">
        Each code signs you in once if you lose your phone. They will not be shown again: keep them in a password
        manager or print them.
      </Alert>
      <SimpleGrid
        cols={2}
        spacing="xs"
        component="ul"
        aria-label="Recovery codes"
        style={{ listStyle: 'none', padding: 0 }}
      >
        {codes.map((code) => (
          <li key={code}>
            <Code fz="sm">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <CopyButton value={codes.join('\n')} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              color={copied ? 'teal' : undefined}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => downloadRecoveryCodes(codes, account)}
        >
          Download .txt
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Used codes stop working. You can make a new set at any time from this page.
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone}>I have saved my codes</Button>
      </Group>
    </Stack>
  );
}
