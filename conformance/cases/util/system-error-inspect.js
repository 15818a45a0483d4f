// console.log of system errors (fs, net, dns, spawn, exec, zlib, EADDRINUSE) and of errors with own properties.
var net = require('net'), fs = require('fs'), dns = require('dns'), cp = require('child_process'), http = require('http'), zlib = require('zlib');
var util = require('util');
fs.stat('nope', function (e) { console.log(e); console.log(util.inspect(e)); console.log(String(e));
  net.connect(1, '127.0.0.1').on('error', function (e) { console.log(e);
    dns.lookup('no-such.invalid', function (e) { console.log(e);
      cp.spawn('no-such-cmd').on('error', function (e) { console.log(e);
        cp.exec('exit 3', function (e) { console.log(e);
          zlib.gunzip(new Buffer('xx'), function (e) { console.log(e);
            try { fs.readFileSync('nope2'); } catch (e) { console.log(e); }
            try { JSON.parse('{'); } catch (e) { console.log(e); }
            var err = new Error('with props'); err.code = 'X'; err.extra = { a: 1 };
            console.log(err);
            console.log([new Error('in array')]);
            console.log({ e: new TypeError('in obj') });
            console.log(util.inspect(new RangeError('r'), { showHidden: true }));
            var s = http.createServer().listen(0, '127.0.0.1', function () {
              var s2 = http.createServer(); s2.on('error', function (e) { console.log(e); s.close(); }); s2.listen(s.address().port, '127.0.0.1');
            });
          });
        });
      });
    });
  });
});
