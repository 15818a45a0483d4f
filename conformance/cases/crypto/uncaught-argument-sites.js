// Uncaught errors for bad arguments: stderr shows where 0.10 threw them (crypto.js's line that
// called its C++ binding, or the program's line for a binding function 0.10 exported as it
// was, randomBytes), then its frames: none of n10's argument helpers.
require('../../lib/uncaught-heads')([
  "require('crypto').createHash('md5').update(5)",
  "require('crypto').createHmac('md5')",
  "require('crypto').pbkdf2('p', 's', 1, 20)",
  "require('crypto').pbkdf2Sync('p', 's', -1, 20)",
  "require('crypto').pbkdf2Sync(5, 's', 1, 20)",
  "require('crypto').pbkdf2('p', 's', 'x', 20, function () {})",
  "require('crypto').randomBytes(-1)",
  "require('crypto').pseudoRandomBytes('x')",
  "require('crypto').randomBytes(1.5, function () {})",
  "require('crypto').createDiffieHellman(0)",
  "require('crypto').createDiffieHellman('')",
  "require('crypto').createCredentials({ key: 'x' })",
  "require('crypto').createCredentials({ pfx: 'x' })",
  "require('crypto').createCredentials({ cert: 'x' })",
  "require('crypto').createCredentials({ ciphers: 5 })"
], null, 8);
