import type { EntityManager } from 'typeorm';
import { assertReminderOffsets, badInput, BPS_SCALE, isValidInvoicePrefix, MAX_SEQUENCE_PAD } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { BillingSettings } from './billing-settings.entity';

/** A workspace's billing settings; a workspace that never saved any gets the column defaults. */
export async function billingSettingsOf(manager: EntityManager, workspaceId: string): Promise<BillingSettings> {
  const repo = manager.getRepository(BillingSettings);
  return (await repo.findOneBy({ workspaceId })) ?? repo.create({ ...DEFAULT_BILLING_SETTINGS, workspaceId });
}

export const DEFAULT_BILLING_SETTINGS: Omit<BillingSettings, 'workspaceId' | 'updatedAt'> = {
  invoicePrefix: 'INV-',
  quotePrefix: 'QUO-',
  numberPadding: 4,
  paymentTermsDays: 14,
  quoteValidityDays: 30,
  defaultTaxRate: 0,
  reminderOffsetsDays: [-3, 0, 7, 14],
  remindersEnabled: true,
  legalName: null,
  taxId: null,
  address: null,
  email: null,
  paymentInstructions: null,
  defaultNotes: null,
  defaultTerms: null,
};

type Nullable<T> = { [K in keyof T]?: T[K] | null };
export type BillingSettingsPatch = Nullable<Omit<BillingSettings, 'workspaceId' | 'updatedAt'>>;

const TEXT_LIMITS = {
  legalName: 200,
  taxId: 50,
  address: 1000,
  email: 254,
  paymentInstructions: 4000,
  defaultNotes: 4000,
  defaultTerms: 4000,
} as const;

/** Reads and changes a workspace's billing settings (one row per workspace, created on first save). */
export class BillingSettingsService {
  get(scope: TenantScope): Promise<BillingSettings> {
    return billingSettingsOf(scope.manager, scope.workspaceId);
  }

  async update(scope: TenantScope, patch: BillingSettingsPatch): Promise<BillingSettings> {
    const next: Partial<Omit<BillingSettings, 'workspaceId' | 'updatedAt'>> = {};
    for (const key of ['invoicePrefix', 'quotePrefix'] as const) {
      const value = patch[key];
      if (value == null) continue;
      if (!isValidInvoicePrefix(value))
        throw badInput(key, 'The prefix can have up to 20 characters: capital letters A–Z, digits, -, _ and /');
      next[key] = value;
    }
    const ranges = {
      numberPadding: [1, MAX_SEQUENCE_PAD],
      paymentTermsDays: [0, 365],
      quoteValidityDays: [1, 365],
      defaultTaxRate: [0, BPS_SCALE],
    } as const;
    for (const [key, [min, max]] of Object.entries(ranges) as [keyof typeof ranges, readonly [number, number]][]) {
      const value = patch[key];
      if (value == null) continue;
      if (!Number.isInteger(value) || value < min || value > max)
        throw badInput(key, `${key} must be a whole number from ${min} to ${max}`);
      next[key] = value;
    }
    if (patch.reminderOffsetsDays != null) {
      assertReminderOffsets(patch.reminderOffsetsDays, 'reminderOffsetsDays');
      if (patch.reminderOffsetsDays.length > 10)
        throw badInput('reminderOffsetsDays', 'Choose at most 10 reminder days');
      next.reminderOffsetsDays = [...new Set(patch.reminderOffsetsDays)].sort((a, b) => a - b);
    }
    if (patch.remindersEnabled != null) next.remindersEnabled = patch.remindersEnabled;
    for (const [key, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
      if (patch[key] === undefined) continue;
      const value = patch[key]?.trim() || null;
      if (value && value.length > max) throw badInput(key, `${key} can have at most ${max} characters`);
      if (key === 'email' && value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
        throw badInput('email', 'Enter a valid email address');
      next[key] = value;
    }
    return scope.transaction(async (tx) => {
      const { updatedAt: _ignored, ...current } = await billingSettingsOf(tx.manager, tx.workspaceId);
      await tx.manager
        .getRepository(BillingSettings)
        .upsert({ ...current, ...next, workspaceId: tx.workspaceId }, ['workspaceId']);
      return billingSettingsOf(tx.manager, tx.workspaceId);
    });
  }
}
