/*
 * codec.c: the byte <-> string codecs behind node 0.10's buf.toString('base64' | 'hex') and
 * buf.write(string, 'base64' | 'hex'), and the UTF-8 byte count of Buffer.byteLength (0.10 had
 * them in C++ too, in node_buffer.cc).
 *
 *   base64Slice(bytes, start, end) -> string   padded with '='
 *   hexSlice(bytes, start, end)    -> string   two lowercase digits a byte
 *   base64Write(string, length, bytes, offset, max) -> bytes written
 *   hexWrite(string, length, bytes, offset, max)    -> bytes written
 *   utf8Length(string, length)                       -> Buffer.byteLength(string, 'utf8')
 *
 * Mechanism only: start/end/offset/max are in range (the caller, @n10/buffer, has checked
 * them; out-of-range values are clamped here, never trusted); `length` is string.length.
 * Reading a string, each UTF-16 unit counts by its low 8 bits (napi's latin1 copy truncates,
 * as 0.10's did). base64 skips every character outside the alphabet, reads '-' and '_' as '+'
 * and '/', and turns a final group of 2 or 3 characters into 1 or 2 bytes; hex stops at the
 * first pair that is not two hex digits (an odd length is refused by the caller).
 */
#include "n10.h"

#include <stdlib.h>
#include <string.h>

/* x86-64: base64 both ways with SSSE3 where the CPU has it (N10_CODEC_SCALAR=1 in the
 * environment at first use keeps the scalar code, for tests). */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define N10_CODEC_SSSE3 1
static bool n10__has_ssse3;
#endif

static const char n10__b64_digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char n10__hex_digits[] = "0123456789abcdef";

/* Output up to this size is built on the stack. */
#define N10_CODEC_STACK 8192

static bool
n10_codec__bytes (napi_env env, napi_value v, uint8_t **data, size_t *len) {
  napi_typedarray_type type;
  size_t length;
  void *ptr;
  if (napi_get_typedarray_info(env, v, &type, &length, &ptr, NULL, NULL) != napi_ok || type != napi_uint8_array) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
      napi_value ignored;
      napi_get_and_clear_last_exception(env, &ignored);
    }
    n10_throw_type_error(env, "bytes must be a Uint8Array");
    return false;
  }
  *data = ptr;
  *len = length;
  return true;
}

static size_t
n10_codec__index (napi_env env, napi_value v, size_t limit) {
  int64_t n = 0;
  if (napi_get_value_int64(env, v, &n) != napi_ok || n < 0) return 0;
  return (uint64_t) n > limit ? limit : (size_t) n;
}

/* bytes[start, end) of the first argument, the range clamped to the array. */
static bool
n10_codec__slice_args (napi_env env, napi_callback_info info, uint8_t **src, size_t *n) {
  size_t argc = 3;
  napi_value argv[3];
  uint8_t *data;
  size_t len;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
  if (argc < 3) {
    n10_throw_type_error(env, "expected (bytes, start, end)");
    return false;
  }
  if (!n10_codec__bytes(env, argv[0], &data, &len)) return false;
  size_t start = n10_codec__index(env, argv[1], len);
  size_t end = n10_codec__index(env, argv[2], len);
  *src = data + start;
  *n = end > start ? end - start : 0;
  return true;
}

static napi_value
n10_codec__latin1 (napi_env env, const char *s, size_t n) {
  napi_value out;
  if (napi_create_string_latin1(env, s, n, &out) == napi_ok) return out;
  /* Longer than the engine's strings can be: its own RangeError, never undefined. */
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) n10_throw_range_error(env, "Invalid string length");
  return NULL;
}

/* Two base64 digits for each 12-bit value, and two hex digits for each byte, as they lie in
 * memory: a group of three bytes is two 16-bit stores, a byte one. Built once per process. */
