import type { EntityManager } from 'typeorm';
import type { ClientStatus } from '@clientflow/domain';
import type { DemoSeed } from '../../platform/module';
import { seedClientRecords } from './client-record.seed';
import { refreshClientSearchText } from './client-search';
import { Client, type ClientSize } from './client.entity';
import { Contact, type ContactRole } from './contact.entity';

/** The demo contact who signs in to the portal (Aurora Café's primary contact). */
export const DEMO_PORTAL_EMAIL = 'ana.souza@aurora-cafe.example';

const COMPANIES: [string, string, string, ClientSize, string, string][] = [
  // name, legal name, industry, size, city, country
  ['Aurora Café', 'Aurora Café Ltda', 'Food & beverage', 'SMB', 'São Paulo', 'BR'],
  ['Blue Harbor Logistics', 'Blue Harbor Logistics Inc.', 'Logistics', 'ENTERPRISE', 'Seattle', 'US'],
  ['Cedar & Stone Architects', 'Cedar and Stone LLP', 'Architecture', 'SMB', 'London', 'GB'],
  ['Dunas Surf Co.', 'Dunas Surf SpA', 'Retail', 'STARTUP', 'Viña del Mar', 'CL'],
  ['Everline Health', 'Everline Health Corp.', 'Healthcare', 'ENTERPRISE', 'Boston', 'US'],
  ['Fjord Analytics', 'Fjord Analytics AS', 'Software', 'STARTUP', 'Oslo', 'NO'],
  ['Granja Verde', 'Granja Verde S.L.', 'Agriculture', 'SMB', 'Valencia', 'ES'],
  ['Helios Solar', 'Helios Solar GmbH', 'Energy', 'SMB', 'Munich', 'DE'],
  ['Iris Beauty Lab', 'Iris Beauty Lab SAS', 'Cosmetics', 'STARTUP', 'Lyon', 'FR'],
  ['Juniper Legal', 'Juniper Legal Partners LLP', 'Legal', 'SMB', 'Toronto', 'CA'],
  ['Kite Education', 'Kite Education Ltd', 'Education', 'SMB', 'Dublin', 'IE'],
  ['Lumen Fintech', 'Lumen Pagamentos S.A.', 'Finance', 'ENTERPRISE', 'Rio de Janeiro', 'BR'],
  ['Maple Street Bakery', 'Maple Street Bakery LLC', 'Food & beverage', 'STARTUP', 'Portland', 'US'],
  ['Nimbus Cloud Works', 'Nimbus Cloud Works Inc.', 'Software', 'SMB', 'Austin', 'US'],
  ['Oceánica Turismo', 'Oceánica Turismo Lda', 'Travel', 'SMB', 'Lisbon', 'PT'],
  ['Pampa Motors', 'Pampa Motors S.A.', 'Automotive', 'ENTERPRISE', 'Córdoba', 'AR'],
  ['Quartz Jewelry', 'Quartz Jewelry SARL', 'Retail', 'STARTUP', 'Paris', 'FR'],
  ['Riverbend Clinics', 'Riverbend Clinics PC', 'Healthcare', 'SMB', 'Denver', 'US'],
  ['Sakura Tea House', 'Sakura Tea House KK', 'Food & beverage', 'STARTUP', 'Kyoto', 'JP'],
  ['Tundra Outdoor', 'Tundra Outdoor Oy', 'Retail', 'SMB', 'Helsinki', 'FI'],
  ['Umbra Films', 'Umbra Films Ltda', 'Media', 'STARTUP', 'Belo Horizonte', 'BR'],
  ['Vértice Engenharia', 'Vértice Engenharia Ltda', 'Engineering', 'ENTERPRISE', 'Curitiba', 'BR'],
  ['Willow Pet Care', 'Willow Pet Care Ltd', 'Pets', 'STARTUP', 'Manchester', 'GB'],
  ['Xeno Robotics', 'Xeno Robotics Inc.', 'Hardware', 'SMB', 'San Jose', 'US'],
  ['Yellowstone Realty', 'Yellowstone Realty LLC', 'Real estate', 'SMB', 'Bozeman', 'US'],
  ['Zafiro Hotels', 'Zafiro Hoteles S.A.', 'Hospitality', 'ENTERPRISE', 'Cancún', 'MX'],
  ['Atlas Fitness', 'Atlas Fitness Ltd', 'Fitness', 'SMB', 'Sydney', 'AU'],
  ['Bravo Pizzeria', 'Bravo Pizzeria SRL', 'Food & beverage', 'STARTUP', 'Naples', 'IT'],
  ['Coral Dental', 'Coral Dental S.A.', 'Healthcare', 'SMB', 'Montevideo', 'UY'],
  ['Delta Freight', 'Delta Freight BV', 'Logistics', 'ENTERPRISE', 'Rotterdam', 'NL'],
];
const FIRST = ['Ana', 'Ben', 'Carla', 'Diego', 'Elena', 'Farah', 'Gustavo', 'Hana', 'Ivan', 'Julia', 'Kenji', 'Laura'];
const LAST = ['Souza', 'Miller', 'Rossi', 'García', 'Nguyen', 'Kowalski', 'Silva', 'Dubois', 'Okafor', 'Larsen'];
const ROLES: ContactRole[] = ['DECISION_MAKER', 'TECHNICAL', 'BILLING', 'MARKETING', 'OBSERVER'];
const STATUSES: ClientStatus[] = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'PROSPECT', 'PAUSED', 'ACTIVE', 'INACTIVE'];
const TAGS = [['vip'], ['retainer'], [], ['referral'], ['retainer', 'vip'], []];

