import type { ShellMessages } from './en';

export const shellFr: ShellMessages = {
  'nav.label': 'Rubriques du portail',
  'nav.toggle': 'Afficher ou masquer le menu',
  'nav.home': 'Accueil',
  'nav.projects': 'Projets',
  'nav.approvals': 'Validations',
  'nav.documents': 'Documents',
  'nav.invoices': 'Factures',
  'nav.timeline': 'Historique',
  'nav.tickets': 'Assistance',
  'nav.feedback': 'Avis',

  'guard.title': 'Cela ne fait pas partie de votre accès au portail',
  'guard.body': 'Si vous en avez besoin, demandez l’accès à {agency}.',
  'guard.home': 'Retour à votre portail',
};
