#!/usr/bin/env node
// Creates packages/<name> in the shape shared/DESIGN.md describes ("A package").
//   node scripts/scaffold-package.mjs <module> [--deps a,b] [--portable] [--layer N]
// Existing files are never overwritten.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const name = args[0];
if (!name) {
  console.error('usage: scaffold-package.mjs <module> [--deps a,b] [--portable] [--optional binding]');
  process.exit(2);
}
const flag = (f) => args.includes(f);
const opt = (f) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const deps = (opt('--deps') || '').split(',').filter(Boolean);
const optional = (opt('--optional') || '').split(',').filter(Boolean);
const portable = flag('--portable');
const description = opt('--description') || `Node.js v0.10 ${name} module, rebuilt in TypeScript`;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'packages', name);
fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
fs.mkdirSync(path.join(dir, 'test'), { recursive: true });

function write(file, text) {
  const p = path.join(dir, file);
  if (fs.existsSync(p)) return;
  fs.writeFileSync(p, text);
}

const pkg = {
  name: `@n10/${name}`,
  version: '0.1.0',
  description,
  license: 'MIT',
  keywords: ['node-0.10', name, 'n10'],
  main: './dist/index.js',
  module: './dist/index.mjs',
  types: './dist/index.d.ts',
  exports: {
    '.': {
      'n10-source': './src/index.ts',
      import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
      require: { types: './dist/index.d.ts', default: './dist/index.js' },
    },
    './package.json': './package.json',
  },
  files: ['dist', 'README.md', 'CHANGELOG.md'],
  sideEffects: false,
  scripts: { build: 'tsup' },
};
if (portable && optional.length) {
  pkg.browser = Object.fromEntries(optional.map((d) => [`@n10/${d}`, false]));
}
if (deps.length) pkg.dependencies = Object.fromEntries(deps.map((d) => [`@n10/${d}`, '^0.1.0']));
if (optional.length) pkg.optionalDependencies = Object.fromEntries(optional.map((d) => [`@n10/${d}`, '^0.1.0']));
write('package.json', JSON.stringify(pkg, null, 2) + '\n');
write('tsup.config.ts', "import { n10Package } from '../../tsup.shared.mjs';\n\nexport default n10Package();\n");
write('ava.config.mjs', "export { default } from '../../ava.config.base.mjs';\n");
write('tsconfig.json', JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src'] }, null, 2) + '\n');
write('CHANGELOG.md', `# @n10/${name}\n`);
write(
  'README.md',
  `# @n10/${name}\n\n${description}.\n\n\`\`\`sh\nnpm i @n10/${name}\n\`\`\`\n\n\`\`\`js\nconst ${name.replace(/[^a-z]/g, '_')} = require('@n10/${name}');\n\`\`\`\n\n` +
    `Shaped exactly as node 0.10's \`require('${name}')\`; see the v0.10 manual.\n\n## Status\n\nNot built yet.\n\n## Differences from Node 0.10\n\nNone known.\n` +
    (portable ? `\n## Browser\n\nPortable: bundles for the browser with no \`node:\` import.\n` : ''),
);
write(
  'src/index.ts',
  `// @n10/${name}: node 0.10's require('${name}').\n` +
    `// Not built yet: the runtime reports this package as unavailable until it exports something.\n` +
    `const ${name.replace(/[^a-z]/g, '_')}: Record<string, unknown> = { __n10Unbuilt: true };\n\nexport default ${name.replace(/[^a-z]/g, '_')};\n`,
);
console.log(`packages/${name}`);
