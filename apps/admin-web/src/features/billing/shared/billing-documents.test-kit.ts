import { ProjectClientOptionsDocument } from '@clientflow/graphql-types/admin';

/** Test rows shaped like the API's answers (with __typename, so the mocked cache stores them faithfully). */
export const client = { __typename: 'Client', id: 'client-1', name: 'Acme Corp' } as const;

export function invoiceRow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invoice',
    id: 'inv-1',
    number: 'INV-0001',
    status: 'SENT',
    issueDate: '2026-03-01',
    dueDate: '2026-03-15',
    currency: 'USD',
    total: 12300,
    amountPaid: 0,
    balance: 12300,
    amountSettling: 0,
    isOverdue: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    client,
    ...overrides,
  };
}

export function invoiceDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...invoiceRow(),
    clientId: 'client-1',
    projectId: null,
    quoteId: null,
    subtotal: 10000,
    discountTotal: 0,
    taxTotal: 2300,
    taxSummary: [{ __typename: 'TaxGroup', rateBps: 2300, base: 10000, tax: 2300 }],
    billingSnapshot: {
      __typename: 'BillingSnapshot',
      name: 'Acme Corp',
      legalName: 'Acme Corporation LLC',
      taxId: 'US-123',
      taxIdType: 'EIN',
      email: 'billing@acme.test',
      address: {
        __typename: 'BillingAddress',
        line1: '1 Main St',
        line2: null,
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
    },
    notes: null,
    terms: null,
    sentAt: '2026-03-01T10:00:00.000Z',
    paidAt: null,
    voidedAt: null,
    voidReason: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    lines: [
      {
        __typename: 'InvoiceLine',
        id: 'line-1',
        position: 0,
        description: 'Design',
        quantity: 1,
        unitPrice: 10000,
        taxRate: 2300,
        discount: 0,
        source: 'AD_HOC',
        projectId: null,
        gross: 10000,
        discountAmount: 0,
        net: 10000,
        timeEntryIds: [],
      },
    ],
    payments: [],
    project: null,
    quote: null,
    ...overrides,
  };
}

export function quoteDetail(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Quote',
    id: 'quote-1',
    number: 'QUO-0001',
    title: 'Brand refresh',
    status: 'ACCEPTED',
    issueDate: '2026-03-01',
    validUntil: '2026-03-31',
    currency: 'USD',
    total: 480000,
    createdAt: '2026-03-01T10:00:00.000Z',
    client,
    clientId: 'client-1',
    projectId: null,
    subtotal: 480000,
    discountTotal: 0,
    taxTotal: 0,
    taxSummary: [{ __typename: 'TaxGroup', rateBps: 0, base: 480000, tax: 0 }],
    billingSnapshot: null,
    notes: null,
    terms: null,
    sentAt: '2026-03-01T10:00:00.000Z',
    decidedAt: '2026-03-03T10:00:00.000Z',
    convertedInvoiceId: null,
    updatedAt: '2026-03-03T10:00:00.000Z',
    lines: [
      {
        __typename: 'QuoteLine',
        id: 'qline-1',
        position: 0,
        description: 'Logo and guidelines',
        quantity: 1,
        unitPrice: 480000,
        taxRate: 0,
        discount: 0,
        source: 'AD_HOC',
        projectId: null,
        gross: 480000,
        discountAmount: 0,
        net: 480000,
      },
    ],
    events: [
      {
        __typename: 'QuoteEvent',
        id: 'ev-1',
        action: 'SENT',
        note: null,
        contactId: null,
        createdAt: '2026-03-01T10:00:00.000Z',
        user: { __typename: 'User', id: 'user-1', name: 'Olivia Owner' },
      },
      {
        __typename: 'QuoteEvent',
        id: 'ev-2',
        action: 'ACCEPTED',
        note: 'Approved by email',
        contactId: null,
        createdAt: '2026-03-03T10:00:00.000Z',
        user: { __typename: 'User', id: 'user-1', name: 'Olivia Owner' },
      },
    ],
    project: null,
    convertedInvoice: null,
    ...overrides,
  };
}

/** The client pickers search clients as soon as they render. */
export const clientOptionsMock = {
  request: { query: ProjectClientOptionsDocument, variables: { search: null } },
  result: { data: { clients: { __typename: 'ClientPage', nodes: [client] } } },
  maxUsageCount: 10,
};
