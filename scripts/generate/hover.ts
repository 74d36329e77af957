/**
 * What an editor shows on hover, from TypeScript's own language service: a probe file written as a
 * user would write it, in the package's folder (so its imports resolve as in a project that installed
 * the package), asked for quick info at a word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface Hover {
  /** The signature line, e.g. `(property) page?: number | undefined`. */
  readonly signature: string;
  /** The doc text before the tags. */
  readonly documentation: string;
  /** Each tag as `@name text`. */
  readonly tags: readonly string[];
}

/** A language service over one probe file (`source`) placed in `dir`. */
export function hoverService(dir: string, source: string) {
  const probe = join(dir, '__hover_probe__.ts');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      if (file === probe) return ts.ScriptSnapshot.fromString(source);
      try {
        return ts.ScriptSnapshot.fromString(readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (file) => file === probe || ts.sys.fileExists(file),
    readFile: (file) => (file === probe ? source : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    /** Quick info at the `nth` (from 0) occurrence of `word` in the probe. */
    hover(word: string, nth = 0): Hover {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = source.indexOf(word, at + 1);
      if (at < 0) throw new Error(`hover probe: "${word}" (#${nth}) is not in the probe`);
      const info = service.getQuickInfoAtPosition(probe, at);
      if (!info) throw new Error(`hover probe: no quick info at "${word}"`);
      return {
        signature: ts.displayPartsToString(info.displayParts),
        documentation: ts.displayPartsToString(info.documentation),
        tags: (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`.trim()),
      };
    },
    /** Type errors of the probe (a probe that does not compile hovers nothing useful). */
    errors(): string[] {
      return [...service.getSemanticDiagnostics(probe), ...service.getSyntacticDiagnostics(probe)].map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      );
    },
  };
}
