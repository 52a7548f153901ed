import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './platform/config/config';
import { audienceOf, resolveViewer } from './platform/auth/viewer';
import { createContext, type Context } from './platform/graphql/context';
import { compileTrustProxy } from './platform/http/client-ip';
import { jsonErrorHandler, jsonNotFound } from './platform/http/json-errors';
import { currentQueryCount, runWithQueryCounter } from './platform/db/query-counter';
import { devMailRouter } from './platform/mail/dev-mail.router';
import { playgroundRouter } from './platform/http/playground.router';
import { MailCatcher } from './platform/mail/mail-catcher';
import { MODULES } from './modules';
import { createSchema } from './schema';
import type { Services } from './platform/module';
import { createServices } from './platform/services';
import { registerJobs } from './platform/jobs/register-jobs';
import { formatError, rethrowUnavailable, serviceUnavailablePlugin } from './platform/errors/errors';
import { isDatabaseUnavailable } from './platform/db/database-unavailable';
import { assertQueryLimits } from './platform/limits/graphql-limits';
import { loadShedder } from './platform/limits/load-shedder';
import { assertNoNulInput } from './platform/graphql/nul-input';
import { refuseNulInUrl } from './platform/http/nul-guard';
import { logger } from './platform/logger/logger';
import { liveConnectionOf, originAllowed, RESYNC_CLOSE_CODE } from './platform/realtime/live-socket';
import { SharedSubscriptions } from './platform/realtime/shared-subscriptions';
import { wsOperation } from './platform/realtime/ws-operation';

