// An engine TypeError printed whole (String(e), '' + e, console.log(e), util.inspect) reads in
// V8 3.14's words: "Cannot read property 'x' of undefined", "Cannot call method 'f' of null",
// "Cannot set property 'x' of null"; after that its message reads so too.
var util = require('util');
var u;
var n = null;
try { u.x; } catch (e) { console.log(e); }
try { n.f(); } catch (e) { console.log(String(e)); console.log(e.message); }
try { n.x = 1; } catch (e) { console.log('' + e); }
try { u[0]; } catch (e) { console.log(util.inspect([e])); }
try { u.y.z; } catch (e) { console.log(Object.prototype.toString.call(e), e instanceof TypeError, e.name); }
