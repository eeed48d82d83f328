/**
 * `then`, `catch` and `finally` over a promise made on first use: what makes a PagePromise or a
 * StreamPromise awaitable while the request waits until someone awaits or iterates it.
 */
export function lazyThenable<T>(get: () => Promise<T>): Pick<Promise<T>, 'then' | 'catch' | 'finally'> {
  return {
    // biome-ignore lint/suspicious/noThenProperty: deliberately thenable.
    then: (onFulfilled, onRejected) => get().then(onFulfilled, onRejected),
    catch: (onRejected) => get().catch(onRejected),
    finally: (onFinally) => get().finally(onFinally),
  };
}
