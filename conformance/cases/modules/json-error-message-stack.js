// A JSON file that does not parse: the error's message names the file, and so does the
// first line of its stack (0.10's V8 formatted the stack on first use).
try { require('./fixtures/json/bad.json'); } catch (e) {
  console.log(e.name, e.message.split(__dirname).join('<dir>'));
  console.log(e.stack.split('\n')[0].split(__dirname).join('<dir>'));
}
try { JSON.parse('{"a":1,}'); } catch (e) { e.message = 'wrapped: ' + e.message; console.log(e.stack.split('\n')[0]); }
