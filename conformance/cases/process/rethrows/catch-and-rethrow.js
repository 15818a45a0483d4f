function inner() { throw new Error('inner'); }
function outer() {
  try { inner(); } catch (e) {
    e.message += ' (rethrown)';
    throw e;
  }
}
setTimeout(outer, 1);
