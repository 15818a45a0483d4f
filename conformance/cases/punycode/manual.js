// The manual's punycode examples, RFC 3492 §7.1 samples, and 0.10's module shape.
var punycode = require('punycode');

function esc(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, function (c) {
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
}
function line(s) {
  process.stdout.write(s + '\n');
}

line(Object.keys(punycode).join(' ') + ' / ' + Object.keys(punycode.ucs2).join(' ') + ' / ' + punycode.version);
line(esc([punycode.decode('maana-pta'), punycode.decode('--dqo34k'), punycode.encode('mañana'), punycode.encode('☃-⌘')]));
line(esc([punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn----dqo34k.com'), punycode.toASCII('mañana.com'),
  punycode.toASCII('☃-⌘.com')]));
line(esc([punycode.ucs2.decode('abc'), punycode.ucs2.decode('\uD834\uDF06'), punycode.ucs2.encode([97, 98, 99]),
  punycode.ucs2.encode([0x1D306])]));

var samples = [
  ['egbpdaj6bu4bxfgehfvwxn', 'Arabic (Egyptian)'],
  ['ihqwcrb4cv8a8dqg056pqjye', 'Chinese (simplified)'],
  ['ihqwctvzc91f659drss3x8bo0yb', 'Chinese (traditional)'],
  ['Proprostnemluvesky-uyb24dma41a', 'Czech'],
  ['4dbcagdahymbxekheh6e0a7fei0b', 'Hebrew'],
  ['i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd', 'Hindi'],
  ['n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa', 'Japanese'],
  ['989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c', 'Korean'],
  ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'Russian'],
  ['PorqunopuedensimplementehablarenEspaol-fmd56a', 'Spanish'],
  ['TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g', 'Vietnamese'],
  ['3B-ww4c5e180e575a65lsy2b', '3<nen>B<gumi><kinpachi><sensei>'],
  ['-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n', 'Amuro Namie'],
  ['Hello-Another-Way--fc4qua05auwb3674vfr0b', 'Hello Another Way'],
  ['2-u9tlzr9756bt3uc0v', 'Hitotsu yane no shita 2'],
  ['MajiKoi5-783gue6qz075azm5e', 'Maji de Koi suru 5'],
  ['de-jg4avhby1noc0d', 'pafii de runba'],
  ['d9juau41awczczp', 'sono supiido de'],
  ['-> $1.00 <--', 'ASCII']
];
samples.forEach(function (s) {
  var decoded = punycode.decode(s[0]);
  line(s[1] + ' ' + esc(decoded) + ' ' + esc(punycode.encode(decoded)) + ' ' + esc(punycode.ucs2.decode(decoded).length));
});
