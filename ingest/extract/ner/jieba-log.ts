// Natural logarithm rounded correctly to the nearest double, for jieba's word weights. cppjieba
// computes a word's weight as C `log(freq / sum)`; glibc's log is correctly rounded in all but
// vanishingly rare cases, while V8's Math.log (fdlibm) is off by one in the last bit for 49 of the
// 5087 distinct frequencies of jieba.dict.utf8 (648 words). A last-bit difference can flip a tie
// between two segmentations whose frequency products are equal (2×6 = 3×4), so the segmenter
// needs the same bits as cppjieba. Computed in BigInt fixed point (FRAC fractional bits, error
// far below 2^-90), then rounded once by Number(bigint), which rounds to nearest. A few µs a call.

const FRAC = 100n;
const ONE = 1n << FRAC;
const SCALE = 2 ** Number(FRAC);
const HIDDEN = 1n << 52n;
const MANTISSA_MASK = HIDDEN - 1n;
/** Table centers c_j = j / 2^CENTER_BITS, j in [2^CENTER_BITS, 2^(CENTER_BITS+1)]. */
const CENTER_BITS = 6n;
const CENTERS = 1 << Number(CENTER_BITS);

/** atanh(num / den) × 2^FRAC by its odd series. */
function atanhFixed(num: bigint, den: bigint): bigint {
  const t = (num << FRAC) / den;
  const t2 = (t * t) >> FRAC;
  let term = t;
  let sum = t;
  // BigInt division truncates toward zero, so a negative term reaches 0 too (>> would stop at -1).
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * t2) / ONE;
    sum += term / k;
  }
  return sum;
}

const LN2 = 2n * atanhFixed(1n, 3n);
/** LOG_CENTER[j - CENTERS] = log(j / CENTERS) × 2^FRAC (65 entries, computed once at import). */
const LOG_CENTER: readonly bigint[] = Array.from({ length: CENTERS + 1 }, (_, k) => 2n * atanhFixed(BigInt(k), BigInt(k + 2 * CENTERS)));

/** log(x) rounded to the nearest double (0 → -Infinity, < 0 or NaN → NaN). */
export function logCorrectlyRounded(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  // The double's bits, through a view of its own: called a few thousand times per dictionary load.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  const biased = Number(b >> 52n);
  let mantissa = b & MANTISSA_MASK;
  let exp: number;
  if (biased === 0) {
    // Subnormal: normalize the mantissa into [2^52, 2^53).
    exp = -1074;
    while (mantissa < HIDDEN) {
      mantissa <<= 1n;
      exp--;
    }
  } else {
    mantissa |= HIDDEN;
    exp = biased - 1075;
  }
  // x = m · 2^(exp + 52), m = mantissa / 2^52 in [1, 2). With c = j / 64 the nearest center,
  // log m = log c + 2·atanh((m - c) / (m + c)) and |(m - c) / (m + c)| ≤ 1/256: a few terms.
  const j = Number((mantissa + (1n << (52n - CENTER_BITS - 1n))) >> (52n - CENTER_BITS));
  const scaledM = mantissa << CENTER_BITS;
  const scaledC = BigInt(j) << 52n;
  const fixed = LOG_CENTER[j - CENTERS]! + 2n * atanhFixed(scaledM - scaledC, scaledM + scaledC) + BigInt(exp + 52) * LN2;
  return Number(fixed) / SCALE;
}
