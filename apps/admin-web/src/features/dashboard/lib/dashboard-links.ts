/** The filtered lists behind every dashboard number (the projects page reads `status` and `overdue=1`). */
export const DASHBOARD_LINKS = {
  activeClients: '/clients?status=ACTIVE',
  prospects: '/clients?status=PROSPECT',
  projectsInProgress: '/projects?status=ACTIVE',
  totalContractValue: '/projects?status=ACTIVE',
  overdueProjects: '/projects?overdue=1',
  deliverablesDueThisWeek: '/projects?deliverables=due-this-week',
  pendingClientRequests: '/projects?deliverables=pending-approval',
} as const;

export const clientHref = (id: string) => `/clients/${id}`;
