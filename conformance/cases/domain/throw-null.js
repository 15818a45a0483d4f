var d = require('domain').create(); d.on('error', function (e) { console.log('got', e); }); d.run(function () { setTimeout(function () { throw null; }, 1); });
