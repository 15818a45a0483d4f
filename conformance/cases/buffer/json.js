// buf.toJSON() and JSON.stringify: 0.10's form is a plain array of bytes.
var buf = new Buffer('test');
var json = JSON.stringify(buf);
console.log(json);
var copy = new Buffer(JSON.parse(json));
console.log(copy);
console.log(Array.isArray(buf.toJSON()), JSON.stringify(new Buffer(0)), JSON.stringify({ a: new Buffer([1, 255]) }));
console.log(JSON.stringify(new Buffer([0, 128, 255]).toJSON()));
