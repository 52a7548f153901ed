/** What the create-owner command needs; each comes from a flag, else the environment, else a prompt. */
export interface OwnerArgs {
  email?: string;
  name?: string;
  agencyName?: string;
  password?: string;
  locale?: string;
  currency?: string;
  timezone?: string;
}

const FLAGS: Record<string, keyof OwnerArgs> = {
  '--email': 'email',
  '--name': 'name',
  '--agency': 'agencyName',
  '--password': 'password',
  '--locale': 'locale',
  '--currency': 'currency',
  '--timezone': 'timezone',
};
const ENV: Record<keyof OwnerArgs, string> = {
  email: 'OWNER_EMAIL',
  name: 'OWNER_NAME',
  agencyName: 'OWNER_AGENCY',
  password: 'OWNER_PASSWORD',
  locale: 'OWNER_LOCALE',
  currency: 'OWNER_CURRENCY',
  timezone: 'OWNER_TIMEZONE',
};

export const CREATE_OWNER_USAGE = `usage: pnpm --filter @clientflow/api create-owner [--email a@b.c] [--name "Ana Lima"] [--agency "Lima Design"]
                    [--locale pt-BR] [--currency EUR] [--timezone Europe/Lisbon]
The password comes from OWNER_PASSWORD or is asked without echo (--password works but stays in your shell history).
Each flag may also be given as OWNER_EMAIL, OWNER_NAME, OWNER_AGENCY, OWNER_LOCALE, OWNER_CURRENCY, OWNER_TIMEZONE.`;

/** `--email x` and `--email=x`; flags win over the environment. Throws on an unknown flag. */
export function parseOwnerArgs(argv: readonly string[], env: NodeJS.ProcessEnv): OwnerArgs {
  const out: OwnerArgs = {};
  for (const [key, variable] of Object.entries(ENV) as [keyof OwnerArgs, string][]) {
    const value = env[variable]?.trim();
    if (value) out[key] = key === 'password' ? env[variable] : value;
  }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') continue; // `pnpm … create-owner -- --email …`
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option ${flag}\n${CREATE_OWNER_USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    out[key] = value;
  }
  return out;
}
