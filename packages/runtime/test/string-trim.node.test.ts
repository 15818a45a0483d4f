// String#trim, #trimLeft, #trimRight with 0.10's whitespace (string-trim.ts). The install runs
// in this worker; each program's output is compared with the oracle's.
import test from 'ava';
import { oracle } from './helpers';
import { installStringTrim010 } from '../src/string-trim';
import { nativeSource } from '../src/native-functions';

installStringTrim010();

function here(program: string): string {
  const out: string[] = [];
  new Function('print', program)((line: string) => out.push(line));
  return out.join('\n') + '\n';
}

function there(program: string): string {
  return oracle(['-e', 'var print = console.log;\n' + program]).stdout;
}

test('string.trim() / trimLeft() / trimRight(): every character, alone and in runs, as 0.10 trimmed it', (t) => {
  // Code points are printed, not the strings (lone surrogates would go through JSON).
  const program =
    'function codes(s) { var r = []; for (var k = 0; k < s.length; k++) r.push(s.charCodeAt(k).toString(16)); return r.join("."); }\n' +
    'var changed = [];\n' +
    'for (var i = 0; i < 0x10000; i++) { var c = String.fromCharCode(i), a = c + "a" + c, b = c + c + " x" + c + " " + c;\n' +
    '  var r = [a.trim(), a.trimLeft(), a.trimRight(), b.trim(), b.trimLeft(), b.trimRight()].map(codes).join(" ");\n' +
    '  if (a.trim() === "a") changed.push(i.toString(16) + " " + r); }\n' +
    'print(changed.join("\\n"));\n' +
    'print(["\\u200b\\u0085 \\u180e".trim(), " \\u200b".trimLeft(), "\\u200b ".trimRight(), "".trim(), "   ".trim(), "\\u200bx\\u200b".trim()].map(codes).join("|"));\n' +
    "['trim', 'trimLeft', 'trimRight'].forEach(function (m) { try { String.prototype[m].call(null); } catch (e) { print(e.name + ': ' + e.message); } print(String.prototype[m].call(123) + ' ' + String.prototype[m].length + ' ' + String.prototype[m].name); });";
  const mine = here(program);
  t.is(mine, there(program));
  t.true(mine.includes('\n200b 61 61.200b 200b.61 78 78.200b.20.200b 200b.200b.20.78\n'));
});

test('the replaced trims print as native code', (t) => {
  for (const name of ['trim', 'trimLeft', 'trimRight']) {
    t.is(nativeSource((String.prototype as unknown as Record<string, Function>)[name]), `function ${name}() { [native code] }`);
  }
});
