/** Reads one generated Python API doc into the dialect-neutral DocApi. */
import { type DialectChoice, detectDialect } from './dialect.ts';
import { dialects } from './dialects/index.ts';
import { typeReader } from './dialects/operation.ts';
import { DocLines, decodeEntities, readTable } from './doc-lines.ts';
import type { Dialect, DocApi, DocOperation, DocResponse, DocSecurityScheme } from './doc-model.ts';
import { jsonToSchema, type ModelSink, readCurlSamples, readExampleAssignments } from './samples.ts';
import { modelOfRef, type Schema } from './schema.ts';

export interface ParseResult {
  api: DocApi;
  /** The dialect the page was read as, and why. */
  choice: DialectChoice;
  /** Things the doc shows that could not be used, with their line. */
  warnings: Array<{ line: number; message: string }>;
}

interface TableEntry {
  name: string;
  method: string;
  path: string;
  summary?: string;
  index: number;
}

export function parseDoc(file: string, text: string): ParseResult {
  const doc = new DocLines(file, text);
  const choice = detectDialect(doc);
  const dialect = choice.dialect;
  const warnings: ParseResult['warnings'] = [];
  const models: ModelSink = new Map();
  const samples: DocApi['samples'] = new Map();

  const titleAt = doc.find(/^# [\w.]+$/);
  if (titleAt < 0) throw doc.error(0, 'no "# package.ApiClass" title line');
  const apiClass = doc.at(titleAt).slice(2).split('.').pop()!;
  const hostAt = doc.find(/^All URIs are relative to ([*_]).+\1$/);
  if (hostAt < 0) throw doc.error(titleAt, 'no "All URIs are relative to" line');
  // Generators print the host in *italics*; prettier rewrites that as _italics_.
  const host = /relative to [*_](.+)[*_]$/.exec(doc.at(hostAt))![1]!;

  const table = readOperationTable(doc, hostAt);
  const sections = findSections(doc, table);
  const securitySchemes = readSecuritySchemes(doc);
  const operations = table.map((entry, n) => {
    const start = sections.get(entry.name)!;
    const end = n + 1 < table.length ? nextSectionStart(doc, start) : doc.length;
    return readOperation(doc, dialect, entry, start, end, models, samples, warnings);
  });
  // A scheme no example describes has no known type: the ways to authenticate that need it are left
  // out, and the operation keeps the ones it can describe.
  for (const op of operations) {
    const unknown = op.security.flat().filter((s) => !securitySchemes[s]);
    if (unknown.length === 0) continue;
    op.security = op.security.filter((alt) => alt.every((s) => securitySchemes[s]));
    warnings.push({
      line: doc.lineNo(op.index),
      message: `${op.name}: authorization ${[...new Set(unknown)].map((s) => `"${s}"`).join(', ')} is not described by any example; ${op.security.length ? 'left out of its security' : 'the operation gets no security requirement'}`,
    });
  }
  return {
    api: { dialect, apiClass, host, operations, securitySchemes, models, samples },
    choice,
    warnings,
  };
}

function readOperationTable(doc: DocLines, from: number): TableEntry[] {
  const rows = readTable(doc, from, doc.length, /^Method \| HTTP request \| Description/, 'operation table');
  if (rows.length === 0) throw doc.error(from, 'operation table has no rows');
  return rows.map(({ cells, index }) => {
    const name = /^\[\*\*(\w+)\*\*\]/.exec(cells[0]!)?.[1];
    const request = /^\*\*(\w+)\*\* (\S+)$/.exec(cells[1]!);
    if (!name || !request)
      throw doc.error(index, 'operation table row is not "[**name**](#) | **METHOD** /path | summary"');
    const summary = decodeEntities(cells[2]!).trim();
    return {
      name,
      method: request[1]!.toUpperCase(),
      path: request[2]!,
      index,
      ...(summary ? { summary } : {}),
    };
  });
}

function findSections(doc: DocLines, table: TableEntry[]): Map<string, number> {
  const sections = new Map<string, number>();
  for (let i = 0; i < doc.length; i++) {
    const m = /^# \*\*(\w+)\*\*$/.exec(doc.at(i));
    if (m) sections.set(m[1]!, i);
  }
  for (const entry of table) {
    if (!sections.has(entry.name)) {
      throw doc.error(
        entry.index,
        `operation "${entry.name}" is listed but has no section (is the doc truncated?)`,
      );
    }
  }
  return sections;
}

function nextSectionStart(doc: DocLines, start: number): number {
  const next = doc.find(/^# \*\*\w+\*\*$/, start + 1);
  return next < 0 ? doc.length : next;
}

/**
 * How each dialect announces a security scheme in its examples: a "* … Authentication (name):" bullet
 * or a "# Configure … authorization: name" comment. The apiKey comment is followed by the header name.
 */
const schemeMarks: ReadonlyArray<
  [RegExp, (m: RegExpExecArray, doc: DocLines, i: number) => [string, DocSecurityScheme]]
> = [
  [/^[*-] Api Key Authentication \((\w+)\):$/, (m) => [m[1]!, { type: 'apiKey', in: 'header', name: m[1]! }]],
  [/^[*-] Basic Authentication \((\w+)\):$/, (m) => [m[1]!, { type: 'http', scheme: 'basic' }]],
  [/^[*-] Bearer(?: \(([^)]+)\))? Authentication \((\w+)\):$/, (m) => [m[2]!, bearer(m[1])]],
  [/^[*-] OAuth Authentication \((\w+)\):$/, (m) => [m[1]!, oauth2(m[1]!)]],
  [/# Configure HTTP basic authorization: (\w+)$/, (m) => [m[1]!, { type: 'http', scheme: 'basic' }]],
  [/# Configure Bearer authorization(?: \(([^)]+)\))?: (\w+)$/, (m) => [m[2]!, bearer(m[1])]],
  [/# Configure OAuth2 access token for authorization: (\w+)$/, (m) => [m[1]!, oauth2(m[1]!)]],
  [
    /# Configure API key authorization: (\w+)$/,
    (m, doc, i) => {
      const keyAt = doc.find(/configuration\.api_key\['[^']+'\]/, i + 1, i + 4);
      const key = keyAt >= 0 ? /api_key\['([^']+)'\]/.exec(doc.at(keyAt))![1]! : m[1]!;
      return [m[1]!, { type: 'apiKey', in: 'header', name: key }];
    },
  ],
];

function readSecuritySchemes(doc: DocLines): Record<string, DocSecurityScheme> {
  const schemes: Record<string, DocSecurityScheme> = {};
  for (let i = 0; i < doc.length; i++) {
    for (const [mark, read] of schemeMarks) {
      const m = mark.exec(doc.at(i));
      if (!m) continue;
      const [name, scheme] = read(m, doc, i);
      // The configuration comment knows the real header name; a bullet only knows the scheme name.
      if (!schemes[name] || scheme.type !== 'apiKey' || scheme.name !== name) schemes[name] = scheme;
    }
  }
  return schemes;
}

function bearer(format: string | undefined): DocSecurityScheme {
  return { type: 'http', scheme: 'bearer', ...(format ? { bearerFormat: format } : {}) };
}

function oauth2(name: string): DocSecurityScheme {
  const flow = /AuthorizationCode|ClientCredentials|Password|Implicit/.exec(name)?.[0];
  return { type: 'oauth2', ...(flow ? { flow: flow[0]!.toLowerCase() + flow.slice(1) } : {}) };
}

function readOperation(
  doc: DocLines,
  dialect: Dialect,
  entry: TableEntry,
  start: number,
  end: number,
  models: ModelSink,
  samples: DocApi['samples'],
  warnings: ParseResult['warnings'],
): DocOperation {
  const where = `operation "${entry.name}"`;
  const need = (heading: RegExp, label: string) => {
    const at = doc.find(heading, start, end);
    if (at < 0) throw doc.error(start, `${where}: section ends before "${label}" (is the doc truncated?)`);
    return at;
  };
  const signatureAt = doc.find(/^> /, start, end);
  if (signatureAt < 0) throw doc.error(start, `${where}: no "> signature" line`);
  const exampleAt = doc.find(/^### Example$/, start, end);
  const parametersAt = need(/^### Parameters$/, '### Parameters');
  const authorizationAt = need(/^### Authorization$/, '### Authorization');
  const textEnd = exampleAt >= 0 ? exampleAt : parametersAt;

  const paragraphs = doc.lines
    .slice(signatureAt + 1, textEnd)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('<a id='));
  let summary = entry.summary;
  let rawDescription: string | undefined;
  if (summary && paragraphs[0] === summary) rawDescription = paragraphs.slice(1).join('\n\n') || undefined;
  else {
    summary ??= undefined;
    rawDescription = paragraphs.join('\n\n') || undefined;
  }

  const { code, from: codeAt } = exampleCode(doc, exampleAt, parametersAt, where, warnings);
  // A broken example costs the model shapes it would have shown, nothing else.
  readExampleAssignments(code, models, (offset, problem) => {
    const line = doc.lineNo(codeAt + (code.slice(0, offset).match(/\n/g)?.length ?? 0));
    warnings.push({
      line,
      message: `${where}: example code is not valid Python (${problem}); its model arguments are not read`,
    });
  });

  const headers = readRequestHeaders(doc, start, end);
  const typeOf = typeReader(doc, where, models);

  const { parameters, requestBody, responses } = dialects[dialect].readOperation({
    doc,
    where,
    path: entry.path,
    start,
    end,
    parametersAt,
    authorizationAt,
    headers,
    code,
    models,
    typeOf,
    need,
  });

  const description = rawDescription ? unescapeDocText(rawDescription) : undefined;
  if (rawDescription)
    shapeFromCurl(rawDescription, doc, start, where, requestBody?.schema, responses, samples, warnings);

  return {
    name: entry.name,
    index: start,
    method: entry.method,
    path: entry.path,
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
    deprecated: /\b(is|are) deprecated\b/i.test(description ?? ''),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    security: readAuthorization(doc, authorizationAt, end, where),
  };
}

/** The Python example's code and the index of its first line; a block with no end is skipped. */
function exampleCode(
  doc: DocLines,
  exampleAt: number,
  until: number,
  where: string,
  warnings: ParseResult['warnings'],
): { code: string; from: number } {
  if (exampleAt < 0) return { code: '', from: 0 };
  const open = doc.find(/^```python$/, exampleAt, until);
  const close = open < 0 ? -1 : doc.find(/^```$/, open + 1, until);
  if (open < 0 || close < 0) {
    warnings.push({
      line: doc.lineNo(open < 0 ? exampleAt : open),
      message: `${where}: the example has no complete \`\`\`python block; it is not read`,
    });
    return { code: '', from: 0 };
  }
  return { code: doc.lines.slice(open + 1, close).join('\n'), from: open + 1 };
}

function readRequestHeaders(
  doc: DocLines,
  start: number,
  end: number,
): { contentType?: string; accept?: string } {
  const ct = doc.find(/^\s*[-*] \*\*Content-Type\*\*: /, start, end);
  const ac = doc.find(/^\s*[-*] \*\*Accept\*\*: /, start, end);
  const value = (i: number) => {
    const v = doc
      .at(i)
      .replace(/^\s*[-*] \*\*[\w-]+\*\*: /, '')
      .trim();
    return v === 'Not defined' ? undefined : v;
  };
  return {
    ...(ct >= 0 && value(ct) ? { contentType: value(ct)! } : {}),
    ...(ac >= 0 && value(ac) ? { accept: value(ac)! } : {}),
  };
}

function readAuthorization(doc: DocLines, at: number, end: number, where: string): string[][] {
  const line = doc.find(/\S/, at + 1, end);
  if (line < 0) throw doc.error(at, `${where}: empty "### Authorization"`);
  const text = doc.at(line).trim();
  if (/^No authorization required/i.test(text)) return [];
  const names = [...text.matchAll(/\[(\w+)\]\([^)]*\)/g)].map((m) => m[1]!);
  if (names.length === 0) throw doc.error(line, `${where}: unreadable authorization "${text}"`);
  return names.map((n) => [n]);
}

function unescapeDocText(text: string): string {
  return decodeEntities(text).replace(/\\(["\\'])/g, '$1');
}

function shapeFromCurl(
  rawDescription: string,
  doc: DocLines,
  start: number,
  where: string,
  body: Schema | undefined,
  responses: DocResponse[],
  shapes: DocApi['samples'],
  warnings: ParseResult['warnings'],
): void {
  const samples = readCurlSamples(rawDescription);
  const sampleAt = doc.find(/```bash/, start);
  const line = doc.lineNo(sampleAt >= 0 ? sampleAt : start);
  for (const problem of samples.problems) warnings.push({ line, message: `${where}: ${problem}` });
  const shown = (model: string | undefined, value: unknown) => {
    if (value === undefined || !model) return;
    shapes.set(model, [...(shapes.get(model) ?? []), { schema: jsonToSchema(value), file: doc.file, line }]);
  };
  shown(modelOfRef(body), samples.request);
  shown(modelOfRef(responses.find((r) => /^2/.test(r.status) && r.schema)?.schema), samples.response);
}