const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

async function seedClients(
  m: EntityManager,
  workspaceId: string,
  count: number,
  managerIds: string[],
  portalEmail?: string,
  offset = 0,
) {
  const day = 86_400_000;
  const base = Date.UTC(2026, 0, 15);
  for (let i = 0; i < count; i++) {
    const [name, legalName, industry, size, city, country] = COMPANIES[(i + offset) % COMPANIES.length];
    const domain = `${slugify(name)}.example`;
    const status = STATUSES[i % STATUSES.length];
    const client = await m.getRepository(Client).save(
      m.getRepository(Client).create({
        workspaceId,
        name,
        legalName,
        industry,
        size,
        city,
        country,
        email: `hello@${domain}`,
        phone: `+1 555 01${String(i).padStart(2, '0')}`,
        website: `https://${domain}`,
        status,
        archivedAt: status === 'INACTIVE' ? new Date(base + (i + 40) * day) : null,
        tags: TAGS[i % TAGS.length],
        acquisitionSource: ['referral', 'website', 'event', 'outbound'][i % 4],
        firstContactAt: new Date(base - (count - i) * 9 * day),
        lastActivityAt: new Date(base + i * 5 * day),
        totalValue: (((i * 7919) % 90) + 5) * 100_000,
        accountManagerId: managerIds[i % managerIds.length],
        createdAt: new Date(base - (count - i) * 9 * day),
      }),
    );
    const contactCount = 1 + (i % 3);
    for (let j = 0; j < contactCount; j++) {
      const first = FIRST[(i + j * 5) % FIRST.length];
      const last = LAST[(i * 3 + j) % LAST.length];
      const email = i === 0 && j === 0 && portalEmail ? portalEmail : `${slugify(first)}.${slugify(last)}@${domain}`;
      await m.getRepository(Contact).insert({
        workspaceId,
        clientId: client.id,
        name: `${first} ${last}`,
        jobTitle: ['Founder', 'CTO', 'Finance lead', 'Marketing manager', 'Assistant'][j % 5],
        email,
        phone: `+1 555 02${String(i).padStart(2, '0')}${j}`,
        role: ROLES[j % ROLES.length],
        isPrimary: j === 0,
        portalAccess: j === 0 && status !== 'INACTIVE',
      });
    }
    await refreshClientSearchText(m, client.id);
  }
}

/** 30 clients for Northwind (the first with the portal demo contact), 6 for Lakeside, then their full profiles. */
export async function seedDemoClients(m: EntityManager, demo: DemoSeed): Promise<void> {
  demo.portalEmail = DEMO_PORTAL_EMAIL;
  await seedClients(m, demo.northwindId, 30, demo.userIds.slice(2), DEMO_PORTAL_EMAIL);
  await seedClients(m, demo.lakesideId, 6, [demo.userIds[0]], undefined, 12);
  for (const ws of [demo.northwindId, demo.lakesideId]) await seedClientRecords(m, ws);
}
