import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { usePortalPermissions } from '../../../shared/hooks/use-portal-permissions';
import { useT } from '../../../shared/i18n/i18n-provider';
import { visibleSections, type PortalSection } from '../portal-sections';

interface PortalNavProps {
  sections: readonly PortalSection[];
  existingPaths: ReadonlySet<string>;
  onNavigate?: () => void;
}

/** The sections this contact may open, built from their effective portal permissions. */
export function PortalNav({ sections, existingPaths, onNavigate }: PortalNavProps) {
  const t = useT();
  const { pathname } = useLocation();
  const { permissions } = usePortalPermissions();
  const items = visibleSections(sections, existingPaths, permissions);
  const isActive = (path: string) =>
    path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

  return (
    <Stack component="nav" aria-label={t('nav.label')} gap={4}>
      {items.map(({ path, labelKey, icon: Icon }) => (
        <NavLink
          key={path}
          component={Link}
          to={path}
          label={t(labelKey)}
          leftSection={<Icon size={18} aria-hidden />}
          active={isActive(path)}
          aria-current={isActive(path) ? 'page' : undefined}
          onClick={onNavigate}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      ))}
    </Stack>
  );
}
