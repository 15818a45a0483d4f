// Dates print as node 0.10's V8 printed them (zone abbreviations, unpadded years).
var util = require('util');
var dates = [new Date(0), new Date(86400000 * 365.25 * 30), new Date(-1e13), new Date(8.64e15), new Date(NaN), new Date(Date.UTC(-1, 0, 1))];
dates.forEach(function (d) {
  console.log(String(d), '|', d.toUTCString(), '|', d.toGMTString());
  console.log('%s', d, util.inspect(d), util.inspect([d]));
});
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Object.keys(Date.prototype).length);
try { Date.prototype.toString.call({}); } catch (e) { console.log(e instanceof TypeError); }
