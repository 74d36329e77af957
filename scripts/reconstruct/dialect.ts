import type { DocLines } from './doc-lines.ts';
import type { Dialect } from './doc-model.ts';

/**
 * Layout marks of each generator's python docs. No single mark decides (openapi-generator 4.x prints
 * swagger-codegen's `from __future__` line; a pydantic page that uses no model imports none), so every
 * mark found adds its weight to the dialects it speaks for and the heaviest dialect wins.
 */
interface Mark {
  pattern: RegExp;
  /** Dialects the mark speaks for, with its weight: decisive marks weigh more. */
  for: Partial<Record<Dialect, number>>;
  says: string;
  /** The generator versions that print it, where the mark tells. */
  version?: string;
  /** The mark is the pattern's absence. */
  absent?: boolean;
}

const SC = 'swagger-codegen-python';
const OG = 'openapi-generator-python';
const PY = 'openapi-generator-python-pydantic';
const EX = 'openapi-generator-python-experimental';

const marks: readonly Mark[] = [
  { pattern: /^# SchemaFor\w+/, for: { [EX]: 5 }, says: '"# SchemaFor…" schema sections' },
  {
    pattern: /api_client\.ApiResponseWithoutDeserialization/,
    for: { [EX]: 5 },
    says: 'ApiResponseWithoutDeserialization in the signature',
  },
  { pattern: /^### (path|query|header)_params$/, for: { [EX]: 3 }, says: '"### query_params" sections' },
  {
    pattern: /^# create an instance of the API class$/,
    for: { [SC]: 3 },
    says: 'lower-case "# create an instance of the API class" comment',
  },
  {
    pattern: /^from __future__ import print_function$/,
    for: { [SC]: 1, [OG]: 1 },
    says: '"from __future__ import print_function" (swagger-codegen and openapi-generator 4.x)',
  },
  {
    pattern: /^\s*# Create an instance of the API class$/,
    for: { [OG]: 1, [PY]: 1, [EX]: 1 },
    says: 'capitalised "# Create an instance of the API class" (openapi-generator)',
  },
  {
    pattern: /^### HTTP response details$/,
    for: { [OG]: 2, [PY]: 2 },
    says: '"### HTTP response details" status tables (openapi-generator)',
  },
  {
    pattern: /^### HTTP response details$/,
    absent: true,
    for: { [SC]: 1 },
    says: 'no status tables (swagger-codegen lists no status codes)',
  },
  {
    pattern: /^# Defining host is optional and default to /,
    for: { [OG]: 3 },
    says: '"# Defining host is optional and default to" and no "with ApiClient" block',
    version: '4.0 to 4.2',
  },
  {
    pattern: /^from [\w.]+\.model\.\w+ import \w+$/,
    for: { [OG]: 3 },
    says: '"from pkg.model.x import X" imports',
    version: '5.x',
  },
  {
    pattern: /^from [\w.]+\.api import \w+_api$/,
    for: { [OG]: 3 },
    says: '"from pkg.api import x_api" imports',
    version: '5.x',
  },
  { pattern: /^import time$/, for: { [OG]: 1, [SC]: 1 }, says: '"import time"' },
  {
    pattern: /^from [\w.]+\.models\.\w+ import \w+$/,
    for: { [PY]: 3 },
    says: '"from pkg.models.x import X" imports',
    version: '7.x',
  },
  {
    pattern: /^\s+\w+ = [\w.]+\(\) # \w+ \| /,
    for: { [PY]: 2 },
    says: '"x = pkg.Model() # Model | …" example arguments',
  },
  {
    pattern: /^\s+print\("The response of \w+->\w+:\\n"\)$/,
    for: { [PY]: 3 },
    says: '"The response of Api->op" prints',
    version: '7.x',
  },
  {
    pattern: /^\s*\| ?\*\*\w+\*\* \| \*\*(List|Dict|Optional)\[/,
    for: { [PY]: 3 },
    says: 'typing-style parameter types (List[…], Dict[…])',
  },
  { pattern: /^\s+except Exception as e:$/, for: { [PY]: 1 }, says: '"except Exception as e:"' },
];

export interface DialectChoice {
  dialect: Dialect;
  /** The generator versions the marks tell, where they do (e.g. `openapi-generator 5.x`). */
  version?: string;
  /** Why: each mark that spoke for the dialect, with its line. */
  reasons: string[];
}

const generatorOf = (d: Dialect) => (d === SC ? 'swagger-codegen' : 'openapi-generator');

export function detectDialect(doc: DocLines): DialectChoice {
  const score = new Map<Dialect, number>();
  const reasons = new Map<Dialect, string[]>();
  const versions = new Map<Dialect, Set<string>>();
  for (const mark of marks) {
    const at = doc.find(mark.pattern);
    if (mark.absent ? at >= 0 : at < 0) continue;
    for (const [dialect, weight] of Object.entries(mark.for) as Array<[Dialect, number]>) {
      score.set(dialect, (score.get(dialect) ?? 0) + weight);
      reasons.set(dialect, [
        ...(reasons.get(dialect) ?? []),
        mark.absent ? mark.says : `${mark.says} (line ${doc.lineNo(at)})`,
      ]);
      if (mark.version) versions.set(dialect, (versions.get(dialect) ?? new Set()).add(mark.version));
    }
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // An absence tells only between generators whose marks were found.
  const present = marks.some((m) => !m.absent && doc.find(m.pattern) >= 0);
  if (!best || !present)
    throw doc.error(
      0,
      'unknown dialect: not a swagger-codegen or openapi-generator python API doc (no generator marks found)',
    );
  if (second && second[1] === best[1])
    throw doc.error(
      0,
      `ambiguous dialect: the marks weigh the same for ${best[0]} and ${second[0]} (${reasons.get(best[0])!.join('; ')})`,
    );
  const version = [...(versions.get(best[0]) ?? [])].join(', ');
  return {
    dialect: best[0],
    ...(version ? { version: `${generatorOf(best[0])} ${version}` } : {}),
    reasons: reasons.get(best[0])!,
  };
}
