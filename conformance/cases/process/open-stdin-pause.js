// process.openStdin(): data in old mode, pause/resume, end, over 200 kB.
var stdin = process.openStdin();
var n = 0;
stdin.on('data', function (d) { n++; console.log('data', typeof d, d.length); if (n === 1) { stdin.pause(); setTimeout(function () { stdin.resume(); }, 10); } });
stdin.on('end', function () { console.log('end'); });
