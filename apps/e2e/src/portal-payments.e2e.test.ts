import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { portalSignIn } from './portal';
import { API_URL, PORTAL_URL } from './stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Ids of the invoices listed in the statement table, from their row links. */
const rowIds = (page: Page) =>
  page
    .locator('table a[href^="/invoices/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!));

/** A staff (owner) GraphQL call over HTTP, as the admin app makes it. */
async function staffGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers = { 'content-type': 'application/json', 'x-clientflow-app': 'admin' };
  const signIn = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: `mutation { signIn(email: "owner@demo.clientflow.test", password: "clientflow-demo") { viewer { user { id } } } }`,
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** What staff see: the invoices' statuses through the admin's GraphQL API. */
async function staffInvoiceStatus(ids: string[]): Promise<string[]> {
  const statuses: string[] = [];
  for (const id of ids)
    statuses.push(
      (await staffGql<{ invoice: { status: string } }>(`query($id: ID!) { invoice(id: $id) { status } }`, { id }))
        .invoice.status,
    );
  return statuses;
}

test('a contact pays two open invoices through the local checkout; both are PAID in the portal and for staff', async () => {
  const page = await (await browser.newContext()).newPage();
  await portalSignIn(page);
  await page.getByRole('link', { name: 'Invoices' }).first().click();
  await page.getByRole('heading', { name: 'Invoices' }).waitFor();
  await page.locator('label', { hasText: /^Open$/ }).click();
  await page.waitForURL(/filter=OPEN/);
  await page.locator('table tbody tr').first().waitFor();
  const open = await rowIds(page);
  expect(open.length).toBeGreaterThanOrEqual(2);
  const paying = open.slice(0, 2);
  for (const id of paying) await page.locator(`tr:has(a[href="/invoices/${id}"]) input[type=checkbox]`).check();
  await page.getByRole('button', { name: 'Pay now' }).click();

  // The local stand-in for Stripe Checkout, served by the API.
  await page.waitForURL(/\/payments\/local-checkout\/cs_local_/);
  await page.getByRole('heading', { name: 'Northwind Studio' }).waitFor();
  await page.getByRole('button', { name: /^Pay \$/ }).click();

  await page.waitForURL(/\/invoices\?payment=success/);
  await page.getByText('Your payment is confirmed and your invoices are up to date.').waitFor();
  await page.locator('label', { hasText: /^All$/ }).click();
  for (const id of paying) {
    await page.locator(`tr:has(a[href="/invoices/${id}"])`).getByText('Paid', { exact: true }).waitFor();
  }
  expect(await staffInvoiceStatus(paying)).toEqual(['PAID', 'PAID']);
  await page.context().close();
});

test('a contact downloads the selected invoices as one ZIP of their PDFs', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await portalSignIn(page);
  await page.goto(`${PORTAL_URL}/invoices`);
  await page.locator('table tbody tr').first().waitFor();
  const rows = page.locator('table tbody tr');
  const chosen: string[] = [];
  for (let i = 0; i < Math.min(2, await rows.count()); i++) {
    await rows.nth(i).locator('input[type=checkbox]').check();
    chosen.push((await rows.nth(i).locator('a[href^="/invoices/"]').textContent())!.trim());
  }
  expect(chosen).toHaveLength(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download selected (ZIP)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^invoices-\d{4}-\d{2}-\d{2}\.zip$/);
  const names = execFileSync('unzip', ['-Z1', (await download.path())!])
    .toString()
    .trim()
    .split('\n')
    .sort();
  expect(names).toEqual(chosen.map((n) => `${n}.pdf`).sort());
  const first = execFileSync('unzip', ['-p', (await download.path())!, names[0]])
    .subarray(0, 5)
    .toString();
  expect(first).toBe('%PDF-');
  await context.close();
});

test('a contact approves a deliverable waiting for them; staff see the decision', async () => {
  // Staff submit a deliverable on the contact's project.
  const { projects } = await staffGql<{ projects: { nodes: { id: string }[] } }>(
    `{ projects(filter: { search: "Aurora" }) { nodes { id } } }`,
  );
  const title = `Menu photography ${Date.now()}`;
  const { createDeliverable } = await staffGql<{ createDeliverable: { id: string; status: string } }>(
    `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id status } }`,
    { input: { projectId: projects.nodes[0].id, title } },
  );
  expect(createDeliverable.status).toBe('PENDING_APPROVAL');

  const page = await (await browser.newContext()).newPage();
  await portalSignIn(page);
  await page.getByRole('link', { name: 'Approvals' }).first().click();
  await page.getByRole('heading', { name: 'Approvals' }).waitFor();
  const card = page
    .locator('div', { has: page.getByText(title, { exact: true }) })
    .filter({ has: page.getByRole('button', { name: 'Approve', exact: true }) })
    .last();
  await card.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`Approve “${title}”?`).waitFor();
  await dialog.getByLabel('Comment (optional)').fill('Looks great, ship it.');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByText('Approved. The team has been told.').waitFor();
  const { deliverable } = await staffGql<{ deliverable: { status: string } }>(
    `query($id: ID!) { deliverable(id: $id) { status } }`,
    { id: createDeliverable.id },
  );
  expect(deliverable.status).toBe('APPROVED');
  await page.context().close();
});
