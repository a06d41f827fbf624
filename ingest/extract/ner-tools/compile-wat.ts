// WebAssembly text → binary with wabt (a dev dependency: users run the committed .wasm files and
// never compile). Shared by the build script and the test that the committed binaries are current.
import { readFileSync } from 'node:fs';
import wabt from 'wabt';

/** The .wat sources of ner/wasm, with the .wasm file each compiles to. */
export const WAT_SOURCES: ReadonlyArray<{ wat: URL; wasm: URL }> = [
  { wat: new URL('../ner/wasm/emission.wat', import.meta.url), wasm: new URL('../ner/wasm/emission.wasm', import.meta.url) },
  { wat: new URL('../ner/wasm/viterbi.wat', import.meta.url), wasm: new URL('../ner/wasm/viterbi.wasm', import.meta.url) },
  { wat: new URL('../ner/wasm/marginals.wat', import.meta.url), wasm: new URL('../ner/wasm/marginals.wasm', import.meta.url) },
];

/** The binary of a .wat file; throws with wabt's message (file, line) when the text is invalid. */
export async function compileWat(file: URL): Promise<Uint8Array> {
  const tools = await wabt();
  const module = tools.parseWat(file.pathname, readFileSync(file, 'utf8'), { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
