// @n10/console: node 0.10's require('console'), portable.
//
// The default export is a Console instance with `.Console`, as in 0.10. Standalone it
// prints through the engine's own console (a browser, a host program); a runtime that has
// program streams re-targets it with `Console.call(console, process.stdout, process.stderr)`
// and installs it as the global console, so that require('console') === console.
import { ConsoleClass, type Console as ConsoleInstance, type ConsoleConstructor } from './console';
import { engineStream } from './engine-stream';

export type { ConsoleConstructor, Writable } from './console';

export interface ConsoleModule extends ConsoleInstance {
  Console: ConsoleConstructor;
}

const console = new ConsoleClass(engineStream('log'), engineStream('error')) as ConsoleModule;
console.Console = ConsoleClass;

// Exported as both the constructor (value) and the instance type, like a class.
const ConsoleExport: ConsoleConstructor = ConsoleClass;
type ConsoleExport = ConsoleInstance;
export { ConsoleExport as Console };
export default console;
