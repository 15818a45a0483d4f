// The names V8 3.14 inferred for anonymous functions, which its stacks showed.
//
// 0.10 printed `at Object.Foo.bar` for `Foo.prototype = { bar: function () {…} }` and `at
// Object.module.exports.run` for `module.exports = { run: function () {…} }`; today's engine
// names such a function by its key (`bar`, the ES2015 name) and prints `at Object.bar`. V8 3.14
// named it while parsing: every identifier and property name met on the way to the function (in
// the expression being parsed, and in the ones enclosing it) went on a stack, "prototype" left
// out, and an assignment, a `var` initializer or an object literal's property, once parsed,
// named the anonymous functions seen since the last naming after the whole stack, joined by dots
// (of two variable names in a row, the first dropped). This file replays that over the module's
// source (parsed by acorn), at the points V8 3.14's parser did it, quirks included:
// - functions seen in one statement and not named there keep waiting, and the next naming of the
//   same parse names them too (`process.nextTick(function () {…}); var n = 0;` in a module named
//   it `n`; at a script's top level each statement's end forgot them);
// - a parse walked every function body in it with the one stack (but for functions at a
//   script's top level, outside any function, whose bodies it skipped), but a function not wrapped in
//   parentheses was compiled, and parsed again, on its first call, from a fresh stack starting
//   with its own name if that is capitalized (a constructor's): the functions directly inside
//   it took their names from that parse; a parenthesized one (`(function () {…})()`) was
//   compiled with its parent.

import type { Node } from 'acorn';

interface Name {
  name: string;
  variable: boolean;
}

type AnyNode = Node & Record<string, unknown>;

// V8 3.14's FuncNameInferrer: the names stack, where each open expression's names start, and the
// functions waiting for a name.
class Inferrer {
  private names: Name[] = [];
  private entries: number[] = [];
  // Functions waiting for a name, and whether this parse is the one that names them.
  private waiting: { start: number; record: boolean }[] = [];

  constructor(private readonly found: Map<number, string>) {}

  enter(): void {
    this.entries.push(this.names.length);
  }

  leave(): void {
    this.names.length = this.entries.pop() ?? 0;
    // Back at a statement of the top level: what waited is forgotten (inside a function, as in
    // a module's wrapper, the wrapper's own expression stays open and nothing is).
    if (this.entries.length === 0) this.waiting = [];
  }

  private get open(): boolean {
    return this.entries.length > 0;
  }

  literal(name: string): void {
    if (this.open && name !== 'prototype') this.names.push({ name, variable: false });
  }

  variable(name: string): void {
    if (this.open) this.names.push({ name, variable: true });
  }

  enclosing(name: string): void {
    if (/^[A-Z]/.test(name)) this.names.push({ name, variable: false });
  }

  addFunction(start: number, record: boolean): void {
    // An anonymous function this parse names: nameless unless a naming comes.
    if (record) this.found.set(start, '');
    if (this.open) this.waiting.push({ start, record });
  }

  removeLastFunction(): void {
    if (this.open) this.waiting.pop();
  }

  infer(): void {
    if (this.waiting.length === 0) return;
    const parts: string[] = [];
    for (let i = 0; i < this.names.length; i++) {
      if (this.names[i].variable && i + 1 < this.names.length && this.names[i + 1].variable) continue;
      parts.push(this.names[i].name);
    }
    const name = parts.join('.');
    for (const f of this.waiting) if (f.record) this.found.set(f.start, name);
    this.waiting = [];
  }
}

// Parentheses are kept in the tree (V8 3.14 compiled a parenthesized function with its parent),
// and looked through where the parser saw the expression inside.
const bare = (node: AnyNode): AnyNode => (node.type === 'ParenthesizedExpression' ? bare(node.expression as AnyNode) : node);
const isCall = (node: AnyNode | null | undefined): boolean => !!node && (bare(node).type === 'CallExpression' || bare(node).type === 'NewExpression');

/**
 * One parse of V8 3.14's, from `root` (the script, or a function compiled on its first call):
 * walks the whole tree below it in the order the parser met it, doing what its name inferrer
 * did, and keeps the names of the functions this compile made (those whose enclosing function
 * was compiled with it); a function compiled on its own later is queued in `later`.
 */
class Walker {
  private readonly fni: Inferrer;
  // Whether the function being walked was compiled with the root (its functions named here).
  private inUnit = true;
  // Walking the top level of a script (no function around): there V8 3.14 skipped the body of a
  // function it would compile later, instead of parsing it.
  private topLevel = false;

  constructor(
    found: Map<number, string>,
    private readonly later: AnyNode[],
  ) {
    this.fni = new Inferrer(found);
  }

