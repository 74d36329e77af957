/**
 * An overlay's servers meet the doc's paths: a server URL is the base every path is appended to, so
 * the base path a server ends in and the paths the doc prints must not both carry it.
 */
import { DocError } from './doc-error.ts';
import type { OverlayOrigins } from './overlay.ts';

/** `https://api.example.com/v1/` -> `/v1`; `/api/v3` -> `/api/v3`; `http://localhost` -> ``. */
export function basePathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/\/+$/, '');
}

const isVersion = (segment: string | undefined) => segment !== undefined && /^v\d+(\.\d+)?$/i.test(segment);

/**
 * Checks each server the overlay wrote against the doc's host and paths. When every path starts with
 * the base path the overlay's servers add to the doc's host (`/v1` paths under a server ending in
 * `/v1`, where the doc's host has none), that base is taken off each path once and a note says so. A
 * server that would still double it (some paths carry it, some not), or that adds a version under
 * paths that carry their own (`/v1` + `/v2/…`), is an error at the overlay line that wrote it.
 */
export function fitServersToPaths(
  spec: { servers?: unknown; paths: Record<string, unknown> },
  docHost: string,
  origins: OverlayOrigins,
): string[] {
  const servers = Array.isArray(spec.servers) ? (spec.servers as Array<{ url?: unknown }>) : [];
  const docBase = basePathOf(docHost);
  const paths = Object.keys(spec.paths);
  const notes: string[] = [];
  let strip: string | undefined;
  servers.forEach((server, n) => {
    const line = origins.lineOf(`/servers/${n}/url`) ?? origins.lineOf(`/servers/${n}`);
    if (line === undefined || typeof server.url !== 'string') return;
    const base = basePathOf(server.url);
    if (base === docBase || !base.startsWith(docBase)) return;
    const added = base.slice(docBase.length);
    const carrying = paths.filter((p) => p === added || p.startsWith(`${added}/`));
    const fail = (reason: string) => new DocError(origins.file, line, reason);
    if (carrying.length === paths.length && paths.length > 0) {
      if (strip !== undefined && strip !== added)
        throw fail(`server ${server.url} adds ${added}, another server adds ${strip}`);
      strip = added;
      return;
    }
    if (carrying.length > 0)
      throw fail(
        `server ${server.url} ends in ${added}, which ${carrying.length} of the doc's ${paths.length} paths also start with: URLs like ${server.url}${carrying[0]} would double it`,
      );
    const first = paths[0]?.split('/')[1];
    const own = paths.every((p) => isVersion(p.split('/')[1]));
    if (isVersion(added.split('/').pop()) && own)
      throw fail(
        `server ${server.url} adds the version ${added} to the doc's host ${docHost}, but the doc's paths carry their own (/${first}/…): URLs would be ${server.url}${paths[0]}`,
      );
  });
  if (strip === undefined) return notes;
  const from = strip;
  spec.paths = Object.fromEntries(
    Object.entries(spec.paths).map(([p, item]) => [p.slice(from.length) || '/', item]),
  );
  notes.push(
    `${origins.file}: the doc's paths all start with ${from}, the base path its servers end in (the doc's host ${docHost} has none); ${from} is taken off each path once`,
  );
  return notes;
}
