import { NO_SHAPE } from '../reconstruct/build-spec.ts';
import type { Schema } from '../reconstruct/schema.ts';

/** A model the doc names but shows no shape for (the reconstructor's NO_SHAPE placeholder). */
export function isShapeless(schema: Schema | undefined): boolean {
  return schema?.description === NO_SHAPE && !schema.properties;
}