static uint16_t n10__b64_pairs[4096];
static uint16_t n10__hex_pairs[256];
static uv_once_t n10__pairs_once = UV_ONCE_INIT;

static uint16_t
n10__pair (char a, char b) {
  uint16_t v;
  char two[2] = { a, b };
  memcpy(&v, two, 2);
  return v;
}

static void
n10_codec__pairs_init (void) {
  for (int i = 0; i < 4096; i++) n10__b64_pairs[i] = n10__pair(n10__b64_digits[i >> 6], n10__b64_digits[i & 63]);
  for (int i = 0; i < 256; i++) n10__hex_pairs[i] = n10__pair(n10__hex_digits[i >> 4], n10__hex_digits[i & 15]);
#ifdef N10_CODEC_SSSE3
  __builtin_cpu_init();
  n10__has_ssse3 = __builtin_cpu_supports("ssse3") && getenv("N10_CODEC_SCALAR") == NULL;
#endif
}

/* Eight bytes as a big-endian number. */
static inline uint64_t
n10__load_be64 (const uint8_t *p) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t x;
  memcpy(&x, p, 8);
  return __builtin_bswap64(x);
#else
  uint64_t x = 0;
  for (int k = 0; k < 8; k++) x = (x << 8) | p[k];
  return x;
#endif
}

/* The top six of a number's eight bytes, big-endian (nothing is written past them: a write
 * must leave the rest of the buffer as it was). */
static inline void
n10__store_be48 (uint8_t *p, uint64_t v) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  v = __builtin_bswap64(v);
  memcpy(p, &v, 6);
#else
  for (int k = 0; k < 6; k++) p[k] = (uint8_t) (v >> (56 - 8 * k));
#endif
}

#ifdef N10_CODEC_SSSE3
/*
 * Twelve bytes to sixteen digits with SSSE3, from a 16-byte load (so it stops 16 bytes before
 * the end): each 3-byte group spread over a 32-bit lane, its four 6-bit values moved into the
 * lane's bytes with two multiplies, then each value turned into its digit by adding the offset
 * of its range of the alphabet (A-Z, a-z, 0-9, '+', '/'), found with a 16-entry table lookup.
 * Returns the bytes consumed; the digits are checked against the scalar encoder by the tests.
 */
__attribute__((target("ssse3"))) static size_t
n10_codec__base64_encode_ssse3 (char *out, const uint8_t *src, size_t n) {
  const __m128i spread = _mm_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1);
  const __m128i offsets = _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                                        '0' - 52, '0' - 52, '0' - 52, '+' - 62, '/' - 63, 'A', 0, 0);
  size_t i = 0;
  char *p = out;
  for (; i + 16 <= n; i += 12) {
    __m128i in = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (src + i)), spread);
    __m128i hi = _mm_mulhi_epu16(_mm_and_si128(in, _mm_set1_epi32(0x0fc0fc00)), _mm_set1_epi32(0x04000040));
    __m128i lo = _mm_mullo_epi16(_mm_and_si128(in, _mm_set1_epi32(0x003f03f0)), _mm_set1_epi32(0x01000010));
    __m128i values = _mm_or_si128(hi, lo);
    /* 0-25 -> 13 (A-Z), 26-51 -> 0 (a-z), 52-61 -> 1-10 (0-9), 62 -> 11 ('+'), 63 -> 12 ('/') */
    __m128i range = _mm_subs_epu8(values, _mm_set1_epi8(51));
    range = _mm_or_si128(range, _mm_and_si128(_mm_cmpgt_epi8(_mm_set1_epi8(26), values), _mm_set1_epi8(13)));
    _mm_storeu_si128((__m128i *) p, _mm_add_epi8(values, _mm_shuffle_epi8(offsets, range)));
    p += 16;
  }
  return i;
}
#endif

