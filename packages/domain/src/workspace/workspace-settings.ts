import { badInput } from '../errors/domain-error';

export interface WorkspaceSettingsPatch {
  name?: string | null;
  currency?: string | null;
  locale?: string | null;
  timezone?: string | null;
  primaryColor?: string | null;
  accentColor?: string | null;
  memberCanViewFinancials?: boolean | null;
}

export interface ValidWorkspaceSettingsPatch {
  name?: string;
  currency?: string;
  locale?: string;
  timezone?: string;
  primaryColor?: string;
  accentColor?: string | null;
  memberCanViewFinancials?: boolean;
}

const HEX = /^#[0-9a-f]{6}$/i;

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf('currency').includes(value);
}

/** IANA zone names the runtime knows (canonical names, plus UTC). */
export function isTimeZone(value: string): boolean {
  return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

/** A BCP 47 tag the runtime can format dates and numbers for; returns it canonicalised (pt-br → pt-BR), else null. */
export function canonicalLocale(value: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    if (!tag) return null;
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length ? tag : null;
  } catch {
    return null;
  }
}

/** Checks every provided field and returns the cleaned patch; `null` on a required setting is refused. */
export function validateWorkspaceSettings(patch: WorkspaceSettingsPatch): ValidWorkspaceSettingsPatch {
  const out: ValidWorkspaceSettingsPatch = {};
  const required = (field: keyof WorkspaceSettingsPatch) => {
    const v = patch[field];
    if (v === null) throw badInput(field, `${field} cannot be empty`);
    return v;
  };
  const name = required('name');
  if (typeof name === 'string') {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) throw badInput('name', 'name cannot be empty');
    if (clean.length > 100) throw badInput('name', 'name must be at most 100 characters');
    out.name = clean;
  }
  const currency = required('currency');
  if (typeof currency === 'string') {
    const code = currency.trim().toUpperCase();
    if (!isCurrencyCode(code)) throw badInput('currency', 'currency must be an ISO 4217 code, like USD or EUR');
    out.currency = code;
  }
  const locale = required('locale');
  if (typeof locale === 'string') {
    const tag = canonicalLocale(locale.trim());
    if (!tag) throw badInput('locale', 'locale must be a language tag like en, en-US or pt-BR');
    out.locale = tag;
  }
  const timezone = required('timezone');
  if (typeof timezone === 'string') {
    const tz = timezone.trim();
    if (!isTimeZone(tz))
      throw badInput('timezone', 'timezone must be an IANA time zone, like Europe/Lisbon or America/New_York');
    out.timezone = tz;
  }
  const primary = required('primaryColor');
  if (typeof primary === 'string') {
    if (!HEX.test(primary.trim())) throw badInput('primaryColor', 'primary colour must be a hex colour like #4c6ef5');
    out.primaryColor = primary.trim().toLowerCase();
  }
  if (patch.accentColor !== undefined) {
    const accent = patch.accentColor?.trim() || null;
    if (accent && !HEX.test(accent)) throw badInput('accentColor', 'accent colour must be a hex colour like #0b7285');
    out.accentColor = accent ? accent.toLowerCase() : null;
  }
  const financials = required('memberCanViewFinancials');
  if (typeof financials === 'boolean') out.memberCanViewFinancials = financials;
  return out;
}
