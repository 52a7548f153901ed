import path from 'node:path';

const env = process.env;
const bool = (v: string | undefined, fallback: boolean) =>
  v == null || v === '' ? fallback : /^(1|true|yes|on)$/i.test(v);
const int = (v: string | undefined, fallback: number) => (v ? Number.parseInt(v, 10) : fallback);

const isProduction = env.NODE_ENV === 'production';
const isTest = env.NODE_ENV === 'test';
/** Repository root: `.data/` lives here. */
export const ROOT_DIR = path.resolve(__dirname, '../../../../..');

export interface AppConfig {
  isProduction: boolean;
  isTest: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  sessionSecret?: string;
  adminOrigin: string;
  portalOrigin: string;
  cookieSecure: boolean;
  smtpUrl?: string;
  mailFrom: string;
  mailCatcher: boolean;
  mailCatcherPort: number;
  introspection: boolean;
  playground: boolean;
  seedDemo: boolean;
  logLevel: string;
  limits: { depth: number; aliases: number; cost: number };
  /**
   * The `x-sql-queries` response header (SQL statements per request; tests and benchmarks read it). SQL_QUERY_COUNT,
   * default on except in production: it needs an AsyncLocalStorage, whose promise hooks cost ~5 % CPU on Node 20.
   */
  sqlQueryCount: boolean;
  /**
   * Parameterised SQL runs as named prepared statements, planned once per connection (prepared-statements.ts).
   * DB_PREPARED_STATEMENTS, default on; turn it off behind a pooler that cannot keep them (PgBouncer in transaction
   * mode before 1.21).
   */
  dbPreparedStatements: boolean;
  /** Load shedding (load-shedder.ts): LOAD_SHED_MAX_INFLIGHT (default 32) and LOAD_SHED_MAX_LAG_MS (100; off in tests); 0 = off. */
  loadShedding: { maxInFlight: number; maxLagMs: number };
  /** Per-file upload limit for client documents (MAX_UPLOAD_MB, default 25). */
  maxUploadMb: number;
  /** Run the job worker inside the API process (JOBS_WORKER, default on; off in tests and when a separate worker runs). */
  jobsWorker: boolean;
  /** Jobs run at once per worker process (JOBS_CONCURRENCY, default 4). */
  jobsConcurrency: number;
  /** A job worker silent this long is dead and its jobs are unlocked (JOBS_LOCK_TIMEOUT_SECONDS, default 60). */
  jobsLockTimeoutSeconds: number;
  /** Online payments: auto (Stripe when STRIPE_SECRET_KEY is set, else the local stand-in outside production), stripe, local or off. */
  paymentsProvider: 'auto' | 'stripe' | 'local' | 'off';
  stripeSecretKey?: string;
  /** Verifies webhook signatures (and signs the local stand-in's events); development keeps a random one under DATA_DIR. */
  stripeWebhookSecret?: string;
  /**
   * Checkouts still open or settling this long after they started are asked about at the provider, in case a
   * webhook was lost (PAYMENTS_RECONCILE_AFTER_MINUTES, default 30; the job runs every 15 minutes).
   */
  paymentsReconcileAfterMinutes: number;
  /** How long a portal invitation link works (PORTAL_INVITE_TTL_HOURS, default 168 = 7 days). */
  portalInviteTtlHours: number;
  /** Which proxies' X-Forwarded-For is believed (TRUST_PROXY, default `loopback`; see platform/http/client-ip.ts). */
  trustProxy: string;
  /** Who may create a workspace (SIGNUP): open (anyone), invite-only (only through an invitation) or off. */
  signup: 'open' | 'invite-only' | 'off';
  /** Audit log rows older than this are purged daily (AUDIT_RETENTION_DAYS, default 400). */
  auditRetentionDays: number;
}

export function loadConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(ROOT_DIR, '.data'));
  return {
    isProduction,
    isTest,
    port: int(env.API_PORT ?? env.PORT, 4000),
    host: env.API_HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329),
    sessionSecret: env.SESSION_SECRET || undefined,
    adminOrigin: env.ADMIN_ORIGIN ?? 'http://localhost:5173',
    portalOrigin: env.PORTAL_ORIGIN ?? 'http://localhost:5174',
    cookieSecure: bool(env.COOKIE_SECURE, isProduction),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'ClientFlow <no-reply@clientflow.local>',
    mailCatcher: bool(env.MAIL_CATCHER, !isProduction && !env.SMTP_URL),
    mailCatcherPort: int(env.MAIL_CATCHER_PORT, 1025),
    introspection: bool(env.GRAPHQL_INTROSPECTION, !isProduction),
    playground: bool(env.GRAPHQL_PLAYGROUND, !isProduction),
    seedDemo: bool(env.SEED_DEMO, !isProduction),
    logLevel: env.LOG_LEVEL ?? (isTest ? 'silent' : 'info'),
    limits: {
      depth: int(env.GRAPHQL_MAX_DEPTH, 10),
      aliases: int(env.GRAPHQL_MAX_ALIASES, 15),
      cost: int(env.GRAPHQL_MAX_COST, 20000),
    },
    sqlQueryCount: bool(env.SQL_QUERY_COUNT, !isProduction),
    dbPreparedStatements: bool(env.DB_PREPARED_STATEMENTS, true),
    loadShedding: {
      maxInFlight: Math.max(0, int(env.LOAD_SHED_MAX_INFLIGHT, 32) || 0),
      maxLagMs: Math.max(0, int(env.LOAD_SHED_MAX_LAG_MS, isTest ? 0 : 100) || 0),
    },
    maxUploadMb: Math.max(1, int(env.MAX_UPLOAD_MB, 25) || 25),
    jobsWorker: bool(env.JOBS_WORKER, !isTest),
    jobsConcurrency: Math.max(1, int(env.JOBS_CONCURRENCY, 4) || 4),
    jobsLockTimeoutSeconds: Math.max(5, int(env.JOBS_LOCK_TIMEOUT_SECONDS, 60) || 60),
    paymentsProvider: paymentsProvider(env.PAYMENTS_PROVIDER),
    stripeSecretKey: env.STRIPE_SECRET_KEY || undefined,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
    paymentsReconcileAfterMinutes: Math.max(1, int(env.PAYMENTS_RECONCILE_AFTER_MINUTES, 30) || 30),
    portalInviteTtlHours: Math.max(1, int(env.PORTAL_INVITE_TTL_HOURS, 168) || 168),
    trustProxy: env.TRUST_PROXY || 'loopback',
    signup: signupMode(env.SIGNUP),
    auditRetentionDays: Math.max(1, int(env.AUDIT_RETENTION_DAYS, 400) || 400),
    ...overrides,
  };
}

function signupMode(value: string | undefined): AppConfig['signup'] {
  const v = (value || 'open').toLowerCase();
  if (v === 'open' || v === 'invite-only' || v === 'off') return v;
  throw new Error(`SIGNUP must be open, invite-only or off (got ${value})`);
}

function paymentsProvider(value: string | undefined): AppConfig['paymentsProvider'] {
  const v = (value || 'auto').toLowerCase();
  if (v === 'auto' || v === 'stripe' || v === 'local' || v === 'off') return v;
  throw new Error(`PAYMENTS_PROVIDER must be auto, stripe, local or off (got ${value})`);
}
