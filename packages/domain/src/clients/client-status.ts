import { DomainError } from '../errors/domain-error';

export const CLIENT_STATUSES = ['PROSPECT', 'ACTIVE', 'PAUSED', 'INACTIVE'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** Statuses a client may be created with. */
export const INITIAL_CLIENT_STATUSES: readonly ClientStatus[] = ['PROSPECT', 'ACTIVE'];

/** PROSPECT → ACTIVE → PAUSED → ACTIVE → INACTIVE; INACTIVE is left only by restoring to ACTIVE. */
export const CLIENT_STATUS_TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  PROSPECT: ['ACTIVE', 'INACTIVE'],
  ACTIVE: ['PAUSED', 'INACTIVE'],
  PAUSED: ['ACTIVE', 'INACTIVE'],
  INACTIVE: ['ACTIVE'],
};

export function nextClientStatuses(from: ClientStatus): readonly ClientStatus[] {
  return CLIENT_STATUS_TRANSITIONS[from];
}

export function canTransitionClient(from: ClientStatus, to: ClientStatus): boolean {
  return CLIENT_STATUS_TRANSITIONS[from].includes(to);
}

export function assertClientTransition(from: ClientStatus, to: ClientStatus): void {
  if (!canTransitionClient(from, to)) {
    throw new DomainError('BAD_USER_INPUT', `A client cannot move from ${from} to ${to}`, 'status');
  }
}

export function assertInitialClientStatus(status: ClientStatus): void {
  if (!INITIAL_CLIENT_STATUSES.includes(status)) {
    throw new DomainError('BAD_USER_INPUT', 'A new client starts as PROSPECT or ACTIVE', 'status');
  }
}
