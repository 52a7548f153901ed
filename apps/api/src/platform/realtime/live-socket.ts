import type { IncomingMessage } from 'node:http';
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * "Service restart" (RFC 6455): graphql-ws clients reconnect after it, and the SPAs re-fetch their active queries
 * on every reconnect, so what was published while this process was not listening is picked up.
 */
export const RESYNC_CLOSE_CODE = 1012;

/** The LISTEN connection uses the same database as the pool, outside it. */
export function liveConnectionOf(dataSource: DataSource): ClientConfig {
  // createDataSource always connects by URL (DATABASE_URL or the embedded server's).
  const { url } = dataSource.options as { url?: string };
  return {
    connectionString: url,
    application_name: 'clientflow-live',
    keepAlive: true,
  };
}

/**
 * Non-browser clients send no Origin. Browsers must come from the admin or portal origin, or from the API's own
 * host (same-origin deployments and the Vite proxy, which keeps the Host header).
 */
export function originAllowed(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
