/** OpenAPI 3.1 validation by Redocly's maintained linter (structural rules only), with line numbers. */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { DocError } from './doc-error.ts';
import type { OverlayOrigins } from './overlay.ts';

let config: ReturnType<typeof createConfig> | undefined;

/**
 * Throws a DocError at the first problem: in the overlay, at the line that wrote the node, when an
 * overlay wrote it; otherwise in the spec.
 */
export async function validateSpec(file: string, yamlText: string, origins?: OverlayOrigins): Promise<void> {
  config ??= createConfig({
    rules: {
      struct: 'error',
      'no-unresolved-refs': 'error',
      'operation-operationId-unique': 'error',
      'path-parameters-defined': 'error',
      'security-defined': 'error',
    },
  });
  const problems = await lintFromString({ source: yamlText, absoluteRef: file, config: await config });
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return;
  const loc = first.location[0] as { pointer?: string; start?: { line: number } } | undefined;
  const reason = `invalid OpenAPI 3.1 (${errors.length} problem${errors.length > 1 ? 's' : ''}): ${first.message} at ${loc?.pointer ?? '?'}`;
  const overlayLine = loc?.pointer ? origins?.lineOf(loc.pointer) : undefined;
  if (origins && overlayLine !== undefined) throw new DocError(origins.file, overlayLine, reason);
  throw new DocError(file, loc?.start?.line ?? lineOfPointer(yamlText, loc?.pointer), reason);
}

/** Best-effort line of a JSON pointer's last key in block-style YAML. */
function lineOfPointer(yamlText: string, pointer: string | undefined): number {
  const key = pointer?.split('/').pop();
  if (!key) return 1;
  const i = yamlText.split('\n').findIndex((l) => l.trimStart().startsWith(`${key.replace(/~1/g, '/')}:`));
  return i < 0 ? 1 : i + 1;
}
