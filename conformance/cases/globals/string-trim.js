// String#trim/trimLeft/trimRight in node 0.10 also removed U+0085, U+180E and U+200B (zero
// width space), which scraped text often carries.
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16)); return r.join(' '); }
var samples = ['\u200bhello\u200b', '\u180e x \u180e', '\u0085line\u0085', ' \u200b \u00a0mixed\ufeff \u200b', '\u200b', 'in\u200bside', '  plain  '];
samples.forEach(function (s) {
  console.log(codes(s), '|', codes(s.trim()), '|', codes(s.trimLeft()), '|', codes(s.trimRight()));
});
var cells = 'name\u200b, age ,\u200bcity'.split(',').map(function (c) { return c.trim(); });
console.log(JSON.stringify(cells), cells[0].length, cells[2].length);
