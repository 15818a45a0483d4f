// Errors thrown inside builtins the runtime stands in for (Object.keys/getPrototypeOf/freeze on
// primitives, a sort comparator, String#trim on null): one native frame, as V8 3.14's builtins.
try { Object.keys(1); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { Object.getPrototypeOf('s'); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { [3, 1, 2].sort(function () { throw new Error('cmp'); }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { String.prototype.trim.call(null); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { JSON.parse('{bad'); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { JSON.stringify({ toJSON: function () { throw new Error('tj'); } }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
try { Object.freeze(1); Object.isFrozen(2); Object.create(5); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
