// Loads the committed .wasm files of this folder: each module compiled once per process, one
// instance per caller (each with its own memory), and a clear error when the runtime cannot.
import { readFileSync } from 'node:fs';

const PAGE = 65_536;
const modules = new Map<string, WebAssembly.Module>();

/** A fresh instance of a .wasm file with its imports (none by default), and its exported memory. */
export function instantiate(file: URL, imports: WebAssembly.Imports = {}): { exports: WebAssembly.Exports; memory: WebAssembly.Memory } {
  let module = modules.get(file.href);
  if (!module) {
    try {
      module = new WebAssembly.Module(readFileSync(file));
    } catch (cause) {
      throw new Error(
        `ingest/extract/ner/wasm: cannot load ${file.pathname} (needs WebAssembly with SIMD, as in Node ≥ 20); run npm run build:wasm if the file is missing`,
        { cause },
      );
    }
    modules.set(file.href, module);
  }
  const instance = new WebAssembly.Instance(module, imports);
  return { exports: instance.exports, memory: instance.exports.memory as WebAssembly.Memory };
}

/** Grows memory to at least `bytes` (growing detaches every view of the old buffer). */
export function growTo(memory: WebAssembly.Memory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
}

/** The next multiple of 64 (a cache line) at or after `at`. */
export function align64(at: number): number {
  return (at + 63) & ~63;
}
