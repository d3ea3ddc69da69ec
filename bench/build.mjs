// The production bundles the bench measures, built from the current src/ with the project's own tsconfig.json and
// rollup.config.mjs (Lit's production build, terser), into node_modules/.cache/news-widgets-bench/. The bytes are
// those of `npm run build`'s dist/; building them apart means the bench never measures a stale or dev build, and
// never removes dist/ or lib/ from under another command that is using them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

/** The drop-in script's and the ES module's build (the first of rollup.config.mjs; the rest are the locales). */
const [config] = configs;

/** One directory per checkout: checkouts that share a node_modules (git worktrees) do not build over each other. */
export const BUILD_DIR = resolve(
  'node_modules/.cache/news-widgets-bench',
  createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12),
);

/** Where {@link buildBundles} writes the drop-in script, the ES module and the Lit reference. */
export const bundleFiles = {
  js: join(BUILD_DIR, 'dist/news-widgets.js'),
  mjs: join(BUILD_DIR, 'dist/news-widgets.mjs'),
  litFloor: join(BUILD_DIR, 'dist/lit-floor.js'),
  /** The normalizer alone, as an ES module minified like the bundles (the drop-in exports no API). */
  normalize: join(BUILD_DIR, 'dist/normalize.mjs'),
};

/** rollup's warnings, less the one about the IIFE's exports: the drop-in script exports nothing on purpose. */
function onwarn(warning, warn) {
  if (warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
  if (config.onwarn) config.onwarn(warning, warn);
  else warn(warning);
}

/** Builds the bundles; returns {@link bundleFiles}. */
export async function buildBundles() {
  const lib = join(BUILD_DIR, 'lib');
  rmSync(BUILD_DIR, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', lib, '--declaration', 'false', '--declarationMap', 'false'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const bundle = await rollup({ ...config, input: join(lib, 'news-widgets.js'), output: undefined, onwarn });
  for (const output of config.output) {
    await bundle.write({ ...output, file: output.file.endsWith('.mjs') ? bundleFiles.mjs : bundleFiles.js, sourcemap: false });
  }
  await bundle.close();

  const normalize = await rollup({ ...config, input: join(lib, 'feed/normalize.js'), output: undefined, onwarn });
  const esm = config.output.find((output) => output.file.endsWith('.mjs'));
  await normalize.write({ ...esm, file: bundleFiles.normalize, sourcemap: false });
  await normalize.close();

  // The reference: a trivial Lit element, bundled the same way as the drop-in script.
  const floor = await rollup({ ...config, input: 'bench/lit-floor.js', output: undefined, onwarn });
  await floor.write({ ...config.output[0], file: bundleFiles.litFloor, sourcemap: false });
  await floor.close();
  return bundleFiles;
}
