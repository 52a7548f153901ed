import { Box, Center, Flex, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguagePicker } from '../../../shared/i18n/language-picker';
import { useT } from '../../../shared/i18n/i18n-provider';

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
