// JSON.parse error messages as node 0.10 wrote them.
var inputs = ['{', 'x', '{"a" 1}', '[1,]', '{"a":1,}', '', ' ', '"abc', '[1 2]', '{"a":1}x', '{a:1}', "{'a':1}", 'tru', 'nul', '01', '1.', '-', '[1,2', '{"a":"\\x"}', '"\u0001"', 'undefined', '[]]', '{"a":1}}', '123abc', 'true false', '"a" "b"', '[-]', '{"a":-}', '.5', 'NaN', 'Infinity', '{"a":[}', '\t\n{"a"\n:\n}'];
inputs.forEach(function (s) {
  try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
});
