// JSON.parse's error messages: n10 against node 0.10 on valid texts broken at random.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { n10, oracle, runCaseBoth } from './helpers';

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('JSON.parse of 3000 randomly broken texts throws what node 0.10 throws', (t) => {
  const random = mulberry32(1010);
  const seeds = ['{"a":[1,2.5e3,-0.1,{"b":null}],"c":"x\\u0041\\n","d":true,"e":false}', '[[],{},"",0,-1,1e-2]', '"str"', '{"k" : [ true , false ] }'];
  const alphabet = '{}[]:,"\\-+.0123456789eEtrufalsn \t\nxuA\u0001';
  const texts: string[] = [];
  for (let k = 0; k < 3000; k++) {
    let s = seeds[k % seeds.length];
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * (s.length + 1));
      const op = random();
      if (op < 0.4) s = s.slice(0, at) + s.slice(at + 1);
      else if (op < 0.8) s = s.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + s.slice(at);
      else s = s.slice(0, at);
    }
    texts.push(s);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-json-'));
  fs.writeFileSync(path.join(dir, 'texts.json'), JSON.stringify(texts));
  fs.writeFileSync(
    path.join(dir, 'main.js'),
    "var texts = JSON.parse(require('fs').readFileSync(__dirname + '/texts.json', 'utf8'));\n" +
      "texts.forEach(function (s) { try { JSON.parse(s); console.log('ok'); } catch (e) { console.log(e.name + ': ' + JSON.stringify(e.message)); } });\n",
  );
  const want = oracle(['main.js'], { cwd: dir });
  const got = n10(['main.js'], { cwd: dir });
  t.is(want.code, 0);
  const w = want.stdout.split('\n');
  const g = got.stdout.split('\n');
  const diffs = w.map((line, k) => (line === g[k] ? null : `${JSON.stringify(texts[k])}: 0.10 ${line} / n10 ${g[k]}`)).filter(Boolean);
  t.deepEqual(diffs.slice(0, 10), []);
});

test('JSON.parse(text) takes a "__proto__" key as the prototype, as V8 3.14 did', (t) => {
  const program =
    'var o = JSON.parse(\'{"a":1,"__proto__":{"x":1},"b":2}\');' +
    'var n = JSON.parse(\'{"__proto__":null}\');' +
    'var p = JSON.parse(\'{"__proto__":1,"c":{"__proto__":[2]}}\', function (k, v) { return v; });' +
    "console.log(JSON.stringify([o, o.x, Object.keys(o), Object.getPrototypeOf(n), typeof n.hasOwnProperty, Object.keys(p), p.c[0], Object.keys(p.c)]));";
  t.is(n10(['-e', program]).stdout, '[{"a":1,"b":2},1,["a","b"],null,"undefined",["c"],2,[]]\n');
  const { mine, theirs } = runCaseBoth('globals/json-parse-proto.js');
  t.is(mine.stdout, theirs.stdout);
});
