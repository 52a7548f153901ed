import { badInput } from '../errors/domain-error';

export const SOCIAL_NETWORKS = [
  'LINKEDIN',
  'INSTAGRAM',
  'FACEBOOK',
  'X',
  'YOUTUBE',
  'TIKTOK',
  'GITHUB',
  'BEHANCE',
  'DRIBBBLE',
  'PINTEREST',
  'THREADS',
  'BLUESKY',
  'MEDIUM',
  'VIMEO',
] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export interface SocialLink {
  network: SocialNetwork;
  url: string;
}

/** Hosts a profile URL of each network may live on (subdomains included: br.linkedin.com, m.facebook.com). */
export const SOCIAL_NETWORK_HOSTS: Readonly<Record<SocialNetwork, readonly string[]>> = {
  LINKEDIN: ['linkedin.com'],
  INSTAGRAM: ['instagram.com'],
  FACEBOOK: ['facebook.com', 'fb.com'],
  X: ['x.com', 'twitter.com'],
  YOUTUBE: ['youtube.com', 'youtu.be'],
  TIKTOK: ['tiktok.com'],
  GITHUB: ['github.com'],
  BEHANCE: ['behance.net'],
  DRIBBBLE: ['dribbble.com'],
  PINTEREST: ['pinterest.com'],
  THREADS: ['threads.net', 'threads.com'],
  BLUESKY: ['bsky.app'],
  MEDIUM: ['medium.com'],
  VIMEO: ['vimeo.com'],
};

export const MAX_SOCIAL_LINKS = SOCIAL_NETWORKS.length;
const MAX_URL = 300;

export type SocialLinkCheck = { ok: true; url: string } | { ok: false; message: string };

/** One profile URL: https is added when missing, and the host must belong to the network. */
export function checkSocialLink(network: SocialNetwork, raw: string): SocialLinkCheck {
  const value = raw.trim();
  if (!value) return { ok: false, message: 'Enter the profile URL' };
  if (value.length > MAX_URL) return { ok: false, message: `A URL is at most ${MAX_URL} characters` };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  // No URL global here (the domain runs without DOM or Node typings): scheme, authority, the rest.
  const match = /^(https?):\/\/([^/?#\s]+)([/?#]\S*)?$/i.exec(withScheme);
  if (!match) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https?:/i.test(value)
      ? { ok: false, message: 'Enter a web address (https://…)' }
      : { ok: false, message: 'Enter a valid URL' };
  }
  const authority = match[2]!;
  const hostPort = /^([a-z0-9.-]+)(:\d{1,5})?$/i.exec(authority);
  if (!hostPort || authority.includes('@')) return { ok: false, message: 'Enter a valid URL' };
  const host = hostPort[1]!.toLowerCase();
  const hosts = SOCIAL_NETWORK_HOSTS[network];
  if (!hosts.some((h) => host === h || host.endsWith(`.${h}`))) {
    return { ok: false, message: `${networkLabel(network)} links point to ${hosts[0]}` };
  }
  return { ok: true, url: `https://${host}${hostPort[2] ?? ''}${match[3] ?? ''}` };
}

export function networkLabel(network: SocialNetwork): string {
  const labels: Partial<Record<SocialNetwork, string>> = {
    LINKEDIN: 'LinkedIn',
    YOUTUBE: 'YouTube',
    TIKTOK: 'TikTok',
    GITHUB: 'GitHub',
    X: 'X',
  };
  return labels[network] ?? network.charAt(0) + network.slice(1).toLowerCase();
}

/**
 * Validates a list of links into the stored map (one URL per network, in SOCIAL_NETWORKS order). Errors name the
 * list position (`socialLinks.2.url`) so a form can put them on the right row.
 */
export function normalizeSocialLinks(links: readonly SocialLink[]): Record<string, string> {
  if (links.length > MAX_SOCIAL_LINKS) throw badInput('socialLinks', `At most ${MAX_SOCIAL_LINKS} social links`);
  const byNetwork = new Map<SocialNetwork, string>();
  links.forEach((link, i) => {
    if (!SOCIAL_NETWORKS.includes(link.network)) throw badInput(`socialLinks.${i}.network`, 'Unknown social network');
    if (byNetwork.has(link.network)) {
      throw badInput(`socialLinks.${i}.network`, `${networkLabel(link.network)} is already in the list`);
    }
    const result = checkSocialLink(link.network, link.url);
    if (!result.ok) throw badInput(`socialLinks.${i}.url`, result.message);
    byNetwork.set(link.network, result.url);
  });
  const out: Record<string, string> = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = byNetwork.get(network);
    if (url) out[network] = url;
  }
  return out;
}

/** The stored map as an ordered list; unknown keys (from older data) are dropped. */
export function socialLinksList(stored: Readonly<Record<string, unknown>> | null | undefined): SocialLink[] {
  if (!stored) return [];
  return SOCIAL_NETWORKS.flatMap((network) => {
    const url = stored[network];
    return typeof url === 'string' && url ? [{ network, url }] : [];
  });
}
