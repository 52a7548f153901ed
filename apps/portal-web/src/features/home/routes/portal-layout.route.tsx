import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Burger, Button, Center, Container, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PortalMeDocument } from '@clientflow/graphql-types/portal';
import { useMemo } from 'react';
import { Navigate, Outlet } from 'react-router';
import type { RouteObject } from 'react-router';
import { useBrandColor } from '../../../app/brand-theme-provider';
import { FullPageLoader } from '../../../shared/components/full-page-loader';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useSessionLocale, useT } from '../../../shared/i18n/i18n-provider';
import { isHexColor } from '../../../shared/theme/color-palette';
import { PortalViewerContext } from '../../../shared/session/portal-viewer-context';
import { PortalHeader } from '../components/portal-header';
import { PortalNav } from '../../shell/components/portal-nav';
import { PORTAL_SECTIONS, routePaths } from '../../shell/portal-sections';
import { usePortalLiveUpdates } from '../../live/hooks/use-portal-live-updates';
import { useReturnAfterSignIn } from '../hooks/use-return-after-sign-in';
import classes from './portal-layout.module.css';

interface PortalLayoutProps {
  /** The app's route table: the navigation shows a section only once a route with its path exists. */
  routes: readonly RouteObject[];
}

/** The signed-in area: gates on `portalMe`, then brands the app with the agency's colour and language. */
export function PortalLayout({ routes }: PortalLayoutProps) {
  const t = useT();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const existingPaths = useMemo(() => routePaths(routes), [routes]);
  const { data, loading, error, refetch } = useQuery(PortalMeDocument, { context: { quietErrors: true } });
  const viewer = data?.portalMe ?? null;
  usePortalLiveUpdates(viewer !== null);
  const { rememberHere } = useReturnAfterSignIn(data ? viewer !== null : null);

  useBrandColor(viewer?.branding.primaryColor);
  useSessionLocale(viewer?.locale);
  useDocumentTitle(viewer ? `${viewer.branding.agencyName} · ${t('app.title')}` : t('app.title'));

  if (!data && loading) return <FullPageLoader />;
  if (!data && error) {
    return (
      <Center mih="100dvh" p="md">
        <Stack align="center" gap="sm" role="alert">
          <Text fw={600}>{t('home.loadError')}</Text>
          <Button variant="light" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!viewer) {
    rememberHere();
    return <Navigate to="/sign-in" replace />;
  }

  const accent = isHexColor(viewer.branding.accentColor)
    ? viewer.branding.accentColor
    : 'var(--mantine-primary-color-filled)';

  return (
    <PortalViewerContext.Provider value={viewer}>
      <Anchor href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </Anchor>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header style={{ borderTop: `3px solid ${accent}` }}>
          <PortalHeader
            navToggle={
              <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            }
          />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <PortalNav sections={PORTAL_SECTIONS} existingPaths={existingPaths} onNavigate={closeNav} />
        </AppShell.Navbar>
        <AppShell.Main id="main" bg="gray.0">
          <Container size="lg" px={0} py={{ base: 'xs', sm: 'md' }}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </PortalViewerContext.Provider>
  );
}
