// Errors of builtins called on the wrong receiver or with bad arguments: V8 3.14's messages, as a
// program reads them in its catch clause.
function t(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
t('toISOString', function () { new Date().toISOString.call(1); });
t('getTime', function () { Date.prototype.getTime.call({}); });
t('toFixed', function () { Number.prototype.toFixed.call('x'); });
t('num toString', function () { Number.prototype.toString.call('x'); });
t('bool toString', function () { Boolean.prototype.toString.call(1); });
t('trim null', function () { String.prototype.trim.call(null); });
t('exec', function () { RegExp.prototype.exec.call({}); });
t('fn toString', function () { Function.prototype.toString.call({}); });
t('str valueOf', function () { String.prototype.valueOf.call(1); });
t('date setTime', function () { Date.prototype.setTime.call(null, 1); });
t('map', function () { Array.prototype.map.call(null, function () {}); });
t('forEach', function () { [].forEach(5); });
t('reduce', function () { [].reduce(function () {}); });
t('defineProperty', function () { Object.defineProperty(1, 'x', {}); });
t('create', function () { Object.create(1); });
t('keys', function () { Object.keys(1); });
t('freeze', function () { Object.freeze(1); });
t('in', function () { 'x' in 5; });
t('apply', function () { (function(){}).apply(null, 5); });
t('bind', function () { Function.prototype.bind.call(5); });
t('array len', function () { new Array(-1); });
t('toFixed range', function () { (1).toFixed(50); });
t('toString radix', function () { (1).toString(50); });
t('precision', function () { (1).toPrecision(0); });
t('json cyc', function () { var a = {}; a.a = a; JSON.stringify(a); });
t('getPrototypeOf', function () { Object.getPrototypeOf(1); });
t('setter', function () { Object.defineProperty({}, 'x', { get: 1 }); });
t('redefine', function () { var o = {}; Object.defineProperty(o, 'x', { value: 1 }); Object.defineProperty(o, 'x', { value: 2 }); });
t('decodeURI', function () { decodeURIComponent('%'); });
t('regexp', function () { new RegExp('['); });
t('regexp flags', function () { new RegExp('a', 'zz'); });
t('strict arg', function () { 'use strict'; arguments.callee; });