  run(root: AnyNode): void {
    if (root.type === 'Program') {
      this.topLevel = true;
      this.statements(root.body as AnyNode[]);
      return;
    }
    const id = root.id as AnyNode | null;
    if (id) this.fni.enclosing(id.name as string);
    const body = root.body as AnyNode;
    if (body.type === 'BlockStatement') this.statements(body.body as AnyNode[]);
  }

  private statements(list: AnyNode[]): void {
    for (const s of list) this.statement(s);
  }

  private statement(node: AnyNode | null | undefined): void {
    if (!node) return;
    switch (node.type) {
      case 'ExpressionStatement':
        this.expression(node.expression as AnyNode);
        break;
      case 'VariableDeclaration':
        this.declarations(node);
        break;
      case 'FunctionDeclaration':
        this.functionBody(node, false);
        break;
      case 'BlockStatement':
        this.statements(node.body as AnyNode[]);
        break;
      case 'ReturnStatement':
      case 'ThrowStatement':
        if (node.argument) this.expression(node.argument as AnyNode);
        break;
      case 'IfStatement':
        this.expression(node.test as AnyNode);
        this.statement(node.consequent as AnyNode);
        this.statement(node.alternate as AnyNode);
        break;
      case 'WhileStatement':
        this.expression(node.test as AnyNode);
        this.statement(node.body as AnyNode);
        break;
      case 'DoWhileStatement':
        this.statement(node.body as AnyNode);
        this.expression(node.test as AnyNode);
        break;
      case 'ForStatement': {
        const init = node.init as AnyNode | null;
        if (init) init.type === 'VariableDeclaration' ? this.declarations(init) : this.expression(init);
        if (node.test) this.expression(node.test as AnyNode);
        if (node.update) this.expression(node.update as AnyNode);
        this.statement(node.body as AnyNode);
        break;
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        const left = node.left as AnyNode;
        left.type === 'VariableDeclaration' ? this.declarations(left) : this.expression(left);
        this.expression(node.right as AnyNode);
        this.statement(node.body as AnyNode);
        break;
      }
      case 'LabeledStatement':
        this.statement(node.body as AnyNode);
        break;
      case 'SwitchStatement':
        this.expression(node.discriminant as AnyNode);
        for (const c of node.cases as AnyNode[]) {
          if (c.test) this.expression(c.test as AnyNode);
          this.statements(c.consequent as AnyNode[]);
        }
        break;
      case 'TryStatement':
        this.statement(node.block as AnyNode);
        if (node.handler) this.statement((node.handler as AnyNode).body as AnyNode);
        this.statement(node.finalizer as AnyNode);
        break;
      case 'WithStatement':
        this.expression(node.object as AnyNode);
        this.statement(node.body as AnyNode);
        break;
      default:
        break;
    }
  }

  private declarations(node: AnyNode): void {
    for (const d of node.declarations as AnyNode[]) {
      this.fni.enter();
      const id = d.id as AnyNode;
      if (id.type === 'Identifier') this.fni.variable(id.name as string);
      if (d.init) {
        const init = d.init as AnyNode;
        this.assignment(init);
        if (!isCall(init)) this.fni.infer();
        else this.fni.removeLastFunction();
      }
      this.fni.leave();
    }
  }

  // A comma-separated expression: each part an assignment expression.
  private expression(node: AnyNode): void {
    if (node.type === 'SequenceExpression') for (const e of node.expressions as AnyNode[]) this.assignment(e);
    else this.assignment(node);
  }

  // V8's ParseAssignmentExpression.
  private assignment(node: AnyNode): void {
    this.fni.enter();
    if (node.type === 'AssignmentExpression') {
      this.conditional(node.left as AnyNode);
      const right = node.right as AnyNode;
      this.assignment(right);
      if (node.operator === '=' && !isCall(right)) this.fni.infer();
      else this.fni.removeLastFunction();
    } else {
      this.conditional(node);
    }
    this.fni.leave();
  }

