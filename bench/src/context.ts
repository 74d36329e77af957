/** What every measurement gets: the mode, where things are, and a memo for work shared by rows. */
export interface BenchContext {
  /** Small N and a one-package build: proves the bench works in well under a minute, numbers are rough. */
  readonly quick: boolean;
  /** The repository root (the real tree: measurements never write into it outside bench/.tmp). */
  readonly repoRoot: string;
  /** A private scratch folder inside bench/ (so consumers resolve the workspace packages), removed at the end. */
  readonly scratch: string;
  /** Runs `work` the first time `key` is asked for and hands every later caller the same promise. */
  once<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** A sub-step line under the current progress line. */
  log(line: string): void;
}

/** One figure for one row: `value` is compared with the row's target; `detail` holds the raw inputs. */
export interface Measured {
  value: number;
  detail: Record<string, number | string>;
  /** Anything a reader must know to read the figure (e.g. a quick-mode subset). */
  note?: string;
}

export function createContext(
  options: Omit<BenchContext, 'once' | 'log'>,
  log: (line: string) => void,
): BenchContext {
  const memo = new Map<string, Promise<unknown>>();
  return {
    ...options,
    log,
    once<T>(key: string, work: () => Promise<T>): Promise<T> {
      let pending = memo.get(key) as Promise<T> | undefined;
      if (!pending) {
        pending = work();
        memo.set(key, pending);
      }
      return pending;
    },
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
