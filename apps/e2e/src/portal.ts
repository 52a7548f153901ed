import type { Page } from 'playwright-core';
import { magicLinkFor } from './mail';
import { PORTAL_URL } from './stack';

/** The demo portal contact (Aurora Café, every portal permission). */
export const DEMO_CONTACT = 'ana.souza@aurora-cafe.example';

/** Signs the demo contact in to the portal through a real magic link read from the dev mail catcher. */
export async function portalSignIn(page: Page): Promise<void> {
  await page.goto(`${PORTAL_URL}/sign-in`);
  await page.getByLabel(/Email address/).fill(DEMO_CONTACT);
  const link = await magicLinkFor(DEMO_CONTACT, async () => {
    await page.getByRole('button', { name: /Send me a sign-in link/ }).click();
    await page.getByText(/a link is on its way/).waitFor();
  });
  expect(link).toBeDefined();
  await page.goto(link!);
  await page.getByRole('button', { name: /Continue to your portal/ }).click();
  await page.getByText('Aurora Café').first().waitFor();
}