  // Everything below an assignment: names pushed as met, nested assignment expressions where
  // the grammar has them (arguments, elements, property values, the branches of ?:).
  private conditional(node: AnyNode | null | undefined): void {
    if (!node) return;
    switch (node.type) {
      case 'Identifier':
        this.fni.variable(node.name as string);
        break;
      case 'MemberExpression': {
        this.conditional(node.object as AnyNode);
        const property = node.property as AnyNode;
        if (!node.computed) this.fni.literal(property.name as string);
        else {
          this.expression(property);
          this.fni.literal(propertyName(property) ?? '(anonymous function)');
        }
        break;
      }
      case 'CallExpression':
      case 'NewExpression':
        this.conditional(node.callee as AnyNode);
        for (const a of node.arguments as AnyNode[]) this.assignment(a);
        break;
      case 'ConditionalExpression':
        this.conditional(node.test as AnyNode);
        this.assignment(node.consequent as AnyNode);
        this.assignment(node.alternate as AnyNode);
        break;
      case 'BinaryExpression':
      case 'LogicalExpression':
        this.conditional(node.left as AnyNode);
        this.conditional(node.right as AnyNode);
        break;
      case 'UnaryExpression':
      case 'UpdateExpression':
        this.conditional(node.argument as AnyNode);
        break;
      case 'AssignmentExpression':
      case 'SequenceExpression':
        // Inside parentheses: parsed as a whole expression.
        this.expression(node);
        break;
      case 'ArrayExpression':
        for (const e of node.elements as (AnyNode | null)[]) if (e) this.assignment(e);
        break;
      case 'ObjectExpression':
        this.object(node);
        break;
      case 'FunctionExpression':
        this.functionExpression(node, false);
        break;
      case 'ParenthesizedExpression': {
        const inner = node.expression as AnyNode;
        if (inner.type === 'FunctionExpression') this.functionExpression(inner, true);
        else this.expression(inner);
        break;
      }
      default:
        break;
    }
  }

  private object(node: AnyNode): void {
    for (const p of node.properties as AnyNode[]) {
      this.fni.enter();
      const key = p.key as AnyNode;
      if (!p.computed) {
        const name = key.type === 'Identifier' ? identifierKeyName(key.name as string) : propertyName(key);
        if (name !== undefined) this.fni.literal(name);
      }
      const value = p.value as AnyNode;
      if (p.kind === 'get' || p.kind === 'set') {
        // An accessor was a named function: walked, not named here.
        this.functionBody(value, false);
      } else if (value) {
        this.assignment(value);
      }
      this.fni.infer();
      this.fni.leave();
    }
  }

  // An anonymous one waits for a name, once its body is parsed.
  private functionExpression(node: AnyNode, withParent: boolean): void {
    this.functionBody(node, withParent);
    if (!node.id) this.fni.addFunction(node.start, this.inUnit);
  }

  // A function's body, parsed with the rest; its functions are named by this compile if it was
  // compiled with its parent (parenthesized), else by its own compile on its first call.
  private functionBody(node: AnyNode, withParent: boolean): void {
    const body = node.body as AnyNode;
    if (!withParent && this.inUnit) this.later.push(node);
    if (!withParent && this.topLevel) return;
    const saved = this.inUnit;
    const savedTop = this.topLevel;
    this.inUnit = saved && withParent;
    this.topLevel = false;
    if (body.type === 'BlockStatement') this.statements(body.body as AnyNode[]);
    this.inUnit = saved;
    this.topLevel = savedTop;
  }
}

// V8 3.14's keyword tokens: as an unquoted key (`throw: function () {…}`) one named nothing (its
// frame reads "Object.A [as throw]"); future reserved words (class, let…) were names as any.
const KEYWORDS = new Set(
  'break case catch const continue debugger default delete do else false finally for function if in instanceof new null return switch this throw true try typeof var void while with'.split(' '),
);

function identifierKeyName(name: string): string | undefined {
  return KEYWORDS.has(name) ? undefined : name;
}

// A string key names a function unless it is an array index (V8 3.14 made those numbers).
function propertyName(node: AnyNode): string | undefined {
  if (node.type !== 'Literal' || typeof node.value !== 'string') return undefined;
  const index = /^(?:0|[1-9]\d*)$/.test(node.value) && Number(node.value) < 4294967295;
  return index ? undefined : node.value;
}

interface Parsed {
  names: Map<number, string>;
  lineStarts: number[];
}

const parsed = new Map<string, Parsed>();

function parse(source: string): Parsed {
  const names = new Map<number, string>();
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  try {
    // acorn loads on the first stack with a program's frame in it, never at start-up.
    const { Parser } = require('acorn') as typeof import('acorn');
    const tree = Parser.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true, preserveParens: true }) as unknown as AnyNode;
    const roots: AnyNode[] = [tree];
    for (let root = roots.pop(); root !== undefined; root = roots.pop()) new Walker(names, roots).run(root);
  } catch {
    // Not parsed: names stay today's.
  }
  return { names, lineStarts };
}

/**
 * The name V8 3.14 inferred for the anonymous function that starts at `line`:`column` (1-based)
 * of `source`, the whole script compiled as `file` (a module with its wrapper): '' if it gave
 * none, undefined for a function it did not infer a name for (a named one, or not found).
 */
export function inferredName010(file: string, source: string, line: number, column: number): string | undefined {
  let p = parsed.get(file);
  if (p === undefined) parsed.set(file, (p = parse(source)));
  const start = p.lineStarts[line - 1];
  return start === undefined ? undefined : p.names.get(start + column - 1);
}
