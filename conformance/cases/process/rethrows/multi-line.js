require('fs').readFile(__filename, function (err, data) {
  if (!err) throw new Error(
    'multi ' +
    'line');
});
