import type { RouteObject } from 'react-router';
import { FullPageLoader } from '../shared/components/full-page-loader';

/** Paths a signed-out visitor may stay on (no redirect when the session ends there). */
export const PUBLIC_PATHS = ['/sign-in', '/auth/continue'];

// Each screen family is its own chunk, so the entry bundle carries only the shell.
export const routes: RouteObject[] = [
  {
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        lazy: async () => ({ Component: (await import('../features/auth/components/public-layout')).PublicLayout }),
        children: [
          {
            path: '/sign-in',
            lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in.route')).SignInRoute }),
          },
          {
            path: '/auth/continue',
            lazy: async () => ({ Component: (await import('../features/auth/routes/continue.route')).ContinueRoute }),
          },
        ],
      },
      {
        path: '/',
        lazy: async () => ({ Component: (await import('../features/home/routes/portal-layout.route')).PortalLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/home.route')).HomeRoute }),
          },
          {
            path: 'invoices',
            lazy: async () => ({ Component: (await import('../features/statement/routes/statement.route')).StatementRoute }),
          },
          {
            path: 'invoices/:id',
            lazy: async () => ({ Component: (await import('../features/statement/routes/invoice-detail.route')).InvoiceDetailRoute }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../shared/components/not-found.route')).NotFoundRoute }),
      },
    ],
  },
];
