// The site 0.10 printed above an uncaught error from code vm compiled: an error leaving
// runInThisContext / runInNewContext at once (vm's C++ caught it and threw it again) at the
// program's call; one thrown later by a callback that code left (a timer), at its own line in
// the vm's file name, for this context and a new one alike.
var printUncaughtFileHeads = require('../../lib/uncaught-file-heads');
var sources = [
  'var vm = require("vm");\nvm.runInThisContext("setTimeout(function(){ undefinedFn() }, 1)", "foo.vm");\n',
  'var vm = require("vm");\nvm.runInThisContext("var a = 1;\\nundefinedFn()", "foo.vm");\n',
  'var vm = require("vm");\nvm.runInNewContext("setTimeout(function(){ undefinedFn() }, 1)", { setTimeout: setTimeout }, "ctx.vm");\n',
  'var vm = require("vm");\nvm.runInNewContext("null.x", {}, "ctx.vm");\n'
];
printUncaughtFileHeads(sources);
