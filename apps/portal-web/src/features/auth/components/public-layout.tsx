import { Box, Center, Flex, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LanguagePicker } from '../../../shared/i18n/language-picker';
import { useT } from '../../../shared/i18n/i18n-provider';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';

/** Frame for the signed-out pages; no agency branding is known yet. */
export function PublicLayout() {
  const t = useT();
  useDocumentTitle(t('app.title'));
  return (
    <PublicFrame
      header={
        <Group gap="xs" justify="center">
          <ThemeIcon size="lg" radius="md" variant="light" aria-hidden>
            <IconShieldLock size={20} />
          </ThemeIcon>
          <Text fw={600} size="lg">
            {t('app.title')}
          </Text>
        </Group>
      }
    >
      <Outlet />
    </PublicFrame>
  );
}

/** The signed-out page frame: a header, the card, and the language picker. */
export function PublicFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <Box mih="100dvh" bg="gray.0" px="md" py={{ base: 'lg', sm: 48 }}>
      <Center>
        <Stack w="100%" maw={440} gap="lg">
          {header}
          <Paper component="main" id="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
            {children}
          </Paper>
          <Flex direction={{ base: 'column', xs: 'row' }} justify="space-between" align="center" gap="sm">
            <Text size="xs" c="dimmed">
              {t('app.poweredBy')}
            </Text>
            <LanguagePicker />
          </Flex>
        </Stack>
      </Center>
    </Box>
  );
}
