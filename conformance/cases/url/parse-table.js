// url.parse over 150 URL shapes: every field, for each of parse(u), parse(u, true) and
// parse(u, false, true).
var url = require('url');
var show = require('./fixtures/print');
var line = show.line;
var urls = require('./fixtures/urls').urls;

function fields(u) {
  var o = {};
  Object.keys(u).forEach(function (k) {
    o[k] = u[k];
  });
  return o;
}

urls.forEach(function (u) {
  line(show(u));
  line('  ' + show(fields(url.parse(u))));
  line('  ' + show(fields(url.parse(u, true)).query));
  var h = url.parse(u, false, true);
  line('  ' + show([h.host, h.pathname, h.href]));
});
