import { Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { ContactDetailsCard } from '../components/contact-details-card';
import { SharedItemsEmptyState } from '../components/shared-items-empty-state';
import { WelcomeCard } from '../components/welcome-card';

export function HomeRoute() {
  const { branding } = usePortalViewer();
  const [today] = useState(() => new Date());

  return (
    <Stack gap="lg">
      <WelcomeCard today={today} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SharedItemsEmptyState agencyName={branding.agencyName} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ContactDetailsCard />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
