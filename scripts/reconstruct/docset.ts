/**
 * A vendor's doc set: its API page or pages and every model page they link to, transitively. A
 * generated client documents its API on one page and each model on a page of its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DocError } from './doc-error.ts';

export interface DocPage {
  /** Absolute path. */
  file: string;
  /** Path inside the doc set folder, with `/`. */
  path: string;
  text: string;
  sha256: string;
}

export interface DocSet {
  dir: string;
  apiPages: DocPage[];
  /** Model pages by model name (the page's file name). */
  modelPages: Map<string, DocPage>;
  /** Links to model pages the set does not have, with where they are written. */
  missing: Array<{ model: string; file: string; line: number }>;
  /** What the set's SOURCES.tsv says: `repo at commit`, and each page's upstream path. */
  upstream?: { source: string; paths: Map<string, string> };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readPage(dir: string, file: string): DocPage {
  const text = readFileSync(file, 'utf8');
  return { file, path: relative(dir, file).split('\\').join('/'), text, sha256: sha256(text) };
}

/**
 * `[**Model**](Model.md)`, `[**Model**](../../models/Model.md)`: a link to a page, no anchor. Links to
 * the README and to sections (`#…`) are navigation. Some python-experimental pages print an
 * unrendered template prefix (`{{complexTypePrefix}}Model.md`); such a link is followed by file name.
 */
const pageLink = /\]\(([^)#\s]*?)([A-Za-z_]\w*)\.md\)/g;

export function readDocSet(dir: string, apiPages: readonly string[]): DocSet {
  const root = resolve(dir);
  if (!existsSync(root)) throw new DocError(root, 1, 'doc set folder not found');
  const set: DocSet = { dir: root, apiPages: [], modelPages: new Map(), missing: [] };
  const queue: DocPage[] = [];
  const seen = new Set<string>();
  for (const name of apiPages) {
    const file = join(root, name);
    if (!existsSync(file)) throw new DocError(file, 1, `API page ${name} is not in the doc set ${root}`);
    const page = readPage(root, file);
    set.apiPages.push(page);
    queue.push(page);
    seen.add(file);
  }
  const modelDirs = new Set<string>();
  const unresolved: Array<{ model: string; file: string; line: number }> = [];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const lines = page.text.split('\n');
    lines.forEach((text, i) => {
      for (const m of text.matchAll(pageLink)) {
        const [, prefix, model] = m as unknown as [string, string, string];
        if (model === 'README' || prefix.includes('{{')) {
          if (prefix.includes('{{')) unresolved.push({ model, file: page.file, line: i + 1 });
          continue;
        }
        const file = resolve(dirname(page.file), `${prefix}${model}.md`);
        if (seen.has(file)) continue;
        seen.add(file);
        if (!existsSync(file) || !file.startsWith(root)) {
          // Generators link scalar types too (`str.md`); those pages never exist.
          if (/^[A-Z]/.test(model)) set.missing.push({ model, file: page.file, line: i + 1 });
          continue;
        }
        const linked = readPage(root, file);
        set.modelPages.set(model, linked);
        modelDirs.add(dirname(file));
        queue.push(linked);
      }
    });
    // Template-prefixed links name a model page that lives beside the others.
    if (queue.length === 0) {
      for (const link of unresolved.splice(0)) {
        if (set.modelPages.has(link.model)) continue;
        const file = [...modelDirs].map((d) => join(d, `${link.model}.md`)).find(existsSync);
        if (!file) {
          set.missing.push(link);
          continue;
        }
        const linked = readPage(root, file);
        set.modelPages.set(link.model, linked);
        seen.add(file);
        queue.push(linked);
      }
    }
  }
  const sources = join(root, 'SOURCES.tsv');
  if (existsSync(sources)) set.upstream = readSources(sources);
  return set;
}

/** `# repo at commit`, a header, then `page<TAB>sha256<TAB>upstream path` rows. */
function readSources(file: string): DocSet['upstream'] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const source = lines[0]?.startsWith('# ') ? lines[0].slice(2).trim() : 'unknown';
  const paths = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const [page, hash, path] = line.split('\t');
    if (page && hash && path && /^[0-9a-f]{64}$/.test(hash)) paths.set(page, path);
  }
  return { source, paths };
}

export const allPages = (set: DocSet): DocPage[] => [...set.apiPages, ...set.modelPages.values()];

/** The record of where each page came from, as committed beside the spec (`specs/<vendor>/docset.tsv`). */
export function provenanceRecord(set: DocSet): string {
  const rows = allPages(set)
    .map((p) => [p.path, p.sha256, set.upstream?.paths.get(p.path) ?? ''].join('\t'))
    .sort();
  return `# ${set.upstream?.source ?? 'upstream not recorded (the doc set has no SOURCES.tsv)'}\npage\tsha256\tupstream path\n${rows.join('\n')}\n`;
}

/** Pages whose bytes differ from the committed record, and pages that came or went. */
export function changedPages(set: DocSet, recorded: string | undefined): string[] {
  if (recorded === undefined) return [];
  const before = new Map<string, string>();
  for (const line of recorded.split('\n').slice(2)) {
    const [page, hash] = line.split('\t');
    if (page && hash) before.set(page, hash);
  }
  const out: string[] = [];
  for (const page of allPages(set)) {
    const old = before.get(page.path);
    if (old === undefined) out.push(`new page ${page.path}`);
    else if (old !== page.sha256)
      out.push(`changed page ${page.path} (sha256 ${old.slice(0, 12)} -> ${page.sha256.slice(0, 12)})`);
    before.delete(page.path);
  }
  for (const page of before.keys()) out.push(`page ${page} is gone from the doc set`);
  return out.sort();
}
