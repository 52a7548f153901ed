import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PortalMeDocument } from '@clientflow/graphql-types/portal';
import type { PortalPermission } from '@clientflow/graphql-types/portal';
import { AppProviders } from '../../app/app-providers';
import { RequirePortalPermission } from '../../shared/components/require-portal-permission';
import { usePortalPermissions } from '../../shared/hooks/use-portal-permissions';
import { PortalViewerContext } from '../../shared/session/portal-viewer-context';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';
import { PortalNav } from './components/portal-nav';
import { PORTAL_SECTIONS, routePaths } from './portal-sections';

const EVERY_PAGE = new Set(PORTAL_SECTIONS.map((s) => s.path));

function renderSignedIn(ui: React.ReactNode, permissions: PortalPermission[], locale: 'en' | 'pt' = 'en') {
  return render(
    <AppProviders initialLocale={locale}>
      <MemoryRouter initialEntries={['/invoices']}>
        <PortalViewerContext.Provider value={portalViewer({ permissions })}>{ui}</PortalViewerContext.Provider>
      </MemoryRouter>
    </AppProviders>,
  );
}

const navLabels = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('portal navigation', () => {
  it('shows a BILLING contact invoices only (besides home and feedback)', () => {
    renderSignedIn(<PortalNav sections={PORTAL_SECTIONS} existingPaths={EVERY_PAGE} />, ['VIEW_INVOICES']);
    expect(navLabels()).toEqual(['Home', 'Invoices', 'Feedback']);
    expect(screen.getByRole('link', { name: 'Invoices' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a decision maker every enabled section, in the portal language', () => {
    renderSignedIn(
      <PortalNav sections={PORTAL_SECTIONS} existingPaths={EVERY_PAGE} />,
      ['VIEW_PROJECTS', 'APPROVE', 'VIEW_DOCUMENTS', 'VIEW_INVOICES', 'VIEW_TIMELINE', 'OPEN_TICKETS'],
      'pt',
    );
    expect(navLabels()).toEqual([
      'Início',
      'Projetos',
      'Aprovações',
      'Documentos',
      'Faturas',
      'Linha do tempo',
      'Suporte',
      'Avaliação',
    ]);
  });

  it('lists only sections whose page exists', () => {
    renderSignedIn(<PortalNav sections={PORTAL_SECTIONS} existingPaths={new Set(['/', '/projects'])} />, [
      'VIEW_PROJECTS',
      'VIEW_INVOICES',
    ]);
    expect(navLabels()).toEqual(['Home', 'Projects']);
  });

  it('reads the existing pages from a route table, nested and index routes included', () => {
    const paths = routePaths([
      {
        path: '/',
        children: [{ index: true }, { path: 'invoices', children: [{ path: ':id' }] }, { path: '/tickets' }],
      },
    ]);
    expect([...paths].sort()).toEqual(['/', '/invoices', '/invoices/:id', '/tickets']);
  });

  it('is part of the signed-in layout', async () => {
    await renderApp({
      path: '/',
      mocks: [{ request: { query: PortalMeDocument }, result: { data: { portalMe: portalViewer() } } }],
    });
    expect(await screen.findByRole('navigation', { name: 'Portal sections' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('permission guard and hook', () => {
  function Probe() {
    const { can, permissions } = usePortalPermissions();
    return <p>{`${can('APPROVE') ? 'can' : 'cannot'} approve; ${permissions.length} permissions`}</p>;
  }

  it('renders the page only with the permission', () => {
    renderSignedIn(
      <>
        <RequirePortalPermission permission="VIEW_INVOICES">
          <p>Invoice list</p>
        </RequirePortalPermission>
        <RequirePortalPermission permission="VIEW_PROJECTS">
          <p>Project list</p>
        </RequirePortalPermission>
        <Probe />
      </>,
      ['VIEW_INVOICES'],
    );
    expect(screen.getByText('Invoice list')).toBeInTheDocument();
    expect(screen.queryByText('Project list')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("This isn't part of your portal access");
    expect(screen.getByText('If you need it, ask Northwind Studio to give you access.')).toBeInTheDocument();
    expect(screen.getByText('cannot approve; 1 permissions')).toBeInTheDocument();
  });
});
