// Names and declared parameter counts (fn.name, fn.length) of the functions of util, console,
// stream, domain and vm, as node 0.10 had them, and how util.inspect shows them.
var util = require('util'), stream = require('stream'), domain = require('domain'), vm = require('vm');
var fns = { 'console.log': console.log, 'console.trace': console.trace, 'Console#log': new console.Console(process.stdout).log, 'util.format': util.format, 'util.inherits': util.inherits, 'util._extend': util._extend,
  'Readable#pipe': stream.Readable.prototype.pipe, 'Readable#pause': stream.Readable.prototype.pause, 'Readable#_read': stream.Readable.prototype._read, 'Transform#_transform': stream.Transform.prototype._transform,
  'ReadableState': stream.Readable.ReadableState, 'domain.create': domain.create, 'Domain#bind': domain.Domain.prototype.bind, 'vm.createScript': vm.createScript, 'vm.runInNewContext': vm.runInNewContext, 'vm.Script': vm.Script };
Object.keys(fns).forEach(function (k) { console.log(k, JSON.stringify(fns[k].name), fns[k].length, util.inspect(fns[k])); });
