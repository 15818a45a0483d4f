// require's source and require.registerExtension's, as 0.10 printed them (String, util.format, an assert message).
console.log(require.toString()); console.log(require.resolve.toString()); console.log(require.registerExtension.toString())
console.log(String(require));
console.log(require('util').format('%s', require));
try { require('assert').equal(1, require); } catch (e) { console.log(e.message); }
try { require('assert').equal(1, [require]); } catch (e) { console.log(e.message); }
