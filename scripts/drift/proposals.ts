/**
 * Drift reports (what `@vendor-clients/runtime/validate` found in real responses) turned into overlay
 * actions for the vendor's spec: a field seen with its type, an enum value, a field that is not always
 * there, a wider type, a format the API does not keep. Pure: reading files and writing overlays is
 * elsewhere (read-reports.ts, write-overlay.ts).
 */
import { type DriftReport, mergeShapes, type Shape } from '@vendor-clients/runtime/validate';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/** A report as read from a JSON Lines file, with where it came from. */
export interface ReadReport extends DriftReport {
  /** `file:line`. */
  readonly source: string;
  /** When it was written, if the file says (driftFile does). */
  readonly at?: string;
}

/** One overlay action proposed from reports, with what it rests on. */
export interface Proposal {
  readonly vendor: string;
  readonly target: string;
  readonly update?: unknown;
  readonly remove?: true;
  /** One line for the maintainer: what was seen, and how often. */
  readonly why: string;
  /** Responses (reports) it rests on. */
  readonly seen: number;
}

export interface Proposals {
  readonly proposals: Proposal[];
  /** Reports that make no action, and why (a withheld enum value, a constraint, a schema not in the spec). */
  readonly notes: string[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `#/components/schemas/User` -> `$.components.schemas.User`; keys that are not names in brackets. */
export function pointerToJsonPath(pointer: string): string {
  const segments = pointer === '#' ? [] : pointer.replace(/^#\//, '').split('/');
  return `$${segments
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (IDENTIFIER.test(s) ? `.${s}` : `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`))
    .join('')}`;
}

function nodeAt(spec: Node, pointer: string): unknown {
  if (pointer === '#') return spec;
  let node: unknown = spec;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isNode(node) && !Array.isArray(node)) return undefined;
    node = (node as Node)[key];
  }
  return node;
}

const types = (type: unknown): string[] => (type === undefined ? [] : [type].flat().map(String));

/** A type list as a spec writes it: one name alone, `integer` folded into `number`, sorted otherwise. */
function typeValue(list: readonly string[]): string | string[] {
  const unique = [...new Set(list)];
  const folded = unique.includes('number') ? unique.filter((t) => t !== 'integer') : unique;
  return folded.length === 1 ? folded[0]! : folded.sort();
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The actions `reports` call for in `spec` (the vendor's current spec, to read what an action extends:
 * an enum's list, a type). One action per field, enum, required field, type or format, however many
 * reports name it; actions come in a stable order (by target).
 */
export function propose(vendor: string, spec: Node, reports: readonly ReadReport[]): Proposals {
  const notes: string[] = [];
  const groups = new Map<string, ReadReport[]>();
  for (const report of reports) {
    if (report.vendor !== vendor) continue;
    const key =
      report.kind === 'enum'
        ? `enum ${report.schema}`
        : `${report.kind} ${report.schema} ${report.field ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  const proposals: Proposal[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const node = nodeAt(spec, first.schema);
    const where = `${first.operation} ${first.status} ${first.pointer}`;
    if (!isNode(node)) {
      notes.push(`${first.source}: ${where}: ${first.schema} is not in the spec (changed since the report?)`);
      continue;
    }
    const target = pointerToJsonPath(first.schema);
    const seen = group.length;
    const operations = [...new Set(group.map((r) => r.operation))].join(', ');
    switch (first.kind) {
      case 'unknown-field': {
        const field = first.field!;
        const shape = group
          .map((r) => r.shape)
          .reduce<Shape | undefined>((a, b) => (a && b ? mergeShapes(a, b) : (a ?? b)), undefined);
        if (isNode(node.properties) && node.properties[field] !== undefined) continue; // already added
        proposals.push({
          vendor,
          target,
          update: { properties: { [field]: shapeSchema(shape ?? { type: 'object' }) } },
          why: `field "${field}" not in the docs, seen as ${describeShape(shape)} in ${plural(seen, 'response')} (${operations})`,
          seen,
        });
        break;
      }
      case 'required': {
        const field = first.field!;
        if (!types(node.required).includes(field)) continue; // already not required
        proposals.push({
          vendor,
          target: `${target}.required[?@ == '${field.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`,
          remove: true,
          why: `required field "${field}" absent from ${plural(seen, 'response')} (${operations}): not always there`,
          seen,
        });
        break;
      }
      case 'enum': {
        const listed = Array.isArray(node.enum) ? (node.enum as unknown[]) : [];
        const counts = new Map<string | number | boolean, number>();
        for (const r of group) {
          if (r.value === undefined) {
            notes.push(
              `${r.source}: ${where}: an enum value was withheld (it did not read as a member); add it by hand if it is one`,
            );
          } else if (!listed.includes(r.value)) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
        }
        if (counts.size === 0) continue;
        const added = [...counts.keys()];
        proposals.push({
          vendor,
          target,
          update: { enum: [...listed, ...added] },
          why: `enum values not in the docs: ${[...counts].map(([v, n]) => `${JSON.stringify(v)} (${plural(n, 'response')})`).join(', ')} (${operations})`,
          seen: [...counts.values()].reduce((a, b) => a + b, 0),
        });
        break;
      }
      case 'type': {
        const arrived = group.flatMap((r) => types(r.shape?.type));
        const now = types(node.type);
        const wider = typeValue([...now, ...arrived]);
        if (JSON.stringify(typeValue(now)) === JSON.stringify(wider)) continue;
        proposals.push({
          vendor,
          target,
          update: { type: wider },
          why: `documented as ${now.join(' or ') || 'untyped'}, seen as ${[...new Set(arrived)].join(' or ')} in ${plural(seen, 'response')} (${operations})`,
          seen,
        });
        break;
      }
      case 'format': {
        if (node.format === undefined) continue;
        proposals.push({
          vendor,
          target: `${target}.format`,
          remove: true,
          why: `format ${String(node.format)} not kept by the API: ${plural(seen, 'response')} (${operations}) had ${first.arrived}`,
          seen,
        });
        break;
      }
      default:
        notes.push(
          `${first.source}: ${where}: ${first.kind} (expected ${first.expected}, got ${first.arrived}) needs a maintainer's judgement`,
        );
    }
  }
  proposals.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return { proposals, notes };
}

/** The schema an overlay writes for a shape: its type (and format, items) only. */
function shapeSchema(shape: Shape): Node {
  const out: Node = { type: Array.isArray(shape.type) ? [...shape.type] : shape.type };
  if (shape.format) out.format = shape.format;
  if (shape.items) out.items = shapeSchema(shape.items);
  return out;
}

function describeShape(shape: Shape | undefined): string {
  if (!shape) return 'a value';
  const type = [shape.type].flat().join(' or ');
  if (shape.items) return `array of ${describeShape(shape.items)}`;
  return shape.format ? `${type} (${shape.format})` : type;
}
