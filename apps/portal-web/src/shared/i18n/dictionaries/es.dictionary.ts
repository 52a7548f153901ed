import { authAccessEs } from '../../../features/auth/i18n/es';
import { shellEs } from '../../../features/shell/i18n/es';
import { liveEs } from '../../../features/live/i18n/es';
import type { Dictionary } from '../dictionary.types';
import { approvalsEs } from '../../../features/approvals/i18n/es';
import { documentsEs } from '../../../features/documents/i18n/es';
import { feedbackEs } from '../../../features/feedback/i18n/es';
import { timelineEs } from '../../../features/timeline/i18n/es';

export const es: Dictionary = {
  'app.title': 'Portal de clientes',
  'app.poweredBy': 'Portal seguro de clientes de ClientFlow',
  'app.skipToContent': 'Ir al contenido',
  'language.label': 'Idioma',
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'comments.show': 'Comentarios',

  'errors.title': 'Algo salió mal',
  'errors.network': 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'errors.rateLimited': 'Demasiados intentos. Espera unos minutos e inténtalo de nuevo.',
  'errors.unexpected': 'Ocurrió algo inesperado. Inténtalo de nuevo.',
  'errors.sessionEnded': 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  'errors.reconnecting': 'Se perdió la conexión con el servidor, reintentando…',
  'errors.reconnectingDetail': 'La página se cargará en cuanto el servidor vuelva.',

  'signIn.title': 'Inicia sesión en tu portal',
  'signIn.subtitle':
    'Escribe el correo que tu agencia tiene registrado. Te enviaremos un enlace seguro para entrar, sin contraseña.',
  'signIn.emailLabel': 'Correo electrónico',
  'signIn.emailPlaceholder': 'tu@empresa.com',
  'signIn.emailRequired': 'Escribe tu correo electrónico',
  'signIn.emailInvalid': 'Escribe un correo válido, como nombre@empresa.com',
  'signIn.submit': 'Enviarme un enlace de acceso',
  'signIn.sentTitle': 'Revisa tu correo',
  'signIn.sentBody': 'Si este correo tiene acceso al portal, te llegará un enlace. Caduca en 15 minutos.',
  'signIn.sentFor': 'Solicitado para {email}',
  'signIn.sentAgain': 'Hemos pedido otro enlace. Usa el correo más reciente.',
  'signIn.spamHint':
    '¿No llega nada en unos minutos? Revisa la carpeta de spam o pide a tu agencia que confirme tu acceso al portal.',
  'signIn.resend': 'Reenviar enlace',
  'signIn.resendIn': 'Reenviar en {seconds}s',
  'signIn.differentEmail': 'Usar otro correo',

  'continue.title': 'Continuar a tu portal',
  'continue.body':
    'Por tu seguridad, cada enlace de acceso funciona una sola vez. Continúa para terminar de entrar en este dispositivo.',
  'continue.button': 'Continuar a tu portal',
  'continue.expiredTitle': 'Este enlace ha caducado o ya se usó',
  'continue.expiredBody':
    'Los enlaces de acceso funcionan una vez y caducan a los 15 minutos. Pide uno nuevo y te lo enviaremos por correo.',
  'continue.requestNew': 'Pedir un enlace nuevo',

  'header.signOut': 'Cerrar sesión',
  'header.logoAlt': 'Logotipo de {agency}',
  'header.signedInAs': 'Sesión iniciada como {email}',

  'home.greeting': 'Te damos la bienvenida, {name}',
  'home.intro': 'Este es el portal de {agency} para {client}.',
  'home.today': 'Hoy es {date}.',
  'home.accountTitle': 'Tu cuenta',
  'home.clientLabel': 'Empresa',
  'home.statusLabel': 'Estado',
  'home.contactTitle': 'Tus datos',
  'home.nameLabel': 'Nombre',
  'home.emailLabel': 'Correo',
  'home.emptyTitle': 'Aún no hay nada compartido',
  'home.emptyBody': 'Tu agencia compartirá aquí proyectos, documentos y facturas.',
  'home.emptyHint': 'Aparecerán en esta página en cuanto {agency} los comparta.',
  'home.loadError': 'No pudimos cargar tu portal.',

  'status.PROSPECT': 'Primeros pasos',
  'status.ACTIVE': 'Activo',
  'status.PAUSED': 'En pausa',
  'status.INACTIVE': 'Inactivo',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'La página que buscas no existe o se ha movido.',
  'notFound.home': 'Ir a tu portal',
  ...approvalsEs,
  ...documentsEs,
  ...feedbackEs,
  ...timelineEs,
  ...authAccessEs,
  ...shellEs,
  ...liveEs,
};
