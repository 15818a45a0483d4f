// The builtins whose behaviour changed between node 0.10's engine (V8 3.14) and today's, put
// back as 0.10 programs saw them. One file each; the order matters where noted.
import { installDateParse010 } from './date-parse';
import { installDates010 } from './dates';
import { installJson010 } from './json';
import { installLocale010 } from './locale';
import { installMath010 } from './math';
import { installMathNative } from './math-native';
import { installNumberFormat010 } from './number-format';
import { installObjectEs5 } from './object-es5';
import { installProto010 } from './proto';
import { installStringTrim010 } from './string-trim';

export function installEngine010(): void {
  installDates010();
  installLocale010();
  installMath010();
  installMathNative();
  installNumberFormat010();
  // After installDates010(): Date() prints through Date.prototype.toString.
  installDateParse010();
  installObjectEs5();
  installStringTrim010();
  // After installObjectEs5(): it wraps the Object.getPrototypeOf there is.
  installProto010();
  installJson010();
}
