// Buffer.prototype.toJSON called on something that is not a Buffer (a for-in copy of one
// keeps the inherited method; libraries call it on array-likes)
var toJSON = Buffer.prototype.toJSON;
console.log(JSON.stringify(toJSON.call({ 0: 97, 1: 98, length: 2 })));
console.log(JSON.stringify(toJSON.call({ 0: 97, 1: 98 })));
console.log(JSON.stringify(toJSON.call('ab')));
console.log(JSON.stringify(toJSON.call([1, 2, 3])));
console.log(JSON.stringify(new Buffer('hi').toJSON()));
