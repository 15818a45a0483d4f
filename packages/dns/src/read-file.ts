// Reads a small system file (/etc/resolv.conf, /etc/hosts) synchronously through the binding,
// as c-ares did at channel set-up and on each hosts lookup. Missing or unreadable: null.
import binding from '@n10/binding';

export function readTextFile(path: string): string | null {
  let fd = -1;
  try {
    fd = binding.open(path, 0 /* O_RDONLY */, 0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = new Uint8Array(16384);
      const n = binding.read(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    // These files are ASCII in practice; latin1 keeps any other byte as one char.
    let text = '';
    for (let i = 0; i < all.length; i += 8192) text += String.fromCharCode.apply(null, Array.from(all.subarray(i, i + 8192)));
    return text;
  } catch {
    return null;
  } finally {
    if (fd >= 0) binding.close(fd);
  }
}
