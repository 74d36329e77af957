import { DocError } from './doc-error.ts';

/** A doc as numbered lines, with the few look-ups every dialect needs. */
export class DocLines {
  readonly lines: readonly string[];
  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = unprettier(text.replace(/\r\n?/g, '\n').split('\n'));
  }

  get length(): number {
    return this.lines.length;
  }

  /** 1-based line number of index i. */
  lineNo(i: number): number {
    return i + 1;
  }

  at(i: number): string {
    return this.lines[i] ?? '';
  }

  error(i: number, reason: string): DocError {
    return new DocError(this.file, this.lineNo(Math.min(i, this.lines.length - 1)), reason);
  }

  /** First index >= from (and < to) whose line matches, or -1. */
  find(pattern: { test(line: string): boolean }, from = 0, to = this.lines.length): number {
    for (let i = from; i < to; i++) if (pattern.test(this.at(i))) return i;
    return -1;
  }
}

/** A table separator as prettier pads it (`| --- | --- |`); generators write `--- | ---` or `|---|---|`. */
const prettierSeparator = /^\| :?-{3,}:? \|/;

/**
 * A page run through prettier escapes `_` in text as `\_`; outside code blocks that is undone, line
 * for line, so names read as the generator wrote them. Its other marks (padded tables with outer
 * pipes, `-` bullets, an `_italic_` host) the readers accept as they are.
 */
function unprettier(lines: string[]): string[] {
  if (!lines.some((l) => prettierSeparator.test(l))) return lines;
  let code = false;
  return lines.map((line) => {
    if (/^\s*```/.test(line)) code = !code;
    return code ? line : line.replace(/\\_/g, '_');
  });
}

/** A table row as the generators write one: cells trimmed, joined by ` | `, no outer pipes. */
const canonicalRow = (text: string) => splitRow(text).join(' | ');

export interface TableRow {
  cells: string[];
  index: number;
}

/**
 * Reads the pipe table that starts at the first line at or after `from` matching `header`,
 * ending at the first line that is not a table row. Every row must have as many cells as the header.
 */
export function readTable(doc: DocLines, from: number, to: number, header: RegExp, what: string): TableRow[] {
  const isHeader = (l: string) => header.test(l) || (l.includes('|') && header.test(canonicalRow(l)));
  const start = doc.find({ test: isHeader }, from, to);
  if (start < 0) throw doc.error(from, `${what}: table header not found`);
  const width = splitRow(doc.at(start)).length;
  const rows: TableRow[] = [];
  let i = start + 1;
  if (/^[\s|:-]+$/.test(doc.at(i))) i++;
  for (; i < to; i++) {
    const text = doc.at(i);
    if (!text.includes('|')) break;
    const cells = splitRow(text);
    // Generators end a row whose last cell is empty with a bare "|": that cell is still there.
    if (cells.length === width - 1 && text.trim().endsWith('|')) cells.push('');
    if (cells.length !== width) {
      throw doc.error(i, `${what}: malformed table row: expected ${width} cells, found ${cells.length}`);
    }
    rows.push({ cells, index: i });
  }
  return rows;
}

/** Splits `a | b | c` (with or without outer pipes) into trimmed cells. */
export function splitRow(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

const entities: Record<string, string> = {
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(quot|#39|#x27|amp|lt|gt);/g, (m) => entities[m] ?? m);
}
