import { checkSocialLink, checkTaxId, isEmail, normalizeTags } from '@clientflow/domain';
import type {
  ClientDetailFragment,
  ClientSize,
  ClientStatus,
  CreateClientInput,
  SocialNetwork,
  TaxIdType,
  UpdateClientInput,
} from '@clientflow/graphql-types/admin';

export const CLIENT_SIZES: readonly ClientSize[] = ['STARTUP', 'SMB', 'ENTERPRISE'];
export const TAX_ID_TYPES: readonly TaxIdType[] = ['VAT', 'EIN', 'NIF', 'CNPJ', 'CPF', 'RUT', 'OTHER'];
export const SIZE_LABELS: Record<ClientSize, string> = {
  STARTUP: 'Startup',
  SMB: 'Small / medium business',
  ENTERPRISE: 'Enterprise',
};

export const MAX_TEXT = 200;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

/** Shape shared by the create page and the edit drawer; mirrors the GraphQL input so server field paths line up. */
export interface ClientProfileValues {
  name: string;
  legalName: string;
  email: string;
  phone: string;
  website: string;
  industry: string;
  size: ClientSize | null;
  /** YYYY-MM-DD as picked; sent as UTC midnight. */
  firstContactAt: string | null;
  taxIdType: TaxIdType | null;
  taxId: string;
  address: { street: string; city: string; region: string; postalCode: string; country: string | null };
  tags: string[];
}

/** One shape for the create page and the edit drawer; each ignores the fields it does not show. */
export interface ClientFormValues extends ClientProfileValues {
  /** Create only: becomes the primary contact. */
  contactName: string;
  status: ClientStatus;
  /** Edit only: recorded on the timeline with a status change. */
  statusReason: string;
  /**
   * Edit only (the drawer's relationship and social sections). Absent from the create form's values on purpose:
   * a server error naming one of them must not land on a field that form does not show.
   */
  acquisitionSource?: string;
  accountManagerId?: string | null;
  socialLinks?: SocialLinkRow[];
}

export interface SocialLinkRow {
  network: SocialNetwork | null;
  url: string;
}

export const emptyProfile = (): ClientProfileValues => ({
  name: '',
  legalName: '',
  email: '',
  phone: '',
  website: '',
  industry: '',
  size: null,
  firstContactAt: null,
  taxIdType: null,
  taxId: '',
  address: { street: '', city: '', region: '', postalCode: '', country: null },
  tags: [],
});

export const emptyClientFormValues = (): ClientFormValues => ({
  ...emptyProfile(),
  contactName: '',
  status: 'PROSPECT',
  statusReason: '',
});

export function clientFormValuesFrom(client: ClientDetailFragment): ClientFormValues {
  return {
    name: client.name,
    legalName: client.legalName ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    website: client.website ?? '',
    industry: client.industry ?? '',
    size: client.size,
    firstContactAt: client.firstContactAt ? client.firstContactAt.slice(0, 10) : null,
    taxIdType: client.taxIdType,
    taxId: client.taxId ?? '',
    address: {
      street: client.address.street ?? '',
      city: client.address.city ?? '',
      region: client.address.region ?? '',
      postalCode: client.address.postalCode ?? '',
      country: client.address.country,
    },
    tags: [...client.tags],
    contactName: '',
    status: client.status,
    statusReason: '',
    acquisitionSource: client.acquisitionSource ?? '',
    accountManagerId: client.accountManager?.id ?? null,
    socialLinks: client.socialLinks.map(({ network, url }) => ({ network, url })),
  };
}

const tooLong = (value: string, max = MAX_TEXT) =>
  value.trim().length > max ? `Keep it under ${max} characters` : null;
const WEBSITE = /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i;
const PHONE = /^[+()\d\s./-]{5,40}$/;

/** Client-side rules mirroring the API's input validation; the server stays the authority. */
export const clientFormValidation = {
  name: (v: string) => (!v.trim() ? 'Company name is required' : tooLong(v)),
  legalName: (v: string) => tooLong(v),
  email: (v: string) => (!v.trim() ? 'Email is required' : isEmail(v.trim()) ? null : 'Enter a valid email address'),
  phone: (v: string) => (v.trim() && !PHONE.test(v.trim()) ? 'Enter a valid phone number' : null),
  website: (v: string) =>
    v.trim() && !WEBSITE.test(v.trim()) ? 'Enter a valid website, e.g. acme.com' : tooLong(v, 300),
  industry: (v: string) => tooLong(v, 100),
  taxId: (v: string, values: ClientProfileValues) => {
    if (!v.trim()) return null;
    const check = checkTaxId(values.taxIdType ?? 'OTHER', v);
    return check.ok ? null : check.message;
  },
  address: {
    street: (v: string) => tooLong(v),
    city: (v: string) => tooLong(v, 100),
    region: (v: string) => tooLong(v, 100),
    postalCode: (v: string) => tooLong(v, 20),
  },
  tags: (v: string[]) => {
    if (v.length > MAX_TAGS) return `Use at most ${MAX_TAGS} tags`;
    return v.some((t) => t.trim().length > MAX_TAG_LENGTH) ? `Tags are at most ${MAX_TAG_LENGTH} characters` : null;
  },
  contactName: (v: string) => tooLong(v),
  statusReason: (v: string) => tooLong(v, 500),
  acquisitionSource: (v: string | undefined) => tooLong(v ?? '', 100),
  socialLinks: {
    network: (v: SocialNetwork | null) => (v ? null : 'Choose a network'),
    url: (v: string, values: ClientFormValues, path: string) => {
      const network = values.socialLinks?.[Number(path.split('.')[1])]?.network;
      if (!network) return null;
      const check = checkSocialLink(network, v);
      return check.ok ? null : check.message;
    },
  },
};

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

function normalizeWebsite(v: string): string | null {
  const value = text(v);
  if (!value) return null;
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

function profileInput(values: ClientProfileValues) {
  const { address } = values;
  return {
    name: values.name.trim(),
    legalName: text(values.legalName),
    email: values.email.trim(),
    phone: text(values.phone),
    website: normalizeWebsite(values.website),
    industry: text(values.industry),
    size: values.size,
    firstContactAt: values.firstContactAt ? `${values.firstContactAt.slice(0, 10)}T00:00:00.000Z` : null,
    taxIdType: values.taxIdType,
    taxId: text(values.taxId),
    address: {
      street: text(address.street),
      city: text(address.city),
      region: text(address.region),
      postalCode: text(address.postalCode),
      country: address.country || null,
    },
    tags: normalizeTags(values.tags),
  };
}

export function toCreateClientInput(values: ClientFormValues): CreateClientInput {
  return { ...profileInput(values), contactName: text(values.contactName), status: values.status };
}

/** The drawer's save; status moves through the header's status menu, not this input. */
export function toUpdateClientInput(
  values: ClientFormValues,
  initial: Pick<ClientFormValues, 'accountManagerId'>,
): UpdateClientInput {
  return {
    ...profileInput(values),
    acquisitionSource: text(values.acquisitionSource ?? ''),
    // Only when changed: a manager who has since left the workspace must not block saving other fields.
    ...(values.accountManagerId !== initial.accountManagerId ? { accountManagerId: values.accountManagerId } : {}),
    socialLinks: (values.socialLinks ?? []).flatMap(({ network, url }) =>
      network && url.trim() ? [{ network, url: url.trim() }] : [],
    ),
  };
}
