import type { EntityManager } from 'typeorm';

/** The one Postgres channel every API process listens on. */
export const LIVE_CHANNEL = 'clientflow_events';
/** Postgres refuses NOTIFY payloads of 8000 bytes or more; ours carry ids only and stay far below. */
export const MAX_LIVE_PAYLOAD_BYTES = 8000;

/** What happened, by id only: subscribers reload the row through their own visibility rules. */
export interface LiveEvent {
  /** A key of LIVE_TOPICS (realtime/live-topics.ts). */
  topic: string;
  workspaceId: string;
  clientId: string | null;
  /** The changed row's id. */
  id: string;
  kind: 'created' | 'updated';
}

/**
 * Publishes inside the caller's transaction: Postgres delivers NOTIFY only when that transaction commits (and
 * never when it rolls back), so subscribers are told after commit without any bookkeeping here.
 */
export async function publish(manager: EntityManager, event: LiveEvent): Promise<void> {
  const payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) >= MAX_LIVE_PAYLOAD_BYTES) {
    throw new Error(
      `live event for ${event.topic} is ${Buffer.byteLength(payload)} bytes; NOTIFY allows < ${MAX_LIVE_PAYLOAD_BYTES}`,
    );
  }
  await manager.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Anything on the channel that is not a well-formed event is ignored. */
export function parseLiveEvent(payload: string | undefined): LiveEvent | null {
  if (!payload) return null;
  try {
    const e = JSON.parse(payload) as Partial<LiveEvent>;
    if (!str(e.topic) || !str(e.workspaceId) || !str(e.id) || (e.kind !== 'created' && e.kind !== 'updated'))
      return null;
    return {
      topic: e.topic,
      workspaceId: e.workspaceId,
      clientId: str(e.clientId) ? e.clientId : null,
      id: e.id,
      kind: e.kind,
    };
  } catch {
    return null;
  }
}
