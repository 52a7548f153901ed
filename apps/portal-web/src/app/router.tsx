import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { PortalPermission } from '@clientflow/graphql-types/portal';
import { FullPageLoader } from '../shared/components/full-page-loader';
import { RequirePortalPermission } from '../shared/components/require-portal-permission';

/** A lazily loaded page behind its portal permission (the API refuses the data anyway). */
const guarded = (permission: PortalPermission, Page: ComponentType) => ({
  Component: () => (
    <RequirePortalPermission permission={permission}>
      <Page />
    </RequirePortalPermission>
  ),
});

/** What a feature's `<feature>.pages.ts` exports besides its pages. */
interface FeaturePages {
  /** Fetches the feature's messages in the language on screen (shared/i18n/feature-messages.ts). */
  messagesReady: () => Promise<void>;
}

/**
 * Pages of a feature that carries its own messages: the pages are one chunk (one lazy import keeps the entry bundle's
 * chunk table small), shown once their messages have loaded in the language on screen, so they never flash English.
 */
const featurePages =
  <Pages extends FeaturePages>(permission: PortalPermission, load: () => Promise<Pages>) =>
  (pick: (pages: Pages) => ComponentType) =>
  async () => {
    const pages = await load();
    await pages.messagesReady();
    return guarded(permission, pick(pages));
  };

const ticketsPage = featurePages('OPEN_TICKETS', () => import('../features/tickets/tickets.pages'));
const statementPage = featurePages('VIEW_INVOICES', () => import('../features/statement/statement.pages'));
const projectsPage = featurePages('VIEW_PROJECTS', () => import('../features/projects/projects.pages'));

/** Paths a signed-out visitor may stay on (no redirect when the session ends there). */
export const PUBLIC_PATHS = ['/sign-in', '/auth/continue', '/auth/invite'];

/** Public paths plus every client's own portal address (`/p/:workspaceSlug/:clientKey`). */
export const isPublicPath = (pathname: string) => PUBLIC_PATHS.includes(pathname) || pathname.startsWith('/p/');

// Each screen family is its own chunk, so the entry bundle carries only the shell.
export const routes: RouteObject[] = [
  {
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        lazy: async () => ({ Component: (await import('../features/auth/routes/public-layout.route')).PublicLayout }),
        children: [
          {
            path: '/sign-in',
            lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in.route')).SignInRoute }),
          },
          {
            path: '/auth/continue',
            lazy: async () => ({ Component: (await import('../features/auth/routes/continue.route')).ContinueRoute }),
          },
          {
            path: '/auth/invite',
            lazy: async () => ({ Component: (await import('../features/auth/routes/invite.route')).InviteRoute }),
          },
        ],
      },
      {
        path: '/p/:workspaceSlug/:clientKey',
        lazy: async () => ({
          Component: (await import('../features/auth/routes/portal-entry-layout.route')).PortalEntryLayout,
        }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in.route')).SignInRoute }),
          },
        ],
      },
      {
        path: '/',
        // The layout lists only the sections whose routes exist: it gets this table as a prop (importing it would be a cycle).
        lazy: async () => {
          const { PortalLayout } = await import('../features/home/routes/portal-layout.route');
          return { Component: () => <PortalLayout routes={routes} /> };
        },
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/home.route')).HomeRoute }),
          },
          {
            path: 'invoices',
            lazy: statementPage((pages) => pages.StatementRoute),
          },
          {
            path: 'invoices/:id',
            lazy: statementPage((pages) => pages.InvoiceDetailRoute),
          },
          {
            path: 'projects',
            lazy: projectsPage((pages) => pages.ProjectsRoute),
          },
          {
            path: 'projects/:id',
            lazy: projectsPage((pages) => pages.ProjectDetailRoute),
          },
          {
            path: 'approvals',
            lazy: async () =>
              guarded('APPROVE', (await import('../features/approvals/routes/approvals.route')).ApprovalsRoute),
          },
          {
            path: 'documents',
            lazy: async () =>
              guarded('VIEW_DOCUMENTS', (await import('../features/documents/routes/documents.route')).DocumentsRoute),
          },
          {
            path: 'timeline',
            lazy: async () =>
              guarded('VIEW_TIMELINE', (await import('../features/timeline/routes/timeline.route')).TimelineRoute),
          },
          { path: 'tickets', lazy: ticketsPage((pages) => pages.TicketsRoute) },
          { path: 'tickets/new', lazy: ticketsPage((pages) => pages.NewTicketRoute) },
          // Reply emails link here (`${PORTAL_ORIGIN}/tickets/<id>`).
          { path: 'tickets/:id', lazy: ticketsPage((pages) => pages.TicketThreadRoute) },
          {
            path: 'feedback',
            lazy: async () => ({
              Component: (await import('../features/feedback/routes/feedback.route')).FeedbackRoute,
            }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../features/shell/routes/not-found.route')).NotFoundRoute }),
      },
    ],
  },
];
