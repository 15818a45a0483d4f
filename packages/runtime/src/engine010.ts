// The builtins whose behaviour changed between node 0.10's engine (V8 3.14) and today's, put
// back as 0.10 programs saw them. One file each; the order matters where noted.
import { installBoundFunctions010 } from './bound-functions';
import { installDateParse010 } from './date-parse';
import { rememberVmSource } from './engine-messages';
import { installDates010 } from './dates';
import { installErrorToString010 } from './error-to-string';
import { installJson010 } from './json';
import { installLocale010 } from './locale';
import { installMath010 } from './math';
import { installMathNative } from './math-native';
import { installNumberFormat010 } from './number-format';
import { installObjectEs5 } from './object-es5';
import { installProto010 } from './proto';
import { installStringTrim010 } from './string-trim';
import { installStackLimit } from './stack-limit';

/** Installs them on `realm`: the program's global, or a vm context's. */
function install(realm: typeof globalThis): void {
  installDates010(realm);
  installLocale010(realm);
  installMath010(realm);
  installMathNative(realm);
  installNumberFormat010(realm);
  // After installDates010(): Date() prints through Date.prototype.toString.
  installDateParse010(realm);
  installObjectEs5(realm);
  installStringTrim010(realm);
  // After installObjectEs5(): it wraps the Object.getPrototypeOf there is.
  installProto010(realm);
  installJson010(realm);
  installErrorToString010(realm);
  installBoundFunctions010(realm);
}

// Replaced on the program's realm by globals.ts (before these): a context takes the same.
const SHARED: [holder: (realm: typeof globalThis) => object, names: string[]][] = [
  [(realm) => realm.Function.prototype, ['toString', 'name']],
  [(realm) => realm.Array.prototype, ['sort']],
];

/**
 * A vm context's builtins as 0.10's contexts had them (V8 3.14's, like the program's): @n10/vm
 * calls this, through a registered symbol on the global object, with each new context's global.
 */
function installInContext(context: typeof globalThis): void {
  for (const [holder, names] of SHARED) {
    const from = holder(globalThis);
    const to = holder(context);
    for (const name of names) {
      const desc = Object.getOwnPropertyDescriptor(from, name);
      if (desc) Object.defineProperty(to, name, desc);
    }
  }
  install(context);
  // A context's Error.stackTraceLimit is its own, as 0.10's; its errors' stacks are taken with
  // room for the frames n10's vm and the host run between the context's code and its caller.
  installStackLimit(context, CONTEXT_ROOM);
}

// Frames n10 may run among a context error's first `limit` (stack-limit.ts's four, and vm's).
const CONTEXT_ROOM = 12;

export function installEngine010(): void {
  install(globalThis);
  Object.defineProperty(globalThis, Symbol.for('n10.vm.engine010'), { value: installInContext, configurable: true });
  // vm's code, so that engine messages and positions in it are worded and placed as 0.10's.
  Object.defineProperty(globalThis, Symbol.for('n10.vm.compiled'), { value: rememberVmSource, configurable: true });
}
