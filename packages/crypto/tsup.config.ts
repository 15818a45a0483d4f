import { n10Package } from '../../tsup.shared.mjs';

// keepNames renames every bundled class (`var _Sha1 = class _Sha1 …; __name(_Sha1, "Sha1")`).
// On node 20 (V8 11.3), redefining `name` on a derived class leaves its constructor with a map
// TurboFan cannot depend on, so every function that does `new Derived()` is sent to the
// optimizer, aborted ("Bailed out due to dependency change") and sent again, forever: the hot
// paths ran in baseline code while the compiler threads spun (createHash().update().digest()
// measured 4x slower than with the fix). Using the renamed constructor once as a prototype
// (Object.create) makes its map stable again. Same helper otherwise (only redefines a name
// that differs).
const stableClassNames = {
  name: 'n10-crypto-stable-class-names',
  renderChunk(code: string) {
    const helpers = [
      'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });',
      'var __name = (target, value) => target.name === value ? target : __defProp(target, "name", { value, configurable: true });',
    ];
    const helper = helpers.find((h) => code.includes(h));
    if (!helper) return;
    const replacement =
      'var __name = (target, value) => { if (target.name === value) return target; __defProp(target, "name", { value, configurable: true }); ' +
      'if (Object.getPrototypeOf(target) !== Function.prototype) Object.create(target); return target; };';
    return { code: code.replace(helper, replacement) };
  },
};

export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'], plugins: [stableClassNames] });
