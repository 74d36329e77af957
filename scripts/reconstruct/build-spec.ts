/** Turns what a doc says (DocApi) into an OpenAPI 3.1 document. Key order is fixed so output is stable. */
import type { DocApi, DocOperation, DocSecurityScheme } from './doc-model.ts';
import type { Schema } from './schema.ts';

export interface Provenance {
  /** The API page or pages. */
  doc: string;
  /** Of the API page, or of the whole doc set (each page's path and digest). */
  sha256: string;
  /** Pages read, model pages included. */
  pages?: number;
}

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

export const NO_SHAPE = 'The vendor docs name this model but show no shape for it.';

export function buildSpec(api: DocApi, title: string, provenance: Provenance): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of api.operations) {
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = buildOperation(op, api);
  }
  // A model only ever used as a parameter's type is a scalar or an enum (it goes in a URL), not an object.
  const paramText = JSON.stringify(api.operations.map((op) => op.parameters));
  const bodyText = JSON.stringify(api.operations.map((op) => [op.requestBody, op.responses]));
  const schemas: Record<string, Schema> = {};
  for (const name of [...api.models.keys()].sort()) {
    const ref = `"#/components/schemas/${name}"`;
    const scalar = paramText.includes(ref) && !bodyText.includes(ref);
    schemas[name] =
      api.models.get(name) ??
      (scalar ? { description: NO_SHAPE } : { type: 'object', description: NO_SHAPE });
  }
  const securitySchemes: Record<string, unknown> = {};
  for (const [name, scheme] of Object.entries(api.securitySchemes))
    securitySchemes[name] = buildScheme(scheme);
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: '0.0.0',
      description: `Reconstructed from the vendor's generated Python client docs (${provenance.doc} and the model pages it links); see x-reconstruction.`,
      'x-reconstruction': {
        source: provenance.doc,
        sha256: provenance.sha256,
        ...(provenance.pages ? { pages: provenance.pages } : {}),
        dialect: api.dialect,
        operations: api.operations.length,
        tool: 'scripts/reconstruct',
      },
    },
    servers: [{ url: api.host, description: 'Default host of the generated Python client' }],
    tags: [...new Set(api.operations.map((op) => op.tag ?? tagOf(api.apiClass)))].map((name) => ({ name })),
    paths,
    components: { schemas, securitySchemes },
  };
}

/** `UserApi` -> `User`, `UsersV1Api` -> `UsersV1`. */
export function tagOf(apiClass: string): string {
  return apiClass.replace(/Api$/, '');
}

/** `list_users` -> `listUsers`, `create_api_tokens_for_user1` -> `createApiTokensForUser1`. */
export function operationIdOf(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function buildOperation(op: DocOperation, api: DocApi): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const r of op.responses) {
    responses[r.status] = {
      description: r.description,
      ...(r.schema
        ? {
            content: Object.fromEntries(
              (r.contentTypes ?? ['application/json']).map((type) => [type, { schema: r.schema }]),
            ),
          }
        : {}),
    };
  }
  return {
    tags: [op.tag ?? tagOf(api.apiClass)],
    operationId: operationIdOf(op.name),
    ...(op.summary ? { summary: op.summary } : {}),
    ...(op.description ? { description: op.description } : {}),
    ...(op.deprecated ? { deprecated: true } : {}),
    ...(op.parameters.length
      ? {
          parameters: op.parameters.map((p) => ({
            name: p.name,
            in: p.in,
            ...(p.description ? { description: p.description } : {}),
            required: p.required,
            schema: p.schema,
          })),
        }
      : {}),
    ...(op.requestBody
      ? {
          requestBody: {
            ...(op.requestBody.description ? { description: op.requestBody.description } : {}),
            required: op.requestBody.required,
            content: Object.fromEntries(op.requestBody.content.map((c) => [c.type, { schema: c.schema }])),
          },
        }
      : {}),
    responses,
    security: op.security.map((alt) => Object.fromEntries(alt.map((s) => [s, []]))),
  };
}

function buildScheme(s: DocSecurityScheme): Record<string, unknown> {
  switch (s.type) {
    case 'apiKey':
      return { type: 'apiKey', in: s.in ?? 'header', name: s.name };
    case 'http':
      return { type: 'http', scheme: s.scheme, ...(s.bearerFormat ? { bearerFormat: s.bearerFormat } : {}) };
    case 'oauth2':
      return {
        type: 'oauth2',
        ...(s.flow
          ? { description: `OAuth 2.0, ${s.flow} flow (its URLs are not in the docs; see overlay.yaml).` }
          : {}),
        flows: {},
      };
  }
}
