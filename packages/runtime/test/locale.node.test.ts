// Locale forms as node 0.10 (V8 3.14 without ICU) gave them.
import test from 'ava';
import { sameAsOracle } from './helpers';


test('String.prototype.localeCompare(other): code-unit differences, then the length difference; sorting by it', (t) => {
  sameAsOracle(t, "console.log('a'.localeCompare('B'), 'ab'.localeCompare('abcd'), '\\u00e9'.localeCompare('e'), ''.localeCompare(''), 'x'.localeCompare(), ['b', 'A', 'a', 'B', '\\u00e9', 'e', 'Z'].sort(function (x, y) { return x.localeCompare(y) }).join())");
});

test('Number.prototype.toLocaleString(): the number as toString() writes it', (t) => {
  sameAsOracle(t, 'console.log((1234567.891).toLocaleString(), (-1234.5).toLocaleString(), (1e21).toLocaleString(), NaN.toLocaleString(), [1234.5, 2].toLocaleString())');
});

test('Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString / toTimeString in 0.10\'s form, in two time zones', (t) => {
  const program =
    "var d = new Date(2013, 9, 5, 7, 8, 9); console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString(), '|', d.toTimeString(), '|', new Date(NaN).toLocaleDateString(), new Date(NaN).toTimeString())";
  sameAsOracle(t, program, { TZ: 'UTC' });
  sameAsOracle(t, program, { TZ: 'America/New_York' });
});

test('typeof Intl is undefined (0.10 was built without ICU); dates still name their zone', (t) => {
  sameAsOracle(t, "console.log(typeof Intl, 'Intl' in global, String(new Date(2013, 5, 1)))", { TZ: 'Europe/Paris' });
});
