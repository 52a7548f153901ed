import type { EntityManager } from 'typeorm';
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
