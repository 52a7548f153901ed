import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badInput, isEmail, normalizeEmail, unauthenticated } from '@clientflow/domain';
import type { RateLimiter } from '../../shared/rate-limit';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import type { Outbox } from '../mail/outbox.service';
import { magicLinkEmail } from './magic-link.email';
import { MagicLinkToken } from './magic-link-token.entity';
import type { PortalViewerType } from './portal.types';

export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class PortalAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly rateLimiter: RateLimiter,
    private readonly portalOrigin: string,
  ) {}

  /**
   * Sends a sign-in link to every portal-enabled contact with this email. The caller always gets the same
   * answer, so the endpoint does not reveal which emails exist.
   */
  async requestLink(emailInput: string, ip: string, now = new Date()): Promise<void> {
    const email = normalizeEmail(emailInput);
    if (!isEmail(email)) throw badInput('email', 'Enter a valid email address');
    await this.rateLimiter.hit(`magic:email:${email}`, 5, 15 * 60);
    await this.rateLimiter.hit(`magic:ip:${ip}`, 30, 15 * 60);

    await this.dataSource.transaction(async (m) => {
      const contacts = await m
        .getRepository(Contact)
        .createQueryBuilder('ct')
        .innerJoinAndSelect('ct.client', 'c')
        .where('lower(ct.email) = :email AND ct."portalAccess"', { email })
        .andWhere('c."deletedAt" IS NULL AND c."archivedAt" IS NULL')
        .getMany();
      for (const contact of contacts) {
        const token = randomBytes(32).toString('base64url');
        await m.getRepository(MagicLinkToken).insert({
          workspaceId: contact.workspaceId,
          contactId: contact.id,
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + MAGIC_LINK_TTL_MS),
          requestedIp: ip,
        });
        const workspace = await m.getRepository(Workspace).findOneByOrFail({ id: contact.workspaceId });
        const link = `${this.portalOrigin}/auth/continue?token=${encodeURIComponent(token)}`;
        await this.outbox.enqueue(m, {
          workspaceId: contact.workspaceId,
          kind: 'MAGIC_LINK',
          to: email,
          ...magicLinkEmail({ contactName: contact.name, clientName: contact.client.name, agencyName: workspace.name, link }),
        });
      }
    });
  }

  /** Single use: the token is marked used in the same statement that checks it is unused and unexpired. */
  async consume(token: string): Promise<{ contactId: string; clientId: string; workspaceId: string }> {
    const invalid = () => badInput('token', 'This sign-in link has expired or was already used');
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalid();
    const rows: { contactId: string; workspaceId: string }[][] = await this.dataSource.query(
      `UPDATE magic_link_token SET "usedAt" = now()
        WHERE "tokenHash" = $1 AND "usedAt" IS NULL AND "expiresAt" > now()
        RETURNING "contactId", "workspaceId"`,
      [hashToken(token)],
    );
    const used = rows[0]?.[0];
    if (!used) throw invalid();
    const contact = await this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('ct')
      .innerJoin('ct.client', 'c')
      .where('ct.id = :id AND ct."workspaceId" = :ws AND ct."portalAccess"', { id: used.contactId, ws: used.workspaceId })
      .andWhere('c."deletedAt" IS NULL AND c."archivedAt" IS NULL')
      .getOne();
    if (!contact) throw invalid();
    return { contactId: contact.id, clientId: contact.clientId, workspaceId: contact.workspaceId };
  }

  async describe(viewer: { contactId: string; clientId: string; workspaceId: string }): Promise<PortalViewerType> {
    const [contact, client, workspace] = await Promise.all([
      this.dataSource.getRepository(Contact).findOneBy({ id: viewer.contactId, workspaceId: viewer.workspaceId }),
      this.dataSource.getRepository(Client).findOneBy({ id: viewer.clientId, workspaceId: viewer.workspaceId }),
      this.dataSource.getRepository(Workspace).findOneBy({ id: viewer.workspaceId }),
    ]);
    if (!contact || !client || !workspace) throw unauthenticated();
    return {
      contact: { id: contact.id, name: contact.name, email: contact.email ?? '' },
      client: { id: client.id, name: client.name, status: client.status },
      branding: {
        agencyName: workspace.name,
        logoUrl: workspace.logoContentType ? `/files/workspace-logo/${workspace.id}` : null,
        primaryColor: workspace.primaryColor,
        accentColor: workspace.accentColor,
        locale: workspace.locale,
      },
    };
  }
}
