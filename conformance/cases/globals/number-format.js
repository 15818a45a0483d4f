// Number#toString(radix), #toFixed, #toExponential, #toPrecision as node 0.10 printed them.
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, r);
}
show('(0.1).toString(3) length', function () { return (0.1).toString(3).length; });
show('(0.1).toString(3) head', function () { return (0.1).toString(3).slice(0, 60); });
show('(1/3).toString(16)', function () { return (1 / 3).toString(16); });
show('(0.1).toString(36)', function () { return (0.1).toString(36); });
show('(123.456).toString(36)', function () { return (123.456).toString(36); });
show('(1e21).toString(36)', function () { return (1e21).toString(36); });
show('(Math.PI).toString(7) length', function () { return Math.PI.toString(7).length; });
show('(255.5).toString(16)', function () { return (255.5).toString(16); });
show('(-0.75).toString(2)', function () { return (-0.75).toString(2); });
show('(255).toString(16)', function () { return (255).toString(16); });
show('toString(1)', function () { return (5).toString(1); });
show('toString on a string', function () { return Number.prototype.toString.call('5', 16); });
show('(1).toFixed(21)', function () { return (1).toFixed(21); });
show('(NaN).toFixed(25)', function () { return NaN.toFixed(25); });
show('(1.005).toFixed(2)', function () { return (1.005).toFixed(2); });
show('toFixed on a string', function () { return Number.prototype.toFixed.call('1.5'); });
show('toFixed on null', function () { return Number.prototype.toFixed.call(null, 1); });
show('(1).toExponential(21)', function () { return (1).toExponential(21); });
show('(1).toExponential(-1)', function () { return (1).toExponential(-1); });
show('(123456).toExponential()', function () { return (123456).toExponential(); });
show('(1).toPrecision(22)', function () { return (1).toPrecision(22); });
show('(1).toPrecision(0)', function () { return (1).toPrecision(0); });
show('(123.456).toPrecision(21)', function () { return (123.456).toPrecision(21); });
show('toPrecision() on a string', function () { return Number.prototype.toPrecision.call(' 1.50'); });
