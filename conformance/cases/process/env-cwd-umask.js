// process.env (values are strings; delete removes), cwd/chdir (errors as 0.10), umask.
var path = require('path');
process.env.N10_TEST = 42;
console.log(typeof process.env.N10_TEST, process.env.N10_TEST, 'N10_TEST' in process.env);
process.env.N10_TEST = undefined;
console.log(JSON.stringify(process.env.N10_TEST));
delete process.env.N10_TEST;
console.log(process.env.N10_TEST, 'N10_TEST' in process.env);
var start = process.cwd();
console.log(path.basename(start));
process.chdir('..');
console.log(path.basename(process.cwd()), process.cwd() === path.dirname(start));
process.chdir(start);
try { process.chdir('/no/such/dir'); } catch (e) { console.log(String(e), JSON.stringify(e)); }
try { process.chdir(1); } catch (e) { console.log(String(e)); }
var old = process.umask(parseInt('027', 8));
console.log(process.umask().toString(8), process.umask(old).toString(8), process.umask() === old);
console.log(process.umask('0022') === old, process.umask().toString(8));
try { process.umask('9'); } catch (e) { console.log(String(e)); }
try { process.umask({}); } catch (e) { console.log(String(e)); }
process.umask(old);
