import { useCallback, useRef } from 'react';

/** A fresh key: a UUID where the browser has one (secure contexts), else 128 random bits in hex. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One idempotency key per user action (decision 24): `keyFor(variables)` answers the same key while the same action
 * is tried again (a click on "Send" after a failure, same arguments), a new one when the arguments changed or the
 * last try succeeded (`settle()`), so the API does the action at most once and never refuses a retry.
 */
export function useIdempotencyKey() {
  const pending = useRef<{ fingerprint: string; key: string } | null>(null);
  const keyFor = useCallback((variables: unknown) => {
    const fingerprint = JSON.stringify(variables);
    if (pending.current?.fingerprint !== fingerprint) pending.current = { fingerprint, key: newIdempotencyKey() };
    return pending.current.key;
  }, []);
  const settle = useCallback(() => {
    pending.current = null;
  }, []);
  return { keyFor, settle };
}
