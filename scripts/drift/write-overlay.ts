import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { writeFileAtomic } from '../reconstruct/write-file.ts';
import type { Proposal } from './proposals.ts';

/** Whether the overlay already has this very action (a second --write adds nothing). */
function sameAction(existing: unknown, proposal: Proposal): boolean {
  const action = existing as { target?: unknown; update?: unknown; remove?: unknown };
  return (
    action.target === proposal.target &&
    JSON.stringify(action.update) === JSON.stringify(proposal.update) &&
    (action.remove === true) === (proposal.remove === true)
  );
}

/**
 * The overlay's text with the proposals appended to its actions, each under a comment giving its
 * source (the drift reports and how often it was seen), the rest of the file as it was. Returns the
 * proposals it added (those not already there).
 */
export function appendActions(
  overlayText: string,
  file: string,
  proposals: readonly Proposal[],
  source: string,
): { text: string; added: Proposal[] } {
  const doc = parseDocument(overlayText);
  const root = doc.contents;
  if (!isMap(root)) throw new Error(`${file}:1: an overlay must be a YAML mapping`);
  let actions = (root as YAMLMap).get('actions', true);
  if (actions === undefined) {
    (root as YAMLMap).set('actions', doc.createNode([]));
    actions = (root as YAMLMap).get('actions', true);
  }
  if (!isSeq(actions)) throw new Error(`${file}: "actions" must be a list`);
  const existing = actions.items.map((item) => (item as { toJSON(): unknown }).toJSON());
  const added: Proposal[] = [];
  for (const proposal of proposals) {
    if (existing.some((action) => sameAction(action, proposal))) continue;
    const node = doc.createNode({
      target: proposal.target,
      ...(proposal.remove ? { remove: true } : { update: proposal.update }),
    });
    node.commentBefore = ` Observed API traffic (pnpm drift, ${source}): ${proposal.why}.`;
    actions.items.push(node);
    added.push(proposal);
  }
  return { text: doc.toString({ lineWidth: 0 }), added };
}

/** Appends the proposals to the overlay file; the file is replaced whole or not at all. */
export function writeActions(file: string, proposals: readonly Proposal[], source: string): Proposal[] {
  const { text, added } = appendActions(readFileSync(file, 'utf8'), file, proposals, source);
  if (added.length) writeFileAtomic(file, text);
  return added;
}
