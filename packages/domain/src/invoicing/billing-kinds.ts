/** Enumerations shared by invoices, quotes, payments, recurring schedules and billing emails. */

/** Where an invoice or quote line came from. */
export const LINE_SOURCES = ['FIXED_FEE', 'TIME', 'AD_HOC'] as const;
export type LineSource = (typeof LINE_SOURCES)[number];

/** How a payment arrived. STRIPE payments are recorded by the portal's webhook, never by hand. */
export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'OTHER', 'STRIPE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const MANUAL_PAYMENT_METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'OTHER'];

/** FIXED bills the schedule's line templates; HOURS bills the period's billable, unbilled time of its project. */
export const RECURRING_MODES = ['FIXED', 'HOURS'] as const;
export type RecurringMode = (typeof RECURRING_MODES)[number];

export const EMAIL_TEMPLATE_KINDS = ['INVOICE', 'QUOTE', 'REMINDER', 'RECEIPT'] as const;
export type EmailTemplateKind = (typeof EMAIL_TEMPLATE_KINDS)[number];
