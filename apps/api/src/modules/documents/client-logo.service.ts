import sharp from 'sharp';
import { badInput, checkUpload, sanitizeSvg } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const LOGO_SIZE = 256;

export const logoUrl = (clientId: string, updatedAt: Date) =>
  `/files/clients/${clientId}/logo?v=${updatedAt.getTime()}`;

/** Client logos live in the client row (bytea): small, read with the client, no storage round trip. */
export class ClientLogoService {
  async set(scope: TenantScope, clientId: string, fileName: string, bytes: Buffer): Promise<{ logoUrl: string }> {
    await scope.findById(Client, clientId, 'Client');
    if (bytes.length > LOGO_MAX_BYTES) throw badInput('file', 'The logo must be at most 2 MB');
    const check = checkUpload(fileName, bytes, ['png', 'jpeg', 'webp', 'svg']);
    if (!check.ok) throw badInput('file', `${check.reason}. Logos can be PNG, JPEG, WebP or SVG`);
    let logo: Buffer;
    let contentType: string;
    if (check.type.kind === 'svg') {
      const clean = sanitizeSvg(bytes.toString('utf8'));
      if (!clean) throw badInput('file', `"${fileName}" is not a well-formed SVG image`);
      logo = Buffer.from(clean, 'utf8');
      contentType = 'image/svg+xml';
    } else {
      try {
        logo = await sharp(bytes, { limitInputPixels: 40_000_000 })
          .rotate()
          .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 90 })
          .toBuffer();
      } catch {
        throw badInput('file', `"${fileName}" could not be read as an image`);
      }
      contentType = 'image/webp';
    }
    const logoUpdatedAt = new Date();
    await scope.update(Client, clientId, { logo, logoContentType: contentType, logoUpdatedAt }, 'Client');
    return { logoUrl: logoUrl(clientId, logoUpdatedAt) };
  }

  async remove(scope: TenantScope, clientId: string): Promise<void> {
    await scope.update(Client, clientId, { logo: null, logoContentType: null, logoUpdatedAt: null }, 'Client');
  }

  async get(
    scope: TenantScope,
    clientId: string,
  ): Promise<{ logo: Buffer; contentType: string; updatedAt: Date } | null> {
    const client = await scope.query(Client, 'c').addSelect('c.logo').andWhere('c.id = :id', { id: clientId }).getOne();
    if (!client?.logo || !client.logoContentType || !client.logoUpdatedAt) return null;
    return { logo: client.logo, contentType: client.logoContentType, updatedAt: client.logoUpdatedAt };
  }
}
