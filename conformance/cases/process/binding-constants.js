// process.binding('constants') is require('constants')'s own object in 0.10: the same keys
// (fs flags, errno, signals, OpenSSL options, NPN_ENABLED), the same values.
var b = process.binding('constants');
console.log(b === require('constants'));
var keys = Object.keys(b);
console.log(keys.length, keys[0], keys[keys.length - 1]);
console.log(b.O_SYNC, b.O_DIRECT, b.O_DSYNC, b.SIGUNUSED, b.SSL_OP_NO_SSLv3, b.SSL_OP_ALL, b.NPN_ENABLED);
