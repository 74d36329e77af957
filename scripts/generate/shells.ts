import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type CredentialKind, envVariables, type SchemeBinding } from '@vendor-clients/auth';
import { packageMetadata, readRepository, repoLink } from '../repository.js';
import type { Vendor } from '../vendors.js';
import {
  acceptedKinds,
  bindingsOf,
  defaultTokenUrl,
  envPrefix,
  fromEnvName,
  paginatorName,
  pascal,
  userAgentOf,
} from './emit.js';
import { repoRoot } from './generate.js';
import { type ApiModel, type Operation, readModel } from './model.js';
import { exampleCall, flowOperations, flowSteps, stepImport, summaryOf } from './readme-example.js';
import { sampleOf } from './sample.js';
import { type Json, type JsonObject, type LoadedSpec, loadSpec } from './spec.js';
import { bodyCases, errorCases, FieldChecks, pagingCases, responseCases } from './type-cases.js';

const templateDir = join(dirname(new URL(import.meta.url).pathname), 'template');

/**
 * Formats rendered files as the repo's biome config does (one biome run for all of them), so committed
 * shells pass `biome check` and the drift check compares like with like.
 */
function formatAll(files: Map<string, string>): Map<string, string> {
  const scratch = mkdtempSync(join(repoRoot, '.tmp-shells-'));
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const biome = join(repoRoot, 'node_modules', '.bin', 'biome');
    const result = spawnSync(biome, ['check', '--write', '--no-errors-on-unmatched', scratch], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(`biome could not format the rendered shells:\n${result.stdout}${result.stderr}`);
    return new Map([...files.keys()].map((path) => [path, readFileSync(join(scratch, path), 'utf8')]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function templateFiles(dir = templateDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return templateFiles(full);
    // Template files end in .tmpl so no tool mistakes them (placeholders and all) for real sources.
    return name.endsWith('.tmpl') ? [relative(templateDir, full).slice(0, -'.tmpl'.length)] : [];
  });
}

function specOf(vendor: Vendor): LoadedSpec {
  return loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
}

/**
 * Every committed file of a vendor package, as the template makes it from the vendor's spec (`spec`
 * gives another one, for tests).
 */
export function renderShells(
  list: readonly Vendor[],
  spec: (vendor: Vendor) => LoadedSpec = specOf,
): Map<Vendor, Record<string, string>> {
  const raw = new Map<string, string>();
  for (const vendor of list) {
    for (const [file, text] of Object.entries(renderRaw(vendor, spec(vendor))))
      raw.set(join(vendor.id, file), text);
  }
  const done = formatAll(raw);
  return new Map(
    list.map((vendor) => {
      const files = templateFiles().map((file) => [file, done.get(join(vendor.id, file))!] as const);
      return [vendor, Object.fromEntries(files)];
    }),
  );
}

function renderRaw(vendor: Vendor, spec: LoadedSpec): Record<string, string> {
  const values = placeholders(vendor, spec);
  return Object.fromEntries(templateFiles().map((file) => [file, renderFile(file, values)]));
}

function renderFile(file: string, values: Record<string, string>): string {
  const text = readFileSync(join(templateDir, `${file}.tmpl`), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`${join(templateDir, `${file}.tmpl`)}: unknown placeholder ${whole}`);
    return value;
  });
}

/** The placeholders of `src/types.test-d.ts`: its cases, from the spec. */
function typeTestPlaceholders(factory: string, spec: LoadedSpec, model: ApiModel): Record<string, string> {
  // One set of checks for the file: a model is checked field by field where it first appears.
  const checks = new FieldChecks(spec.doc);
  return {
    factory,
    modularFactory: factory.replace(/Client$/, ''),
    bodyCases: bodyCases(model, spec.doc),
    responseCases: responseCases(model, spec.doc, checks),
    errorCases: errorCases(model, spec.doc, checks),
    pagingCases: pagingCases(model, spec.doc, model.operations.find((op) => !op.pagination)!),
  };
}

