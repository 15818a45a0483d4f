// A caught engine error's message in V8 3.14's words.
//
// The runtime rewrites an engine TypeError's message ("Cannot read properties of undefined
// (reading 'x')" → "Cannot call method 'x' of undefined") when its stack is first formatted
// (engine-messages.ts). A program that reads e.message in its catch block before e.stack would
// still see today's words: mocha's reporter does (and then cannot find the message in the
// stack), as does `try { … } catch (e) { console.log(e.message) }`. So in a program's source
// each `catch (e) {` gets, right after its brace, a call that formats the stack first:
// ` e=__n10caught(e);` (program-edits.ts adds it). The value caught is no longer one a throw
// of the program left uncaught (thrown-values.ts).
import { settleEngineMessage } from './engine-messages';
import { defineEditGlobal, forgetThrown } from './thrown-values';

/** The function the calls reach (defineEditGlobal). */
export function installCaught(realm: typeof globalThis): void {
  const caught = function (error: unknown): unknown {
    forgetThrown(error);
    settleEngineMessage(error);
    return error;
  };
  defineEditGlobal(realm, '__n10caught', caught);
}
