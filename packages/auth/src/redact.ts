const REDACTED = '[redacted]';

/**
 * Below this length a secret is only masked where it stands whole (a header value, a query value, a
 * quoted string): `bearer('user')` must not turn `/users/u1` into `/[redacted]s/u1`.
 */
const WHOLE_ONLY_BELOW = 8;
const WORD = /[\p{L}\p{N}]/u;

/** One spelling of a secret to look for. */
interface Needle {
  readonly text: string;
  /** Only where it is not part of a longer word. */
  readonly whole: boolean;
}

/** The spellings a secret shows up in: as is, percent-encoded (URLs), form-encoded (bodies). */
function needlesOf(secret: string): Needle[] {
  const whole = secret.length < WHOLE_ONLY_BELOW;
  const spellings = new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  return [...spellings].map((text) => ({ text, whole }));
}

function replaceNeedle(text: string, { text: needle, whole }: Needle): string {
  if (!whole) return text.split(needle).join(REDACTED);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (at < from || WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
    out += text.slice(from, at) + REDACTED;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Longest first, so a secret that contains another one is removed whole. */
function redactWith(text: string, needles: readonly Needle[]): string {
  let result = text;
  for (const needle of needles) result = replaceNeedle(result, needle);
  return result;
}

function sortedNeedles(lists: Iterable<readonly Needle[]>): Needle[] {
  return [...lists].flat().sort((a, b) => b.text.length - a.text.length);
}

/**
 * Replaces every occurrence of each secret in `text` (also in its percent-encoded forms, as secrets
 * end up in URLs and form bodies) with `[redacted]`. Empty secrets are ignored; one shorter than 8
 * characters is only replaced where it is not part of a longer word.
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const lists: Needle[][] = [];
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret !== '') lists.push(needlesOf(secret));
  }
  return redactWith(text, sortedNeedles(lists));
}

/**
 * The credential values a client has sent, for redaction, at a cost that does not grow with the calls
 * made: a value is held while a call that sent it runs (`hold`, `release`), and once no call holds it,
 * it stays known only among the `keep` most recently released ones. A provider that returns a new
 * value per call thus leaves a bounded set behind, and the spellings to look for are only worked out
 * again when the set of values changes (never, for static credentials).
 */
export class SentSecrets {
  /** Value -> calls holding it (0: released, kept while among the `keep` most recently released). */
  readonly #uses = new Map<string, number>();
  readonly #needles = new Map<string, Needle[]>();
  /** Values no call holds. */
  #idle = 0;
  #sorted: Needle[] | undefined;

  constructor(readonly keep = 16) {}

  /** Values known now: held or recently released. */
  get size(): number {
    return this.#uses.size;
  }

  /** A call is about to send `value`: redacted at least until it is released. */
  hold(value: string): void {
    if (value === '') return;
    const uses = this.#uses.get(value);
    if (uses === undefined) {
      this.#needles.set(value, needlesOf(value));
      this.#sorted = undefined;
    } else if (uses === 0) {
      // Moved to the end: the map's order is the order in which values were last taken up.
      this.#idle--;
      this.#uses.delete(value);
    }
    this.#uses.set(value, (uses ?? 0) + 1);
  }

  /** The call that held `value` has ended. */
  release(value: string): void {
    const uses = this.#uses.get(value);
    if (!uses) return;
    this.#uses.set(value, uses - 1);
    if (uses > 1 || ++this.#idle <= this.keep) return;
    // One released value too many: the one taken up longest ago goes.
    for (const [known, count] of this.#uses) {
      if (count > 0) continue;
      this.#uses.delete(known);
      this.#needles.delete(known);
      this.#idle--;
      this.#sorted = undefined;
      return;
    }
  }

  /** `text` with every known value (and its encoded spellings) replaced by `[redacted]`. */
  redact(text: string): string {
    if (this.#needles.size === 0) return text;
    this.#sorted ??= sortedNeedles(this.#needles.values());
    return redactWith(text, this.#sorted);
  }
}
