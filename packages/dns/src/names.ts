// Domain names as the resolver takes them.
import { Buffer } from '@n10/buffer';

/** Without its trailing dot, lower-cased: how names in questions and answers are compared. */
export function canonicalName(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

/** Can this name be put in a query? c-ares refused (EBADNAME) empty labels ("a..b", ".a")
 * and labels over 63 bytes; "" and "." ask about the root. */
export function validName(name: string): boolean {
  const bare = name.replace(/\.$/, '');
  if (bare === '') return true;
  return bare.split('.').every((label) => label.length > 0 && Buffer.byteLength(label, 'utf8') <= 63);
}
