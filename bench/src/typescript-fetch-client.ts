/**
 * openapi-generator's own TypeScript client for kestra's spec (`typescript-fetch`), generated at bench
 * time with the pinned generator (the JAR npm ships, run through the 2.x wrapper; needs Java), as
 * hey-api's client is: the comparison a team that "just uses openapi-generator" would make.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// The generator launcher is the scripts package's own TypeScript (it finds the wrapper and the JAR there).
import { convertInputSpecs } from '../../scripts/openapi-generator/input-spec.ts';
import { generateOrThrow } from '../../scripts/openapi-generator/run.ts';
import { bundledSize } from './bundle-size.ts';
import type { BenchContext } from './context.ts';
import type { CallVariant } from './overhead.ts';

export const TYPESCRIPT_FETCH = 'typescript-fetch';

/** The one method of the generated client the bench calls. */
interface UsersApi {
  getUser(request: { id: string }): Promise<unknown>;
}

interface Generated {
  /** The generated client's folder (inside bench/.tmp, so esbuild and tsx find it). */
  dir: string;
  generateMs: number;
}

function generate(ctx: BenchContext): Promise<Generated> {
  return ctx.once('typescript-fetch', async () => {
    const dir = join(ctx.scratch, 'typescript-fetch', 'client');
    const spec = join(ctx.repoRoot, 'specs', 'kestra', 'openapi.yaml');
    const input = convertInputSpecs(
      ['generate', '-i', spec, '-g', TYPESCRIPT_FETCH, '-o', dir],
      ctx.repoRoot,
    );
    const started = performance.now();
    try {
      await generateOrThrow(input.args, ctx.repoRoot, `${spec} (typescript-fetch)`);
    } finally {
      input.cleanup();
    }
    return { dir, generateMs: performance.now() - started };
  });
}

/** The same one-`getUser` consumer as the vendor's and hey-api's, against the generated client. */
const consumer = `import { Configuration, UsersApi } from './client';

const users = new UsersApi(new Configuration({ basePath: 'https://kestra.example', username: 'user', password: 'secret' }));
users.getUser({ id: 'u-1' }).then((user) => console.log((user as { id: string }).id));
`;

export async function measureTypescriptFetchBundle(
  ctx: BenchContext,
): Promise<{ minified: number; gzipped: number; generateMs: number }> {
  const { dir, generateMs } = await generate(ctx);
  return { ...(await bundledSize({ contents: consumer, resolveDir: join(dir, '..') })), generateMs };
}

/** kestra's getUser through the generated client, HTTP basic as the other variants. */
export async function typescriptFetchVariant(ctx: BenchContext): Promise<CallVariant> {
  const { dir } = await generate(ctx);
  // The bench runs under tsx, which loads the generated TypeScript as it is.
  const module = (await import(pathToFileURL(join(dir, 'index.ts')).href)) as {
    Configuration: new (config: {
      basePath: string;
      username: string;
      password: string;
      fetchApi: typeof fetch;
    }) => unknown;
    UsersApi: new (configuration: unknown) => UsersApi;
  };
  return {
    name: TYPESCRIPT_FETCH,
    make(baseUrl) {
      // Its default is `window.fetch`: on Node the caller hands it the global fetch.
      const users = new module.UsersApi(
        new module.Configuration({
          basePath: baseUrl,
          username: 'bench',
          password: 'secret',
          fetchApi: fetch,
        }),
      );
      return (id) => users.getUser({ id });
    },
  };
}
