import type { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  uniqueWorkspaceSlug,
  validateSignUpFields,
  validateWorkspaceSettings,
  workspaceSlugBase,
} from '@clientflow/domain';
import { hashPassword } from '../../platform/auth/password';
import { assertStrongPassword } from '../../platform/auth/password-policy';
import { emailLocaleOf } from '../../platform/mail/localized-email';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Workspace } from '../identity/workspace.entity';

export interface NewAccountInput {
  name: string;
  email: string;
  password: string;
  agencyName: string;
  /** The person's language (emails) and the workspace's default locale; e.g. the browser's `pt-BR`. */
  locale?: string | null;
  currency?: string | null;
  timezone?: string | null;
}

/** A checked account, with the password already hashed (hashing stays outside the transaction). */
export interface ValidNewAccount {
  name: string;
  email: string;
  agencyName: string;
  passwordHash: string;
  settings: { locale?: string; currency?: string; timezone?: string };
}

const EMAIL_TAKEN = 'An account with this email already exists. Sign in, or reset your password.';

/** Checks every field (each error names its field) and hashes the password. */
export async function validateNewAccount(input: NewAccountInput): Promise<ValidNewAccount> {
  const { name, email, agencyName } = validateSignUpFields(input);
  assertStrongPassword(input.password, { email, words: [name, agencyName] }, 'password');
  const settings = validateWorkspaceSettings({
    locale: input.locale?.trim() || undefined,
    currency: input.currency?.trim() || undefined,
    timezone: input.timezone?.trim() || undefined,
  });
  return { name, email, agencyName, passwordHash: await hashPassword(input.password), settings };
}

/**
 * The user, their workspace (address derived from the agency name, numbered when taken) and the OWNER membership.
 * Runs inside the caller's transaction; concurrent sign-ups with the same agency name queue on an advisory lock.
 */
export async function createAccount(
  m: EntityManager,
  account: ValidNewAccount,
  opts: { emailVerified: boolean },
): Promise<{ user: User; workspace: Workspace }> {
  if (await m.getRepository(User).existsBy({ email: account.email })) throw badInput('email', EMAIL_TAKEN);
  const base = workspaceSlugBase(account.agencyName);
  // The same lock as a slug change (workspace-settings): addresses are unique among current AND previous ones.
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('clientflow.workspace-slug'))`);
  const taken: { slug: string }[] = await m.query(
    `SELECT slug FROM workspace WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')
     UNION SELECT slug FROM workspace_slug_history WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
    [base],
  );
  const slug = uniqueWorkspaceSlug(
    base,
    taken.map((r) => r.slug),
  );
  const workspace = await m
    .getRepository(Workspace)
    .save(m.getRepository(Workspace).create({ name: account.agencyName, slug, ...account.settings }));
  const user = await m.getRepository(User).save(
    m.getRepository(User).create({
      name: account.name,
      email: account.email,
      passwordHash: account.passwordHash,
      locale: emailLocaleOf(account.settings.locale),
      emailVerifiedAt: opts.emailVerified ? new Date() : null,
    }),
  );
  await m.getRepository(Membership).insert({ userId: user.id, workspaceId: workspace.id, role: 'OWNER' });
  return { user, workspace };
}

/** A unique-index violation on the user's email (two sign-ups racing): the same answer as a taken email. */
export function rethrowEmailTaken(error: unknown): never {
  const e = error as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } };
  const code = e.driverError?.code ?? e.code;
  const detail = e.driverError?.detail ?? e.detail ?? '';
  if (code === '23505' && /\(email\)/.test(detail)) throw badInput('email', EMAIL_TAKEN);
  throw error;
}

/**
 * The first workspace and its OWNER, headless (the create-owner CLI): the email counts as verified and SIGNUP does
 * not apply. Refuses an email that exists.
 */
export async function createOwner(
  dataSource: DataSource,
  input: NewAccountInput,
  audit = new AuditService(dataSource, 0),
): Promise<{ user: User; workspace: Workspace }> {
  const account = await validateNewAccount(input);
  const actor: AuditActor = { ip: 'cli', userAgent: 'create-owner', label: 'create-owner (command line)' };
  return dataSource
    .transaction(async (m) => {
      const created = await createAccount(m, account, { emailVerified: true });
      await audit.record(
        {
          workspaceId: created.workspace.id,
          action: 'auth.signedUp',
          actor: { ...actor, userId: created.user.id },
          target: { type: 'workspace', id: created.workspace.id, label: created.workspace.name },
          changes: { slug: created.workspace.slug, via: 'create-owner' },
        },
        m,
      );
      return created;
    })
    .catch(rethrowEmailTaken);
}
