import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { DomainError } from '@clientflow/domain';
import { createDataSource } from './data-source';
import { AuditService } from './modules/audit/audit.service';
import { createOwner, type NewAccountInput } from './modules/accounts/account-creation';
import { CREATE_OWNER_USAGE, parseOwnerArgs, type OwnerArgs } from './modules/accounts/create-owner-args';
import { assertStrongPassword } from './platform/auth/password-policy';
import { loadConfig } from './platform/config/config';
import { resolveDatabase } from './platform/db/database-url';
import { migrateDatabase } from './platform/db/migrate';

/**
 * Creates the first workspace and its OWNER without the web sign-up (production with SIGNUP=off, no demo data):
 * migrates the database first, like `cli.ts run`, then creates a verified owner. Asks for what flags and the
 * environment do not give when run in a terminal.
 */
async function main() {
  if (process.argv.includes('--help')) return console.log(CREATE_OWNER_USAGE);
  const input = await complete(parseArgs());
  const config = loadConfig();
  const db = await resolveDatabase(config);
  const ds = createDataSource(db.url);
  await ds.initialize();
  try {
    await migrateDatabase(ds);
    const { user, workspace } = await createOwner(ds, input, new AuditService(ds, config.auditRetentionDays));
    console.log(
      `Created the workspace "${workspace.name}" (address: ${workspace.slug}, ${workspace.currency}, ${workspace.timezone})`,
    );
    console.log(`and its owner ${user.name} <${user.email}>, email marked as verified.`);
    console.log(`Sign in at ${config.adminOrigin}/sign-in`);
  } finally {
    await ds.destroy();
    db.embedded?.stop();
  }
}

function parseArgs(): OwnerArgs {
  try {
    return parseOwnerArgs(process.argv.slice(2), process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Fills what is missing from the terminal; without one, names what is missing. */
async function complete(args: OwnerArgs): Promise<NewAccountInput> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const missing = (['email', 'name', 'agencyName', 'password'] as const).filter((k) => !args[k]);
  if (missing.length && !interactive) {
    throw new UsageError(
      `missing ${missing.join(', ')} (not a terminal, so nothing can be asked)\n${CREATE_OWNER_USAGE}`,
    );
  }
  if (missing.some((k) => k !== 'password')) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      args.email ||= (await rl.question('Owner email: ')).trim();
      args.name ||= (await rl.question('Owner name: ')).trim();
      args.agencyName ||= (await rl.question('Agency name: ')).trim();
    } finally {
      rl.close();
    }
  }
  while (!args.password) {
    const password = await askHidden('Password (at least 10 characters): ');
    const problem = passwordError(password, args);
    if (problem) {
      console.log(problem);
      continue;
    }
    if ((await askHidden('Repeat the password: ')) !== password) console.log('The passwords do not match.');
    else args.password = password;
  }
  return args as NewAccountInput;
}

function passwordError(password: string, args: OwnerArgs): string | null {
  try {
    assertStrongPassword(password, { email: args.email, words: [args.name, args.agencyName] });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (fn: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      fn();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done(() => resolve(value));
        if (ch === '\u0003') return done(() => reject(new Error('cancelled')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  if (err instanceof DomainError) console.error(`error: ${err.message}${err.field ? ` (${err.field})` : ''}`);
  else if (err instanceof UsageError) console.error(`error: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
