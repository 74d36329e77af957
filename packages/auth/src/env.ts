import { apiKey, basic, bearer, type Credential, type CredentialKind } from './credential.js';
import { CredentialError } from './errors.js';
import { oauth2 } from './oauth2.js';

/** Environment variables, e.g. `process.env`; unset and empty values count as absent. */
export type Env = Readonly<Record<string, string | undefined>>;

export interface CredentialsFromEnvOptions {
  /** Upper-case prefix naming the vendor, e.g. `ONEZONE` reads `ONEZONE_API_KEY`, `ONEZONE_TOKEN`, .... */
  readonly prefix: string;
  /** The credential kinds the API accepts; variables for other kinds are not read. */
  readonly kinds: readonly CredentialKind[];
  /** Where to read; default `globalThis.process?.env` (none in a browser: pass an object there). */
  readonly env?: Env | undefined;
  /** oauth2: the token endpoint used when `<P>_TOKEN_URL` is unset (the one the API's spec names). */
  readonly tokenUrl?: string | undefined;
}

/** The variable names read for each kind, for a prefix; the order is the order credentials come back in. */
export function envVariables(prefix: string): Readonly<Record<CredentialKind, readonly string[]>> {
  return {
    apiKey: [`${prefix}_API_KEY`],
    basic: [`${prefix}_USERNAME`, `${prefix}_PASSWORD`],
    bearer: [`${prefix}_TOKEN`],
    oauth2: [
      `${prefix}_TOKEN_URL`,
      `${prefix}_CLIENT_ID`,
      `${prefix}_CLIENT_SECRET`,
      `${prefix}_REFRESH_TOKEN`,
      `${prefix}_SCOPE`,
    ],
  };
}

const PREFIX = /^[A-Z][A-Z0-9_]*$/;
const ORDER: readonly CredentialKind[] = ['apiKey', 'bearer', 'basic', 'oauth2'];

/**
 * Credentials from documented environment variables, one per accepted kind whose variables are set:
 * `<P>_API_KEY` (apiKey), `<P>_TOKEN` (bearer), `<P>_USERNAME` + `<P>_PASSWORD` (basic),
 * `<P>_TOKEN_URL` + `<P>_CLIENT_ID` with `<P>_REFRESH_TOKEN` (refresh_token grant) or
 * `<P>_CLIENT_SECRET` (client_credentials grant), optional `<P>_CLIENT_SECRET` and `<P>_SCOPE` (oauth2).
 * Throws a CredentialError naming the variables (never their values) when a set is incomplete, a value
 * is unusable, or none is set.
 */
export function credentialsFromEnv(options: CredentialsFromEnvOptions): Credential[] {
  const { prefix, kinds } = options;
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new CredentialError(
      `credentialsFromEnv: prefix ${JSON.stringify(prefix)} must be upper-case letters, digits and _`,
    );
  }
  const env = options.env ?? processEnv();
  const names = envVariables(prefix);
  const read = (name: string): string | undefined => {
    const value = env[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const credentials: Credential[] = [];
  for (const kind of ORDER) {
    if (!kinds.includes(kind)) continue;
    const credential = fromVariables(kind, names[kind], read, options.tokenUrl);
    if (credential) credentials.push(credential);
  }
  if (credentials.length === 0) {
    const wanted = ORDER.filter((k) => kinds.includes(k)).map((k) => howToSet(k, names[k]));
    throw new CredentialError(
      `credentialsFromEnv: no credentials in the environment; set ${wanted.join(', or ')}`,
    );
  }
  return credentials;
}

function fromVariables(
  kind: CredentialKind,
  names: readonly string[],
  read: (name: string) => string | undefined,
  defaultTokenUrl: string | undefined,
): Credential | undefined {
  // Constructor errors name the argument, not the variable: say which variable it came from.
  const make = <C>(used: string, construct: () => C): C => {
    try {
      return construct();
    } catch (error) {
      if (error instanceof CredentialError)
        throw new CredentialError(`${used}: ${error.message}`, { cause: error });
      throw error;
    }
  };
  switch (kind) {
    case 'apiKey':
    case 'bearer': {
      const [name] = names as [string];
      const value = read(name);
      if (value === undefined) return undefined;
      return make(name, () => (kind === 'apiKey' ? apiKey(value) : bearer(value)));
    }
    case 'basic': {
      const [userName, passName] = names as [string, string];
      const user = read(userName);
      const pass = read(passName);
      if (user === undefined && pass === undefined) return undefined;
      if (user === undefined || pass === undefined) {
        throw new CredentialError(
          `credentialsFromEnv: ${user === undefined ? passName : userName} is set but ${user === undefined ? userName : passName} is not; basic auth needs both`,
        );
      }
      return make(`${userName}/${passName}`, () => basic(user, pass));
    }
    case 'oauth2': {
      const [urlName, idName, secretName, refreshName, scopeName] = names as [
        string,
        string,
        string,
        string,
        string,
      ];
      const tokenUrl = read(urlName) ?? defaultTokenUrl;
      const clientId = read(idName);
      const clientSecret = read(secretName);
      const refreshToken = read(refreshName);
      const scope = read(scopeName);
      if ([read(urlName), clientId, clientSecret, refreshToken].every((v) => v === undefined))
        return undefined;
      const missing = [
        tokenUrl === undefined ? urlName : undefined,
        clientId === undefined ? idName : undefined,
        refreshToken === undefined && clientSecret === undefined
          ? `${refreshName} or ${secretName}`
          : undefined,
      ].filter((m): m is string => m !== undefined);
      if (missing.length > 0) {
        throw new CredentialError(
          `credentialsFromEnv: oauth2 from the environment also needs ${missing.join(', ')}`,
        );
      }
      return make(names.filter((n) => read(n) !== undefined).join('/'), () =>
        oauth2({
          tokenUrl: tokenUrl!,
          clientId: clientId!,
          ...(clientSecret === undefined ? {} : { clientSecret }),
          ...(refreshToken === undefined
            ? { grant: 'client_credentials' as const }
            : { grant: 'refresh_token' as const, refreshToken }),
          ...(scope === undefined ? {} : { scope }),
        }),
      );
    }
  }
}

function howToSet(kind: CredentialKind, names: readonly string[]): string {
  switch (kind) {
    case 'basic':
      return `${names[0]} and ${names[1]}`;
    case 'oauth2':
      return `${names[0]}, ${names[1]} and ${names[3]} or ${names[2]}`;
    default:
      return names[0]!;
  }
}

/** `process.env` where there is one (Node, Bun, Deno's compat layer); browsers have none. */
function processEnv(): Env {
  const proc = (globalThis as { process?: { env?: Env } }).process;
  return proc?.env ?? {};
}
