/**
 * Everything the audit log records, with the label the admin app shows. Append-only: rows are never updated or
 * deleted through the API (a database trigger refuses it); only the retention purge removes old ones.
 */
export const AUDIT_ACTION_LABELS = {
  'auth.signedIn': 'Signed in',
  'auth.signInFailed': 'Failed sign-in',
  'auth.signedUp': 'Created the workspace',
  'auth.emailVerified': 'Verified their email',
  'auth.passwordChanged': 'Changed their password',
  'auth.passwordResetRequested': 'Asked for a password reset',
  'auth.passwordReset': 'Reset their password',
  'session.revoked': 'Ended a session',
  'session.revokedAll': 'Signed out everywhere',
  'twoFactor.enabled': 'Turned on two-factor authentication',
  'twoFactor.disabled': 'Turned off two-factor authentication',
  'twoFactor.recoveryCodesRegenerated': 'Made new recovery codes',
  'twoFactor.recoveryCodeUsed': 'Signed in with a recovery code',
  'twoFactor.failed': 'Entered a wrong two-factor code',
  'workspace.twoFactorRequired': 'Changed the two-factor requirement',
  'invitation.sent': 'Invited a teammate',
  'invitation.resent': 'Resent an invitation',
  'invitation.revoked': 'Revoked an invitation',
  'invitation.accepted': 'Joined the workspace',
  'member.roleChanged': "Changed a member's role",
  'member.removed': 'Removed a member',
  'member.left': 'Left the workspace',
  'ownership.transferred': 'Transferred ownership',
  'workspace.settingsChanged': 'Changed workspace settings',
  'workspace.slugChanged': 'Changed the workspace address',
  'workspace.logoChanged': 'Changed the logo',
  'workspace.deletionRequested': 'Deleted the workspace',
  'portal.accessGranted': 'Granted portal access',
  'portal.accessRevoked': 'Revoked portal access',
  'data.exported': 'Exported data',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => value in AUDIT_ACTION_LABELS;