static size_t
n10_codec__base64_encode (char *out, const uint8_t *src, size_t n) {
  const char *d = n10__b64_digits;
  const uint16_t *t = n10__b64_pairs;
  char *p = out;
  size_t i = 0;
#ifdef N10_CODEC_SSSE3
  if (n10__has_ssse3 && n >= 16) {
    i = n10_codec__base64_encode_ssse3(out, src, n);
    p += i / 3 * 4;
  }
#endif
  /* Two groups (six bytes) from one 8-byte load, eight digits in one 8-byte store. */
  for (; i + 8 <= n; i += 6) {
    uint64_t x = n10__load_be64(src + i);
    uint32_t v = (uint32_t) (x >> 40), w = (uint32_t) (x >> 16) & 0xffffff;
    uint16_t digits[4] = { t[v >> 12], t[v & 0xfff], t[w >> 12], t[w & 0xfff] };
    memcpy(p, digits, 8);
    p += 8;
  }
  for (; i + 3 <= n; i += 3) {
    uint32_t v = ((uint32_t) src[i] << 16) | ((uint32_t) src[i + 1] << 8) | src[i + 2];
    uint16_t hi = t[v >> 12], lo = t[v & 0xfff];
    memcpy(p, &hi, 2);
    memcpy(p + 2, &lo, 2);
    p += 4;
  }
  if (n - i == 1) {
    p[0] = d[src[i] >> 2];
    p[1] = d[(src[i] << 4) & 63];
    p[2] = '=';
    p[3] = '=';
    p += 4;
  } else if (n - i == 2) {
    uint32_t v = ((uint32_t) src[i] << 8) | src[i + 1];
    p[0] = d[v >> 10];
    p[1] = d[(v >> 4) & 63];
    p[2] = d[(v << 2) & 63];
    p[3] = '=';
    p += 4;
  }
  return (size_t) (p - out);
}

static size_t
n10_codec__hex_encode (char *out, const uint8_t *src, size_t n) {
  const uint16_t *t = n10__hex_pairs;
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint16_t digits[4] = { t[src[i]], t[src[i + 1]], t[src[i + 2]], t[src[i + 3]] };
    memcpy(out + 2 * i, digits, 8);
  }
  for (; i < n; i++) memcpy(out + 2 * i, &t[src[i]], 2);
  return 2 * n;
}

static napi_value
n10_codec__slice (napi_env env, napi_callback_info info, bool base64) {
  uint8_t *src;
  size_t n;
  if (!n10_codec__slice_args(env, info, &src, &n)) return NULL;
  uv_once(&n10__pairs_once, n10_codec__pairs_init);
  size_t size = base64 ? (n + 2) / 3 * 4 : 2 * n;
  char stack[N10_CODEC_STACK];
  char *out = size <= sizeof stack ? stack : malloc(size);
  if (out == NULL) {
    n10_throw_range_error(env, "%s: out of memory", base64 ? "base64Slice" : "hexSlice");
    return NULL;
  }
  size_t len = base64 ? n10_codec__base64_encode(out, src, n) : n10_codec__hex_encode(out, src, n);
  napi_value result = n10_codec__latin1(env, out, len);
  if (out != stack) free(out);
  return result;
}

napi_value
n10_codec_base64_slice (napi_env env, napi_callback_info info) {
  return n10_codec__slice(env, info, true);
}

napi_value
n10_codec_hex_slice (napi_env env, napi_callback_info info) {
  return n10_codec__slice(env, info, false);
}

