/**
 * A module loaded on demand that, once loaded, can be used synchronously: keyboard and drag
 * handlers must not wait a tick when the code is already there. `subscribe` tells React when
 * it arrives (`useSyncExternalStore(module.subscribe, module.get)`).
 */
export type LazyModule<M> = Readonly<{
  get: () => M | null;
  load: () => Promise<M>;
  subscribe: (listener: () => void) => () => void;
}>;

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => loaded,
    load: () => {
      pending ??= load().then((module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      });
      return pending;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The domain's operations (they parse YAML, so they live outside the initial bundle): the
 * command table reaches them here; panels and the canvas, in lazy chunks themselves, import
 * the operation values directly.
 */
export const operationsModule = lazyModule(() =>
  import('../domain/operations/all-operations').then(async (module) => {
    // Whoever has the operations has the clock that runs what they queue, and their CLI lines.
    await Promise.all([clockModule.load(), cliModule.load()]);
    return module.OPERATIONS;
  }),
);

/** The project's clock (it runs the activities), in the same chunk as the operations. */
export const clockModule = lazyModule(() =>
  import('../domain/operations/all-operations').then((module) => module.CLOCK),
);

/** The magento-cloud CLI as the command line reads and writes it, in the same chunk too. */
export const cliModule = lazyModule(() =>
  import('../domain/operations/all-operations').then((module) => module.CLI),
);
