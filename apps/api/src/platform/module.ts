import type { Express } from 'express';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from './config/config';
import type { TenantScope } from './db/tenant-scope';
import type { AnyLiveTopic } from './realtime/live-topic';
import type { SessionTokens } from './auth/session-token';
import type { JobQueue } from './jobs/job-queue';
import type { RateLimiter } from './limits/rate-limit';
import type { Outbox } from './mail/outbox.service';
import type { LiveBus } from './realtime/live-bus';
import type { FileStorage } from './storage/file-storage';

/**
 * Stateless services built once per process; per-request state lives in the Context. The platform's own are
 * declared here; each module adds its own to this interface (declaration merging in its `<feature>.module.ts`).
 */
export interface Services {
  jobs: JobQueue;
  tokens: SessionTokens;
  rateLimiter: RateLimiter;
  outbox: Outbox;
  storage: FileStorage;
  /** Subscriptions' fan-out; only the API starts its LISTEN connection (createApp). */
  live: LiveBus;
}

/** Every module's per-request DataLoaders; each module adds its own (declaration merging in its module file). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules (declaration merging)
export interface Loaders {}

/** What a module's service factories may use besides the other services. */
export interface ServiceDeps {
  dataSource: DataSource;
  config: AppConfig;
  transport: Transporter;
  sessionSecret: string;
}

/** Builds one service; `services` is the whole (lazily built) set, so factories may use any other module's service. */
export type ServiceFactories = { [K in keyof Services]?: (services: Services, deps: ServiceDeps) => Services[K] };

/** Per-request DataLoaders; `loaders` is every loader built so far (modules listed earlier), for loaders built on others. */
export type LoaderFactory = (scope: () => TenantScope, deps: { dataSource: DataSource; loaders: Loaders }) => object;

export interface RouteDeps {
  dataSource: DataSource;
  services: Services;
  config: AppConfig;
}

/** The demo workspaces and people, created by the identity module's seed; every later seed adds to them. */
export interface DemoSeed {
  /** Today's calendar date (UTC) when seeding. */
  today: string;
  portalEmail: string;
  northwindId: string;
  lakesideId: string;
  /** The demo staff, in `DEMO_USERS` order (owner, admin, manager, member). */
  userIds: string[];
}

/** A class, as TypeORM (entities) and TypeGraphQL (resolvers) take them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- both libraries type these as Function
export type ClassRef = Function;

/**
 * A feature declares itself here: everything the app needs to know about it, so adding a feature is one folder and
 * one line in `modules/index.ts`. Every part is optional.
 */
export interface AppModule {
  name: string;
  /** TypeORM entities (tables) the module owns. */
  entities?: ClassRef[];
  /** TypeGraphQL resolver classes (queries, mutations, field resolvers, subscriptions). */
  resolvers?: ClassRef[];
  services?: ServiceFactories;
  loaders?: LoaderFactory;
  /** Live topics by name, fanned out by the LiveBus. */
  liveTopics?: Record<string, AnyLiveTopic>;
  /** Background tasks and schedules, registered by the API process and the standalone worker alike. */
  jobs?: (services: Services) => void;
  /** REST routes (files, webhooks) mounted on the express app. */
  routes?: (app: Express, deps: RouteDeps) => void;
  /**
   * Demo data, run in module order inside one transaction. The identity module's seed creates the workspaces and
   * fills `demo`; it answers 'present' when the demo data exists already, and nothing more is seeded.
   */
  seed?: (m: EntityManager, demo: DemoSeed) => Promise<void | 'present'>;
  /** Releases what the module's services hold (worker threads…) when the app closes. */
  stop?: (services: Services) => Promise<void>;
}

export function defineModule(module: AppModule): AppModule {
  return module;
}

export const entitiesOf = (modules: readonly AppModule[]): ClassRef[] => modules.flatMap((m) => m.entities ?? []);

export function resolversOf(modules: readonly AppModule[]): [ClassRef, ...ClassRef[]] {
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  if (!resolvers.length) throw new Error('no resolvers');
  return resolvers as [ClassRef, ...ClassRef[]];
}

export function liveTopicsOf(modules: readonly AppModule[]): Record<string, AnyLiveTopic> {
  const topics: Record<string, AnyLiveTopic> = {};
  for (const m of modules) {
    for (const [name, topic] of Object.entries(m.liveTopics ?? {})) {
      if (topics[name]) throw new Error(`live topic "${name}" is declared twice (module ${m.name})`);
      topics[name] = topic;
    }
  }
  return topics;
}
