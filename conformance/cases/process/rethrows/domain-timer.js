var d = require('domain').create();
d.run(function () {
  setTimeout(function () { var err = new Error('in domain'); throw err; }, 1);
});
