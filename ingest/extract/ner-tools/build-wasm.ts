// `npm run build:wasm`: recompiles the .wat sources of ner/wasm into the committed .wasm files.
// Run it after editing a .wat file; a test fails while a committed binary is out of date.
import { writeFileSync } from 'node:fs';
import { WAT_SOURCES, compileWat } from './compile-wat.ts';

for (const { wat, wasm } of WAT_SOURCES) {
  const bytes = await compileWat(wat);
  writeFileSync(wasm, bytes);
  console.log(`${wasm.pathname}: ${bytes.length} bytes`);
}
