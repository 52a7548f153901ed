import { Stack, Title } from '@mantine/core';
import { EmailTemplatesPanel } from '../components/email-templates-panel';

/** /settings/email-templates: the workspace's default billing emails. */
export function EmailTemplatesSettingsRoute() {
  return (
    <Stack gap="md">
      <Title order={3}>Email templates</Title>
      <EmailTemplatesPanel clientId={null} />
    </Stack>
  );
}
