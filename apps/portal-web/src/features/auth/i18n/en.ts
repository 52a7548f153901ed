export const authAccessEn = {
  'invite.title': 'Welcome to your client portal',
  'invite.body': 'You were invited to the client portal. Accept to sign in on this device; no password needed.',
  'invite.button': 'Accept invitation',
  'invite.expiredTitle': 'This invitation has expired or was already used',
  'invite.expiredBody':
    'Each invitation works once. Sign in with your email address and we will send you a fresh link.',
  'invite.signIn': 'Sign in with my email',

  'entry.portalFor': '{client} portal',
  'entry.by': 'by {agency}',
  'entry.invalidTitle': 'This portal address is not valid',
  'entry.invalidBody':
    'The link may be mistyped or was replaced. Check it with your agency, or sign in with your email address.',
  'entry.signIn': 'Sign in with my email',
} as const;

export type AuthAccessMessages = Record<keyof typeof authAccessEn, string>;
