import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { mailedLink } from './mail';
import { ADMIN_URL } from './stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const VERIFY_LINK = /https?:\/\/\S+\/verify-email\?token=[\w-]+/;
const INVITE_LINK = /https?:\/\/\S+\/accept-invite\?token=[\w-]+/;

test('a new agency signs up, verifies, invites a MEMBER who joins, then removes them: their open tab is signed out', async () => {
  const stamp = Date.now();
  const ownerEmail = `owner-${stamp}@new-agency.example`;
  const mateEmail = `mate-${stamp}@new-agency.example`;

  // 1. Sign up: a workspace with its OWNER, signed in at once, asked to confirm the email.
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(`${ADMIN_URL}/sign-in`);
  await owner.getByRole('link', { name: /Create an account/ }).click();
  await owner.getByRole('textbox', { name: 'Your name' }).fill('Nora Owner');
  await owner.getByRole('textbox', { name: 'Email' }).fill(ownerEmail);
  await owner.getByRole('textbox', { name: 'Password' }).fill('a long walk to the harbour');
  await owner.getByRole('textbox', { name: 'Agency name' }).fill(`Harbour Studio ${stamp}`);
  const verifyLink = await mailedLink(ownerEmail, VERIFY_LINK, async () => {
    await owner.getByRole('button', { name: 'Create account' }).click();
    await owner.getByText('Confirm your email').waitFor();
  });
  expect(verifyLink).toContain(`${ADMIN_URL}/verify-email?token=`);

  // 2. Verify from the mail catcher.
  await owner.goto(verifyLink!);
  await owner.getByText('Email confirmed').waitFor();
  await owner.getByRole('link', { name: 'Continue to ClientFlow' }).click();

  // 3. Invite a teammate as MEMBER.
  await owner.goto(`${ADMIN_URL}/settings/team`);
  await owner.getByRole('button', { name: 'Invite teammate' }).click();
  const dialog = owner.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Email' }).fill(mateEmail);
  // MEMBER is the default role of an invitation.
  expect(await dialog.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(mateEmail);
  const inviteLink = await mailedLink(mateEmail, INVITE_LINK, async () => {
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const row = owner
      .getByRole('table', { name: 'Pending invitations' })
      .getByRole('row')
      .filter({ hasText: mateEmail });
    await row.getByText('Member', { exact: true }).waitFor();
  });
  expect(inviteLink).toContain(`${ADMIN_URL}/accept-invite?token=`);

  // 4. The teammate accepts with a new account and sees what a MEMBER sees.
  const mate = await (await browser.newContext()).newPage();
  await mate.goto(inviteLink!);
  await mate.getByRole('textbox', { name: 'Your name' }).fill('Milo Mate');
  await mate.getByRole('textbox', { name: 'Choose a password' }).fill('ropes and sails at dawn');
  await mate.getByRole('button', { name: 'Create account and join' }).click();
  await mate.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await mate.goto(`${ADMIN_URL}/settings/team`);
  await mate.getByText(/Only owners and admins/).waitFor();
  await mate.goto(`${ADMIN_URL}/clients`);
  await mate.getByRole('heading', { name: 'Clients' }).waitFor();

  // 5. The owner removes them.
  await owner.reload();
  await owner.getByRole('button', { name: 'Actions for Milo Mate' }).click();
  await owner.getByRole('menuitem', { name: 'Remove from workspace' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Remove member' }).click();
  await owner.getByRole('table', { name: 'Members' }).getByText('Milo Mate').waitFor({ state: 'detached' });

  // 6. The teammate's open tab: its next request answers UNAUTHENTICATED and the app goes to sign-in.
  await mate.getByRole('link', { name: 'Projects' }).first().click();
  await mate.waitForURL(/\/sign-in/);
  await mate.getByRole('button', { name: 'Sign in' }).waitFor();

  await owner.context().close();
  await mate.context().close();
});
