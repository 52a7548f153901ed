import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

const KEY = 'clientflow.portal.returnTo';
/** A sign-in link lasts 15 minutes; leave time to find the email. */
const MAX_AGE_MS = 60 * 60 * 1000;

/** Stored, not kept in router state: the sign-in link is often opened in another tab. */
export function rememberReturnPath(path: string, now = Date.now()): void {
  if (path === '/') return;
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ path, at: now }));
  } catch {
    // Storage disabled: the contact lands on the home page after signing in.
  }
}

/** The page a signed-out visitor asked for (once, and only a recent in-app path). */
export function takeReturnPath(now = Date.now()): string | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    window.localStorage.removeItem(KEY);
    const { path, at } = JSON.parse(raw) as { path?: unknown; at?: unknown };
    if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return null;
    return typeof at === 'number' && now - at <= MAX_AGE_MS ? path : null;
  } catch {
    return null;
  }
}

/**
 * Deep links survive signing in: a signed-out visitor of `/tickets/<id>` (the address reply emails link to) is sent
 * to sign in, and lands back there once signed in. Signing out is not remembered.
 */
export function useReturnAfterSignIn(signedIn: boolean | null): { rememberHere: () => void } {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const wasSignedIn = useRef(false);
  const returnAfterSignIn = useEffectEvent(() => {
    wasSignedIn.current = true;
    const to = takeReturnPath();
    if (to && to !== pathname + search) void navigate(to, { replace: true });
  });
  // Only when the session starts, not on every navigation.
  useEffect(() => {
    if (signedIn) returnAfterSignIn();
  }, [signedIn]);
  return { rememberHere: () => !wasSignedIn.current && rememberReturnPath(pathname + search) };
}
