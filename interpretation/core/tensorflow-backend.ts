// Backend selection for TensorFlow.js. The one place in interpretation/core allowed to look at the
// filesystem, and only to locate the wasm binaries that @tensorflow/tfjs-backend-wasm loads.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';

let chosen: Promise<string> | undefined;

/**
 * Picks the fastest available backend once per process and returns its name: 'tensorflow' when
 * @tensorflow/tfjs-node loads (not installed on our build machines; it downloads a native binary),
 * else 'wasm' (binaries located next to the installed package), else 'cpu'. Never throws: a backend
 * that fails to initialise falls through to the next. Concurrent callers share one initialisation.
 */
export function initTensorflow(): Promise<string> {
  chosen ??= (async () => {
    try {
      // A variable specifier keeps tsc from requiring the optional package's types.
      const native = '@tensorflow/tfjs-node';
      await import(native);
      if (await tf.setBackend('tensorflow')) return 'tensorflow';
    } catch { /* not installed: fall through */ }
    try {
      const req = createRequire(import.meta.url);
      const dir = path.dirname(req.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
      setWasmPaths(path.join(dir, 'dist') + path.sep);
      if (await tf.setBackend('wasm')) { await tf.ready(); return 'wasm'; }
    } catch { /* wasm unavailable: fall through */ }
    await tf.setBackend('cpu');
    await tf.ready();
    return 'cpu';
  })();
  return chosen;
}
