// console.log / info / error / warn / dir / assert / time / timeEnd / trace on the global
// console (stdout is compared; stderr output is redirected here through a Console).
var util = require('util');

console.log('count: %d', 42);
console.log('%s:%s', 'foo');
console.log('no placeholders', { a: 1 }, [1, 2], 'str', 5, null, undefined);
console.log({ nested: { deeper: { deepest: { gone: 1 } } } });
console.log();
console.log('');
console.info('info goes to stdout', { i: true });
console.error('error goes to stderr');
console.warn('warn goes to stderr');
console.dir({ a: { b: { c: { d: 1 } } }, inspect: undefined });
console.dir({ inspect: function () { return 'dir uses custom inspect'; } });
console.dir('a string', 'second argument ignored');
console.log(console.log('returns'), console.dir(1));

var log = console.log;
log('detached log still works');
var info = console.info;
info('detached info still works');
console.log(console.log === console.info, typeof console.log.bind);

console.assert(true, 'not thrown');
console.assert(1);
try { console.assert(false, 'assertion %s %d', 'message', 7); } catch (e) {
  console.log(e.name, '|', e.message, '|', e.actual, e.expected, e.operator, e instanceof require('assert').AssertionError);
}
try { console.assert(0); } catch (e) { console.log(e.name, '|', e.message); }
try { console.assert('', { obj: 1 }); } catch (e) { console.log(e.name, '|', e.message); }

console.time('label');
var total = 0;
for (var i = 0; i < 1000; i++) total += i;
var captured = [];
var realWrite = process.stdout.write;
process.stdout.write = function (chunk) { captured.push(String(chunk)); return true; };
console.timeEnd('label');
process.stdout.write = realWrite;
console.log(captured.length, /^label: \d+ms\n$/.test(captured[0]));
try { console.timeEnd('never started'); } catch (e) { console.log(e.name, e.message); }
console._times.zero = 0;
try { console.timeEnd('zero'); } catch (e) { console.log(e.name, e.message); }
console.log(util.inspect(console.time('again')), typeof console._times.again);

console.log(require('console') === console, Object.keys(console));
console.log(util.inspect(console));
console.log(Object.keys(console.Console.prototype), console.Console.length);
console.log(console instanceof console.Console, console.hasOwnProperty('_stdout'), Object.getOwnPropertyNames(console).slice(0, 3));