/* A character's value + 1; 0 for one outside the alphabet (skipped by base64, an end for hex). */
static const uint8_t n10__b64_table[256] = {
  ['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6, ['G'] = 7, ['H'] = 8,
  ['I'] = 9, ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16,
  ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24,
  ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32,
  ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40,
  ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48,
  ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
  ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63, ['/'] = 64,
  ['-'] = 63, ['_'] = 64,
};

static const uint8_t n10__hex_table[256] = {
  ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
  ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
  ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
};

#ifdef N10_CODEC_SSSE3
/*
 * Sixteen characters to twelve bytes with SSSE3 while all sixteen are base64 digits (either
 * alphabet): each character's value from its range (A-Z, a-z, 0-9, + -, / _) found with
 * compares, the 6-bit values joined pairwise with two multiply-adds, the three bytes of each
 * lane put in order with a shuffle, and exactly twelve bytes stored. Stops at the first block
 * holding anything else (whitespace, '=', junk), which the scalar code then reads; returns the
 * characters consumed and sets *written.
 */
__attribute__((target("ssse3"))) static size_t
n10_codec__base64_decode_ssse3 (uint8_t *dst, size_t max, const uint8_t *s, size_t n, size_t *written) {
  const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  size_t i = 0, p = 0;
  for (; i + 16 <= n && p + 12 <= max; i += 16, p += 12) {
    __m128i c = _mm_loadu_si128((const __m128i *) (s + i));
    __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('A' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('Z' + 1), c));
    __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('a' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), c));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), c));
    __m128i plus = _mm_cmpeq_epi8(c, _mm_set1_epi8('+'));
    __m128i minus = _mm_cmpeq_epi8(c, _mm_set1_epi8('-'));
    __m128i slash = _mm_cmpeq_epi8(c, _mm_set1_epi8('/'));
    __m128i under = _mm_cmpeq_epi8(c, _mm_set1_epi8('_'));
    __m128i valid = _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, lower), _mm_or_si128(digit, plus)), _mm_or_si128(minus, _mm_or_si128(slash, under)));
    if (_mm_movemask_epi8(valid) != 0xffff) break;
    __m128i shift = _mm_or_si128(_mm_or_si128(_mm_and_si128(upper, _mm_set1_epi8(-65)), _mm_and_si128(lower, _mm_set1_epi8(-71))),
                                 _mm_or_si128(_mm_or_si128(_mm_and_si128(digit, _mm_set1_epi8(4)), _mm_and_si128(plus, _mm_set1_epi8(19))),
                                              _mm_or_si128(_mm_and_si128(minus, _mm_set1_epi8(17)),
                                                           _mm_or_si128(_mm_and_si128(slash, _mm_set1_epi8(16)), _mm_and_si128(under, _mm_set1_epi8(-32))))));
    __m128i values = _mm_add_epi8(c, shift);
    __m128i pairs = _mm_maddubs_epi16(values, _mm_set1_epi32(0x01400140)); /* a * 64 + b */
    __m128i groups = _mm_madd_epi16(pairs, _mm_set1_epi32(0x00011000)); /* ab * 4096 + cd */
    __m128i out = _mm_shuffle_epi8(groups, order);
    _mm_storel_epi64((__m128i *) (dst + p), out);
    uint32_t last = (uint32_t) _mm_cvtsi128_si32(_mm_srli_si128(out, 8));
    memcpy(dst + p + 8, &last, 4);
  }
  *written = p;
  return i;
}
#endif

