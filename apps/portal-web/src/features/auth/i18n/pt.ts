import type { AuthAccessMessages } from './en';

export const authAccessPt: AuthAccessMessages = {
  'invite.title': 'Boas-vindas ao seu portal do cliente',
  'invite.body': 'Você foi convidado para o portal do cliente. Aceite para entrar neste dispositivo, sem senha.',
  'invite.button': 'Aceitar convite',
  'invite.expiredTitle': 'Este convite expirou ou já foi usado',
  'invite.expiredBody': 'Cada convite funciona uma vez. Entre com o seu e-mail e enviaremos um novo link.',
  'invite.signIn': 'Entrar com o meu e-mail',

  'entry.portalFor': 'Portal de {client}',
  'entry.by': 'por {agency}',
  'entry.invalidTitle': 'Este endereço de portal não é válido',
  'entry.invalidBody':
    'O link pode estar incorreto ou ter sido substituído. Confirme com a sua agência ou entre com o seu e-mail.',
  'entry.signIn': 'Entrar com o meu e-mail',
};
