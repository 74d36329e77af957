/**
 * Our specs are OpenAPI 3.1; openapi-generator 5.0.0-beta2 reads 3.0. This turns a spec into what the
 * generator can read: @apiture/openapi-down-convert does the 3.1 -> 3.0 conversion (type arrays to
 * `nullable`, `examples` to `example`, `const` to `enum`, …), and one gap the generator cannot step
 * over is filled, with a note saying so.
 */
import { Converter } from '@apiture/openapi-down-convert';

export interface GeneratorInput {
  spec: Record<string, unknown>;
  /** What was changed beyond the version conversion, one line each. */
  notes: string[];
}

/** A URL that can never resolve (RFC 2606 `.invalid`), for flows whose real URLs no doc gives. */
export const PLACEHOLDER_OAUTH2_URL = 'https://oauth2-url-not-in-the-docs.invalid';

const FLOWS = ['authorizationCode', 'clientCredentials', 'password', 'implicit'] as const;

export function toGeneratorInput(spec: Record<string, unknown>): GeneratorInput {
  const version = String(spec.openapi ?? '');
  if (!/^3\.(0|1)\.\d+$/.test(version)) {
    throw new Error(
      `openapi-generator input must be OpenAPI 3.0 or 3.1, this one says openapi: "${version}"`,
    );
  }
  // The converter copies the document first; ours is left as it was.
  const converted = version.startsWith('3.1')
    ? (new Converter(spec, { verbose: false, deleteExampleWithId: false }).convert() as Record<
        string,
        unknown
      >)
    : structuredClone(spec);
  return { spec: converted, notes: fillEmptyOauth2Flows(converted) };
}

/**
 * An oauth2 scheme with `flows: {}` is valid OpenAPI (the docs we start from name the scheme but give
 * no URLs), but openapi-generator stops on it ("Could not identify any oauth2 flow"). It gets the flow
 * its description names (authorizationCode when none) with placeholder URLs.
 */
function fillEmptyOauth2Flows(spec: Record<string, unknown>): string[] {
  const components = spec.components as
    | { securitySchemes?: Record<string, Record<string, unknown>> }
    | undefined;
  const notes: string[] = [];
  for (const [name, scheme] of Object.entries(components?.securitySchemes ?? {})) {
    const flows = scheme.flows as Record<string, unknown> | undefined;
    if (scheme.type !== 'oauth2' || (flows && Object.keys(flows).length > 0)) continue;
    const described = String(scheme.description ?? '');
    const flow = FLOWS.find((f) => described.includes(`${f} flow`)) ?? 'authorizationCode';
    const urls = {
      ...(flow === 'authorizationCode' || flow === 'implicit'
        ? { authorizationUrl: `${PLACEHOLDER_OAUTH2_URL}/authorize` }
        : {}),
      ...(flow === 'implicit' ? {} : { tokenUrl: `${PLACEHOLDER_OAUTH2_URL}/token` }),
    };
    scheme.flows = { [flow]: { ...urls, scopes: {} } };
    notes.push(
      `oauth2 scheme "${name}" names no flow URLs: the generator gets a placeholder ${flow} flow at ${PLACEHOLDER_OAUTH2_URL}`,
    );
  }
  return notes;
}
