// Function.prototype in node 0.10's engine: a function named "Empty" whose source is
// "function Empty() {}" (today's engine: an anonymous native function); a vm context's too.
var util = require('util'), vm = require('vm');
var fp = Function.prototype;
console.log(JSON.stringify(fp.name), String(fp), fp.toString(), Function.prototype.toString.call(fp), util.inspect(fp));
console.log(String(Object.getPrototypeOf(function () {})), fp.length, fp.constructor === Function);
console.log(vm.runInNewContext('[Function.prototype.name, String(Function.prototype), String(function () {}.bind(null))].join(" | ")'));
console.log(String(function () {}.bind(null)), String(Math.max), (function named() {}).name, JSON.stringify((function () {}).name));
