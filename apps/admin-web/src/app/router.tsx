import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { FullPageLoader } from '../shared/components/full-page-loader';
import { PageNotFound } from '../shared/components/page-not-found';
import { ClientsListRoute } from '../features/clients/routes/clients-list.route';
import { RequireSession } from '../features/session/components/require-session';
import { SignInRoute } from '../features/session/routes/sign-in.route';
import { AppLayout } from '../features/shell/components/app-layout';

// The clients list ships in the main chunk; the dashboard (home) and the form-heavy screens load on demand.
export const appRoutes: RouteObject[] = [
  {
    HydrateFallback: FullPageLoader,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      {
        // Public: the link in the team invitation email.
        path: '/accept-invite',
        lazy: async () => ({
          Component: (await import('../features/team/routes/accept-invitation.route')).AcceptInvitationRoute,
        }),
      },
      {
        path: '/sign-up',
        lazy: async () => ({ Component: (await import('../features/account/routes/sign-up.route')).SignUpRoute }),
      },
      {
        path: '/verify-email',
        lazy: async () => ({
          Component: (await import('../features/account/routes/verify-email.route')).VerifyEmailRoute,
        }),
      },
      {
        path: '/forgot-password',
        lazy: async () => ({
          Component: (await import('../features/account/routes/forgot-password.route')).ForgotPasswordRoute,
        }),
      },
      {
        path: '/reset-password',
        lazy: async () => ({
          Component: (await import('../features/account/routes/reset-password.route')).ResetPasswordRoute,
        }),
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/dashboard/routes/dashboard.route')).DashboardRoute,
                }),
              },
              {
                path: 'time',
                lazy: async () => ({ Component: (await import('../features/time/routes/time.route')).TimeRoute }),
              },
              { path: 'clients', element: <ClientsListRoute /> },
              {
                path: 'clients/new',
                lazy: async () => ({
                  Component: (await import('../features/clients/routes/new-client.route')).NewClientRoute,
                }),
              },
              {
                path: 'clients/deleted',
                lazy: async () => ({
                  Component: (await import('../features/clients/routes/deleted-clients.route')).DeletedClientsRoute,
                }),
              },
              {
                path: 'clients/:id',
                lazy: async () => ({
                  Component: (await import('../features/clients/routes/client-detail.route')).ClientDetailRoute,
                }),
              },
              {
                path: 'settings',
                lazy: async () => ({
                  Component: (await import('../features/settings/routes/settings-layout.route')).SettingsLayout,
                }),
                children: [
                  { index: true, element: <Navigate to="custom-fields" replace /> },
                  {
                    path: 'custom-fields',
                    lazy: async () => ({
                      Component: (await import('../features/settings/routes/custom-fields-settings.route'))
                        .CustomFieldsSettingsRoute,
                    }),
                  },
                  {
                    path: 'team',
                    lazy: async () => ({
                      Component: (await import('../features/team/routes/team-settings.route')).TeamSettingsRoute,
                    }),
                  },
                  {
                    path: 'billing',
                    lazy: async () => ({
                      Component: (await import('../features/billing/settings/routes/billing-settings.route'))
                        .BillingSettingsRoute,
                    }),
                  },
                  {
                    path: 'workspace',
                    lazy: async () => ({
                      Component: (await import('../features/settings/routes/workspace-settings.route'))
                        .WorkspaceSettingsRoute,
                    }),
                  },
                  {
                    path: 'audit-log',
                    lazy: async () => ({
                      Component: (await import('../features/audit/routes/audit-log.route')).AuditLogRoute,
                    }),
                  },
                  {
                    path: 'email-templates',
                    lazy: async () => ({
                      Component: (await import('../features/billing/email/routes/email-templates-settings.route'))
                        .EmailTemplatesSettingsRoute,
                    }),
                  },
                ],
              },
              {
                path: 'account/security',
                lazy: async () => ({
                  Component: (await import('../features/security/routes/security.route')).SecurityRoute,
                }),
              },
              {
                path: 'projects',
                lazy: async () => ({
                  Component: (await import('../features/projects/routes/projects-list.route')).ProjectsListRoute,
                }),
              },
              {
                path: 'projects/:id',
                lazy: async () => ({
                  Component: (await import('../features/projects/routes/project-detail.route')).ProjectDetailRoute,
                }),
              },
              {
                path: 'deliverables/:id',
                lazy: async () => ({
                  Component: (await import('../features/deliverables/routes/deliverable-detail.route'))
                    .DeliverableDetailRoute,
                }),
              },
              {
                path: 'invoices/recurring',
                lazy: async () => ({
                  Component: (await import('../features/billing/recurring/routes/recurring-list.route'))
                    .RecurringListRoute,
                }),
              },
              {
                path: 'invoices',
                lazy: async () => ({
                  Component: (await import('../features/billing/invoices/routes/invoices-list.route'))
                    .InvoicesListRoute,
                }),
              },
              {
                path: 'invoices/new',
                lazy: async () => ({
                  Component: (await import('../features/billing/invoices/routes/new-invoice.route')).NewInvoiceRoute,
                }),
              },
              {
                path: 'invoices/:id',
                lazy: async () => ({
                  Component: (await import('../features/billing/invoices/routes/invoice-detail.route'))
                    .InvoiceDetailRoute,
                }),
              },
              {
                path: 'quotes',
                lazy: async () => ({
                  Component: (await import('../features/billing/quotes/routes/quotes-list.route')).QuotesListRoute,
                }),
              },
              {
                path: 'quotes/new',
                lazy: async () => ({
                  Component: (await import('../features/billing/quotes/routes/new-quote.route')).NewQuoteRoute,
                }),
              },
              {
                path: 'quotes/:id',
                lazy: async () => ({
                  Component: (await import('../features/billing/quotes/routes/quote-detail.route')).QuoteDetailRoute,
                }),
              },
              {
                path: 'tickets',
                lazy: async () => ({
                  Component: (await import('../features/tickets/routes/tickets-inbox.route')).TicketsInboxRoute,
                }),
              },
              {
                path: 'tickets/:id',
                lazy: async () => ({
                  Component: (await import('../features/tickets/routes/ticket-thread.route')).TicketThreadRoute,
                }),
              },
              {
                path: 'segments',
                lazy: async () => ({
                  Component: (await import('../features/segments/routes/segments.route')).SegmentsRoute,
                }),
              },
              { path: '*', element: <PageNotFound /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
