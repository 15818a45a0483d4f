// @n10/string_decoder: node 0.10's require('string_decoder') — { StringDecoder }.
import { StringDecoder as Decoder } from './string-decoder';
import type { StringDecoderConstructor, StringDecoderInstance } from './string-decoder';

export type { StringDecoderConstructor, StringDecoderInstance } from './string-decoder';

const stringDecoder = { StringDecoder: Decoder };

// One name for the constructor (value) and the instance type, like a class. (An alias: a second
// top-level `StringDecoder` binding would make the bundler rename the constructor.)
const StringDecoderClass: StringDecoderConstructor = Decoder;
type StringDecoderClass = StringDecoderInstance;
export { StringDecoderClass as StringDecoder };
export default stringDecoder;
