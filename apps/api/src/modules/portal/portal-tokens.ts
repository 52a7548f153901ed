import { createHash, randomBytes } from 'node:crypto';

/** Portal link tokens: 32 random bytes in the link, only their sha256 in the database. */
export const newPortalToken = () => randomBytes(32).toString('base64url');
export const hashPortalToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const isPortalTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** A fresh client portal key: 12 random bytes, 16 URL-safe characters. */
export const newPortalKey = () => randomBytes(12).toString('base64url');
