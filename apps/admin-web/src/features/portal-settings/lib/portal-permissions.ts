import type { ContactRole, PortalPermission } from '@clientflow/graphql-types/admin';

/** What each portal permission lets the client's contacts do, in the agency's words. */
export const PORTAL_PERMISSION_INFO: Readonly<Record<PortalPermission, { label: string; help: string }>> = {
  VIEW_PROJECTS: { label: 'View projects', help: 'Project list, progress and milestones.' },
  VIEW_TASKS: { label: 'View tasks', help: 'Client-visible tasks and their status.' },
  COMMENT: { label: 'Comment', help: 'Comment on tasks and deliverables (client-visible threads only).' },
  APPROVE: { label: 'Approve deliverables', help: 'Approve or request changes; recorded with who and when.' },
  VIEW_DOCUMENTS: { label: 'View documents', help: 'Download documents marked visible in the portal.' },
  UPLOAD_FILES: {
    label: 'Upload files',
    help: 'Send files to the agency (same size and type checks as admin uploads).',
  },
  VIEW_INVOICES: { label: 'View and pay invoices', help: 'Statement, invoice PDFs and online payment.' },
  VIEW_BUDGET: { label: 'View budget', help: 'Project values and budget use. Never costs or margins.' },
  VIEW_TIMELINE: { label: 'View timeline', help: 'Only events marked visible in the portal.' },
  OPEN_TICKETS: { label: 'Open support tickets', help: 'Ask for help and follow replies.' },
};

/** Contact roles in the order the role table lists them. */
export const PORTAL_ROLE_ORDER: readonly ContactRole[] = [
  'DECISION_MAKER',
  'TECHNICAL',
  'BILLING',
  'OBSERVER',
  'MARKETING',
  'LEGAL',
  'OTHER',
];

export const PORTAL_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'pt', label: 'Português' },
  { value: 'es', label: 'Español' },
  { value: 'fr', label: 'Français' },
] as const;
