/** Page size of the invoices and quotes lists (the API allows up to 100). */
export const BILLING_PAGE_SIZE = 25;

export const pageInput = (page: number) => ({ offset: (page - 1) * BILLING_PAGE_SIZE, limit: BILLING_PAGE_SIZE });
