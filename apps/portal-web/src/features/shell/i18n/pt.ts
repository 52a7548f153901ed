import type { ShellMessages } from './en';

export const shellPt: ShellMessages = {
  'nav.label': 'Seções do portal',
  'nav.toggle': 'Mostrar ou ocultar o menu',
  'nav.home': 'Início',
  'nav.projects': 'Projetos',
  'nav.approvals': 'Aprovações',
  'nav.documents': 'Documentos',
  'nav.invoices': 'Faturas',
  'nav.timeline': 'Linha do tempo',
  'nav.tickets': 'Suporte',
  'nav.feedback': 'Avaliação',

  'guard.title': 'Isto não faz parte do seu acesso ao portal',
  'guard.body': 'Se precisar, peça acesso a {agency}.',
  'guard.home': 'Voltar ao seu portal',
};
