// Where V8 3.14 put the caret under a throw statement that went uncaught.
//
// The engine took the position of the code that threw from the positions its compiler had
// recorded, the last one before the throw in code order: that of the last part of the thrown
// expression, in the order its code was laid out, that recorded one, or else the statement's
// (the `throw` keyword). Parts that recorded their position (measured against node 0.10 for
// each kind of expression): a variable read (at the name), a property read (at its `.` or
// `[`), a call (at the name called, or at its `(` when what is called is not a name), `new`
// (at `new`), arithmetic and comparison operators but `in` and `instanceof` (at the operator;
// not when both sides are number literals, which the parser folded), `-x` and `~x` (at the
// operator), `x++` (at `++`), `++x` (at the last name of x), assignments (at `=`). Literals,
// `this`, function expressions, `!`, `+x`, `typeof`, `void`, `delete`, `&&`, `||` and `?:`
// recorded none of their own. Layout order is static: `a ? b : c` and `a || b` end with c and
// b whichever ran.
import type { Node } from 'acorn';

type AnyNode = Node & Record<string, unknown>;

/** The offset in `source` of 0.10's caret for the throw whose keyword and expression start there. */
export function throwCaret(source: string, keyword: number, expression: number): number {
  let node: AnyNode;
  try {
    // acorn loads on the first uncaught throw that needs it, never at start-up.
    const { parseExpressionAt } = require('acorn') as typeof import('acorn');
    node = parseExpressionAt(source, expression, { ecmaVersion: 'latest', allowReserved: true }) as AnyNode;
  } catch {
    return keyword;
  }
  return new Positions(source).last(node) ?? keyword;
}

/**
 * The positions V8 3.14's compiler recorded in an expression's code. `names` tells whether a
 * variable read recorded one (a throw's own expression: always; see construct-site.ts).
 */
export class Positions {
  constructor(
    private readonly source: string,
    private readonly names: (name: string) => boolean = () => true,
  ) {}

  /** The last position `node`'s code recorded, or null. */
  last(node: AnyNode | null | undefined): number | null {
    if (!node) return null;
    switch (node.type) {
      case 'Identifier':
        return this.names(node.name as string) ? node.start : null;
      case 'MemberExpression':
        return this.latest(this.memberParts(node), this.memberOperator(node));
      case 'CallExpression':
        return this.latest([...this.calleeParts(node.callee as AnyNode), ...this.list(node.arguments)], this.callPosition(node));
      case 'NewExpression':
        return this.latest([this.last(node.callee as AnyNode), ...this.list(node.arguments)], node.start);
      case 'BinaryExpression': {
        const parts = [this.last(node.left as AnyNode), this.last(node.right as AnyNode)];
        if (node.operator === 'in' || node.operator === 'instanceof' || (isNumber(node.left) && isNumber(node.right))) return this.latest(parts, null);
        return this.latest(parts, this.operatorAfter(node.left as AnyNode));
      }
      case 'LogicalExpression':
        return this.latest([this.last(node.left as AnyNode), this.last(node.right as AnyNode)], null);
      case 'ConditionalExpression':
        return this.latest([this.last(node.test as AnyNode), this.last(node.consequent as AnyNode), this.last(node.alternate as AnyNode)], null);
      case 'SequenceExpression':
        return this.latest(this.list(node.expressions), null);
      case 'AssignmentExpression': {
        const left = node.left as AnyNode;
        const target = left.type === 'MemberExpression' ? this.memberParts(left) : [];
        return this.latest([...target, this.last(node.right as AnyNode)], this.operatorAfter(left));
      }
      case 'UnaryExpression': {
        const argument = node.argument as AnyNode;
        if (node.operator === 'delete') return argument.type === 'MemberExpression' ? this.latest(this.memberParts(argument), null) : null;
        const own = (node.operator === '-' || node.operator === '~') && !isNumber(argument) ? node.start : null;
        return this.latest([this.last(argument)], own);
      }
      case 'UpdateExpression': {
        const argument = node.argument as AnyNode;
        const parts = argument.type === 'MemberExpression' ? this.memberParts(argument) : [];
        return this.latest(parts, node.prefix ? lastName(argument) : this.operatorAfter(argument));
      }
      case 'ArrayExpression':
        return this.latest(this.list(node.elements), null);
      case 'ObjectExpression':
        return this.latest(
          (node.properties as AnyNode[]).flatMap((p) => [p.computed ? this.last(p.key as AnyNode) : null, this.last(p.value as AnyNode)]),
          null,
        );
      case 'TemplateLiteral':
        return this.latest(this.list(node.expressions), null);
      default:
        // Literals, `this`, function expressions: nothing recorded.
        return null;
    }
  }

  private list(nodes: unknown): (number | null)[] {
    return (nodes as (AnyNode | null)[]).map((n) => this.last(n));
  }

  private latest(parts: (number | null)[], own: number | null): number | null {
    if (own !== null) return own;
    for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== null) return parts[i];
    return null;
  }

  // A property's object, and its key when computed (the read itself aside).
  private memberParts(node: AnyNode): (number | null)[] {
    return [this.last(node.object as AnyNode), node.computed ? this.last(node.property as AnyNode) : null];
  }

  // What a call's callee records before the arguments: a property call reads its property as
  // part of the call.
  private calleeParts(callee: AnyNode): (number | null)[] {
    return callee.type === 'MemberExpression' ? this.memberParts(callee) : [this.last(callee)];
  }

  // The `.` or `[` of a property read.
  private memberOperator(node: AnyNode): number {
    return this.tokenBefore((node.property as AnyNode).start, node.computed ? '[' : '.');
  }

  // A call's position: the name just before its `(`, else the `(` itself.
  private callPosition(node: AnyNode): number {
    const callee = node.callee as AnyNode;
    let i = callee.end;
    let closed = false;
    for (; i < node.end; i++) {
      const c = this.source[i];
      if (c === '(') break;
      if (c === ')') closed = true;
    }
    if (!closed && callee.type === 'Identifier') return callee.start;
    if (!closed && callee.type === 'MemberExpression' && !callee.computed) return (callee.property as AnyNode).start;
    return i;
  }

  // The first character of the operator after `left` (parentheses and blanks skipped).
  private operatorAfter(left: AnyNode): number {
    let i = left.end;
    while (i < this.source.length && /[\s)]/.test(this.source[i])) i++;
    return i;
  }

  private tokenBefore(at: number, token: string): number {
    const i = this.source.lastIndexOf(token, at);
    return i < 0 ? at : i;
  }
}

function isNumber(node: unknown): boolean {
  const n = node as AnyNode;
  return n.type === 'Literal' && typeof n.value === 'number';
}

// The start of the last name in an expression (`x` of `++o.x`).
function lastName(node: AnyNode): number {
  if (node.type === 'MemberExpression' && !node.computed) return (node.property as AnyNode).start;
  return node.start;
}
