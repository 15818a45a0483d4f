// @n10/string_decoder: node 0.10's require('string_decoder') — { StringDecoder }.
import { StringDecoder } from './string-decoder';

export type { StringDecoderConstructor } from './string-decoder';
export type { StringDecoder as StringDecoderInstance } from './string-decoder';

const stringDecoder = { StringDecoder };

export { StringDecoder };
export default stringDecoder;
