/** What one model page says, whatever its dialect: the reconstructor's per-model intermediate form. */
import type { Schema } from './schema.ts';

export interface ModelPage {
  /** The model's name as API pages and other model pages refer to it. */
  name: string;
  file: string;
  /** 0-based index of the title line. */
  index: number;
  /** The model's schema; object properties under the names the page writes. */
  schema: Schema;
  /** 0-based line of each top-level property, for messages that point at the page. */
  lines: Map<string, number>;
  /**
   * The page writes JSON names (python-experimental, whose models are dicts keyed by them), not
   * Python attribute names (every other dialect), which may differ from the JSON names.
   */
  wireNames: boolean;
  /** The page has a properties table with no row: it names no field (an empty object, or an alias it does not show). */
  empty: boolean;
}
