import test from 'ava';
import domain from '@n10/domain';
import events, { EventEmitter } from '@n10/events';
import process from '@n10/process';

type Tagged = Error & { domain?: unknown; domainThrown?: boolean; domainEmitter?: unknown; domainBound?: unknown };
const proc = process as unknown as { domain: unknown; _fatalException(er: unknown): boolean };
const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));

test("require('domain') has 0.10's shape and turns domains on", (t) => {
  t.deepEqual(Object.keys(domain), ['Domain', 'createDomain', 'create', '_stack', 'active']);
  t.is(domain.createDomain, domain.create);
  t.true(events.usingDomains);
  t.deepEqual(Object.keys(domain.Domain.prototype), ['enter', 'exit', 'add', 'remove', 'run', 'intercept', 'bind', 'dispose']);
  t.is(domain.Domain.super_, EventEmitter);
});

test('domain.create() returns a Domain: an EventEmitter with members', (t) => {
  const d = domain.create();
  t.true(d instanceof domain.Domain);
  t.true(d instanceof EventEmitter);
  t.deepEqual(Object.keys(d), ['domain', '_events', '_maxListeners', 'members']);
  t.deepEqual(d.members, []);
});

test('domain.run(fn): active while fn runs; emitters made inside are bound implicitly', (t) => {
  const d = domain.create();
  let inside: unknown;
  let ee: EventEmitter | undefined;
  d.run(() => {
    inside = proc.domain;
    ee = new EventEmitter();
    t.is(domain.active, d);
    t.is(domain._stack.length, 1);
  });
  t.is(inside, d);
  t.is((ee as unknown as { domain: unknown }).domain, d);
  t.is(proc.domain, undefined);
  t.is(domain._stack.length, 0);
});

test("an 'error' emitted by a bound emitter goes to the domain, tagged", (t) => {
  const d = domain.create();
  const seen: Tagged[] = [];
  d.on('error', (e: Tagged) => seen.push(e));
  const ee = new EventEmitter();
  d.add(ee);
  ee.emit('error', new Error('emitted'));
  t.is(seen.length, 1);
  t.deepEqual(Object.keys(seen[0]), ['domainEmitter', 'domain', 'domainThrown']);
  t.is(seen[0].domainEmitter, ee);
  t.is(seen[0].domainThrown, false);
});

test('domain.add(emitter) moves it from its old domain; domain.remove(emitter) unbinds it', (t) => {
  const a = domain.create();
  const b = domain.create();
  const ee = new EventEmitter() as EventEmitter & { domain: unknown };
  a.add(ee);
  b.add(ee);
  t.is(a.members.length, 0);
  t.deepEqual(b.members, [ee]);
  t.is(ee.domain, b);
  b.remove(ee);
  t.is(ee.domain, null);
  t.is(b.members.length, 0);
});

test('domain.bind(callback): runs in the domain; a throw propagates and leaves it entered', (t) => {
  const d = domain.create();
  const bound = d.bind(function (this: unknown, a: unknown, b: unknown) {
    t.is(proc.domain, d);
    return [this, a, b];
  });
  t.is(bound.domain, d);
  const self = {};
  t.deepEqual(bound.call(self, 1, 2), [self, 1, 2]);
  t.is(proc.domain, undefined);
  const throwing = d.bind(() => {
    throw new Error('thrown in bound');
  });
  t.throws(() => throwing(), { message: 'thrown in bound' });
  t.is(proc.domain, d);
  d.exit();
  t.is(proc.domain, undefined);
});

test('domain.intercept(callback): an Error first argument goes to the domain; otherwise it is dropped', (t) => {
  const d = domain.create();
  const errors: Tagged[] = [];
  d.on('error', (e: Tagged) => errors.push(e));
  const got: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    got.push(args);
  };
  const ic = d.intercept(fn);
  ic(null, 1, 2);
  ic('not an error', 3);
  ic(new Error('to the domain'), 4);
  t.deepEqual(got, [[1, 2], [3]]);
  t.is(errors.length, 1);
  t.deepEqual(Object.keys(errors[0]), ['domain', 'domainThrown', 'domainBound']);
  t.is(errors[0].domainBound, fn);
});

test('domain.enter()/exit(): a stack; exit pops every domain entered after this one', (t) => {
  const x = domain.create();
  const y = domain.create();
  x.enter();
  y.enter();
  t.is(domain._stack.length, 2);
  t.is(proc.domain, y);
  x.exit();
  t.is(domain._stack.length, 0);
  t.is(proc.domain, undefined);
});

test('process.nextTick inside a domain runs in that domain', async (t) => {
  const d = domain.create();
  let seen: unknown;
  d.run(() => process.nextTick(() => (seen = proc.domain)));
  await tick();
  t.is(seen, d);
});

test('domain.dispose(): exits, emits dispose, ends/destroys members, ignores later errors', async (t) => {
  const d = domain.create();
  const calls: string[] = [];
  const member = Object.assign(new EventEmitter(), {
    end: () => calls.push('end'),
    destroy: () => calls.push('destroy'),
  });
  d.add(member);
  d.on('dispose', () => calls.push('dispose event'));
  d.enter();
  d.dispose();
  t.deepEqual(calls, ['dispose event', 'end', 'destroy']);
  t.true(d._disposed);
  t.is(proc.domain, undefined);
  t.notThrows(() => member.emit('error', new Error('ignored')));
  let ran = false;
  d.run(() => (ran = true));
  t.false(ran);
  t.is(d.bind(() => 1)(), undefined);
  let ticked = false;
  const e = domain.create();
  e.run(() => process.nextTick(() => (ticked = true)));
  e.dispose();
  await tick();
  t.false(ticked);
});

test('process._fatalException routes a throw to process.domain, tagged domainThrown', (t) => {
  const d = domain.create();
  const seen: Tagged[] = [];
  d.on('error', (e: Tagged) => seen.push(e));
  d.enter();
  const er = new Error('thrown');
  t.true(proc._fatalException(er));
  t.is(seen[0], er);
  t.deepEqual(Object.keys(er), ['domain', 'domainThrown']);
  t.is(domain._stack.length, 0);
  t.is(proc.domain, null);
});

test("process._fatalException: a domain handler that throws passes its error to the next domain out", (t) => {
  const outer = domain.create();
  const inner = domain.create();
  const seen: string[] = [];
  outer.on('error', (e: Error) => seen.push('outer:' + e.message));
  inner.on('error', () => {
    throw new Error('rethrown');
  });
  outer.enter();
  inner.enter();
  t.true(proc._fatalException(new Error('deep')));
  t.deepEqual(seen, ['outer:rethrown']);
  domain._stack.length = 0;
  proc.domain = domain.active = null;
});

test('domain.create(): anonymous, with 0.10\'s declared parameters (create(cb), bind(cb, interceptError))', (t) => {
  t.is(domain.create.name, '');
  t.is(domain.create.length, 1);
  t.is(domain.createDomain, domain.create);
  t.is(domain.Domain.prototype.bind.length, 2);
});

test('domain.bind(callback) / domain.intercept(callback): the returned functions have no name, as in 0.10', (t) => {
  const d = domain.create();
  t.is(d.bind(() => {}).name, '');
  t.is(d.intercept(() => {}).name, '');
});
