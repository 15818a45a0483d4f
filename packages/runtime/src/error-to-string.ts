// Error.prototype.toString with 0.10's words for the engine's own messages. The runtime rewrites
// an engine TypeError's message (engine-messages.ts) when its stack is first formatted; a
// program printing the error itself (String(e), '' + e, console.log(e), which util.inspect
// prints through Error.prototype.toString) formats the stack first, so it reads them too.
import { settleEngineMessage } from './engine-messages';
import { replaceBuiltin } from './native-functions';

export function installErrorToString010(realm: typeof globalThis): void {
  const original = realm.Error.prototype.toString;
  replaceBuiltin(realm.Error.prototype, 'toString', function toString(this: unknown): string {
    settleEngineMessage(this);
    return original.call(this);
  });
}
