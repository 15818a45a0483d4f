// Preloaded into a host node process (node --require tsx/cjs --conditions=n10-source -r
// this) to run a node 0.10 program on n10's portable packages from source:
// require('util' | 'events' | 'assert' | 'console') gives the @n10 module's value (its
// default export, as the CJS build does), and the global console is n10's.
const Module = require('module');

const packages = { util: '@n10/util', events: '@n10/events', assert: '@n10/assert', console: '@n10/console' };
const cache = {};
function face(name) {
  if (!(name in cache)) {
    const ns = require(packages[name]);
    cache[name] = ns && typeof ns === 'object' && 'default' in ns ? ns.default : ns;
  }
  return cache[name];
}

const load = Module._load;
Module._load = function (request, ...rest) {
  if (Object.prototype.hasOwnProperty.call(packages, request)) return face(request);
  return load.call(this, request, ...rest);
};

const con = face('console');
con.Console.call(con, process.stdout, process.stderr);
Object.defineProperty(globalThis, 'console', { value: con, writable: true, configurable: true, enumerable: false });
