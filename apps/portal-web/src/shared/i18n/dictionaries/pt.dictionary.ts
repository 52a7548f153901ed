import { authAccessPt } from '../../../features/auth/i18n/pt';
import { shellPt } from '../../../features/shell/i18n/pt';
import { livePt } from '../../../features/live/i18n/pt';
import type { Dictionary } from '../dictionary.types';
import { approvalsPt } from '../../../features/approvals/i18n/pt';
import { documentsPt } from '../../../features/documents/i18n/pt';
import { feedbackPt } from '../../../features/feedback/i18n/pt';
import { timelinePt } from '../../../features/timeline/i18n/pt';

export const pt: Dictionary = {
  'app.title': 'Portal do cliente',
  'app.poweredBy': 'Portal seguro do cliente por ClientFlow',
  'app.skipToContent': 'Ir para o conteúdo',
  'language.label': 'Idioma',
  'common.loading': 'Carregando…',
  'common.retry': 'Tentar novamente',
  'comments.show': 'Comentários',

  'errors.title': 'Algo deu errado',
  'errors.network': 'Não foi possível falar com o servidor. Verifique sua conexão e tente novamente.',
  'errors.rateLimited': 'Muitas tentativas. Aguarde alguns minutos e tente novamente.',
  'errors.unexpected': 'Aconteceu algo inesperado. Tente novamente.',
  'errors.sessionEnded': 'Sua sessão terminou. Entre novamente.',
  'errors.reconnecting': 'Conexão com o servidor perdida, tentando novamente…',
  'errors.reconnectingDetail': 'A página será carregada assim que o servidor voltar.',

  'signIn.title': 'Entre no seu portal',
  'signIn.subtitle':
    'Informe o e-mail que sua agência tem cadastrado. Enviaremos um link de acesso seguro, sem precisar de senha.',
  'signIn.emailLabel': 'Endereço de e-mail',
  'signIn.emailPlaceholder': 'voce@empresa.com',
  'signIn.emailRequired': 'Informe seu endereço de e-mail',
  'signIn.emailInvalid': 'Informe um e-mail válido, como nome@empresa.com',
  'signIn.submit': 'Enviar link de acesso',
  'signIn.sentTitle': 'Confira seu e-mail',
  'signIn.sentBody': 'Se este e-mail tiver acesso ao portal, um link está a caminho. Ele expira em 15 minutos.',
  'signIn.sentFor': 'Solicitado para {email}',
  'signIn.sentAgain': 'Pedimos outro link. Use o e-mail mais recente.',
  'signIn.spamHint':
    'Nada depois de alguns minutos? Verifique a pasta de spam ou peça à sua agência para confirmar seu acesso ao portal.',
  'signIn.resend': 'Reenviar link',
  'signIn.resendIn': 'Reenviar em {seconds}s',
  'signIn.differentEmail': 'Usar outro e-mail',

  'continue.title': 'Continuar para o seu portal',
  'continue.body':
    'Para sua segurança, cada link de acesso funciona uma única vez. Continue para concluir o acesso neste dispositivo.',
  'continue.button': 'Continuar para o seu portal',
  'continue.expiredTitle': 'Este link expirou ou já foi usado',
  'continue.expiredBody':
    'Os links de acesso funcionam uma vez e expiram em 15 minutos. Solicite um novo e enviaremos por e-mail.',
  'continue.requestNew': 'Solicitar um novo link',

  'header.signOut': 'Sair',
  'header.logoAlt': 'Logotipo de {agency}',
  'header.signedInAs': 'Conectado como {email}',

  'home.greeting': 'Boas-vindas, {name}',
  'home.intro': 'Este é o portal de {agency} para {client}.',
  'home.today': 'Hoje é {date}.',
  'home.accountTitle': 'Sua conta',
  'home.clientLabel': 'Empresa',
  'home.statusLabel': 'Situação',
  'home.contactTitle': 'Seus dados',
  'home.nameLabel': 'Nome',
  'home.emailLabel': 'E-mail',
  'home.emptyTitle': 'Nada compartilhado ainda',
  'home.emptyBody': 'Sua agência compartilhará projetos, documentos e faturas aqui.',
  'home.emptyHint': 'Eles aparecerão nesta página assim que {agency} os compartilhar.',
  'home.loadError': 'Não foi possível carregar seu portal.',

  'status.PROSPECT': 'Começando',
  'status.ACTIVE': 'Ativo',
  'status.PAUSED': 'Pausado',
  'status.INACTIVE': 'Inativo',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'A página que você procura não existe ou foi movida.',
  'notFound.home': 'Ir para o seu portal',
  ...approvalsPt,
  ...documentsPt,
  ...feedbackPt,
  ...timelinePt,
  ...authAccessPt,
  ...shellPt,
  ...livePt,
};
