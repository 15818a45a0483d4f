// process.env: the environment, as 0.10 exposed it. Reads see the environment (a snapshot
// taken on first use, kept in step with every change made through this object); an
// assignment stores the value's string form in the real environment (children inherit it);
// delete removes the variable. Standalone (no binding) it is a plain object.
import type { Binding } from './native';

export type Env = Record<string, string | undefined>;

/** Where an environment lives: the binding's (the process's), or nowhere (portable). */
interface EnvStore {
  getEnv(): Record<string, string>;
  setEnv(name: string, value: string): unknown;
  unsetEnv(name: string): unknown;
}

const portableStore: EnvStore = {
  getEnv: () => ({}),
  setEnv: () => 0,
  unsetEnv: () => 0,
};

/** process.env over the binding, or (no binding) an object with the same string rules. */
export function envObject(b: Binding | null): Env {
  return nativeEnv(b || portableStore);
}

export function nativeEnv(b: EnvStore): Env {
  const target: Env = b.getEnv();
  return new Proxy(target, {
    set(t, name, value) {
      if (typeof name !== 'string') return Reflect.set(t, name, value);
      const s = String(value);
      b.setEnv(name, s);
      t[name] = s;
      return true;
    },
    defineProperty(t, name, desc) {
      if (typeof name !== 'string' || !('value' in desc)) return Reflect.defineProperty(t, name, desc);
      const s = String(desc.value);
      b.setEnv(name, s);
      return Reflect.defineProperty(t, name, { value: s, writable: true, enumerable: true, configurable: true });
    },
    deleteProperty(t, name) {
      if (typeof name === 'string') b.unsetEnv(name);
      return Reflect.deleteProperty(t, name);
    },
  });
}
