// The binding, loaded on first use (importing @n10/tls never loads native code by itself).
import type { Binding } from '@n10/binding';

declare const require: (id: string) => unknown;

let cached: Binding | null = null;

export function binding(): Binding {
  if (!cached) {
    const m = require('@n10/binding') as Binding & { default?: Binding };
    cached = m.SecureContext ? m : (m.default as Binding);
  }
  return cached;
}
