import type { Role } from '@clientflow/domain';
import type { EmailLocale, LocalizedEmail } from '../../platform/mail/localized-email';

export interface InvitationEmailParams {
  agencyName: string;
  inviterName: string;
  role: Role;
  link: string;
  days: number;
}

const ROLE_NAMES: Record<EmailLocale, Record<Role, string>> = {
  en: { OWNER: 'Owner', ADMIN: 'Admin', MANAGER: 'Manager', MEMBER: 'Member' },
  pt: { OWNER: 'Proprietário', ADMIN: 'Administrador', MANAGER: 'Gestor', MEMBER: 'Membro' },
  es: { OWNER: 'Propietario', ADMIN: 'Administrador', MANAGER: 'Gestor', MEMBER: 'Miembro' },
  fr: { OWNER: 'Propriétaire', ADMIN: 'Administrateur', MANAGER: 'Gestionnaire', MEMBER: 'Membre' },
};

/** "Join <agency> on ClientFlow", in the workspace's language (the invitee has no account language yet). */
export const invitationEmail: LocalizedEmail<InvitationEmailParams> = {
  en: (p) => ({
    subject: `${p.inviterName} invited you to join ${p.agencyName} on ClientFlow`,
    greeting: 'Hello,',
    intro: [
      `${p.inviterName} invited you to join ${p.agencyName} on ClientFlow as ${ROLE_NAMES.en[p.role]}.`,
      'Accept the invitation to create your account, or to add this workspace to the account you already have.',
    ],
    action: { label: 'Accept the invitation', url: p.link },
    outro: [
      `The link works once and expires in ${p.days} days.`,
      'If you were not expecting this invitation, you can ignore this email.',
    ],
  }),
  pt: (p) => ({
    subject: `${p.inviterName} convidou-o para a equipa ${p.agencyName} no ClientFlow`,
    greeting: 'Olá,',
    intro: [
      `${p.inviterName} convidou-o para se juntar a ${p.agencyName} no ClientFlow como ${ROLE_NAMES.pt[p.role]}.`,
      'Aceite o convite para criar a sua conta ou para adicionar este espaço de trabalho à conta que já tem.',
    ],
    action: { label: 'Aceitar o convite', url: p.link },
    outro: [
      `A ligação só pode ser usada uma vez e expira dentro de ${p.days} dias.`,
      'Se não estava à espera deste convite, pode ignorar este email.',
    ],
  }),
  es: (p) => ({
    subject: `${p.inviterName} te ha invitado a unirte a ${p.agencyName} en ClientFlow`,
    greeting: 'Hola:',
    intro: [
      `${p.inviterName} te ha invitado a unirte a ${p.agencyName} en ClientFlow como ${ROLE_NAMES.es[p.role]}.`,
      'Acepta la invitación para crear tu cuenta o para añadir este espacio de trabajo a la cuenta que ya tienes.',
    ],
    action: { label: 'Aceptar la invitación', url: p.link },
    outro: [
      `El enlace solo se puede usar una vez y caduca en ${p.days} días.`,
      'Si no esperabas esta invitación, puedes ignorar este correo.',
    ],
  }),
  fr: (p) => ({
    subject: `${p.inviterName} vous invite à rejoindre ${p.agencyName} sur ClientFlow`,
    greeting: 'Bonjour,',
    intro: [
      `${p.inviterName} vous invite à rejoindre ${p.agencyName} sur ClientFlow en tant que ${ROLE_NAMES.fr[p.role]}.`,
      'Acceptez l’invitation pour créer votre compte, ou pour ajouter cet espace de travail au compte que vous avez déjà.',
    ],
    action: { label: 'Accepter l’invitation', url: p.link },
    outro: [
      `Le lien ne fonctionne qu’une fois et expire dans ${p.days} jours.`,
      'Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.',
    ],
  }),
};
