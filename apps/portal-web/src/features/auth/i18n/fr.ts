import type { AuthAccessMessages } from './en';

export const authAccessFr: AuthAccessMessages = {
  'invite.title': 'Bienvenue sur votre portail client',
  'invite.body':
    'Vous êtes invité sur le portail client. Acceptez pour vous connecter sur cet appareil, sans mot de passe.',
  'invite.button': "Accepter l'invitation",
  'invite.expiredTitle': 'Cette invitation a expiré ou a déjà été utilisée',
  'invite.expiredBody':
    'Chaque invitation ne fonctionne qu’une fois. Connectez-vous avec votre e-mail et nous vous enverrons un nouveau lien.',
  'invite.signIn': 'Me connecter avec mon e-mail',

  'entry.portalFor': 'Portail {client}',
  'entry.by': 'par {agency}',
  'entry.invalidTitle': "Cette adresse de portail n'est pas valide",
  'entry.invalidBody':
    'Le lien est peut-être mal saisi ou a été remplacé. Vérifiez-le auprès de votre agence, ou connectez-vous avec votre e-mail.',
  'entry.signIn': 'Me connecter avec mon e-mail',
};
