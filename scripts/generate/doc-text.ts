/**
 * Spec text as hover shows it. Generated Python docs flatten a description onto one line (each line
 * break becomes a space, so a paragraph break becomes two), code samples included; this puts the
 * breaks back where the flattening is unambiguous, and turns a field's default, range and format into
 * words the editor shows beside its description.
 */
import type { Json, JsonObject } from './spec.js';

const isObject = (v: Json | undefined): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A description with its code samples as fenced blocks on lines of their own and its paragraphs apart.
 * Text that already has line breaks is left as written.
 */
export function docText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.includes('\n')) return trimmed;
  const parts = trimmed.split(/(```[\s\S]*?```)/);
  return parts
    .map((part) => (part.startsWith('```') && part.length > 6 ? codeBlock(part) : prose(part)))
    .filter((part) => part !== '')
    .join('\n\n');
}

/** Two or more spaces in flattened prose were a line break; a list item (`* x`) gets its own line. */
function prose(text: string): string {
  return text
    .trim()
    .split(/\s{2,}/)
    .map((paragraph) => paragraph.replace(/\s+\*\s+(?=\[|\w)/g, '\n* ').replace(/^\*\s+/, '* '))
    .join('\n\n');
}

/**
 * A flattened ```lang … ``` sample, as a fenced block: a shell command breaks after each ` \ `
 * continuation, and the JSON it shows after it (set off by two or more spaces) is laid out again.
 */
function codeBlock(fenced: string): string {
  const inner = fenced.slice(3, -3);
  const lang = /^(\w+)\s/.exec(inner)?.[1] ?? '';
  const body = inner.slice(lang.length).trim();
  // The command ends where a JSON document starts after a run of spaces (the answer it shows).
  const split = /\s{2,}(?=[{[])/.exec(body);
  const command = split ? body.slice(0, split.index) : body;
  const json = split ? body.slice(split.index).trim() : '';
  const lines = [
    ...(command.startsWith('{') || command.startsWith('[')
      ? [layoutJson(command)]
      : [command.replace(/\s+/g, ' ').replace(/ \\ /g, ' \\\n  ').trim()]),
    ...(json ? ['', layoutJson(json)] : []),
  ];
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
}

/** JSON laid out again: parsed and printed when it parses, else each run of spaces read back as a line break. */
function layoutJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // A line break became one space, so a run of n spaces was a break and n - 1 spaces of indentation.
    return text.replace(/ {2,}/g, (run) => `\n${' '.repeat(run.length - 1)}`).replace(/ (?=[}\]]$)/, '\n');
  }
}

/** A schema's range, length, item count and pattern in words, e.g. `Minimum 1, maximum 100.` */
export function constraintText(schema: JsonObject): string | undefined {
  const parts: string[] = [];
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const exclusiveMin = num('exclusiveMinimum');
  const exclusiveMax = num('exclusiveMaximum');
  if (num('minimum') !== undefined) parts.push(`minimum ${num('minimum')}`);
  if (exclusiveMin !== undefined) parts.push(`greater than ${exclusiveMin}`);
  if (num('maximum') !== undefined) parts.push(`maximum ${num('maximum')}`);
  if (exclusiveMax !== undefined) parts.push(`less than ${exclusiveMax}`);
  if (num('multipleOf') !== undefined) parts.push(`a multiple of ${num('multipleOf')}`);
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    if (min !== undefined && max !== undefined) parts.push(`${min} to ${max} ${unit}`);
    else if (min !== undefined) parts.push(`at least ${min} ${unit}`);
    else if (max !== undefined) parts.push(`at most ${max} ${unit}`);
  };
  range(num('minLength'), num('maxLength'), 'characters');
  range(num('minItems'), num('maxItems'), 'items');
  if (schema.uniqueItems === true) parts.push('no duplicates');
  if (typeof schema.pattern === 'string') parts.push(`matches \`${schema.pattern}\``);
  if (parts.length === 0) return undefined;
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The description hover shows for a field or parameter: its text, then its range in words. */
export function fieldDescription(description: Json | undefined, schema: JsonObject): string | undefined {
  const text = typeof description === 'string' && description.trim() ? docText(description) : undefined;
  const range = constraintText(schema);
  return [text, range].filter((t): t is string => t !== undefined).join('\n\n') || undefined;
}

/**
 * The operations a deprecated operation's description names as its replacement (`#operation/<id>`
 * links, the Redoc form generated docs keep), as operationIds of `known` when one matches in camelCase.
 */
export function replacements(description: string | undefined, known: readonly string[]): string[] {
  if (!description) return [];
  const camel = (id: string) => id.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const ids = [...description.matchAll(/\(#operation\/([A-Za-z0-9_]+)\)/g)].map((m) => m[1]!);
  return [...new Set(ids)].map((id) => (known.includes(camel(id)) ? camel(id) : id));
}

export { isObject };