static size_t
n10_codec__base64_decode (uint8_t *dst, size_t max, const uint8_t *s, size_t n) {
  const uint8_t *t = n10__b64_table;
  size_t p = 0, i = 0;
#ifdef N10_CODEC_SSSE3
  if (n10__has_ssse3 && n >= 16) i = n10_codec__base64_decode_ssse3(dst, max, s, n, &p);
#endif
  /* Two whole groups of alphabet characters at a time. */
  while (i + 8 <= n && p + 6 <= max) {
    int32_t a = t[s[i]] - 1, b = t[s[i + 1]] - 1, c = t[s[i + 2]] - 1, d = t[s[i + 3]] - 1;
    int32_t e = t[s[i + 4]] - 1, f = t[s[i + 5]] - 1, g = t[s[i + 6]] - 1, h = t[s[i + 7]] - 1;
    if ((a | b | c | d | e | f | g | h) < 0) break;
    uint64_t v = ((uint64_t) a << 58) | ((uint64_t) b << 52) | ((uint64_t) c << 46) | ((uint64_t) d << 40) |
                 ((uint64_t) e << 34) | ((uint64_t) f << 28) | ((uint64_t) g << 22) | ((uint64_t) h << 16);
    n10__store_be48(dst + p, v);
    p += 6;
    i += 8;
  }
  /* Whole groups of four alphabet characters. */
  while (i + 4 <= n && p + 3 <= max) {
    int32_t a = t[s[i]] - 1, b = t[s[i + 1]] - 1, c = t[s[i + 2]] - 1, d = t[s[i + 3]] - 1;
    if ((a | b | c | d) < 0) break;
    uint32_t v = ((uint32_t) a << 18) | ((uint32_t) b << 12) | ((uint32_t) c << 6) | (uint32_t) d;
    dst[p] = (uint8_t) (v >> 16);
    dst[p + 1] = (uint8_t) (v >> 8);
    dst[p + 2] = (uint8_t) v;
    p += 3;
    i += 4;
  }
  /* The rest one character at a time, skipping what is not in the alphabet. */
  uint32_t acc = 0;
  int count = 0;
  for (; i < n && p < max; i++) {
    int v = t[s[i]] - 1;
    if (v < 0) continue;
    acc = (acc << 6) | (uint32_t) v;
    if (++count == 4) {
      dst[p++] = (uint8_t) (acc >> 16);
      if (p < max) dst[p++] = (uint8_t) (acc >> 8);
      if (p < max) dst[p++] = (uint8_t) acc;
      acc = 0;
      count = 0;
    }
  }
  /* A final group of 2 or 3 characters still yields 1 or 2 bytes. */
  if (count >= 2 && p < max) {
    if (count == 2) {
      dst[p++] = (uint8_t) (acc >> 4);
    } else {
      dst[p++] = (uint8_t) (acc >> 10);
      if (p < max) dst[p++] = (uint8_t) (acc >> 2);
    }
  }
  return p;
}

static size_t
n10_codec__hex_decode (uint8_t *dst, size_t max, const uint8_t *s, size_t n) {
  const uint8_t *t = n10__hex_table;
  size_t pairs = n / 2, j = 0;
  if (pairs > max) pairs = max;
  /* Four pairs at a time. */
  for (; j + 4 <= pairs; j += 4) {
    const uint8_t *q = s + 2 * j;
    int a = t[q[0]] - 1, b = t[q[1]] - 1, c = t[q[2]] - 1, d = t[q[3]] - 1;
    int e = t[q[4]] - 1, f = t[q[5]] - 1, g = t[q[6]] - 1, h = t[q[7]] - 1;
    if ((a | b | c | d | e | f | g | h) < 0) break;
    uint8_t four[4] = { (uint8_t) ((a << 4) | b), (uint8_t) ((c << 4) | d), (uint8_t) ((e << 4) | f), (uint8_t) ((g << 4) | h) };
    memcpy(dst + j, four, 4);
  }
  for (; j < pairs; j++) {
    int hi = t[s[2 * j]] - 1, lo = t[s[2 * j + 1]] - 1;
    if ((hi | lo) < 0) break;
    dst[j] = (uint8_t) ((hi << 4) | lo);
  }
  return j;
}

