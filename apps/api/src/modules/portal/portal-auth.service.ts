import type { DataSource } from 'typeorm';
import {
  badInput,
  DEFAULT_PORTAL_PERMISSIONS,
  effectivePortalPermissions,
  isEmail,
  normalizeEmail,
  portalLocaleOf,
  unauthenticated,
  type ContactRole,
  type PortalPermission,
} from '@clientflow/domain';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import { workspaceLogoPath } from '../identity/workspace-logo.router';
import type { Outbox } from '../../platform/mail/outbox.service';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { magicLinkEmail } from './magic-link.email';
import { MagicLinkToken, type PortalTokenKind } from './magic-link-token.entity';
import { hashPortalToken, isPortalTokenShape, newPortalToken } from './portal-tokens';
import type { PortalPublicBrandingType, PortalViewerType } from './portal.types';

export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;

/** The client portal a sign-in page was opened for (`/p/<workspaceSlug>/<clientKey>`). */
export interface PortalEntry {
  workspaceSlug: string;
  clientKey: string;
}

export class PortalAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly rateLimiter: RateLimiter,
    private readonly portalOrigin: string,
  ) {}

  /**
   * Sends a sign-in link to every portal-enabled contact with this email — or, from a client's own portal URL,
   * only to that client's contact. The caller always gets the same answer, so the endpoint does not reveal
   * which emails exist.
   */
  async requestLink(emailInput: string, ip: string, entry: PortalEntry | null = null, now = new Date()): Promise<void> {
    const email = normalizeEmail(emailInput);
    if (!isEmail(email)) throw badInput('email', 'Enter a valid email address');
    await this.rateLimiter.hit(`magic:email:${email}`, 5, 15 * 60);
    await this.rateLimiter.hit(`magic:ip:${ip}`, 30, 15 * 60);
    await this.dataSource.transaction(async (m) => {
      const qb = m
        .getRepository(Contact)
        .createQueryBuilder('ct')
        .innerJoinAndSelect('ct.client', 'c')
        .leftJoin(ClientPortalSettings, 'ps', 'ps."clientId" = c.id')
        .innerJoin(Workspace, 'w', 'w.id = c."workspaceId" AND w."deletionRequestedAt" IS NULL')
        .where('lower(ct.email) = :email AND ct."portalAccess"', { email })
        .andWhere('c."deletedAt" IS NULL AND c."archivedAt" IS NULL AND ps.enabled IS NOT FALSE');
      if (entry) {
        // The slug may be one the workspace used before (an old portal link).
        qb.andWhere(
          `(w.slug = :slug OR w.id IN (SELECT h."workspaceId" FROM workspace_slug_history h WHERE h.slug = :slug))
           AND c."portalKey" = :key`,
          { slug: entry.workspaceSlug, key: entry.clientKey },
        );
      }
      for (const contact of await qb.getMany()) {
        const token = newPortalToken();
        await m.getRepository(MagicLinkToken).insert({
          workspaceId: contact.workspaceId,
          contactId: contact.id,
          kind: 'SIGN_IN',
          tokenHash: hashPortalToken(token),
          expiresAt: new Date(now.getTime() + MAGIC_LINK_TTL_MS),
          requestedIp: ip,
        });
        const workspace = await m.getRepository(Workspace).findOneByOrFail({ id: contact.workspaceId });
        const link = `${this.portalOrigin}/auth/continue?token=${encodeURIComponent(token)}`;
        await this.outbox.enqueue(m, {
          workspaceId: contact.workspaceId,
          kind: 'MAGIC_LINK',
          to: email,
          ...magicLinkEmail({
            contactName: contact.name,
            clientName: contact.client.name,
            agencyName: workspace.name,
            link,
          }),
        });
      }
    });
  }

  /**
   * Single use: the token is marked used in the same statement that checks it is unused, unexpired and of the
   * expected kind (an invitation never works as a sign-in link and vice versa).
   */
  async consume(
    token: string,
    kind: PortalTokenKind = 'SIGN_IN',
  ): Promise<{ contactId: string; clientId: string; workspaceId: string }> {
    const invalid = () =>
      kind === 'INVITE'
        ? badInput('token', 'This invitation has expired or was already used')
        : badInput('token', 'This sign-in link has expired or was already used');
    if (!isPortalTokenShape(token)) throw invalid();
    const rows: { contactId: string; workspaceId: string }[][] = await this.dataSource.query(
      `UPDATE magic_link_token SET "usedAt" = now()
        WHERE "tokenHash" = $1 AND kind = $2 AND "usedAt" IS NULL AND "expiresAt" > now()
        RETURNING "contactId", "workspaceId"`,
      [hashPortalToken(token), kind],
    );
    const used = rows[0]?.[0];
    if (!used) throw invalid();
    const contact = await this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('ct')
      .innerJoin('ct.client', 'c')
      .leftJoin(ClientPortalSettings, 'ps', 'ps."clientId" = c.id')
      .innerJoin(Workspace, 'w', 'w.id = ct."workspaceId" AND w."deletionRequestedAt" IS NULL')
      .where('ct.id = :id AND ct."workspaceId" = :ws AND ct."portalAccess"', {
        id: used.contactId,
        ws: used.workspaceId,
      })
      .andWhere('c."deletedAt" IS NULL AND c."archivedAt" IS NULL AND ps.enabled IS NOT FALSE')
      .getOne();
    if (!contact) throw invalid();
    return { contactId: contact.id, clientId: contact.clientId, workspaceId: contact.workspaceId };
  }

  /** The signed-in contact, its client, what it may do, its language and the agency's branding. */
  async describe(viewer: {
    contactId: string;
    clientId: string;
    workspaceId: string;
    permissions?: PortalPermission[];
  }): Promise<PortalViewerType> {
    const [contact, client, workspace, settings] = await Promise.all([
      this.dataSource.getRepository(Contact).findOneBy({ id: viewer.contactId, workspaceId: viewer.workspaceId }),
      this.dataSource.getRepository(Client).findOneBy({ id: viewer.clientId, workspaceId: viewer.workspaceId }),
      this.dataSource.getRepository(Workspace).findOneBy({ id: viewer.workspaceId }),
      this.dataSource
        .getRepository(ClientPortalSettings)
        .findOneBy({ clientId: viewer.clientId, workspaceId: viewer.workspaceId }),
    ]);
    if (!contact || !client || !workspace) throw unauthenticated();
    const locale = portalLocaleOf(settings?.locale, workspace.locale);
    return {
      contact: { id: contact.id, name: contact.name, email: contact.email ?? '', role: contact.role },
      client: { id: client.id, name: client.name, status: client.status },
      // A signed-in viewer carries exactly what the auth checker enforces; a fresh sign-in computes the same.
      permissions:
        viewer.permissions ??
        effectivePortalPermissions(
          { enabled: settings?.enabled ?? true, permissions: settings?.permissions ?? DEFAULT_PORTAL_PERMISSIONS },
          contact.role as ContactRole,
        ),
      locale,
      branding: {
        agencyName: workspace.name,
        logoUrl: workspaceLogoPath(workspace),
        primaryColor: workspace.primaryColor,
        accentColor: workspace.accentColor,
        locale,
      },
    };
  }

  /**
   * What the sign-in page at `/p/<workspaceSlug>/<clientKey>` shows before login. One query whatever the
   * input (a wrong slug costs the same as a wrong key) and null for anything unknown, disabled or deleted. A slug
   * the workspace used before still finds it; `currentSlug` tells the portal where to redirect.
   */
  async publicBranding(entry: PortalEntry, ip: string): Promise<PortalPublicBrandingType | null> {
    await this.rateLimiter.hit(`branding:ip:${ip}`, 300, 15 * 60);
    const slug = entry.workspaceSlug.slice(0, 100);
    const key = entry.clientKey.slice(0, 24);
    const rows: {
      id: string;
      name: string;
      slug: string;
      logoContentType: string | null;
      logoUpdatedAt: Date | null;
      primaryColor: string;
      accentColor: string | null;
      workspaceLocale: string;
      clientName: string;
      clientLocale: string | null;
    }[] = await this.dataSource.query(
      `SELECT w.id, w.name, w.slug, w."logoContentType", w."logoUpdatedAt", w."primaryColor", w."accentColor",
              w.locale AS "workspaceLocale", c.name AS "clientName", ps.locale AS "clientLocale"
         FROM workspace w
         JOIN client c ON c."workspaceId" = w.id AND c."portalKey" = $2
         LEFT JOIN client_portal_settings ps ON ps."clientId" = c.id
        WHERE (w.slug = $1 OR w.id IN (SELECT h."workspaceId" FROM workspace_slug_history h WHERE h.slug = $1))
          AND w."deletionRequestedAt" IS NULL
          AND c."deletedAt" IS NULL AND c."archivedAt" IS NULL AND ps.enabled IS NOT FALSE`,
      [slug, key],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      agencyName: row.name,
      currentSlug: row.slug,
      logoUrl: workspaceLogoPath(row),
      primaryColor: row.primaryColor,
      accentColor: row.accentColor,
      clientName: row.clientName,
      locale: portalLocaleOf(row.clientLocale, row.workspaceLocale),
    };
  }
}
