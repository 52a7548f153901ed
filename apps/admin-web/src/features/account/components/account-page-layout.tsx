import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';

interface AccountPageLayoutProps {
  /** Omitted when the card carries its own heading (the invitation page). */
  title?: string;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Links under the card (back to sign-in…). */
  footer?: ReactNode;
}

/** The centred card of every public page: sign-in, sign-up, verify, forgot/reset password, accept invitation. */
export function AccountPageLayout({ title, subtitle, children, footer }: AccountPageLayoutProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Box w="100%" maw={440} component="main">
        <Stack gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={40} radius="md" variant="filled">
              <IconUsersGroup size={24} />
            </ThemeIcon>
            <Text fw={700} fz="xl">
              ClientFlow
            </Text>
          </Group>
          {title && (
            <Stack gap={4} ta="center">
              <Title order={2}>{title}</Title>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
          )}
          <Paper withBorder shadow="sm" p="xl">
            {children}
          </Paper>
          {footer && (
            <Group justify="center" gap="lg">
              {footer}
            </Group>
          )}
        </Stack>
      </Box>
    </Center>
  );
}
