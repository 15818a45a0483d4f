/*
 * math.c: Math.* as node 0.10's engine (V8 3.14 on x64) computed them, bit for bit.
 *
 * Measured against node 0.10.19 on millions of inputs (random bits, every magnitude,
 * ±0, ±Infinity, NaN, subnormals, 1e300): V8 3.14 computed
 * - sin, cos, tan with the x87 FPU (fsin, fcos, fptan) in extended precision, rounded once
 *   to double; an argument of magnitude 2^63 or more first reduced by fprem1 against the
 *   FPU's 2*pi (fldpi doubled), repeated while the remainder is partial; ±Infinity and NaN
 *   give NaN;
 * - log as ln2 * log2(x) with fyl2x;
 * - exp, atan, asin, acos, atan2 with the C library (the oracle links this machine's libm);
 *   atan2 of two infinities as a multiple of pi/4;
 * - pow with a non-integer exponent by 2^(y*log2(x)) on the FPU (fyl2x, frndint, f2xm1,
 *   fscale), falling back to the C library's pow when the FPU raised anything but the
 *   precision exception (negative or zero base, subnormals, overflow, underflow) or the
 *   exponent was out of int32 range; NaN for a NaN exponent and for ±1 to ±Infinity.
 * Exported only where that is what the hardware and libm do (x86-64 Linux, GCC-style asm):
 * elsewhere the runtime keeps the engine's functions. The runtime coerces the arguments to
 * numbers and passes them through a registered Float64Array (the scratch form below).
 */
#include "n10.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#if N10_MATH_X87

static int
n10__exponent_bits (double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return (int) ((b >> 52) & 0x7ff);
}

/* op 0 sin, 1 cos, 2 tan */
double
n10_math_trig (double x, int op) {
  long double v = x, r;
  int e = n10__exponent_bits(x);
  if (e >= 63 + 1023) {
    long double twopi;
    if (e == 0x7ff) return NAN;
    __asm__("fldpi\n\tfadd %%st(0), %%st(0)" : "=t"(twopi));
    __asm__ volatile("1: fprem1\n\tfnstsw %%ax\n\ttestl $0x400, %%eax\n\tjnz 1b" : "=t"(v) : "0"(v), "u"(twopi) : "eax", "cc");
  }
  if (op == 0) __asm__("fsin" : "=t"(r) : "0"(v));
  else if (op == 1) __asm__("fcos" : "=t"(r) : "0"(v));
  else __asm__("fptan\n\tfstp %%st(0)" : "=t"(r) : "0"(v));
  return (double) r;
}

double
n10_math_log (double x) {
  long double r, v = x;
  __asm__("fldln2\n\tfxch %%st(1)\n\tfyl2x" : "=t"(r) : "0"(v));
  return (double) r;
}

double
n10_math_atan2 (double y, double x) {
  if (isinf(y) && isinf(x)) {
    int m = y < 0 ? -1 : 1;
    if (x < 0) m *= 3;
    return m * 0.78539816339744830962;
  }
  return atan2(y, x);
}

/* The FPU's 2^(y*log2(x)); 0 when it raised an exception other than precision. */
static int
n10__pow_x87 (double x, double y, double *out) {
  long double r;
  unsigned short sw;
  __asm__ volatile(
    "fnclex\n\t"
    "fldl %2\n\t"
    "fldl %3\n\t"
    "fyl2x\n\t"
    "fld %%st(0)\n\t"
    "frndint\n\t"
    "fsubr %%st, %%st(1)\n\t"
    "fxch %%st(1)\n\t"
    "f2xm1\n\t"
    "fld1\n\t"
    "faddp\n\t"
    "fscale\n\t"
    "fstp %%st(1)\n\t"
    "fnstsw %1"
    : "=t"(r), "=m"(sw)
    : "m"(y), "m"(x));
  if (sw & 0x5f) {
    __asm__ volatile("fninit");
    return 0;
  }
  *out = (double) r;
  return 1;
}

double
n10_math_pow (double x, double y) {
  double r;
  if (y > -2147483649.0 && y < 2147483648.0 && y != (double) (int32_t) y && n10__pow_x87(x, y, &r)) return r;
  if (isnan(y) || ((x == 1 || x == -1) && isinf(y))) return NAN;
  return pow(x, y);
}

/* The scratch form: the runtime writes the arguments into a Float64Array registered once per
 * thread (mathScratch), calls mathSinScratch() and so on with no arguments, and reads the result
 * from [0]. That skips reading and making numbers through N-API: half of the cost of a call.
 * Until a scratch is registered (or from another environment on this thread), they do nothing. */
static _Thread_local double *n10__scratch;
static _Thread_local napi_env n10__scratch_env;
static _Thread_local napi_ref n10__scratch_ref;

napi_value
n10_math_scratch_fn (napi_env env, napi_callback_info info) {
  napi_value argv[1];
  size_t argc = 1, length = 0, offset = 0;
  napi_typedarray_type type;
  void *data = NULL;
  napi_value ab;
  bool is = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) return NULL;
  if (napi_is_typedarray(env, argv[0], &is) != napi_ok || !is) return NULL;
  if (napi_get_typedarray_info(env, argv[0], &type, &length, &data, &ab, &offset) != napi_ok) return NULL;
  if (type != napi_float64_array || length < 2 || data == NULL) return NULL;
  if (n10__scratch_ref != NULL && n10__scratch_env == env) napi_delete_reference(env, n10__scratch_ref);
  n10__scratch_ref = NULL;
  if (napi_create_reference(env, argv[0], 1, &n10__scratch_ref) != napi_ok) return NULL;
  n10__scratch = data;
  n10__scratch_env = env;
  return NULL;
}

#define N10_MATH_SCRATCH(name, expr) \
  napi_value name (napi_env env, napi_callback_info info) { \
    double *s = n10__scratch; \
    (void) info; \
    if (s != NULL && n10__scratch_env == env) s[0] = (expr); \
    return NULL; \
  }

N10_MATH_SCRATCH(n10_math_sin_scratch_fn, n10_math_trig(s[0], 0))
N10_MATH_SCRATCH(n10_math_cos_scratch_fn, n10_math_trig(s[0], 1))
N10_MATH_SCRATCH(n10_math_tan_scratch_fn, n10_math_trig(s[0], 2))
N10_MATH_SCRATCH(n10_math_log_scratch_fn, n10_math_log(s[0]))
N10_MATH_SCRATCH(n10_math_exp_scratch_fn, exp(s[0]))
N10_MATH_SCRATCH(n10_math_atan_scratch_fn, atan(s[0]))
N10_MATH_SCRATCH(n10_math_asin_scratch_fn, asin(s[0]))
N10_MATH_SCRATCH(n10_math_acos_scratch_fn, acos(s[0]))
N10_MATH_SCRATCH(n10_math_atan2_scratch_fn, n10_math_atan2(s[0], s[1]))
N10_MATH_SCRATCH(n10_math_pow_scratch_fn, n10_math_pow(s[0], s[1]))

#endif
