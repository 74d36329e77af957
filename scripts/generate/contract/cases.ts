import type { SchemeBinding } from '@vendor-clients/auth';
import type { Operation, Parameter } from '../model.js';
import { sampleOf } from '../sample.js';
import type { Json, JsonObject } from '../spec.js';

/** One operation's contract: what the client is given, what must arrive on the wire, what comes back. */
export interface ContractCase {
  readonly operationId: string;
  readonly input: { path?: JsonObject; query?: JsonObject; header?: JsonObject; body?: Json };
  /** Credentials to configure, by kind, and the header they must produce. */
  readonly auth: ReadonlyArray<{
    readonly binding: SchemeBinding;
    readonly header: string;
    readonly value: string;
  }>;
  readonly want: {
    readonly method: string;
    /** Path below the base path and query, exactly as encoded on the wire. */
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: Json | undefined;
  };
  readonly reply: { readonly status: number; readonly contentType?: string; readonly body?: string };
  readonly result: Json | undefined;
}

const isScalarType = (schema: JsonObject) =>
  schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean';

/** A value for a parameter, chosen to exercise encoding: strings carry `/`, spaces and `&`. */
function paramValue(p: Parameter, root: JsonObject): Json {
  if (p.schema.type === 'array') {
    const items = (p.schema.items ?? {}) as JsonObject;
    // An item schema with no shape samples as null, which no query string can carry: send text.
    const first = sampleOf(items, root) ?? 'sample';
    return typeof first === 'string' && !Array.isArray(items.enum) ? [first, `two words/${p.name}`] : [first];
  }
  if (isScalarType(p.schema) || Array.isArray(p.schema.enum)) return sampleOf(p.schema, root);
  if (p.in === 'header') return `h-${p.name}`;
  return `v/${p.name} & more`;
}

function encodeSegment(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The query string the spec's style asks for (form style; explode repeats the name for arrays). */
function queryPart(p: Parameter, value: Json): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => encodeURIComponent(String(v)));
    if (p.explode) return items.map((v) => `${p.name}=${v}`).join('&');
    const joiner = p.style === 'spaceDelimited' ? '%20' : p.style === 'pipeDelimited' ? '|' : ',';
    return `${p.name}=${items.join(joiner)}`;
  }
  return `${p.name}=${encodeURIComponent(String(value))}`;
}

const credentialValue: Record<SchemeBinding['kind'], string> = {
  apiKey: 'contract-api-key',
  basic: `${Buffer.from('contract-user:contract-pass').toString('base64')}`,
  bearer: 'contract-token',
  oauth2: 'contract-token',
};

export function contractCase(
  op: Operation,
  bindings: readonly SchemeBinding[],
  root: JsonObject,
): ContractCase {
  const input: { path?: JsonObject; query?: JsonObject; header?: JsonObject; body?: Json } = {};
  let path = op.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    const value = paramValue(p, root);
    input[p.in] = { ...input[p.in], [p.name]: value };
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeSegment(String(value)));
    else if (p.in === 'query') query.push(queryPart(p, value));
    else headers[p.name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  let body: Json | undefined;
  if (op.body) {
    body = sampleOf(op.body.schema, root) ?? {};
    input.body = body;
    headers['content-type'] = /json|\*\/\*/.test(op.body.mediaType) ? 'application/json' : op.body.mediaType;
  }
  // The first alternative of the operation's security, fed by static credentials (oauth2 schemes by a
  // bearer token, which the bindings allow), so every header can be predicted exactly.
  const alternative = op.security[0] ?? {};
  const auth = Object.keys(alternative).map((scheme) => {
    const binding =
      bindings.find((b) => b.scheme === scheme && b.kind !== 'oauth2') ??
      bindings.find((b) => b.scheme === scheme)!;
    const value = `${binding.prefix ?? ''}${credentialValue[binding.kind]}`;
    headers[binding.name.toLowerCase()] = value;
    return { binding, header: binding.name.toLowerCase(), value };
  });

  const status = /^\d+$/.test(op.success.status) ? Number(op.success.status) : 200;
  const media = op.success.mediaType;
  let result: Json | undefined;
  let reply: ContractCase['reply'] = { status };
  if (media && status !== 204) {
    const sample = sampleOf(op.success.schema, root);
    const json = /json|\*\/\*/.test(media);
    result = json ? (sample ?? { ok: true }) : String(sample ?? 'ok');
    reply = {
      status,
      contentType: json ? 'application/json' : media,
      body: json ? JSON.stringify(result) : String(result),
    };
  }
  return {
    operationId: op.operationId,
    input,
    auth,
    want: {
      method: op.method.toUpperCase(),
      url: query.length ? `${path}?${query.join('&')}` : path,
      headers,
      body,
    },
    reply,
    result,
  };
}
