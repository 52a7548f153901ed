import { Client, type ClientConfig } from 'pg';
import { logger } from '../logger/logger';

export interface PgListenerHandlers {
  notify(payload: string | undefined): void;
  /** Called after the connection came back: notifications sent while it was down are lost. */
  reconnected(): void;
}

/**
 * One dedicated LISTEN connection per process (never a pooled one: LISTEN belongs to a session). A dropped
 * connection (Postgres restart, pg_terminate_backend, network) is reopened with exponential backoff.
 */
export class PgListener {
  private client: Client | null = null;
  private stopped = false;
  private connectedOnce = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  /** The server process of the LISTEN session (tests terminate it to prove reconnection). */
  backendPid: number | null = null;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly handlers: PgListenerHandlers,
    private readonly backoff = { initialMs: 100, maxMs: 5_000 },
  ) {}

  /** Resolves once listening; if the first attempt fails it keeps retrying in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => {
      if (msg.channel === this.channel) this.handlers.notify(msg.payload);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
      const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      this.backendPid = pid;
    } catch (err) {
      this.lost(client, err as Error);
      return;
    }
    const wasReconnect = this.connectedOnce;
    this.connectedOnce = true;
    this.attempt = 0;
    if (wasReconnect) {
      logger.info({ channel: this.channel }, 'live updates: LISTEN connection restored');
      this.handlers.reconnected();
    }
  }

  private lost(client: Client, err?: Error): void {
    if (this.client !== client) return; // an old connection's late events
    this.client = null;
    this.backendPid = null;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay =
      Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    logger.warn({ err: err?.message, retryInMs: Math.round(delay) }, 'live updates: LISTEN connection lost');
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }
}