/** `src/types.test-d.ts` of the template for any spec (unformatted), as the generator's tests check it. */
export function renderTypeTest(factory: string, spec: LoadedSpec): string {
  return renderFile('src/types.test-d.ts', typeTestPlaceholders(factory, spec, readModel(spec)));
}

export function packageDir(vendor: Vendor): string {
  return join(repoRoot, 'packages', vendor.id);
}

/** Files whose committed content differs from the template's, as `packages/<id>/<file>`. */
export function driftedFiles(list: readonly Vendor[]): string[] {
  return [...renderShells(list)].flatMap(([vendor, files]) =>
    Object.entries(files)
      .filter(([file, text]) => {
        const path = join(packageDir(vendor), file);
        return !existsSync(path) || readFileSync(path, 'utf8') !== text;
      })
      .map(([file]) => `packages/${vendor.id}/${file}`),
  );
}

/** Writes the files that differ from their rendering (others keep their bytes and mtime); returns those. */
export function writeShells(list: readonly Vendor[]): string[] {
  return [...renderShells(list)].flatMap(([vendor, files]) =>
    Object.entries(files).flatMap(([file, text]) => {
      const path = join(packageDir(vendor), file);
      if (existsSync(path) && readFileSync(path, 'utf8') === text) return [];
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return [path];
    }),
  );
}

/** The files the template makes in each vendor package (relative to it): the `shells` task's outputs. */
export function shellFiles(): string[] {
  return templateFiles().sort();
}

function credentialCode(vendor: Vendor, binding: SchemeBinding, tokenUrl: string | undefined): string {
  const env = envPrefix(vendor.factory);
  switch (binding.kind) {
    case 'apiKey':
      return `apiKey(process.env.${env}_API_KEY!)`;
    case 'basic':
      return `basic(process.env.${env}_USERNAME!, process.env.${env}_PASSWORD!)`;
    case 'bearer':
      return `bearer(process.env.${env}_TOKEN!)`;
    case 'oauth2':
      // With a token URL in the spec, the package's oauth2() defaults to it.
      return `oauth2({${tokenUrl ? '' : `\n    tokenUrl: process.env.${env}_TOKEN_URL!,`}
    clientId: process.env.${env}_CLIENT_ID!,
    grant: 'refresh_token',
    refreshToken: process.env.${env}_REFRESH_TOKEN!,
  })`;
  }
}

function bindingTitle(binding: SchemeBinding): string {
  const where = `${binding.in} \`${binding.name}\``;
  switch (binding.kind) {
    case 'apiKey':
      return `API key, sent in ${where}`;
    case 'basic':
      return `HTTP basic (username and password), sent in ${where}`;
    case 'bearer':
      return `token, sent in ${where} as \`${binding.prefix ?? ''}<token>\``;
    case 'oauth2':
      return `OAuth2 access token from ${binding.tokenUrl ? `the token endpoint ${binding.tokenUrl} (the default \`tokenUrl\`)` : 'a token endpoint'} (cached, refreshed before expiry and once after a 401), sent in ${where}`;
  }
}

function authSections(vendor: Vendor, model: ApiModel): string {
  const bindings = bindingsOf(model);
  const sections = bindings.map((binding) => {
    const usedBy = model.operations.filter((op) => op.security.some((alt) => binding.scheme in alt)).length;
    return `### \`${binding.scheme}\` with \`${binding.kind}\`: ${bindingTitle(binding)}

Accepted by ${usedBy} of ${model.operations.length} operations.

\`\`\`ts
import { ${binding.kind}, ${vendor.factory} } from '${vendor.packageName}';

const client = ${vendor.factory}({ auth: ${credentialCode(vendor, binding, defaultTokenUrl(bindings))} });
\`\`\``;
  });
  const kinds = acceptedKinds(bindings);
  return `Credentials accepted: ${kinds.map((k) => `\`${k}\``).join(', ')}. Pass one, or an array when
