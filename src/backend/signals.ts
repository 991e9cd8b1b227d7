/** An abort signal combined from several, and a function that removes its listeners. */
export interface CombinedSignal {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * Combines `signals` into one that aborts with the reason of the first of them to abort.
 *
 * Uses `AbortSignal.any` where it exists (Chrome 116, Firefox 124, Safari 17.4) and otherwise
 * listens on each source until `dispose()` is called.
 */
export function anySignal(signals: readonly AbortSignal[]): CombinedSignal {
  if (typeof AbortSignal.any === 'function') {
    return {signal: AbortSignal.any([...signals]), dispose() {}};
  }

  const controller = new AbortController();
  const alreadyAborted = signals.find((source) => source.aborted);
  if (alreadyAborted !== undefined) {
    controller.abort(alreadyAborted.reason);
    return {signal: controller.signal, dispose() {}};
  }

  const removers: Array<() => void> = [];
  const dispose = () => {
    for (const remove of removers) {
      remove();
    }
    removers.length = 0;
  };
  for (const source of signals) {
    const onAbort = () => {
      dispose();
      controller.abort(source.reason);
    };
    source.addEventListener('abort', onAbort);
    removers.push(() => source.removeEventListener('abort', onAbort));
  }
  return {signal: controller.signal, dispose};
}

/**
 * Settles like `promise`, except that it rejects with `signal.reason` as soon as `signal` aborts,
 * even when the work behind `promise` ignores the signal.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Resolves after `ms` milliseconds, or rejects with `signal.reason` and clears the timer on abort. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, {once: true});
  });
}