static napi_value
n10_codec__write (napi_env env, napi_callback_info info, bool base64) {
  size_t argc = 5;
  napi_value argv[5];
  uint8_t *data;
  size_t len;
  napi_valuetype type;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 5 || napi_typeof(env, argv[0], &type) != napi_ok || type != napi_string) {
    n10_throw_type_error(env, "expected (string, length, bytes, offset, max)");
    return NULL;
  }
  if (!n10_codec__bytes(env, argv[2], &data, &len)) return NULL;
  uv_once(&n10__pairs_once, n10_codec__pairs_init);
  size_t chars = n10_codec__index(env, argv[1], SIZE_MAX / 2);
  size_t off = n10_codec__index(env, argv[3], len);
  size_t max = n10_codec__index(env, argv[4], len - off);

  if (chars + 1 > N10_CODEC_STACK) {
    /* A long string: never trust `length` for an allocation. */
    size_t real = 0;
    N10_CHECK(napi_get_value_string_latin1(env, argv[0], NULL, 0, &real));
    if (real < chars) chars = real;
  }
  uint8_t stack[N10_CODEC_STACK];
  uint8_t *s = chars + 1 <= sizeof stack ? stack : malloc(chars + 1);
  if (s == NULL) {
    n10_throw_range_error(env, "%s: out of memory", base64 ? "base64Write" : "hexWrite");
    return NULL;
  }
  size_t copied = 0;
  napi_value result = NULL;
  if (napi_get_value_string_latin1(env, argv[0], (char *) s, chars + 1, &copied) == napi_ok) {
    size_t n = base64 ? n10_codec__base64_decode(data + off, max, s, copied) : n10_codec__hex_decode(data + off, max, s, copied);
    napi_create_uint32(env, (uint32_t) n, &result);
  }
  if (s != stack) free(s);
  return result;
}

napi_value
n10_codec_base64_write (napi_env env, napi_callback_info info) {
  return n10_codec__write(env, info, true);
}

napi_value
n10_codec_hex_write (napi_env env, napi_callback_info info) {
  return n10_codec__write(env, info, false);
}

/*
 * utf8Length(string, length) -> the bytes of its UTF-8 form as 0.10 (V8 3.14) wrote it: a
 * surrogate pair 4, a lone surrogate its own 3-byte form. Faster than TextEncoder's count for
 * strings of wide characters; @n10/buffer asks only for those.
 */
static size_t
n10_codec__utf8_length (const uint16_t *s, size_t n) {
  size_t bytes = n;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && s[i + 1] >= 0xdc00 && s[i + 1] <= 0xdfff) {
      bytes += 2; /* two units, four bytes */
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

/* The first `units` UTF-16 units of a string (never more than it has), on the stack when they
 * fit in `stack`; *out must be freed when it is not `stack`. */
static bool
n10_codec__units (napi_env env, napi_value str, size_t units, uint16_t *stack, size_t stack_units, uint16_t **out, size_t *copied) {
  if (units + 1 > stack_units) {
    size_t real = 0;
    if (napi_get_value_string_utf16(env, str, NULL, 0, &real) != napi_ok) return false;
    if (real < units) units = real;
  }
  uint16_t *s = units + 1 <= stack_units ? stack : malloc((units + 1) * sizeof *s);
  if (s == NULL) {
    n10_throw_range_error(env, "utf8: out of memory");
    return false;
  }
  if (napi_get_value_string_utf16(env, str, (char16_t *) s, units + 1, copied) != napi_ok) {
    if (s != stack) free(s);
    return false;
  }
  *out = s;
  return true;
}

static bool
n10_codec__is_string (napi_env env, napi_value v) {
  napi_valuetype type;
  return napi_typeof(env, v, &type) == napi_ok && type == napi_string;
}

napi_value
n10_codec_utf8_length (napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2 || !n10_codec__is_string(env, argv[0])) {
    n10_throw_type_error(env, "expected (string, length)");
    return NULL;
  }
  size_t units = n10_codec__index(env, argv[1], SIZE_MAX / 4);
  uint16_t stack[N10_CODEC_STACK / 2];
  uint16_t *s;
  size_t copied = 0;
  if (!n10_codec__units(env, argv[0], units, stack, N10_COUNT(stack), &s, &copied)) return NULL;
  size_t bytes = n10_codec__utf8_length(s, copied);
  if (s != stack) free(s);
  napi_value result;
  N10_CHECK(napi_create_double(env, (double) bytes, &result));
  return result;
}
