// Date string parsing, Date() and Date.UTC as 0.10's engine had them (date-parse.ts). The
// install runs in this worker (with dates.ts, which Date() relies on); each program's output
// is compared with what the oracle prints for it, in several time zones.
import test from 'ava';
import { oracle } from './helpers';
import { installDateParse010 } from '../src/date-parse';
import { installDates010 } from '../src/dates';
import { nativeSource } from '../src/native-functions';

installDates010();
installDateParse010();

const prelude =
  "function show(name, f) { var r; try { r = JSON.stringify(f()); } catch (e) { r = 'THROW ' + e.name + ': ' + e.message; } print(name + ' ' + r); }\n";

function here(program: string, tz: string): string {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    const out: string[] = [];
    new Function('print', prelude + program)((line: string) => out.push(line));
    return out.join('\n') + '\n';
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

function there(program: string, tz: string): string {
  return oracle(['-e', 'var print = console.log;\n' + prelude + program], { env: { TZ: tz } }).stdout;
}

const zones = ['UTC', 'America/New_York', 'Asia/Kolkata'];

test('Date.parse(string) and new Date(string): ISO date-times without an offset are UTC, hour 24 is invalid', (t) => {
  const forms = [
    '2012-01-01T10:00:00', '2012-01-01T10:00', '2012-01-01T10', '2012-01-01T10:00:00.1', '2012-01-01T10:00:00.123',
    '2012-01-01T10:00:00.1234567', '2012-01-01t10:00:00', '2012-01T10:00', '2012T10:00', '+002012-01-01T10:00:00',
    '-000001-01-01T10:00:00', '2012-01-01T10:00:00 ', ' 2012-01-01T10:00:00', '2012-01-01T24:00:00', '2012-01-01T24:00',
    '2012-01-01T24:00:00Z', '2012-01-01T24:00+01:00', '2012-01-01T10:60', '2012-02-30T10:00', '2012-1-01T10:00',
    '2012-01-01T1:00', '2012-01-01T10:00:00.', '2012-01-01T10:00:00.000+00:00', '2012-01-01T10:00:00+01',
    '2012-01-01T10:00:00+0100', '2012-01-01 10:00', '2012-01-01T10:00:00 GMT', '2012-01-01T10:00:00 z',
    '2012-01-01Z', '2012-01-01T10:00Z', '2012-01-01T10:00:00z', '2012-06-15T10:00:00', '1970-01-01T00:00:00',
    '002012-01-01T10:00:00', '2012-01-01', '2012-01', '2012', '2012/01/01', 'Jan 1, 2012 10:00', 'Sun Jan 01 2012 10:00:00 GMT-0500 (EST)',
    'Thu, 01 Jan 1970 00:00:00 GMT', '12/25/1995 13:30', 'foo', '', '+275760-09-13T00:00:00', '-000000-01-01T10:00',
  ];
  const program =
    `${JSON.stringify(forms)}.forEach(function (s) { show(s, function () { return [Date.parse(s), new Date(s).getTime()]; }); });\n` +
    "show('String object', function () { return new Date(new String('2012-01-01T10:00')).getTime(); });\n" +
    "show('parse(undefined)', function () { return Date.parse(); });\n" +
    "show('objects', function () { return [new Date({ valueOf: function () { return '2012-01-01T10:00'; } }).getTime(), new Date({ toString: function () { return '2012-01-01T10:00'; }, valueOf: null }).getTime(), new Date({ valueOf: function () { return 5; } }).getTime(), new Date([2012]).getTime()]; });\n" +
    "show('no primitive', function () { return new Date({ valueOf: null, toString: null }); });\n" +
    "show('parse(object)', function () { return Date.parse({ toString: function () { return '2012-01-01T10:00'; } }); });";
  for (const tz of zones) t.is(here(program, tz), there(program, tz), tz);
});

test('new Date(...) with numbers and Date objects, Date() as a function, Date.UTC with few arguments', (t) => {
  const program =
    "show('ctor', function () { return [new Date(2012, 0).getTime(), new Date(99, 0).getFullYear(), new Date(2012, 0, 1, 0, 0, 0, 0.9).getTime(), new Date(2012, 1, 2, 3, 4, 5, 6).getTime(), new Date(2012, undefined).getTime(), new Date(1e81).getTime(), new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date(new Date(5)).getTime(), new Date(2005, 1, 2, 3, 4, 5, 6, 7).getTime()]; });\n" +
    "show('UTC', function () { return [Date.UTC(2012), Date.UTC(), Date.UTC(2012, 1), Date.UTC('2012', '1', '2', '3'), Date.UTC(2012, undefined), Date.UTC(99, 0), Date.UTC(2012, 0, 1, 2, 3, 4, 5)]; });\n" +
    "show('UTC coerces', function () { var log = []; Date.UTC({ valueOf: function () { log.push('year'); return 1; } }); return log; });\n" +
    "show('identity', function () { var d = new Date(0); return [d instanceof Date, Object.prototype.toString.call(d), Date.prototype.constructor === Date, d.constructor === Date, Date.length, Date.name, Date.UTC.length, Date.parse.length, typeof Date.now, Object.getOwnPropertyNames(Date).filter(function (k) { return k !== 'arguments' && k !== 'caller'; })]; });\n" +
    "show('inherit', function () { function D() {} D.prototype = Object.create(Date.prototype); return new D() instanceof Date; });";
  for (const tz of zones) t.is(here(program, tz), there(program, tz), tz);
});

test('Date() called as a function: the time as 0.10 wrote it', (t) => {
  const program =
    "show('Date()', function () { var s = Date(); return [typeof s, s.length, s.replace(/\\d\\d:\\d\\d:\\d\\d/, 'T').replace(/^\\w+ \\w+ \\d+ \\d+/, 'D'), typeof Date(2012, 1)]; });";
  t.is(here(program, 'UTC'), there(program, 'UTC'));
});

test('the replaced Date, Date.parse and Date.UTC print as native code', (t) => {
  t.is(nativeSource(Date), 'function Date() { [native code] }');
  t.is(nativeSource(Date.parse), 'function parse() { [native code] }');
  t.is(nativeSource(Date.UTC), 'function UTC() { [native code] }');
});