operations accept different schemes; each operation uses the first of its spec's alternatives that
your credentials satisfy. Secrets may be functions (\`() => string | Promise<string>\`), called per
request. Credentials are only sent to the configured \`baseUrl\`'s origin.

${envSection(vendor, kinds, defaultTokenUrl(bindings))}

${sections.join('\n\n')}`;
}

const ENV_MEANING: Record<
  CredentialKind,
  (names: readonly string[], oauth2: boolean, tokenUrl: string | undefined) => string
> = {
  apiKey: ([key]) => `\`${key}\`: API key`,
  bearer: ([token], oauth2) =>
    `\`${token}\`: bearer token${oauth2 ? ' (an OAuth2 access token you already have, not refreshed)' : ''}`,
  basic: ([user, pass]) => `\`${user}\` and \`${pass}\`: HTTP basic, both required`,
  oauth2: ([url, id, secret, refresh, scope], _oauth2, tokenUrl) =>
    `${tokenUrl ? `\`${id}\` (\`${url}\` optional, default ${tokenUrl}),` : `\`${url}\`, \`${id}\`,`} and \`${refresh}\` (refresh-token grant; \`${secret}\` optional) or \`${secret}\` alone (client-credentials grant); optional \`${scope}\` (space-separated): OAuth2 tokens from that endpoint`,
};

/** The README part on \`<vendor>CredentialsFromEnv\`: which variables, for which kind. */
function envSection(vendor: Vendor, kinds: readonly CredentialKind[], tokenUrl: string | undefined): string {
  const names = envVariables(envPrefix(vendor.factory));
  const fn = fromEnvName(vendor.factory);
  return `### From environment variables

\`\`\`ts
import { ${vendor.factory}, ${fn} } from '${vendor.packageName}';

const client = ${vendor.factory}({ auth: ${fn}() });
\`\`\`

\`${fn}(env?)\` reads these variables (unset or empty ones are skipped) and
returns one credential per kind that is set:

${kinds.map((k) => `- ${ENV_MEANING[k](names[k], kinds.includes('oauth2'), tokenUrl)}`).join('\n')}

It throws a \`CredentialError\` naming the variables (never their values) when none is set, a pair is
incomplete, or a value is unusable. \`env\` defaults to \`globalThis.process?.env\`; in a browser, pass
an object.`;
}

/** The README's first example: the vendor's user flow as methods, errors handled once. */
function example(vendor: Vendor, model: ApiModel, spec: LoadedSpec): string {
  const fn = fromEnvName(vendor.factory);
  const steps = flowSteps(vendor, model, spec.doc, 'method').replace(/^(?=.)/gm, '  ');
  return `import { ApiError, ${vendor.factory}, ${fn} } from '${vendor.packageName}';

// Credentials from the variables listed under "Authentication", e.g. ${envVariables(envPrefix(vendor.factory))[acceptedKinds(bindingsOf(model))[0]!][0]}.
const client = ${vendor.factory}({ auth: ${fn}() });

try {
${steps}
} catch (error) {
  if (error instanceof ApiError) console.error(error.status, error.body, error.requestId);
  else throw error;
}`;
}

/** The README's example of the functions form: the same flow, as functions. */
function modularExample(vendor: Vendor, model: ApiModel, spec: LoadedSpec): string {
  const connect = vendor.factory.replace(/Client$/, '');
  const ops = flowOperations(vendor, model).map(stepImport);
  return `import { ${[connect, fromEnvName(vendor.factory), ...ops].join(', ')} } from '${vendor.packageName}';

const client = ${connect}({ auth: ${fromEnvName(vendor.factory)}() });

${flowSteps(vendor, model, spec.doc, 'function')}`;
}

/** The flow's step that reads one user, for the README's metadata and error examples. */
function readStep(vendor: Vendor, model: ApiModel): Operation {
  const steps = flowOperations(vendor, model).filter((op) => op.method === 'get');
  const op = steps.find((o) => o.parameters.some((p) => p.in === 'path')) ?? steps[0];
  if (!op) throw new Error(`scripts/vendors.ts: ${vendor.id}'s userFlow has no GET operation`);
  return op;
}

