import { authAccessFr } from '../../../features/auth/i18n/fr';
import { shellFr } from '../../../features/shell/i18n/fr';
import { liveFr } from '../../../features/live/i18n/fr';
import type { Dictionary } from '../dictionary.types';
import { approvalsFr } from '../../../features/approvals/i18n/fr';
import { documentsFr } from '../../../features/documents/i18n/fr';
import { feedbackFr } from '../../../features/feedback/i18n/fr';
import { timelineFr } from '../../../features/timeline/i18n/fr';

export const fr: Dictionary = {
  'app.title': 'Portail client',
  'app.poweredBy': 'Portail client sécurisé par ClientFlow',
  'app.skipToContent': 'Aller au contenu',
  'language.label': 'Langue',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'comments.show': 'Commentaires',

  'errors.title': 'Un problème est survenu',
  'errors.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'errors.rateLimited': 'Trop de tentatives. Patientez quelques minutes puis réessayez.',
  'errors.unexpected': "Une erreur inattendue s'est produite. Veuillez réessayer.",
  'errors.sessionEnded': 'Votre session a pris fin. Veuillez vous reconnecter.',
  'errors.reconnecting': 'Connexion au serveur perdue, nouvelle tentative…',
  'errors.reconnectingDetail': 'La page se chargera dès que le serveur sera de retour.',

  'signIn.title': 'Connectez-vous à votre portail',
  'signIn.subtitle':
    "Saisissez l'adresse e-mail connue de votre agence. Nous vous enverrons un lien de connexion sécurisé, sans mot de passe.",
  'signIn.emailLabel': 'Adresse e-mail',
  'signIn.emailPlaceholder': 'vous@entreprise.com',
  'signIn.emailRequired': 'Saisissez votre adresse e-mail',
  'signIn.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@entreprise.com',
  'signIn.submit': "M'envoyer un lien de connexion",
  'signIn.sentTitle': 'Consultez votre messagerie',
  'signIn.sentBody': 'Si cette adresse a accès au portail, un lien est en route. Il expire dans 15 minutes.',
  'signIn.sentFor': 'Demandé pour {email}',
  'signIn.sentAgain': 'Nous avons demandé un nouveau lien. Utilisez le message le plus récent.',
  'signIn.spamHint':
    'Rien après quelques minutes ? Vérifiez vos courriers indésirables ou demandez à votre agence de confirmer votre accès au portail.',
  'signIn.resend': 'Renvoyer le lien',
  'signIn.resendIn': 'Renvoyer dans {seconds} s',
  'signIn.differentEmail': 'Utiliser une autre adresse',

  'continue.title': 'Continuer vers votre portail',
  'continue.body':
    'Pour votre sécurité, chaque lien de connexion ne fonctionne qu’une fois. Continuez pour terminer la connexion sur cet appareil.',
  'continue.button': 'Continuer vers votre portail',
  'continue.expiredTitle': 'Ce lien a expiré ou a déjà été utilisé',
  'continue.expiredBody':
    'Les liens de connexion ne fonctionnent qu’une fois et expirent après 15 minutes. Demandez-en un nouveau et nous vous l’enverrons par e-mail.',
  'continue.requestNew': 'Demander un nouveau lien',

  'header.signOut': 'Se déconnecter',
  'header.logoAlt': 'Logo de {agency}',
  'header.signedInAs': 'Connecté en tant que {email}',

  'home.greeting': 'Bienvenue, {name}',
  'home.intro': 'Voici le portail {agency} pour {client}.',
  'home.today': 'Nous sommes le {date}.',
  'home.accountTitle': 'Votre compte',
  'home.clientLabel': 'Entreprise',
  'home.statusLabel': 'Statut',
  'home.contactTitle': 'Vos coordonnées',
  'home.nameLabel': 'Nom',
  'home.emailLabel': 'E-mail',
  'home.emptyTitle': 'Rien de partagé pour le moment',
  'home.emptyBody': 'Votre agence partagera ici vos projets, documents et factures.',
  'home.emptyHint': 'Ils apparaîtront sur cette page dès que {agency} les partagera.',
  'home.loadError': 'Impossible de charger votre portail.',

  'status.PROSPECT': 'Premiers pas',
  'status.ACTIVE': 'Actif',
  'status.PAUSED': 'En pause',
  'status.INACTIVE': 'Inactif',

  'notFound.title': 'Page introuvable',
  'notFound.body': "La page que vous cherchez n'existe pas ou a été déplacée.",
  'notFound.home': 'Aller à votre portail',
  ...approvalsFr,
  ...documentsFr,
  ...feedbackFr,
  ...timelineFr,
  ...authAccessFr,
  ...shellFr,
  ...liveFr,
};
