var inputs = ['"ab\u0001"', '"\\nb\u0001"', '"a\\nb\u0001"', '"1\u0001"', '"\u00e9\u0001"', '"a\\u00"', '"a\\u00g0"', '"a\\"', '"\\z"', '"\\-"', '"\\"', 'tr"ue', 'tr-ue', 'fals', 'nulL', '[1,2,', '{"a":1,', '{"a"', '{"a":', '-a', '1e', '1e+', '1.e5', '0x10', '"a\u2028"', '["a\u0001", 1]', '{"k":"v\u0002w"}'];
inputs.forEach(function (s) {
  try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s), e.name, JSON.stringify(e.message)); }
});
