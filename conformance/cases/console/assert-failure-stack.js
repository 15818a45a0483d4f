// runtime-only: library frames at 0.10's lines are the runtime's (library-frames.ts, positions010.ts).
// console.assert's failure: an AssertionError made by assert.ok in console.js (its frame at
// 0.10's line), caught and then uncaught.
try {
  console.assert(false, 'caught %s', 'x');
} catch (e) {
  console.log(e.name, e.message, e.actual, e.expected, e.operator);
  console.log(e.stack.split('\n').slice(0, 3).join('\n'));
}
console.assert(true, 'not shown');
console.assert(0, 'uncaught %d', 2);
