/**
 * A module loaded on demand that, once loaded, can be used synchronously: keyboard and drag
 * handlers must not wait a tick when the code is already there.
 */
export type LazyModule<M> = Readonly<{ get: () => M | null; load: () => Promise<M> }>;

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    get: () => loaded,
    load: () => {
      pending ??= load().then((module) => {
        loaded = module;
        return module;
      });
      return pending;
    },
  };
}
