var x = {
  'throw': function (v) { return v; },
  catch: 1
};
console.log(x.throw(2), x['throw'](3), x.catch, "throw y", 'catch (e) {');
var re = /throw (x)/;
function g(a) { if (a) throw new TypeError('bad ' + a); return a; }
console.log(String(g), re.test('throw x'));
try { g(1); } catch (e) { console.log(e.stack); }
function h() {
  throw {
    code: 'E',
    message: 'multi'
  };
}
h();
