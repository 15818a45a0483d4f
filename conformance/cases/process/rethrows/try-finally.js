function f() { try { throw 1; } finally { console.log('finally'); } }
f();
