import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { PortalBrandingDocument } from '@clientflow/graphql-types/portal';
import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useBrandColor } from '../../../app/brand-theme-provider';
import { FullPageLoader } from '../../../shared/components/full-page-loader';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useLocale, useT } from '../../../shared/i18n/i18n-provider';
import { toLocale } from '../../../shared/i18n/locales';
import { AgencyLogo } from '../../home/components/agency-logo';
import { PublicFrame } from '../components/public-frame';

/**
 * A client's own portal address, `/p/:workspaceSlug/:clientKey`: before sign-in it shows the agency's logo and
 * colour in the client's language, and sign-in links requested here go only to that client's contact.
 */
export function PortalEntryLayout() {
  const t = useT();
  const { workspaceSlug = '', clientKey = '' } = useParams();
  const { chooseLocale } = useLocale();
  const { pathname, search } = useLocation();
  const { data, loading } = useQuery(PortalBrandingDocument, {
    variables: { workspaceSlug, clientKey },
    context: { quietErrors: true },
  });
  const branding = data?.portalBranding ?? null;
  useBrandColor(branding?.primaryColor);
  useDocumentTitle(
    branding ? `${t('entry.portalFor', { client: branding.clientName })} · ${branding.agencyName}` : t('app.title'),
  );

  // The client's language first; the picker still lets the reader switch.
  const brandLocale = toLocale(branding?.locale);
  useEffect(() => {
    if (brandLocale) chooseLocale(brandLocale);
  }, [brandLocale, chooseLocale]);

  if (loading && !data) return <FullPageLoader />;
  // An old address of the agency (its slug changed): continue at the current one, replacing the old entry.
  if (branding && branding.currentSlug !== workspaceSlug) {
    const prefix = `/p/${encodeURIComponent(workspaceSlug)}/`;
    const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : encodeURIComponent(clientKey);
    return <Navigate to={`/p/${encodeURIComponent(branding.currentSlug)}/${rest}${search}`} replace />;
  }
  if (!branding) {
    return (
      <PublicFrame header={null}>
        <Stack gap="md" role="alert">
          <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden>
            <IconLinkOff size={26} />
          </ThemeIcon>
          <div>
            <Title order={1} size="h2">
              {t('entry.invalidTitle')}
            </Title>
            <Text c="dimmed" mt={6}>
              {t('entry.invalidBody')}
            </Text>
          </div>
          <Button component={Link} to="/sign-in" size="md" fullWidth>
            {t('entry.signIn')}
          </Button>
        </Stack>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame
      header={
        <Stack gap={6} align="center" ta="center">
          <AgencyLogo agencyName={branding.agencyName} logoUrl={branding.logoUrl} />
          <Text fw={600} size="lg">
            {t('entry.portalFor', { client: branding.clientName })}
          </Text>
          {branding.logoUrl && (
            <Text size="sm" c="dimmed">
              {t('entry.by', { agency: branding.agencyName })}
            </Text>
          )}
        </Stack>
      }
    >
      <Outlet />
    </PublicFrame>
  );
}
