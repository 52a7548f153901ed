import type { EntityManager } from 'typeorm';
import { slugifyCustomFieldKey, type CustomFieldType } from '@clientflow/domain';
import { Client } from '../clients/client.entity';
import { CustomFieldDefinition } from './custom-field-definition.entity';

const DEMO_FIELDS: {
  label: string;
  type: CustomFieldType;
  options?: string[];
  helpText?: string;
  archived?: boolean;
}[] = [
  { label: 'Contract renewal', type: 'DATE', helpText: 'When the current retainer or contract is up for renewal.' },
  { label: 'Service tier', type: 'SELECT', options: ['Bronze', 'Silver', 'Gold'] },
  { label: 'Monthly hours', type: 'NUMBER', helpText: 'Hours included in the retainer each month.' },
  { label: 'NDA signed', type: 'CHECKBOX' },
  { label: 'Brand guidelines', type: 'URL' },
  { label: 'Preferred channel', type: 'TEXT' },
  { label: 'Legacy CRM id', type: 'TEXT', archived: true },
];

/** Demo definitions and a spread of values over the workspace's clients (values follow the storage contract). */
export async function seedCustomFields(m: EntityManager, workspaceId: string): Promise<void> {
  const keys: string[] = [];
  for (const [position, f] of DEMO_FIELDS.entries()) {
    const key = slugifyCustomFieldKey(f.label, keys);
    keys.push(key);
    await m.getRepository(CustomFieldDefinition).insert({
      workspaceId,
      key,
      label: f.label,
      type: f.type,
      options: f.options ?? [],
      helpText: f.helpText ?? null,
      position,
      archivedAt: f.archived ? new Date(Date.UTC(2026, 0, 1)) : null,
    });
  }
  const clients = await m.getRepository(Client).find({ where: { workspaceId }, order: { name: 'ASC' } });
  const tiers = ['Bronze', 'Silver', 'Gold'];
  const channels = ['Email', 'Slack', 'Phone', 'WhatsApp'];
  for (const [i, client] of clients.entries()) {
    if (i % 5 === 4) continue; // some clients without any value
    const month = String((i % 12) + 1).padStart(2, '0');
    const values: Record<string, unknown> = {
      contract_renewal: `2026-${month}-${String((i % 27) + 1).padStart(2, '0')}`,
      service_tier: tiers[i % 3],
      nda_signed: i % 2 === 0,
      preferred_channel: channels[i % channels.length],
    };
    if (i % 3 !== 2) values.monthly_hours = 10 + (i % 4) * 10;
    if (i % 4 === 0 && client.website) values.brand_guidelines = `${client.website}/brand`;
    if (i % 6 === 0) values.legacy_crm_id = `LG-${1000 + i}`;
    await m.query(`UPDATE client SET "customFields" = $1::jsonb WHERE id = $2`, [JSON.stringify(values), client.id]);
  }
}
