import type { ShellMessages } from './en';

export const shellEs: ShellMessages = {
  'nav.label': 'Secciones del portal',
  'nav.toggle': 'Mostrar u ocultar el menú',
  'nav.home': 'Inicio',
  'nav.projects': 'Proyectos',
  'nav.approvals': 'Aprobaciones',
  'nav.documents': 'Documentos',
  'nav.invoices': 'Facturas',
  'nav.timeline': 'Cronología',
  'nav.tickets': 'Soporte',
  'nav.feedback': 'Opinión',

  'guard.title': 'Esto no forma parte de tu acceso al portal',
  'guard.body': 'Si lo necesitas, pide acceso a {agency}.',
  'guard.home': 'Volver a tu portal',
};
