import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from 'openapi-typescript-codegen';

/** The one method of the generated axios client the bench calls. */
interface AxiosKestra {
  readonly users: { getUser(id: string): PromiseLike<unknown> };
}

/**
 * Generates an axios client for kestra's spec with openapi-typescript-codegen (`--client axios`, no
 * Java), the kind of client vendors ship, into `dir` (inside bench/, so `axios` resolves), and loads it.
 */
export async function generateAxiosKestra(
  repoRoot: string,
  dir: string,
): Promise<(baseUrl: string, username: string, password: string) => AxiosKestra> {
  await generate({
    input: join(repoRoot, 'specs', 'kestra', 'openapi.yaml'),
    output: dir,
    httpClient: 'axios',
    clientName: 'KestraAxios',
  });
  // The bench runs under tsx, which loads the generated TypeScript as it is.
  const module = (await import(pathToFileURL(join(dir, 'index.ts')).href)) as {
    KestraAxios: new (config: { BASE: string; USERNAME: string; PASSWORD: string }) => AxiosKestra;
  };
  return (baseUrl, username, password) =>
    new module.KestraAxios({ BASE: baseUrl, USERNAME: username, PASSWORD: password });
}
