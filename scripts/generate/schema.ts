import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { header } from './emit.js';

/** `paths`, `components` and `operations` types of the spec, by openapi-typescript. */
export async function emitSchema(specFile: string, source: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specFile), { silent: true });
  return `${header(source)}${astToString(ast)}`;
}
