/** What a dialect module is handed to read one operation's section of an API page, and what it gives back. */
import type { DocLines } from '../doc-lines.ts';
import type { DocParameter, DocRequestBody, DocResponse } from '../doc-model.ts';
import { PythonTypeError, pythonTypeToSchema } from '../python-types.ts';
import type { ModelSink } from '../samples.ts';
import type { Schema } from '../schema.ts';

export type TypeOf = (text: string, at: number) => Schema;

/**
 * Reads a documented Python type on a line of `doc`, naming every model it meets in `models`; a type it
 * cannot read is an error at that line, prefixed with `where`.
 */
export function typeReader(doc: DocLines, where: string, models: ModelSink): TypeOf {
  return (text, at) => {
    try {
      return pythonTypeToSchema(text, (m) => {
        if (!models.has(m)) models.set(m, undefined);
      });
    } catch (e) {
      if (e instanceof PythonTypeError) throw doc.error(at, `${where}: ${e.message}`);
      throw e;
    }
  };
}

export interface OperationSection {
  doc: DocLines;
  /** `operation "name"`, for messages. */
  where: string;
  path: string;
  start: number;
  end: number;
  parametersAt: number;
  authorizationAt: number;
  /** The `HTTP request headers` list: Content-Type and Accept, where given. */
  headers: { contentType?: string; accept?: string };
  /** The Python example's code. */
  code: string;
  models: ModelSink;
  typeOf: TypeOf;
  /** The index of a heading the section must have, or an error that says the doc is cut short. */
  need(heading: RegExp, label: string): number;
}

export interface OperationDetails {
  parameters: DocParameter[];
  requestBody?: DocRequestBody;
  responses: DocResponse[];
}
