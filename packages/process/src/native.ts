// The optional native binding: loaded on first use, never at import (a browser bundle maps
// @n10/binding away, and a portable program that never asks for an OS fact never loads it).
import type { Binding } from '@n10/binding';

export type { Binding };

declare const require: ((id: string) => unknown) | undefined;

let cached: Binding | null | undefined;

function usable(b: unknown): b is Binding {
  return !!b && typeof (b as Binding).hrtime === 'function' && typeof (b as Binding).Signal === 'function';
}

/** @n10/binding, or null where there is none (a browser, an unsupported host). */
export function nativeBinding(): Binding | null {
  if (cached !== undefined) return cached;
  let found: Binding | null = null;
  try {
    if (typeof require === 'function') {
      const m = require('@n10/binding') as { default?: unknown };
      found = usable(m) ? m : usable(m.default) ? m.default : null;
    }
  } catch {
    found = null;
  }
  cached = found;
  return found;
}

/** For tests and the runtime: use this binding (or none) from now on. */
export function setNativeBinding(b: Binding | null): void {
  cached = b;
}
