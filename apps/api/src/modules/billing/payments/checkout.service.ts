import { checkoutItems, DomainError, badInput, type PortalPermission } from '@clientflow/domain';
import type { DataSource } from 'typeorm';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { isUuid } from '../../../platform/db/tenant-scope';
import { Contact } from '../../clients/contact.entity';
import { Workspace } from '../../identity/workspace.entity';
import { Invoice } from '../invoices/invoice.entity';
import { CheckoutSession } from './checkout-session.entity';
import type { PaymentProvider } from './payment-provider';

/**
 * "Pay now" from the portal: the contact picks open invoices of their own client; we charge each one's balance,
 * keep the checkout row (the webhook's source of truth) and ask the provider for its hosted page.
 */
export class CheckoutService {
  constructor(
    private readonly provider: PaymentProvider | null,
    private readonly portalOrigin: string,
  ) {}

  get providerName() {
    return this.provider?.name ?? null;
  }

  async create(
    scope: TenantScope,
    contactId: string,
    invoiceIds: string[],
  ): Promise<{ checkout: CheckoutSession; url: string }> {
    if (!this.provider) throw new DomainError('CONFLICT', 'Online payments are not set up for this agency yet');
    const ids = [...new Set(invoiceIds)];
    if (!ids.length) throw badInput('invoiceIds', 'Choose at least one invoice to pay');
    // The portal scope reaches only the caller's client; drafts do not exist for the portal.
    const found = ids.every(isUuid)
      ? await scope.query(Invoice, 'i').andWhere('i.id IN (:...ids)', { ids }).andWhere(`i.status <> 'DRAFT'`).getMany()
      : [];
    if (found.length !== ids.length) throw badInput('invoiceIds', 'One of these invoices was not found');
    const byId = new Map(found.map((i) => [i.id, i]));
    const invoices = ids.map((id) => byId.get(id)!);
    const { currency, items, total } = checkoutItems(invoices);

    const contact = await scope.findById(Contact, contactId, 'Contact');
    const workspace = await scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
    const checkout = await scope.insert(CheckoutSession, {
      clientId: contact.clientId,
      contactId: contact.id,
      provider: this.provider.name,
      status: 'OPEN',
      currency,
      amount: total,
      items,
    });
    const back = (state: string) => `${this.portalOrigin}/invoices?payment=${state}&checkout=${checkout.id}`;
    const session = await this.provider.createSession({
      checkoutId: checkout.id,
      workspaceId: scope.workspaceId,
      clientId: checkout.clientId,
      currency,
      items: items.map((item) => ({ ...item, number: byId.get(item.invoiceId)!.number ?? '' })),
      agencyName: workspace.name,
      customerEmail: contact.email ?? null,
      successUrl: back('success'),
      cancelUrl: back('cancelled'),
    });
    await scope.update(CheckoutSession, checkout.id, { providerSessionId: session.providerSessionId }, 'Checkout');
    return { checkout: { ...checkout, providerSessionId: session.providerSessionId }, url: session.url };
  }

  async get(scope: TenantScope, id: string): Promise<CheckoutSession> {
    return scope.findById(CheckoutSession, id, 'Checkout');
  }

  /** The checkout behind a local hosted page, for the portal session that opened it. */
  async findLocal(
    dataSource: DataSource,
    providerSessionId: string,
    viewer: { workspaceId: string; clientId: string; permissions: PortalPermission[] },
  ) {
    const checkout = await dataSource
      .getRepository(CheckoutSession)
      .findOneBy({ provider: 'LOCAL', providerSessionId });
    if (
      !checkout ||
      checkout.workspaceId !== viewer.workspaceId ||
      checkout.clientId !== viewer.clientId ||
      !viewer.permissions.includes('VIEW_INVOICES')
    ) {
      return null;
    }
    return checkout;
  }
}