function sessionSecret(config: AppConfig): string {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.isProduction) throw new Error('SESSION_SECRET is required in production (32+ random characters)');
  // Development: a random secret kept with the local data, so sessions survive restarts.
  const file = path.join(config.dataDir, 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * The database is unreachable while a socket connects or subscribes: close it with 1013 (Try Again Later), which
 * graphql-ws clients retry with backoff; an error thrown on would close it with 4500, which they never retry.
 */
function closeIfUnavailable(socket: { close(code: number, reason: string): void }, err: unknown): never {
  if (isDatabaseUnavailable(err)) socket.close(TRY_AGAIN_LATER, 'Try again later');
  throw err;
}
const TRY_AGAIN_LATER = 1013;

export interface App {
  httpServer: http.Server;
  services: Services;
  mailCatcher?: MailCatcher;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(config: AppConfig, dataSource: DataSource): Promise<App> {
  let mailCatcher: MailCatcher | undefined;
  let transport: nodemailer.Transporter;
  if (config.smtpUrl) {
    transport = nodemailer.createTransport(config.smtpUrl);
  } else if (config.mailCatcher) {
    mailCatcher = new MailCatcher();
    const port = await mailCatcher.start(config.mailCatcherPort);
    transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  } else {
    logger.warn('neither SMTP_URL nor MAIL_CATCHER is set: emails are logged, not delivered');
    transport = nodemailer.createTransport({ jsonTransport: true });
  }

  const services = createServices(MODULES, { dataSource, config, transport, sessionSecret: sessionSecret(config) });
  registerJobs(MODULES, services);
  if (config.jobsWorker) await services.jobs.start();
  await services.live.start(liveConnectionOf(dataSource));
  const cookieSettings = { secure: config.cookieSecure, maxAgeMs: services.tokens.maxAgeMs };
  const schema = await createSchema();

  const app = express();
  app.disable('x-powered-by');
  // Express reads NODE_ENV by default; the configuration decides (nothing may depend on it: errors are ours, below).
  app.set('env', config.isProduction ? 'production' : 'development');
  const trustProxy = compileTrustProxy(config.trustProxy);
  app.set('trust proxy', trustProxy);
  const httpServer = http.createServer(app);

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (req.path === '/health') return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    if (config.sqlQueryCount) runWithQueryCounter(next);
    else next();
  });
  app.use(refuseNulInUrl);
  // Past capacity, refuse early (503 SERVICE_OVERLOADED) rather than queue without bound; health checks and payment
  // webhooks always get through.
  const shedder = loadShedder({
    ...config.loadShedding,
    exempt: (req) => req.path === '/health' || req.path.startsWith('/webhooks/') || req.path.startsWith('/dev/'),
  });
  app.use(shedder);

  app.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'down' });
    }
  });
  for (const m of MODULES) m.routes?.(app, { dataSource, services, config });
  if (config.playground) app.use('/playground', playgroundRouter());
  if (mailCatcher) app.use('/dev/mail', devMailRouter(mailCatcher));

  // graphql-ws on the same port and path as HTTP GraphQL. Compression stays off: frames are small and many, and
  // deflate would cost CPU (and memory) per socket on every fan-out.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', perMessageDeflate: false });
  // The same one error mapping as HTTP (DomainError codes and fields; unknown errors hidden).
  const formatResult = (result: ExecutionResult): FormattedExecutionResult =>
    result.errors
      ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
      : (result as FormattedExecutionResult);
  // Subscribers with the same viewer, permissions, document and variables share one execution per event.
  const shared = new SharedSubscriptions({ formatResult, follow: () => services.live.follow() });
  const wsCleanup = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      subscribe: shared.subscribe,
      onConnect: async (ctx) => {
        // Browsers send cookies with cross-site WebSocket handshakes: only our own apps may open a socket.
        if (!originAllowed(ctx.extra.request, [config.adminOrigin, config.portalOrigin])) {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden');
          return false;
        }
        const audience = audienceOf(ctx.extra.request, ctx.connectionParams);
        const viewer = await resolveViewer(ctx.extra.request, audience, { dataSource, tokens: services.tokens }).catch(
          (err: unknown) => closeIfUnavailable(ctx.extra.socket, err),
        );
        if (viewer.kind === 'anonymous') {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        return true;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
      onSubscribe: (_ctx, _id, payload) =>
        wsOperation(schema, payload, config.limits, { introspection: config.introspection }),
      context: async (ctx, id, payload) =>
        shared.bind(
          await createContext({
            req: ctx.extra.request,
            audience: audienceOf(ctx.extra.request, ctx.connectionParams),
            services,
            modules: MODULES,
            dataSource,
            cookieSettings,
            trustProxy,
          }).catch((err: unknown) => closeIfUnavailable(ctx.extra.socket, err)),
          {
            socket: ctx.extra.socket,
            id,
            query: payload.query,
            operationName: payload.operationName,
            variables: payload.variables,
          },
        ),
    },
    wsServer,
  );
  // The LISTEN connection was down, so events may have been missed: clients reconnect and re-fetch.
  services.live.onResync(() => {
    for (const socket of wsServer.clients) socket.close(RESYNC_CLOSE_CODE, 'Live updates resumed: re-fetch');
  });

  const limitsPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          assertNoNulInput(document, operationName, request.variables);
          assertQueryLimits(document, operationName, request.variables, config.limits);
        },
        async willSendResponse({ response }) {
          if (config.sqlQueryCount) response.http.headers.set('x-sql-queries', String(currentQueryCount()));
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Open HTTP requests get 5 s, well inside main.ts's 8 s forced exit (Apollo's default of 10 s outlasted it).
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses; also removes per-field instrumentation.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin,
      serviceUnavailablePlugin<Context>(),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext({
          req,
          res,
          audience: audienceOf(req),
          services,
          modules: MODULES,
          dataSource,
          cookieSettings,
          trustProxy,
        }).catch(rethrowUnavailable), // a bare "Context creation failed" 500 otherwise
    }),
  );
  // Last: unknown paths and every error (malformed or oversized bodies included) answer JSON, never express's HTML.
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  return {
    httpServer,
    services,
    mailCatcher,
    listen: (port, host = config.host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    close: async () => {
      shedder.stop();
      await services.live.stop();
      await services.jobs.stop();
      for (const m of MODULES) await m.stop?.(services);
      await apollo.stop();
      await mailCatcher?.stop();
    },
  };
}
