/**
 * Watching a caller's AbortSignal through one listener per signal. An app may hand one signal (its
 * shutdown signal, a request's) to hundreds of calls at once; a listener per call would make Node warn
 * "Possible EventTarget memory leak detected" past ten, about a signal that leaks nothing.
 */

interface Watch {
  callbacks: Set<() => void>;
  fire: () => void;
}

const watches = new WeakMap<AbortSignal, Watch>();

/**
 * Calls `callback` once when `signal` aborts (at once if it already has); returns the function that stops
 * watching. The signal's one listener goes when its last watcher stops, so a long-lived signal keeps none.
 * @example
 * const stop = onAbort(signal, () => controller.abort(signal.reason));
 * try { await work(controller.signal) } finally { stop() }
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  // An abort during an await before this call (a token provider's) would otherwise never be heard.
  if (signal.aborted) {
    callback();
    return () => {};
  }
  let watch = watches.get(signal);
  if (!watch) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      watches.delete(signal);
      // A copy: a callback may stop other watchers as it runs.
      for (const cb of [...callbacks]) cb();
    };
    watch = { callbacks, fire };
    watches.set(signal, watch);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { callbacks, fire } = watch;
  // A fresh function per watcher, so that one callback watched twice is stopped twice.
  const entry = () => callback();
  callbacks.add(entry);
  return () => {
    if (callbacks.delete(entry) && callbacks.size === 0 && watches.get(signal) === watch) {
      watches.delete(signal);
      signal.removeEventListener('abort', fire);
    }
  };
}
