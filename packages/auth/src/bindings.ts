import { CREDENTIAL_KINDS, type CredentialKind } from './credential.js';
import { CredentialError } from './errors.js';

/** How one spec security scheme is fed: which credential kind, which header, which prefix. */
export interface SchemeBinding {
  /** Name in components.securitySchemes. */
  readonly scheme: string;
  /** Which credential kind feeds it. */
  readonly kind: CredentialKind;
  readonly in: 'header' | 'query' | 'cookie';
  /** Header (or query parameter, or cookie) name, e.g. 'X-Auth-Token', 'Authorization'. */
  readonly name: string;
  /** Put before the credential's value, e.g. 'Bearer ', 'Basic '. */
  readonly prefix?: string;
  /**
   * oauth2 only: the token endpoint the scheme's flows name (when they name exactly one), which a vendor
   * package gives `oauth2()` as its default `tokenUrl`.
   */
  readonly tokenUrl?: string;
}

const LOCATIONS = ['header', 'query', 'cookie'] as const;

/**
 * Bindings for an OpenAPI `components.securitySchemes` object, in its key order:
 * apiKey -> apiKey (an apiKey in header `Authorization` -> bearer with prefix 'Bearer '),
 * http basic -> basic, http bearer -> bearer, oauth2 and openIdConnect -> oauth2 and bearer (a static
 * access token). Schemes no credential can feed (mutualTLS, http digest and other http schemes) get no
 * binding, so operations that require only them are reported as unsatisfiable by selectSecurity.
 * Malformed schemes throw a CredentialError naming the scheme.
 */
export function bindSecuritySchemes(schemes: Record<string, unknown>): SchemeBinding[] {
  if (typeof schemes !== 'object' || schemes === null || Array.isArray(schemes)) {
    throw new CredentialError('bindSecuritySchemes: expected the components.securitySchemes object');
  }
  return Object.entries(schemes).flatMap(([scheme, definition]) => bindScheme(scheme, definition));
}

function bindScheme(scheme: string, definition: unknown): SchemeBinding[] {
  const bad = (problem: string): never => {
    throw new CredentialError(`bindSecuritySchemes: security scheme "${scheme}" ${problem}`);
  };
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return bad('is not an object');
  }
  const def = definition as Record<string, unknown>;
  if ('$ref' in def) return bad('is a $ref; pass a dereferenced securitySchemes object');
  const authorization = (kind: CredentialKind, prefix: string): SchemeBinding => ({
    scheme,
    kind,
    in: 'header',
    name: 'Authorization',
    prefix,
  });

  switch (def.type) {
    case 'apiKey': {
      const location = def.in;
      if (!LOCATIONS.includes(location as (typeof LOCATIONS)[number])) {
        return bad(`has in: ${JSON.stringify(location)}; expected header, query or cookie`);
      }
      if (typeof def.name !== 'string' || def.name === '') return bad('has no name');
      if (location === 'header' && def.name.toLowerCase() === 'authorization') {
        return [authorization('bearer', 'Bearer ')];
      }
      return [{ scheme, kind: 'apiKey', in: location as SchemeBinding['in'], name: def.name }];
    }
    case 'http': {
      if (typeof def.scheme !== 'string') return bad('has no http scheme (basic, bearer, ...)');
      // HTTP auth scheme names are case-insensitive (RFC 9110 §11.1).
      const httpScheme = def.scheme.toLowerCase();
      if (httpScheme === 'basic') return [authorization('basic', 'Basic ')];
      if (httpScheme === 'bearer') return [authorization('bearer', 'Bearer ')];
      return [];
    }
    case 'oauth2': {
      const tokenUrl = flowTokenUrl(def.flows);
      return [
        { ...authorization('oauth2', 'Bearer '), ...(tokenUrl === undefined ? {} : { tokenUrl }) },
        authorization('bearer', 'Bearer '),
      ];
    }
    case 'openIdConnect':
      return [authorization('oauth2', 'Bearer '), authorization('bearer', 'Bearer ')];
    case 'mutualTLS':
      return [];
    default:
      return bad(
        `has type ${JSON.stringify(def.type)}; expected apiKey, http, oauth2, openIdConnect or mutualTLS`,
      );
  }
}

/** The one token URL an oauth2 scheme's flows name; none when they name none or disagree. */
function flowTokenUrl(flows: unknown): string | undefined {
  if (typeof flows !== 'object' || flows === null) return undefined;
  const urls = new Set(
    Object.values(flows as Record<string, unknown>)
      .map((flow) =>
        typeof flow === 'object' && flow !== null ? (flow as Record<string, unknown>).tokenUrl : undefined,
      )
      .filter((url): url is string => typeof url === 'string' && url !== ''),
  );
  return urls.size === 1 ? [...urls][0] : undefined;
}

/**
 * Throws a CredentialError naming `place` and the scheme when `binding` is not a well-formed
 * SchemeBinding (one not made by `bindSecuritySchemes`, e.g. written by hand).
 */
export function checkBinding(binding: unknown, place: string): asserts binding is SchemeBinding {
  if (typeof binding !== 'object' || binding === null) {
    throw new CredentialError(`${place}: binding must be a SchemeBinding object`);
  }
  const { scheme, kind, name, prefix, tokenUrl, in: location } = binding as Record<string, unknown>;
  const problem =
    typeof scheme !== 'string' || scheme === ''
      ? 'has no scheme name'
      : !CREDENTIAL_KINDS.includes(kind as CredentialKind)
        ? `has unknown kind ${JSON.stringify(kind)}`
        : !LOCATIONS.includes(location as (typeof LOCATIONS)[number])
          ? `has unknown in ${JSON.stringify(location)}`
          : typeof name !== 'string' || name === ''
            ? 'has no name'
            : prefix !== undefined && typeof prefix !== 'string'
              ? 'has a prefix that is not a string'
              : tokenUrl !== undefined && typeof tokenUrl !== 'string'
                ? 'has a tokenUrl that is not a string'
                : '';
  if (problem) {
    throw new CredentialError(`${place}: binding for security scheme "${String(scheme)}" ${problem}`);
  }
}
