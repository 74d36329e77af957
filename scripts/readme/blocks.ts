/**
 * The TypeScript code blocks of the READMEs, checked as a user would meet them: each block type-checks
 * against the built packages (as if written in a project that installed them), and a vendor README's
 * blocks run against Prism serving that vendor's spec. Only the default server differs from a user's
 * run: the package's import is pointed at a small module that gives its factories Prism's URL as
 * default `baseUrl` and a hook that records every response status.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface CodeBlock {
  /** The README, relative to the repo root. */
  readonly file: string;
  /** Line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** JavaScript blocks are checked as a TypeScript editor checks a `.mjs` file (checkJs). */
  readonly lang: 'ts' | 'js';
}

/** The TypeScript (```ts, ```typescript) and JavaScript (```js, ```javascript) blocks of a markdown text. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|js|javascript)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`${file}:${start + 1}: code block is not closed`);
    const lang = open[3]!.startsWith('t') ? 'ts' : 'js';
    blocks.push({ file, line: start + 1, code: `${body.join('\n')}\n`, lang });
  }
  return blocks;
}

/** Whether a block declares `name` itself (`const name`, `let name`, an import of it, a function). */
function declares(code: string, name: string): boolean {
  return (
    new RegExp(`\\b(const|let|var|function|class)\\s+${name}\\b`).test(code) ||
    new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(code)
  );
}

/** Whether a block uses `name` as a value without declaring it: it continues an earlier block. */
export function continues(code: string, name: string): boolean {
  const uses = new RegExp(`(?<![.\\w'"\`])${name}\\b(?!\\s*:)`).test(code.replace(/\/\/.*$/gm, ''));
  return uses && !declares(code, name);
}

/**
 * What a README says "as in the example above" gives a block: a prelude declaring the names it takes
 * from earlier blocks. Each entry is the prelude for one name, placed before the block when the block
 * uses the name without declaring it.
 */
export type Context = ReadonlyArray<{ readonly name: string; readonly code: string }>;

export function withContext(block: CodeBlock, context: Context): string {
  const prelude = context.filter(({ name }) => continues(block.code, name)).map(({ code }) => code);
  // The block's own imports must stay first only by convention; a prelude before them is still valid.
  return `${prelude.join('\n')}${prelude.length ? '\n' : ''}${block.code}`;
}

export interface Checked {
  readonly block: CodeBlock;
  /** Where the block was written (a `.mts` or `.mjs` file inside the README's package, so imports resolve there). */
  readonly path: string;
  /** Lines the prelude added before the block. */
  readonly preludeLines: number;
}

const compilerOptions = (root: string, vendorPaths: Record<string, string[]>): ts.CompilerOptions => ({
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
  baseUrl: root,
  paths: vendorPaths,
});

/** Writes each block (with its context) into `<README's dir>/.readme-blocks/`, one `.mts` file each. */
export function writeBlocks(
  root: string,
  blocks: ReadonlyArray<{ block: CodeBlock; context: Context }>,
): Checked[] {
  return blocks.map(({ block, context }) => {
    const dir = join(root, dirname(block.file), '.readme-blocks');
    mkdirSync(dir, { recursive: true });
    const text = withContext(block, context);
    const path = join(dir, `line-${block.line}.${block.lang === 'ts' ? 'mts' : 'mjs'}`);
    writeFileSync(path, text);
    return { block, path, preludeLines: text.split('\n').length - block.code.split('\n').length };
  });
}

/** Type errors of the written blocks, each as `README.md:LINE: message` (the README's own line). */
export function typeErrors(
  root: string,
  checked: readonly Checked[],
  vendorPaths: Record<string, string[]>,
): string[] {
  const program = ts.createProgram(
    checked.map((c) => c.path),
    compilerOptions(root, vendorPaths),
  );
  const byPath = new Map(checked.map((c) => [c.path, c]));
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const c = d.file ? byPath.get(d.file.fileName) : undefined;
    if (!c || !d.file || d.start === undefined) return `${d.file?.fileName ?? '(program)'}: ${message}`;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line - c.preludeLines;
    return line < 0
      ? `${c.block.file}:${c.block.line}: (context before the block) ${message}`
      : `${c.block.file}:${c.block.line + 1 + line}: ${message}`;
  });
}

/** The JavaScript of a written block, with `replace`'s module specifiers pointed elsewhere. */
export function toRunnable(checked: Checked, replace: Record<string, string>): string {
  const js = ts.transpileModule(readFileSync(checked.path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return js.replace(
    /(from\s+|import\s*\(\s*)(['"])([^'"]+)\2/g,
    (whole, lead: string, quote: string, spec: string) =>
      spec in replace ? `${lead}${quote}${replace[spec]}${quote}` : whole,
  );
}

export function removeWritten(root: string, files: readonly string[]): void {
  for (const dir of new Set(files.map((f) => join(root, dirname(f), '.readme-blocks'))))
    rmSync(dir, { recursive: true, force: true });
}

export const relativeTo = (root: string, path: string) => relative(root, path).split('\\').join('/');
