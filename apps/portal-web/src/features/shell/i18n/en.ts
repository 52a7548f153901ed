export const shellEn = {
  'nav.label': 'Portal sections',
  'nav.toggle': 'Show or hide the menu',
  'nav.home': 'Home',
  'nav.projects': 'Projects',
  'nav.approvals': 'Approvals',
  'nav.documents': 'Documents',
  'nav.invoices': 'Invoices',
  'nav.timeline': 'Timeline',
  'nav.tickets': 'Support',
  'nav.feedback': 'Feedback',

  'guard.title': "This isn't part of your portal access",
  'guard.body': 'If you need it, ask {agency} to give you access.',
  'guard.home': 'Back to your portal',
} as const;

export type ShellMessages = Record<keyof typeof shellEn, string>;
