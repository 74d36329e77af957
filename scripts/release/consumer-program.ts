/**
 * Writes the little programs the release end-to-end test runs as an outside consumer of a published
 * vendor package: one operation chosen from the spec, called with literal arguments and a credential
 * that fits the operation's first security alternative.
 */

type Json = Record<string, unknown>;

const methods = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch'] as const;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ConsumerCall {
  readonly operationId: string;
  readonly method: string;
  /** The path the server should see, parameters filled in. */
  readonly path: string;
  /** Source of the properties of the method's first argument, e.g. `path: { id: 'e2e' }`. */
  readonly inputEntries: readonly string[];
  /** The credential constructor to import and the expression that builds it; null = no auth needed. */
  readonly credential: { readonly constructor: string; readonly expression: string } | null;
}

function literalFor(schema: unknown): string | null {
  const type = isRecord(schema) ? schema.type : undefined;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('string')) return "'e2e'";
  if (types.includes('integer') || types.includes('number')) return '7';
  if (types.includes('boolean')) return 'true';
  return null;
}

function credentialFor(spec: Json, security: unknown): ConsumerCall['credential'] | undefined {
  if (!Array.isArray(security) || security.length === 0) return null;
  const first = security[0];
  if (!isRecord(first)) return undefined;
  const names = Object.keys(first);
  if (names.length === 0) return null;
  if (names.length > 1) return undefined;
  const components = isRecord(spec.components) ? spec.components : {};
  const schemes = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  const scheme = schemes[names[0]!];
  if (!isRecord(scheme)) return undefined;
  // Mirrors the auth package's bindings: an apiKey in `Authorization` and oauth2 take a bearer token.
  if (scheme.type === 'apiKey' && String(scheme.name).toLowerCase() !== 'authorization') {
    return { constructor: 'apiKey', expression: "apiKey('e2e-key')" };
  }
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') {
    return { constructor: 'basic', expression: "basic('e2e-user', 'e2e-password')" };
  }
  return { constructor: 'bearer', expression: "bearer('e2e-token')" };
}

/** The first operation without a required body whose required parameters are all plain scalars. */
export function chooseConsumerCall(spec: Json): ConsumerCall {
  for (const [route, item] of Object.entries(isRecord(spec.paths) ? spec.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of methods) {
      const operation = item[method];
      if (!isRecord(operation) || typeof operation.operationId !== 'string') continue;
      if (isRecord(operation.requestBody) && operation.requestBody.required === true) continue;
      const parameters = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(operation.parameters) ? operation.parameters : []),
      ].filter(isRecord);
      const groups: Record<string, string[]> = {};
      let path = route;
      let usable = true;
      for (const parameter of parameters) {
        if (parameter.required !== true) continue;
        const literal = literalFor(parameter.schema);
        if (literal === null || (parameter.in !== 'path' && parameter.in !== 'query')) {
          usable = false;
          break;
        }
        const name = String(parameter.name);
        const group = groups[parameter.in] ?? [];
        group.push(`${JSON.stringify(name)}: ${literal}`);
        groups[parameter.in] = group;
        if (parameter.in === 'path')
          path = path.replace(`{${name}}`, literal === '7' ? '7' : literal.slice(1, -1));
      }
      const credential = credentialFor(spec, 'security' in operation ? operation.security : spec.security);
      if (!usable || credential === undefined) continue;
      return {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        inputEntries: Object.entries(groups).map(([where, fields]) => `${where}: { ${fields.join(', ')} }`),
        credential,
      };
    }
  }
  throw new Error('no operation in the spec can be called with scalar parameters only');
}

function inputSource(entries: readonly string[]): string {
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

function imports(factory: string, call: ConsumerCall): string[] {
  return call.credential ? [factory, call.credential.constructor] : [factory];
}

function clientExpression(factory: string, call: ConsumerCall, baseUrl: string): string {
  const auth = call.credential ? `, auth: ${call.credential.expression}` : '';
  return `${factory}({ baseUrl: ${baseUrl}${auth}, retry: false })`;
}

/** A script that calls the operation against `process.argv[2]` and prints what came back. */
export function runtimeProgram(
  packageName: string,
  factory: string,
  call: ConsumerCall,
  kind: 'esm' | 'cjs',
): string {
  const names = imports(factory, call).join(', ');
  const load =
    kind === 'esm'
      ? `import { ${names} } from '${packageName}';`
      : `const { ${names} } = require('${packageName}');`;
  return [
    load,
    'async function main() {',
    `  const client = ${clientExpression(factory, call, 'process.argv[2]')};`,
    `  const result = await client.${call.operationId}(${inputSource(call.inputEntries)});`,
    `  console.log(JSON.stringify({ factory: typeof ${factory}, result: result ?? null }));`,
    '}',
    'main().catch((error) => { console.error(error); process.exitCode = 1; });',
    '',
  ].join('\n');
}

/** A typed consumer; `broken` adds an argument the method's type must reject. */
export function typedProgram(
  packageName: string,
  factory: string,
  call: ConsumerCall,
  broken = false,
): string {
  const input = inputSource(broken ? [...call.inputEntries, 'notAnInput: 1'] : call.inputEntries);
  return [
    `import { ${imports(factory, call).join(', ')} } from '${packageName}';`,
    '',
    `const client = ${clientExpression(factory, call, "'http://127.0.0.1:9'")};`,
    `export const pending: Promise<unknown> = client.${call.operationId}(${input}, { timeoutMs: 1000 });`,
    '',
  ].join('\n');
}
