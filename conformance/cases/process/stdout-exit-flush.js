// 2 MB to process.stdout then process.exit(0): every byte arrives.
var s = new Array(100001).join('x');
for (var i = 0; i < 20; i++) process.stdout.write(s + '\n');
console.log('done', process.stdout.writable, process.stdout._type || '');
process.exit(0);
