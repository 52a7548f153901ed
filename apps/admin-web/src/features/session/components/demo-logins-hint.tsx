import { Anchor, Code, Group, Paper, Stack, Text } from '@mantine/core';

export const DEMO_PASSWORD = 'clientflow-demo';
const DEMO_ACCOUNTS = ['owner', 'admin', 'manager', 'member'].map((role) => ({
  role,
  email: `${role}@demo.clientflow.test`,
}));

export function DemoLoginsHint({ onPick }: { onPick: (email: string, password: string) => void }) {
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-default-hover)">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Demo accounts (development only)
        </Text>
        <Text size="xs" c="dimmed">
          Password <Code>{DEMO_PASSWORD}</Code>. Click one to fill the form.
        </Text>
        {DEMO_ACCOUNTS.map(({ role, email }) => (
          <Group key={role} gap="xs" wrap="nowrap">
            <Text size="xs" w={64} tt="capitalize" c="dimmed">
              {role}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={() => onPick(email, DEMO_PASSWORD)}>
              {email}
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
