// Release builds only (run by post_build.py, last): writes `<file>.gz` and `<file>.br` beside
// every file a browser fetches, for hosts that serve precompressed files (nginx's gzip_static
// and brotli_static, see README.md). Node's own zlib does both, so nothing more is installed.
// Usage: node scripts/compress.mjs <dir>
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/compress.mjs <dir>');
// Already compressed formats gain nothing.
const skip = /\.(gz|br|png)$/;
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (skip.test(name) || !statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
}
