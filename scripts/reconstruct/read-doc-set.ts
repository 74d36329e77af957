/** A whole doc set into one DocApi: every API page's operations, every model page's schema. */

import { tagOf } from './build-spec.ts';
import { dialects } from './dialects/index.ts';
import { typeReader } from './dialects/operation.ts';
import { DocLines } from './doc-lines.ts';
import type { DocApi } from './doc-model.ts';
import type { DocSet } from './docset.ts';
import type { ModelPage } from './model-page.ts';
import { type ModelSources, resolveModels } from './models.ts';
import { type ParseResult, parseDoc } from './parse-doc.ts';
import { applyRule, type WireNameRules } from './wire-names.ts';

export interface DocSetResult {
  api: DocApi;
  /** `file:line: message`, ready to print. */
  warnings: string[];
  sources: ModelSources;
  /** Each API page's dialect and why it was chosen, ready to print. */
  dialects: string[];
}

export function parseDocSet(set: DocSet, names?: WireNameRules): DocSetResult {
  const parsed: ParseResult[] = set.apiPages.map((p) => parseDoc(p.file, p.text));
  const warnings = parsed.flatMap((r, n) =>
    r.warnings.map((w) => `${set.apiPages[n]!.file}:${w.line}: ${w.message}`),
  );
  const api = mergeApis(
    set,
    parsed.map((r) => r.api),
  );

  const module = dialects[api.dialect];
  const pages = new Map<string, ModelPage>();
  for (const [model, page] of set.modelPages) {
    const doc = new DocLines(page.file, page.text);
    const read = module.readModelPage(doc, typeReader(doc, `model ${model}`, api.models));
    if (read.name !== model)
      warnings.push(`${page.file}:${read.index + 1}: the page is titled ${read.name}, linked as ${model}`);
    pages.set(model, read);
    if (!api.models.has(model)) api.models.set(model, undefined);
  }
  for (const m of set.missing)
    warnings.push(
      `${m.file}:${m.line}: links the model page ${m.model}.md, which is not in the doc set (the model stays as the API page shows it)`,
    );

  const resolved = resolveModels({
    pages,
    python: api.models,
    samples: api.samples,
    ...(names ? { names } : {}),
  });
  warnings.push(...resolved.warnings);
  if (resolved.sources.unproven > 0)
    warnings.push(
      `${set.dir}: ${resolved.sources.unproven} property names taken as written: no sample shows their JSON names and no overlay states an x-wire-names rule`,
    );
  api.models = resolved.schemas;
  applyParameterNames(api, names);
  const chosen = parsed.map((r, n) => {
    const { dialect, version, reasons } = r.choice;
    return `${set.apiPages[n]!.path}: ${dialect}${version ? ` (${version})` : ''}, by ${reasons.join('; ')}`;
  });
  return { api, warnings, sources: resolved.sources, dialects: chosen };
}

/** Several API pages make one API: their operations side by side, each tagged with its page. */
function mergeApis(set: DocSet, apis: DocApi[]): DocApi {
  const [first, ...rest] = apis as [DocApi, ...DocApi[]];
  if (rest.length === 0) return first;
  const merged: DocApi = {
    ...first,
    operations: [],
    securitySchemes: {},
    models: new Map(),
    samples: new Map(),
  };
  apis.forEach((api, n) => {
    const page = set.apiPages[n]!;
    const fail = (at: number, reason: string) => new DocLines(page.file, page.text).error(at, reason);
    if (api.dialect !== first.dialect)
      throw fail(0, `dialect ${api.dialect} differs from ${set.apiPages[0]!.path}'s ${first.dialect}`);
    if (api.host !== first.host)
      throw fail(0, `default host ${api.host} differs from ${set.apiPages[0]!.path}'s ${first.host}`);
    for (const op of api.operations) {
      const clash = merged.operations.find((o) => o.name === op.name);
      if (clash) throw fail(op.index, `operation ${op.name} is also on another API page of the doc set`);
      merged.operations.push({ ...op, tag: tagOf(api.apiClass) });
    }
    Object.assign(merged.securitySchemes, api.securitySchemes);
    for (const [k, v] of api.models) if (!merged.models.has(k) || v) merged.models.set(k, v);
    for (const [k, v] of api.samples) merged.samples.set(k, [...(merged.samples.get(k) ?? []), ...v]);
  });
  return merged;
}

/**
 * Query and header parameters of the pages that write Python argument names take the overlay's rule.
 * python-experimental pages write the wire names (its `query_params` dict keys), so they keep them.
 */
function applyParameterNames(api: DocApi, names: WireNameRules | undefined): void {
  if (!names || dialects[api.dialect].wireNames) return;
  for (const op of api.operations)
    for (const p of op.parameters) {
      const rule = p.in === 'query' ? names.rules.query : p.in === 'header' ? names.rules.header : undefined;
      if (rule) p.name = applyRule(rule.rule, p.name);
    }
}
