// readline over real streams (@n10/stream PassThroughs), as programs use it.
import test from 'ava';
import readline from '@n10/readline';
import Stream from '@n10/stream';

const { PassThrough } = Stream as unknown as { PassThrough: new () => NodeStream };

interface NodeStream {
  write(s: string): boolean;
  end(s?: string): void;
  on(ev: string, l: (...a: never[]) => void): NodeStream;
  columns?: number;
  isTTY?: boolean;
}

function pair() {
  const input = new PassThrough();
  const output = new PassThrough();
  const written: string[] = [];
  output.on('data', (d: { toString(): string }) => written.push(d.toString()));
  return { input, output, written };
}

test("readline.createInterface(options) over streams: Event: 'line' and Event: 'close'", async (t) => {
  const { input, output, written } = pair();
  const rl = readline.createInterface({ input: input as never, output: output as never });
  t.false(rl.terminal);
  const lines: string[] = [];
  rl.on('line', (l: string) => lines.push(l));
  rl.setPrompt('>> ');
  rl.prompt();
  input.write('first\nsecond\r\nthi');
  input.write('rd\r');
  input.write('\nfourth\n');
  input.end('unterminated');
  await new Promise<void>((resolve) => rl.on('close', () => resolve()));
  t.deepEqual(lines, ['first', 'second', 'third', 'fourth']);
  t.deepEqual(written, ['>> ']);
});

test('rl.question(query, callback) over streams', async (t) => {
  const { input, output, written } = pair();
  const rl = readline.createInterface({ input: input as never, output: output as never });
  const answer = await new Promise<string>((resolve) => {
    rl.question('What do you think of node.js? ', resolve);
    input.write('It is great\n');
  });
  t.is(answer, 'It is great');
  rl.close();
  await new Promise((r) => setTimeout(r, 0));
  t.deepEqual(written, ['What do you think of node.js? ']);
});

test('readline.createInterface(options) terminal: true over streams edits the line', async (t) => {
  const { input, output, written } = pair();
  output.columns = 80;
  const rl = readline.createInterface({ input: input as never, output: output as never, terminal: true });
  const lines: string[] = [];
  rl.on('line', (l: string) => lines.push(l));
  rl.prompt();
  input.write('helo');
  input.write('\x1b[D');
  input.write('l');
  input.write('\r');
  await new Promise((r) => setTimeout(r, 0));
  t.deepEqual(lines, ['hello']);
  t.is(
    written.join(''),
    '\x1b[1G\x1b[0J> \x1b[3G' + 'helo' + '\x1b[1D' + '\x1b[1G\x1b[0J> hello\x1b[7G' + '\x1b[1C\r\n',
  );
  rl.close();
});
