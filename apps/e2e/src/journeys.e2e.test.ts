import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { magicLinkFor } from './mail';
import { ADMIN_URL, PORTAL_URL } from './stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('staff signs in, creates a client and finds it in the list', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${ADMIN_URL}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill('manager@demo.clientflow.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('clientflow-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Staff land on the dashboard; its numbers open the lists behind them.
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.getByRole('link', { name: /Active clients/i }).click();
  await page.waitForURL(/\/clients\?status=ACTIVE/);
  await page
    .getByRole('link', { name: /New client/ })
    .or(page.getByRole('button', { name: /New client/ }))
    .first()
    .click();
  const name = `E2E Studio ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Company name' }).fill(name);
  await page.getByRole('textbox', { name: 'Email' }).fill('hello@e2e-studio.example');
  await page.getByLabel('Contact name').fill('Erin Example');
  await page.getByRole('button', { name: /Create client/ }).click();
  await page.waitForURL(/\/clients\/[0-9a-f-]{36}/);
  await page.getByRole('heading', { name }).waitFor();

  await page.goto(`${ADMIN_URL}/clients`);
  await page.getByLabel('Search clients').fill('e2e studio');
  await page.getByText(name).first().waitFor();
  await page.context().close();
});

test('a contact signs in to the portal with a magic link from the mail catcher', async () => {
  const email = 'ana.souza@aurora-cafe.example';
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${PORTAL_URL}/sign-in`);
  await page.getByLabel(/Email address/).fill(email);
  const link = await magicLinkFor(email, async () => {
    await page.getByRole('button', { name: /Send me a sign-in link/ }).click();
    await page.getByText(/a link is on its way/).waitFor();
  });
  expect(link).toContain(`${PORTAL_URL}/auth/continue?token=`);

  await page.goto(link!);
  // Opening the link alone signs nobody in (mail scanners prefetch links): the contact must continue.
  await page.getByRole('button', { name: /Continue to your portal/ }).click();
  await page.getByText('Aurora Café').first().waitFor();
  await page
    .getByText(/Northwind Studio/)
    .first()
    .waitFor();

  // The link is single use.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link!);
  await second.getByRole('button', { name: /Continue to your portal/ }).click();
  await second
    .getByText(/expired or was already used/)
    .first()
    .waitFor();
  await page.context().close();
  await second.context().close();
});

test('staff works a client record: contact, timeline entry, document upload, pipeline move', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ADMIN_URL}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill('owner@demo.clientflow.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('clientflow-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.goto(`${ADMIN_URL}/clients`);
  await page.getByLabel('Search clients').fill('blue harbor');
  // The search is debounced into the URL: wait for it, or the late URL update navigates back from the profile.
  await page.waitForURL(/[?&]q=blue/);
  await page.getByText('Blue Harbor Logistics', { exact: true }).first().click();
  await page.waitForURL(/\/clients\/[0-9a-f-]{36}/);
  const clientUrl = page.url().split('?')[0];

  // A new contact, and "who to contact for what" lists it under its role.
  await page.getByRole('tab', { name: /Contacts/ }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const contactForm = page.getByRole('dialog');
  await contactForm.getByRole('textbox', { name: 'Name' }).fill('Bianca Billing');
  await contactForm.getByRole('textbox', { name: 'Email' }).fill('bianca@blue-harbor-logistics.example');
  await contactForm.getByLabel('Role', { exact: true }).click();
  await page.getByRole('option', { name: 'Billing' }).click();
  await contactForm.getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('Bianca Billing').first().waitFor();

  // A logged call lands on the timeline.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'New entry' }).click();
  const entry = page.getByRole('dialog');
  await entry.getByRole('textbox', { name: /^Type/ }).or(entry.getByLabel(/^Type/)).first().click();
  await page.getByRole('option', { name: 'Call' }).click();
  await entry.getByRole('textbox', { name: /^Summary/ }).fill('Quarterly review call');
  await entry.getByRole('button', { name: 'Add entry' }).click();
  await page.getByText('Quarterly review call').first().waitFor();

  // A PDF uploaded through the drop zone is listed and downloads with its name.
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.getByText('Drop files here or click to choose').waitFor();
  await page.locator('input[type=file]').setInputFiles({
    name: 'contract-2026.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  const link = page.getByRole('link', { name: /contract-2026\.pdf/ }).first();
  await link.waitFor();
  const download = await context.request.get(new URL((await link.getAttribute('href'))!, ADMIN_URL).toString());
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('contract-2026.pdf');
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Moving the card on the pipeline changes the status and writes the STATUS_CHANGE event.
  await page.goto(`${ADMIN_URL}/clients?view=pipeline&q=blue%20harbor`);
  await page.getByRole('button', { name: 'Move Blue Harbor Logistics' }).click();
  await page.getByRole('menuitem', { name: 'Paused' }).click();
  await page.getByLabel('Paused column').getByText('Blue Harbor Logistics').waitFor();
  await page.goto(`${clientUrl}?tab=timeline`);
  await page
    .getByText(/from ACTIVE to PAUSED/i)
    .first()
    .waitFor();
  await context.close();
});

test('staff runs a project: create it from the client, finish its task, see progress and the PROJECT event', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ADMIN_URL}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill('admin@demo.clientflow.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('clientflow-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.goto(`${ADMIN_URL}/clients?q=coral`);
  await page.getByText('Coral Dental', { exact: true }).first().click();
  await page.waitForURL(/\/clients\/[0-9a-f-]{36}/);
  const clientUrl = page.url().split('?')[0];

  await page.getByRole('tab', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: /^Project name/ }).fill('E2E brand sprint');
  await form.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}/);
  await page.getByRole('heading', { name: 'E2E brand sprint' }).waitFor();

  await page.getByRole('textbox', { name: 'New task' }).fill('Moodboard');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click(); // the tasks' Add (milestones have one too)
  await page.getByRole('checkbox', { name: 'Complete Moodboard' }).click();
  await page.getByRole('checkbox', { name: 'Reopen Moodboard' }).waitFor();
  await page.getByText('100%').first().waitFor();

  await page.goto(`${clientUrl}?tab=timeline`);
  await page
    .getByText(/E2E brand sprint/)
    .first()
    .waitFor();
  await context.close();
});
