import type { LocalizedEmail } from '../../platform/mail/localized-email';

export interface NewDeviceEmailParams {
  name: string;
  /** "Firefox 133" */
  browser: string;
  /** "Linux", or null when the browser did not say. */
  os: string | null;
  ip: string;
  /** Already formatted in the reader's language and the workspace's time zone. */
  time: string;
  resetUrl: string;
}

const device = (p: NewDeviceEmailParams, on: string) => (p.os ? `${p.browser} ${on} ${p.os}` : p.browser);

/** "New sign-in to ClientFlow": sent when an account signs in from a browser and address it never used. */
export const newDeviceEmail: LocalizedEmail<NewDeviceEmailParams> = {
  en: (p) => ({
    subject: `New sign-in to ClientFlow: ${device(p, 'on')}`,
    greeting: `Hi ${p.name},`,
    intro: [
      'Your ClientFlow account was just signed in to from a browser we had not seen before.',
      `Browser: ${device(p, 'on')}. Address: ${p.ip}. Time: ${p.time}.`,
      'If this was you, there is nothing to do.',
    ],
    action: { label: 'This wasn’t me: reset my password', url: p.resetUrl },
    outro: [
      'If you did not sign in, reset your password now: it also signs out every browser. Then turn on two-factor authentication under Settings → Security.',
    ],
  }),
  pt: (p) => ({
    subject: `Novo acesso ao ClientFlow: ${device(p, 'em')}`,
    greeting: `Olá ${p.name},`,
    intro: [
      'A sua conta ClientFlow acabou de ser acedida a partir de um navegador que ainda não conhecíamos.',
      `Navegador: ${device(p, 'em')}. Endereço: ${p.ip}. Hora: ${p.time}.`,
      'Se foi você, não precisa de fazer nada.',
    ],
    action: { label: 'Não fui eu: redefinir a palavra-passe', url: p.resetUrl },
    outro: [
      'Se não foi você, redefina já a sua palavra-passe: isso também termina a sessão em todos os navegadores. Depois ative a autenticação de dois fatores em Definições → Segurança.',
    ],
  }),
  es: (p) => ({
    subject: `Nuevo inicio de sesión en ClientFlow: ${device(p, 'en')}`,
    greeting: `Hola, ${p.name}:`,
    intro: [
      'Se acaba de iniciar sesión en tu cuenta de ClientFlow desde un navegador que no habíamos visto antes.',
      `Navegador: ${device(p, 'en')}. Dirección: ${p.ip}. Hora: ${p.time}.`,
      'Si fuiste tú, no tienes que hacer nada.',
    ],
    action: { label: 'No fui yo: restablecer mi contraseña', url: p.resetUrl },
    outro: [
      'Si no fuiste tú, restablece tu contraseña ahora: también cerrará la sesión en todos los navegadores. Después activa la autenticación en dos pasos en Ajustes → Seguridad.',
    ],
  }),
  fr: (p) => ({
    subject: `Nouvelle connexion à ClientFlow : ${device(p, 'sous')}`,
    greeting: `Bonjour ${p.name},`,
    intro: [
      'Quelqu’un vient de se connecter à votre compte ClientFlow depuis un navigateur que nous ne connaissions pas.',
      `Navigateur : ${device(p, 'sous')}. Adresse : ${p.ip}. Heure : ${p.time}.`,
      'Si c’était vous, vous n’avez rien à faire.',
    ],
    action: { label: 'Ce n’était pas moi : réinitialiser mon mot de passe', url: p.resetUrl },
    outro: [
      'Si ce n’était pas vous, réinitialisez votre mot de passe maintenant : cela déconnecte aussi tous les navigateurs. Activez ensuite la double authentification dans Paramètres → Sécurité.',
    ],
  }),
};
