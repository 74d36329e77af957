/** Time as the runtime sees it; injectable so retry tests run without real waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Calls `fire` after `ms` unless the returned cancel function runs first; drives per-attempt
   * timeouts, so tests can fire them without waiting. Default: setTimeout.
   */
  setTimer?(ms: number, fire: () => void): () => void;
}

const systemTimer = (ms: number, fire: () => void): (() => void) => {
  const timer = setTimeout(fire, ms);
  return () => clearTimeout(timer);
};

/** Starts a timer on the clock (the system timer when the clock has none); returns its cancel. */
export function startTimer(clock: Clock, ms: number, fire: () => void): () => void {
  return (clock.setTimer ?? systemTimer)(ms, fire);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: systemTimer,
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
