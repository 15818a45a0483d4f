// The zone name in a Date's string form, as node 0.10 printed it: the tz database's
// abbreviation (lettered, "(EET)", or numeric, "(+03)") for the same calendar time in an
// equivalent year (2013 asked about 2019, 2026 about 2015), beside the offset it computed.
var execFile = require('child_process').execFile;
var zones = ['Europe/Istanbul', 'Europe/Moscow', 'Africa/Lagos', 'Asia/Dubai', 'Asia/Tehran', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Novosibirsk', 'America/Caracas', 'America/Sao_Paulo', 'Europe/Paris', 'America/New_York'];
var program = "console.log([Date.UTC(2013, 0, 15, 12), Date.UTC(2013, 6, 15, 12), Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)].map(function (ms) { return String(new Date(ms)).replace(/^.* GMT/, 'GMT'); }).join(' | '))";
(function next(i) {
  if (i >= zones.length) return;
  var env = {}; for (var k in process.env) env[k] = process.env[k];
  env.TZ = zones[i];
  execFile(process.execPath, ['-e', program], { env: env }, function (err, stdout) {
    console.log(zones[i], err ? err.code : 0, stdout.trim());
    next(i + 1);
  });
})(0);
