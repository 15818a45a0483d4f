// The REPL's own commands: .break .clear .exit .help .save .load (and defineCommand's).
import fs from '@n10/fs';
import type { ReplServerLike } from './types';

export interface Command {
  help?: string;
  action: (this: ReplServerLike, rest: string) => void;
}

export function defineDefaultCommands(repl: ReplServerLike): void {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function (this: ReplServerLike) {
      this.bufferedCommand = '';
      this.displayPrompt();
    },
  });

  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action: function (this: ReplServerLike) {
      this.bufferedCommand = '';
      if (!this.useGlobal) {
        this.outputStream.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('exit', {
    help: 'Exit the repl',
    action: function (this: ReplServerLike) {
      this.rli.close();
    },
  });

  repl.defineCommand('help', {
    help: 'Show repl options',
    action: function (this: ReplServerLike) {
      const commands = this.commands;
      for (const name of Object.keys(commands).sort()) {
        this.outputStream.write(name + '\t' + (commands[name].help || '') + '\n');
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function (this: ReplServerLike, file: string) {
      try {
        fs.writeFileSync(file, this.lines.join('\n') + '\n');
        this.outputStream.write('Session saved to:' + file + '\n');
      } catch {
        this.outputStream.write('Failed to save:' + file + '\n');
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function (this: ReplServerLike, file: string) {
      try {
        const stats = fs.statSync(file);
        if (stats && stats.isFile()) {
          const self = this;
          const data = fs.readFileSync(file, 'utf8') as string;
          const lines = data.split('\n');
          this.displayPrompt();
          // Typed in, line by line (empty lines skipped), from a forEach callback as in 0.10
          // (a 'line' listener's stack shows it).
          lines.forEach(function (line) {
            if (line) self.rli.write(line + '\n');
          });
        }
      } catch {
        this.outputStream.write('Failed to load:' + file + '\n');
      }
      this.displayPrompt();
    },
  });
}
