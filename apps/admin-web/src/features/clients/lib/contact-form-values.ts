import { CONTACT_ROLES, CONTACT_ROLE_PURPOSES, isEmail } from '@clientflow/domain';
import type {
  ContactFieldsFragment,
  ContactRole,
  CreateContactInput,
  UpdateContactInput,
} from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';

export const ROLE_COLORS: Record<ContactRole, string> = {
  DECISION_MAKER: 'grape',
  TECHNICAL: 'cyan',
  BILLING: 'green',
  MARKETING: 'pink',
  LEGAL: 'orange',
  OBSERVER: 'gray',
  OTHER: 'gray',
};

export const ROLE_OPTIONS = CONTACT_ROLES.map((value) => ({ value, label: humanizeEnum(value) }));
export { CONTACT_ROLE_PURPOSES };

export interface ContactFormValues {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  mobile: string;
  role: ContactRole;
  notes: string;
  isPrimary: boolean;
  portalAccess: boolean;
}

export const emptyContactValues = (): ContactFormValues => ({
  name: '',
  jobTitle: '',
  email: '',
  phone: '',
  mobile: '',
  role: 'OTHER',
  notes: '',
  isPrimary: false,
  portalAccess: false,
});

export function contactValuesFrom(c: ContactFieldsFragment): ContactFormValues {
  return {
    name: c.name,
    jobTitle: c.jobTitle ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    mobile: c.mobile ?? '',
    role: c.role,
    notes: c.notes ?? '',
    isPrimary: c.isPrimary,
    portalAccess: c.portalAccess,
  };
}

const PHONE = /^[+()\d\s./-]{5,40}$/;
const tooLong = (v: string, max: number) => (v.trim().length > max ? `Keep it under ${max} characters` : null);
const phone = (v: string) => (v.trim() && !PHONE.test(v.trim()) ? 'Enter a valid phone number' : null);

/** Mirrors the API's contact input rules; the server stays the authority. */
export const contactFormValidation = {
  name: (v: string) => (!v.trim() ? 'Name is required' : tooLong(v, 200)),
  jobTitle: (v: string) => tooLong(v, 100),
  email: (v: string, values: ContactFormValues) => {
    if (!v.trim()) return values.portalAccess ? 'Portal access needs an email address' : null;
    return isEmail(v.trim()) ? null : 'Enter a valid email address';
  },
  phone,
  mobile: phone,
  notes: (v: string) => tooLong(v, 2000),
};

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** `withPortal`: only callers allowed to manage portal access send the flag (the API needs portal.manage for it). */
export function toContactInput(
  values: ContactFormValues,
  withPortal: boolean,
): CreateContactInput & UpdateContactInput {
  return {
    name: values.name.trim(),
    jobTitle: text(values.jobTitle),
    email: text(values.email),
    phone: text(values.phone),
    mobile: text(values.mobile),
    role: values.role,
    notes: text(values.notes),
    ...(values.isPrimary ? { isPrimary: true } : {}),
    ...(withPortal ? { portalAccess: values.portalAccess } : {}),
  };
}
