import type { Client } from '../clients/client.entity';
import type { BillingSnapshot } from './invoices/invoice.entity';

/** The client's billing details as they are now; frozen on an invoice or quote when it is issued. */
export function billingSnapshotOf(client: Client): BillingSnapshot {
  return {
    name: client.name,
    legalName: client.legalName,
    taxId: client.taxId,
    taxIdType: client.taxIdType,
    email: client.email,
    address: {
      line1: client.street,
      line2: null,
      city: client.city,
      region: client.region,
      postalCode: client.postalCode,
      country: client.country,
    },
  };
}
