// @n10/binding, as child_process uses it (a function, so that tests can see where it is reached).
import b from '@n10/binding';
import type { Binding } from '@n10/binding';

export function binding(): Binding {
  return b;
}
