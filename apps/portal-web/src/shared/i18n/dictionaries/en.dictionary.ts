import { approvalsEn } from '../../../features/approvals/i18n/en';
import { documentsEn } from '../../../features/documents/i18n/en';
import { feedbackEn } from '../../../features/feedback/i18n/en';
import { timelineEn } from '../../../features/timeline/i18n/en';
import { authAccessEn } from '../../../features/auth/i18n/en';
import { shellEn } from '../../../features/shell/i18n/en';
import { liveEn } from '../../../features/live/i18n/en';

export const en = {
  'app.title': 'Client portal',
  'app.poweredBy': 'Secure client portal by ClientFlow',
  'app.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  // The projects pages and the approvals' deliverable cards both use it.
  'comments.show': 'Comments',

  'errors.title': 'Something went wrong',
  'errors.network': "We couldn't reach the server. Check your connection and try again.",
  'errors.rateLimited': 'Too many attempts. Please wait a few minutes and try again.',
  'errors.unexpected': 'Something unexpected happened. Please try again.',
  'errors.sessionEnded': 'Your session has ended. Please sign in again.',
  'errors.reconnecting': 'Connection to the server lost, retrying…',
  'errors.reconnectingDetail': 'Your page will load as soon as the server is back.',

  'signIn.title': 'Sign in to your portal',
  'signIn.subtitle':
    "Enter the email address your agency knows you by. We'll send you a secure sign-in link, no password needed.",
  'signIn.emailLabel': 'Email address',
  'signIn.emailPlaceholder': 'you@company.com',
  'signIn.emailRequired': 'Enter your email address',
  'signIn.emailInvalid': 'Enter a valid email address, like name@company.com',
  'signIn.submit': 'Send me a sign-in link',
  'signIn.sentTitle': 'Check your email',
  'signIn.sentBody': 'If this email has portal access, a link is on its way. It expires in 15 minutes.',
  'signIn.sentFor': 'Requested for {email}',
  'signIn.sentAgain': 'We asked for another link. Use the most recent email.',
  'signIn.spamHint':
    'Nothing after a few minutes? Check your spam folder, or ask your agency to confirm your portal access.',
  'signIn.resend': 'Resend link',
  'signIn.resendIn': 'Resend in {seconds}s',
  'signIn.differentEmail': 'Use a different email',

  'continue.title': 'Continue to your portal',
  'continue.body': 'For your security, each sign-in link works once. Continue to finish signing in on this device.',
  'continue.button': 'Continue to your portal',
  'continue.expiredTitle': 'This link has expired or was already used',
  'continue.expiredBody':
    "Sign-in links work once and expire after 15 minutes. Request a new one and we'll email it to you.",
  'continue.requestNew': 'Request a new link',

  'header.signOut': 'Sign out',
  'header.logoAlt': '{agency} logo',
  'header.signedInAs': 'Signed in as {email}',

  'home.greeting': 'Welcome, {name}',
  'home.intro': 'This is the {agency} portal for {client}.',
  'home.today': 'Today is {date}.',
  'home.accountTitle': 'Your account',
  'home.clientLabel': 'Company',
  'home.statusLabel': 'Status',
  'home.contactTitle': 'Your details',
  'home.nameLabel': 'Name',
  'home.emailLabel': 'Email',
  'home.emptyTitle': 'Nothing shared yet',
  'home.emptyBody': 'Your agency will share projects, documents and invoices here.',
  'home.emptyHint': 'They will appear on this page as soon as {agency} shares them.',
  'home.loadError': "We couldn't load your portal.",

  'status.PROSPECT': 'Getting started',
  'status.ACTIVE': 'Active',
  'status.PAUSED': 'Paused',
  'status.INACTIVE': 'Inactive',

  'notFound.title': 'Page not found',
  'notFound.body': "The page you're looking for doesn't exist or has moved.",
  'notFound.home': 'Go to your portal',
  ...approvalsEn,
  ...documentsEn,
  ...feedbackEn,
  ...timelineEn,
  ...authAccessEn,
  ...shellEn,
  ...liveEn,
} as const;