function pathArgs(op: Operation): string {
  const params = op.parameters.filter((p) => p.in === 'path');
  const key = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `'${name}'`);
  const fields = params.map(
    (p) => `${key(p.name)}: ${p.schema.type === 'integer' || p.schema.type === 'number' ? '1' : "'x'"}`,
  );
  return `{ ${fields.join(', ')} }`;
}

/** The field path of a mark, as the README shows it (`pagination.total_pages`). */
const fieldPath = (keys: readonly string[] | undefined) => (keys ? `\`${keys.join('.')}\`` : undefined);

/** The README's section on the paged operations' loop (empty when no operation pages). */
function pagingSection(vendor: Vendor, model: ApiModel, root: JsonObject): string {
  const paged = model.operations.filter((op) => op.pagination);
  if (paged.length === 0) return '';
  const op = paged[0]!;
  const p = op.pagination!;
  const fn = fromEnvName(vendor.factory);
  const connect = vendor.factory.replace(/Client$/, '');
  const query: Record<string, Json> = {};
  for (const param of op.parameters)
    if (param.in === 'query' && param.required && param.name !== p.page)
      query[param.name] = sampleOf(param.schema, root);
  if (p.size) query[p.size] = 100;
  const input = `{ query: ${JSON.stringify(query)
    .replace(/"(\w+)":/g, '$1: ')
    .replace(/,/g, ', ')
    .replace(/^\{/, '{ ')
    .replace(/\}$/, ' }')} }`;
  const item = `${pascal(op.operationId)}Item`;
  const rows = paged.map((o) => {
    const m = o.pagination!;
    const params = [m.page, m.size]
      .filter(Boolean)
      .map((n) => `\`${n}\``)
      .join(', ');
    const counts = [fieldPath(m.totalPages), fieldPath(m.totalItems)].filter(Boolean).join(', ') || 'none';
    return `| \`${o.operationId}\` | \`${paginatorName(o)}\` | ${params} | ${fieldPath(m.items)} | ${counts} |`;
  });
  return `## Every page in one loop

${paged.length === 1 ? 'One operation pages' : `${paged.length} operations page`}; each has a paginator that requests page after page and yields
every item, typed from the spec (\`${item}\` here):

\`\`\`ts
import { ${vendor.factory}, ${fn} } from '${vendor.packageName}';

const client = ${vendor.factory}({ auth: ${fn}() });
for await (const item of client.paginate.${op.operationId}(${input})) {
  console.log(item);
}
\`\`\`

| Operation | Function | Page parameters | Items | Counts |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

- The function form is \`${paginatorName(op)}(client, input, init)\` on a client from \`${connect}()\`; a bundle
  that never imports a paginator carries none of its code.
- The first request is your input as given (filters, page size; the first page when you give no
  \`${p.page}\`); each later one changes only \`${p.page}\`. Every page goes through the client's retries,
  timeouts, hooks and your \`signal\`. Nothing is sent before the loop starts, nothing more after a
  \`break\`.
- \`.pages()\` yields the pages instead: \`{ items, number, totalPages, totalItems, data, response }\`
  (\`data\` the whole body, \`response\` as \`withResponse\` gives it).
- It ends at the last page by the counts the response gives, otherwise on an empty page or one shorter
  than the first. A server that sends the same page again, another page than asked for or counts
  that cannot be right ends it with a \`PaginationError\` rather than a loop. \`init.maxPages\` and
  \`init.maxItems\` bound it.
- \`pnpm demo\` runs this loop, with this input, against Prism serving the spec (the tour's \`pages\`
  step; Prism's sample pages get counts a real server would send, see \`scripts/demo/pages.ts\`).

`;
}

