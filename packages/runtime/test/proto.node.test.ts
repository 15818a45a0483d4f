// __proto__ as 0.10's engine had it on every object (proto.ts).
import test from 'ava';
import { sameAsOracle } from './helpers';


test('o.__proto__ = Object.prototype on an Object.create(null) object gives it a prototype, not an own key (qs 0.6, express 3)', (t) => {
  sameAsOracle(t, "var o = Object.create(null); o.a = '1'; o.__proto__ = Object.prototype; console.log(JSON.stringify(o), Object.keys(o), typeof o.hasOwnProperty, Object.getPrototypeOf(o) === Object.prototype)");
});

test('a null prototype reads as null through __proto__ and Object.getPrototypeOf; "__proto__" in it; non-objects ignored', (t) => {
  sameAsOracle(t, "var o = Object.create(null); var e = {}; e.__proto__ = null; o.__proto__ = 5; console.log('__proto__' in o, o.__proto__, Object.getPrototypeOf(o), Object.keys(o), Object.getPrototypeOf(e), e.__proto__, 'toString' in e, String(Object.create), String(Object.getPrototypeOf))");
});
