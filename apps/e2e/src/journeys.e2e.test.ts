import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { ADMIN_URL, API_URL, PORTAL_URL } from './stack';

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
  await page.waitForURL(/\/clients/);
  await page.getByRole('link', { name: /New client/ }).or(page.getByRole('button', { name: /New client/ })).first().click();
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
  await page.getByRole('button', { name: /Send me a sign-in link/ }).click();
  await page.getByText(/a link is on its way/).waitFor();

  let link: string | undefined;
  for (let i = 0; i < 40 && !link; i++) {
    const mail = (await (await fetch(`${API_URL}/dev/mail/messages.json`)).json()) as { to: string; text: string }[];
    link = mail.find((m) => m.to.includes(email))?.text.match(/https?:\/\/\S+\/auth\/continue\?token=[\w-]+/)?.[0];
    if (!link) await new Promise((r) => setTimeout(r, 250));
  }
  expect(link).toContain(`${PORTAL_URL}/auth/continue?token=`);

  await page.goto(link!);
  // Opening the link alone signs nobody in (mail scanners prefetch links): the contact must continue.
  await page.getByRole('button', { name: /Continue to your portal/ }).click();
  await page.getByText('Aurora Café').first().waitFor();
  await page.getByText(/Northwind Studio/).first().waitFor();

  // The link is single use.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link!);
  await second.getByRole('button', { name: /Continue to your portal/ }).click();
  await second.getByText(/expired or was already used/).first().waitFor();
  await page.context().close();
  await second.context().close();
});
