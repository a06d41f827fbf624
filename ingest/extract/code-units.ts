// Character classes of the BMP as bitsets of code units, built from the engine's own regexes: a
// scan that tests one code unit at a time reads a bit instead of making a one-character string and
// running a regex on it, and answers exactly what the regex answers for that one-unit string.
// Surrogate halves are in no class here (a lone one matches no property class); where a character
// outside the BMP could decide, callers fall back to the regex itself.

/** Every BMP code unit once, lone surrogates replaced by spaces (they are taken out again below). */
let allUnits: string | undefined;

/**
 * The code units `c` for which new RegExp(`^${charClass}$`, 'u') matches String.fromCharCode(c),
 * one bit each (2048 ints). One global search over a string of all units (about 3 ms), then built
 * for good.
 */
export function unitsMatching(charClass: string): Int32Array {
  if (allUnits === undefined) {
    const units = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c < 0xe000 ? 0x20 : c;
    allUnits = new TextDecoder('utf-16le').decode(units);
  }
  const bits = new Int32Array(0x10000 >>> 5);
  const runs = new RegExp(`${charClass}+`, 'gu');
  for (let m = runs.exec(allUnits); m !== null; m = runs.exec(allUnits)) {
    for (let c = m.index; c < m.index + m[0].length; c++) bits[c >>> 5]! |= 1 << (c & 31);
  }
  // The stand-in spaces of the surrogate range.
  bits.fill(0, 0xd800 >>> 5, 0xe000 >>> 5);
  return bits;
}

/** The code units of `chars` (BMP characters), one bit each, for hasUnit. */
export function unitsOf(chars: string): Int32Array {
  const bits = new Int32Array(0x10000 >>> 5);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    bits[c >>> 5]! |= 1 << (c & 31);
  }
  return bits;
}

/** `c` (a code unit, or NaN off a text's ends) is in the set. */
export function hasUnit(bits: Int32Array, c: number): boolean {
  return c >= 0 && c < 0x10000 && ((bits[c >>> 5]! >>> (c & 31)) & 1) === 1;
}

/** A surrogate half: the code unit belongs to a character outside the BMP (or to none). */
export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}
