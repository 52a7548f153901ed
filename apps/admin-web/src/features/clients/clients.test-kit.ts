/** Client rows and details shaped like the API's answers (with __typename, so the mocked cache stores them faithfully). */
interface ClientRowOverrides {
  id?: string;
  name?: string;
  legalName?: string | null;
  email?: string | null;
  phone?: string | null;
  status?: 'PROSPECT' | 'ACTIVE' | 'PAUSED' | 'INACTIVE';
  totalValue?: number | null;
  contactName?: string | null;
}

export function clientRowFixture(overrides: ClientRowOverrides = {}, withFinancials = true) {
  const id = overrides.id ?? 'client-1';
  const contactName = overrides.contactName === undefined ? 'Ada Lovelace' : overrides.contactName;
  return {
    __typename: 'Client',
    id,
    name: overrides.name ?? 'Acme Corp',
    logoUrl: null,
    legalName: overrides.legalName === undefined ? 'Acme Corporation LLC' : overrides.legalName,
    email: overrides.email === undefined ? 'hello@acme.test' : overrides.email,
    phone: overrides.phone === undefined ? '+1 555 0100' : overrides.phone,
    status: overrides.status ?? 'ACTIVE',
    createdAt: '2025-01-15T10:00:00.000Z',
    lastActivityAt: null,
    archivedAt: null,
    activeProjectCount: 0,
    ...(withFinancials ? { totalValue: overrides.totalValue ?? 1250000 } : {}),
    primaryContact: contactName ? { __typename: 'Contact', id: `${id}-contact`, name: contactName } : null,
  };
}

export function clientsPage(nodes: ReturnType<typeof clientRowFixture>[], totalCount = nodes.length) {
  return {
    data: {
      clients: {
        __typename: 'ClientPage',
        totalCount,
        totalCountExact: true,
        hasMore: totalCount > nodes.length,
        nodes,
      },
    },
  };
}

export function clientDetailFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Client',
    id: 'client-1',
    name: 'Acme Corp',
    legalName: 'Acme Corporation LLC',
    email: 'hello@acme.test',
    phone: '+1 555 0100',
    website: 'acme.test',
    industry: 'Retail',
    size: 'SMB',
    status: 'PROSPECT',
    statusChangedAt: null,
    statusReason: null,
    acquisitionSource: 'referral',
    taxId: 'US-123',
    taxIdType: 'EIN',
    tags: ['vip'],
    firstContactAt: '2025-01-10T00:00:00.000Z',
    createdAt: '2025-01-15T10:00:00.000Z',
    updatedAt: '2025-01-15T10:00:00.000Z',
    lastActivityAt: null,
    archivedAt: null,
    logoUrl: null,
    activeProjectCount: 2,
    socialLinks: [{ __typename: 'SocialLink', network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' }],
    totalValue: 1250000,
    address: {
      __typename: 'Address',
      street: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
    },
    accountManager: { __typename: 'User', id: 'user-2', name: 'Maya Manager', email: 'manager@demo.clientflow.test' },
    primaryContact: {
      __typename: 'Contact',
      id: 'contact-1',
      name: 'Ada Lovelace',
      email: 'ada@acme.test',
      phone: null,
    },
    contacts: [
      {
        __typename: 'Contact',
        id: 'contact-1',
        name: 'Ada Lovelace',
        jobTitle: 'CEO',
        email: 'ada@acme.test',
        phone: null,
        mobile: null,
        role: 'DECISION_MAKER',
        isPrimary: true,
        portalAccess: true,
        notes: null,
        createdAt: '2025-01-15T10:00:00.000Z',
      },
      {
        __typename: 'Contact',
        id: 'contact-2',
        name: 'Bob Billing',
        jobTitle: null,
        email: 'bob@acme.test',
        phone: '+1 555 0101',
        mobile: null,
        role: 'BILLING',
        isPrimary: false,
        portalAccess: false,
        notes: null,
        createdAt: '2025-01-16T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
