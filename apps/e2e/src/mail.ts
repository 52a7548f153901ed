import { API_URL } from './stack';

async function newestLink(email: string): Promise<string | undefined> {
  const mail = (await (await fetch(`${API_URL}/dev/mail/messages.json`)).json()) as { to: string; text: string }[];
  // The catcher lists the newest message first. Other mail to the same person (a payment receipt rendered a few
  // seconds later) may arrive after the link, so this is the newest message that carries a link, not the newest.
  return mail
    .filter((m) => m.to.includes(email))
    .map((m) => m.text.match(/https?:\/\/\S+\/auth\/continue\?token=[\w-]+/)?.[0])
    .find((link) => link !== undefined);
}

/**
 * Asks for a portal sign-in link through `request`, then reads the new link mailed to `email` from the API's dev
 * mail catcher (polls up to ~10 s; a link mailed before the request is never returned).
 */
export async function magicLinkFor(email: string, request: () => Promise<void>): Promise<string | undefined> {
  const before = await newestLink(email);
  await request();
  for (let i = 0; i < 40; i++) {
    const link = await newestLink(email);
    if (link && link !== before) return link;
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}

/**
 * The newest link matching `pattern` in mail to `email` that was not there before `action` ran (polls ~10 s): for
 * account emails (verification, team invitations, password resets).
 */
export async function mailedLink(
  email: string,
  pattern: RegExp,
  action: () => Promise<void>,
): Promise<string | undefined> {
  const newest = async () => {
    const mail = (await (await fetch(`${API_URL}/dev/mail/messages.json`)).json()) as { to: string; text: string }[];
    return mail
      .filter((m) => m.to.includes(email))
      .map((m) => m.text.match(pattern)?.[0])
      .find((link) => link !== undefined);
  };
  const before = await newest();
  await action();
  for (let i = 0; i < 40; i++) {
    const link = await newest();
    if (link && link !== before) return link;
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
