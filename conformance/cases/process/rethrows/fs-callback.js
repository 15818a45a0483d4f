var fs = require('fs');
fs.readFile(__dirname + '/missing-file', function (err, data) {
  if (err) throw err;
  console.log(data);
});
