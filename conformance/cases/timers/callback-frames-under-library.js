// A timer callback's frame in the stack of an error a library function made (Buffer, path): V8
// 3.14 named its receiver by the anonymous Timeout constructor, null ("null._onTimeout").
setTimeout(function(){ try { new Buffer('x','bogus') } catch(e) { console.log(e.stack.split('\n').slice(0, 5).join('|')) } console.log(new Error('own').stack.split('\n')[1]) }, 1);
setTimeout(function named(){ try { new Buffer('x','bogus') } catch(e) { console.log(e.stack.split('\n').slice(0, 5).join('|')) } }, 2);
var t = setInterval(function () { try { require('path').join(1) } catch (e) { console.log(e.stack.split('\n').slice(0, 6).join('|')) } clearInterval(t); }, 3);
