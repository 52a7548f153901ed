import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { DEMO_CONTACT as CONTACT, portalSignIn } from './portal';
import { ADMIN_URL, API_URL, PORTAL_URL } from './stack';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function staffSignIn(page: Page) {
  await page.goto(`${ADMIN_URL}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill('owner@demo.clientflow.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('clientflow-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

test('a contact opens a ticket with a file; staff add an internal note and reply; the reply reaches the portal live, the note never', async () => {
  const subject = `Checkout button does nothing ${Date.now()}`;
  const portal = await (await browser.newContext()).newPage();
  await portalSignIn(portal);
  await portal.getByRole('link', { name: 'Support' }).first().click();
  await portal.getByRole('heading', { name: 'Support' }).waitFor();
  await portal
    .getByRole('link', { name: /Open new ticket/ })
    .or(portal.getByRole('button', { name: /Open new ticket/ }))
    .first()
    .click();
  await portal.getByLabel(/Subject/).fill(subject);
  await portal.getByLabel(/Message/).fill('Clicking “Pay” on the shop does nothing on my phone.');
  await portal
    .locator('input[type=file]')
    .setInputFiles({ name: 'screen recording notes.pdf', mimeType: 'application/pdf', buffer: PDF });
  await portal.getByRole('button', { name: /Send ticket/ }).click();
  await portal.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
  const ticketId = portal.url().split('/').pop()!;
  await portal.getByRole('heading', { name: subject }).waitFor();
  await portal.getByRole('link', { name: /screen recording notes\.pdf/ }).waitFor();

  // Staff: the ticket is in the inbox, unread, with the client's file.
  const staff = await (await browser.newContext()).newPage();
  await staffSignIn(staff);
  await staff.getByRole('link', { name: 'Tickets' }).first().click();
  await staff.getByRole('heading', { name: 'Tickets' }).waitFor();
  await staff.getByRole('link', { name: subject }).click();
  await staff.waitForURL(new RegExp(`/tickets/${ticketId}$`));
  await staff.getByRole('link', { name: /screen recording notes\.pdf/ }).waitFor();

  // An internal note, then a public reply.
  await staff.getByText('Internal note', { exact: true }).first().click();
  await staff
    .getByRole('textbox', { name: 'Internal note' })
    .fill('Their theme overrides our script — check with the dev team.');
  await staff.getByRole('button', { name: 'Add internal note' }).click();
  const staffThread = staff.getByRole('list', { name: 'Messages' });
  await staffThread.getByText('Their theme overrides our script').waitFor();
  await staff.getByText('Reply to client', { exact: true }).first().click();
  await staff.getByRole('textbox', { name: 'Reply to client' }).fill('Thanks Ana — fixed, could you try again?');
  await staff.getByRole('button', { name: 'Send reply' }).click();
  await staffThread.getByText('Thanks Ana — fixed, could you try again?').waitFor();

  // The portal thread, still open, receives the reply without a reload; the note never shows.
  await portal.getByText('Thanks Ana — fixed, could you try again?').waitFor({ timeout: 15_000 });
  await portal
    .getByText(/Awaiting your reply/)
    .first()
    .waitFor();
  expect(await portal.getByText('Their theme overrides our script').count()).toBe(0);
  await portal.reload();
  await portal.getByText('Thanks Ana — fixed, could you try again?').waitFor();
  expect(await portal.getByText('Their theme overrides our script').count()).toBe(0);

  // The reply was emailed with a link back to the thread.
  const mail = (await (await fetch(`${API_URL}/dev/mail/messages.json`)).json()) as {
    to: string;
    subject: string;
    text: string;
  }[];
  const reply = mail.find((m) => m.to.includes(CONTACT) && m.subject === `Re: ${subject}`);
  expect(reply?.text).toContain(`${PORTAL_URL}/tickets/${ticketId}`);
  expect(reply?.text).not.toContain('Their theme overrides our script');
});