function operationsTable(model: ApiModel): string {
  const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  return model.operations
    .map(
      (op) =>
        `| ${op.method.toUpperCase()} | \`${op.path}\` | \`${op.operationId}\`${op.deprecated ? ' (deprecated)' : ''} | ${cell(summaryOf(op))} |`,
    )
    .join('\n');
}

const UNSUPPORTED_ARGS: Record<CredentialKind, string> = {
  apiKey: "'k'",
  basic: "'user', 'password'",
  bearer: "'t'",
  oauth2: "{ tokenUrl: 'https://auth.example.test/token', clientId: 'c', grant: 'client_credentials' }",
};

/** The operation the type tests use: one whose only required input is its path parameters. */
function typeTestOperation(vendor: Vendor, model: ApiModel): Operation {
  const op = model.operations.find(
    (o) =>
      o.parameters.some((p) => p.in === 'path') &&
      o.parameters.every((p) => !p.required || p.in === 'path') &&
      !o.body?.required,
  );
  if (!op)
    throw new Error(
      `specs/${vendor.id}/openapi.yaml: no operation whose only required input is path parameters`,
    );
  return op;
}

/**
 * The package's version as its package.json has it: changesets owns it (`pnpm version-packages` writes
 * it), and every build renders package.json again, so the template must not reset it. A new package
 * starts at 0.1.0.
 */
function publishedVersion(vendor: Vendor): string {
  const file = join(repoRoot, 'packages', vendor.id, 'package.json');
  if (!existsSync(file)) return '0.1.0';
  const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version))
    throw new Error(`${file}: "version" is not a version: ${JSON.stringify(version)}`);
  return version;
}

function placeholders(vendor: Vendor, spec: LoadedSpec): Record<string, string> {
  const model = readModel(spec);
  const kinds = acceptedKinds(bindingsOf(model));
  const unsupported = (['apiKey', 'basic', 'bearer', 'oauth2'] as const).find((k) => !kinds.includes(k));
  if (!unsupported)
    throw new Error(
      `${vendor.id}: accepts every credential kind, so there is none to refuse in the type test`,
    );
  const op = typeTestOperation(vendor, model);
  const pathParam = op.parameters.find((p) => p.in === 'path')!;
  const repo = readRepository();
  const metadata = packageMetadata(repo, `packages/${vendor.id}`);
  return {
    id: vendor.id,
    version: publishedVersion(vendor),
    license: metadata.license,
    repositoryGitUrl: metadata.repository.url,
    homepage: metadata.homepage,
    bugsUrl: metadata.bugs.url,
    specUrl: repoLink(repo, `specs/${vendor.id}/openapi.yaml`),
    runtimeUrl: repoLink(repo, 'packages/runtime/README.md'),
    authUrl: repoLink(repo, 'packages/auth/README.md'),
    packageName: vendor.packageName,
    title: vendor.title,
    defaultBaseUrl: model.defaultBaseUrl,
    userAgent: userAgentOf(vendor.packageName, '<version>'),
    operationCount: String(model.operations.length),
    example: example(vendor, model, spec),
    modularExample: modularExample(vendor, model, spec),
    readOperation: readStep(vendor, model).operationId,
    readCall: exampleCall(readStep(vendor, model), spec.doc, 'method', '  '),
    readCallFunction: exampleCall(readStep(vendor, model), spec.doc, 'function'),
    authSections: authSections(vendor, model),
    operationsTable: operationsTable(model),
    pagingSection: pagingSection(vendor, model, spec.doc),
    unsupportedConstructor: unsupported,
    unsupportedArgs: UNSUPPORTED_ARGS[unsupported],
    operation: op.operationId,
    resultType: `${pascal(op.operationId)}Result`,
    pathParam: pathParam.name,
    pathParamType:
      pathParam.schema.type === 'integer' || pathParam.schema.type === 'number' ? 'number' : 'string',
    pathLiteral: pathArgs(op),
    shellOutputs: JSON.stringify(shellFiles()),
    ...typeTestPlaceholders(vendor.factory, spec, model),
  };
}
