import { createHash, randomBytes } from 'node:crypto';

/** Invitation tokens: 32 random bytes (256 bits) in the link, only their sha256 in the database. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const isInvitationTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export const INVITATION_TTL_DAYS = 7;
export const invitationExpiry = (now: Date) => new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
