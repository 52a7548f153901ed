import type { EntityManager } from 'typeorm';
import { checkTaxId, normalizeSocialLinks, type TaxIdType } from '@clientflow/domain';
import { Client } from './client.entity';
import { refreshClientSearchText } from './client-search';

/** The first id whose check digits the domain accepts: demo tax ids are valid, not just well-formed. */
function validId(type: TaxIdType, body: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    const check = checkTaxId(type, body + suffix);
    if (check.ok) return check.value;
  }
  throw new Error(`no valid ${type} for ${body}`);
}

const DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const RUT_VERIFIERS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'];
const EU = new Set(['DE', 'FR', 'NL', 'IT', 'IE', 'FI', 'NO', 'GB']);

function taxIdFor(country: string | null, i: number): Pick<Client, 'taxId' | 'taxIdType'> {
  const n = String(10_000_000 + i * 7_919_017).slice(-8);
  if (country === 'BR') return { taxIdType: 'CNPJ', taxId: validId('CNPJ', `${n}0001`, DIGITS) };
  if (country === 'CL') return { taxIdType: 'RUT', taxId: validId('RUT', `${n}-`, RUT_VERIFIERS) };
  if (country === 'US') return { taxIdType: 'EIN', taxId: validId('EIN', n, [String(i % 10)]) };
  if (country === 'ES' || country === 'PT')
    return { taxIdType: 'NIF', taxId: `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]}` };
  if (country && EU.has(country)) return { taxIdType: 'VAT', taxId: `${country}${n}${i % 10}` };
  return { taxIdType: null, taxId: null };
}

/** Demo profiles: valid tax ids per country and a few social profiles, so the client record shows every field. */
export async function seedClientRecords(m: EntityManager, workspaceId: string): Promise<void> {
  const clients = await m.getRepository(Client).find({ where: { workspaceId }, order: { createdAt: 'ASC' } });
  for (const [i, c] of clients.entries()) {
    const handle = c.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '');
    const links = [
      { network: 'LINKEDIN' as const, url: `linkedin.com/company/${handle}` },
      ...(i % 2 === 0 ? [{ network: 'INSTAGRAM' as const, url: `instagram.com/${handle}` }] : []),
      ...(i % 3 === 0 ? [{ network: 'X' as const, url: `x.com/${handle}` }] : []),
      ...(i % 5 === 1 ? [{ network: 'GITHUB' as const, url: `github.com/${handle}` }] : []),
    ];
    await m.getRepository(Client).update(c.id, { ...taxIdFor(c.country, i), socialLinks: normalizeSocialLinks(links) });
    await refreshClientSearchText(m, c.id);
  }
}
