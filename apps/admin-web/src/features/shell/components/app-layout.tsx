import { AppShell, Burger, Group, ScrollArea, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link, Outlet } from 'react-router';
import { VerifyEmailBanner } from '../../account/components/verify-email-banner';
import { LiveIndicator } from '../../live/components/live-indicator';
import { NotificationsBell } from '../../notifications/components/notifications-bell';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';
import { WorkspaceLogo } from './workspace-logo';
import { WorkspaceSwitcher } from './workspace-switcher';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to="/clients" aria-label="ClientFlow home" visibleFrom="xs">
              <Group gap={8} wrap="nowrap">
                <ThemeIcon size={30} radius="md">
                  <IconUsersGroup size={18} />
                </ThemeIcon>
                <Text fw={700} visibleFrom="md">
                  ClientFlow
                </Text>
              </Group>
            </UnstyledButton>
            <WorkspaceLogo />
            <WorkspaceSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LiveIndicator />
            <NotificationsBell />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <MainNav onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <VerifyEmailBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
