// Serves the README's React, Vue and Svelte examples as browser modules, compiled by each framework's own
// compiler, so that tests/docs/frameworks.test.ts can run them: /__examples__/react.js, vue.js, svelte.js.
//
// Each module exports `mount(container, props)`, which renders the README's component with `props` and returns an
// unmount function. The code in the README is used exactly as written; only `news-widgets/<element>.js` imports are
// pointed at the sources in src/ (what the package's `exports` map names after a build).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse as parseSfc, compileScript } from 'vue/compiler-sfc';
import { compile as compileSvelte } from 'svelte/compiler';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The first ```lang block of the README that comes after a line starting with `heading`. */
export function readmeExample(readme, heading, lang) {
  const start = readme.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`README.md has no paragraph starting with "${heading}"`);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(readme.slice(start));
  if (!block) throw new Error(`README.md has no \`\`\`${lang} block after "${heading}"`);
  return block[1];
}

/** A harness per framework: the README's code is the module `example`, in the framework's own file type. */
const frameworks = {
  react: {
    heading: 'React',
    lang: 'tsx',
    file: 'example.tsx',
    harness: `
      import { createElement } from 'react';
      import { createRoot } from 'react-dom/client';
      import { flushSync } from 'react-dom';
      import * as example from 'example';
      const Component = Object.values(example).find((value) => typeof value === 'function');
      export function mount(container, props) {
        const root = createRoot(container);
        flushSync(() => root.render(createElement(Component, props)));
        return () => root.unmount();
      }`,
  },
  vue: {
    heading: 'Vue',
    lang: 'vue',
    file: 'example.vue',
    compile(source) {
      const { descriptor, errors } = parseSfc(source, { filename: 'example.vue' });
      if (errors.length) throw errors[0];
      // The compiler option the README tells Vue users to set.
      const compilerOptions = { isCustomElement: (tag) => tag.startsWith('news-') };
      return compileScript(descriptor, { id: 'example', inlineTemplate: true, templateOptions: { compilerOptions } })
        .content;
    },
    harness: `
      import { createApp } from 'vue';
      import Component from 'example';
      export function mount(container, props) {
        const app = createApp(Component, props);
        app.mount(container);
        return () => app.unmount();
      }`,
  },
  svelte: {
    heading: 'Svelte',
    lang: 'svelte',
    file: 'example.svelte',
    compile(source) {
      return compileSvelte(source, { filename: 'example.svelte', generate: 'client' }).js.code;
    },
    harness: `
      import { mount as mountComponent, unmount, flushSync } from 'svelte';
      import Component from 'example';
      export function mount(container, props) {
        const component = mountComponent(Component, { target: container, props });
        flushSync();
        return () => unmount(component);
      }`,
  },
};

async function bundle(name) {
  const framework = frameworks[name];
  const readme = await readFile(`${root}README.md`, 'utf8');
  const source = readmeExample(readme, framework.heading, framework.lang);
  const code = framework.compile ? framework.compile(source) : source;
  const result = await build({
    stdin: { contents: framework.harness, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    conditions: ['browser', 'production'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
    plugins: [
      {
        name: 'readme-example',
        setup(b) {
          b.onResolve({ filter: /^example$/ }, () => ({ path: framework.file, namespace: 'readme' }));
          b.onLoad({ filter: /.*/, namespace: 'readme' }, () => ({
            contents: code,
            loader: framework.lang === 'tsx' ? 'tsx' : 'js',
            resolveDir: root,
          }));
          // The package's element entries, served from src/ by the test server.
          b.onResolve({ filter: /^news-widgets\/[\w-]+\.js$/ }, (args) => ({
            path: `/src/elements/${args.path.slice('news-widgets/'.length, -3)}.ts`,
            external: true,
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function readmeExamples() {
  const cache = new Map();
  return {
    name: 'news-widgets-readme-examples',
    async serve(context) {
      const match = /^\/__examples__\/(react|vue|svelte)\.js$/.exec(context.path);
      if (!match) return undefined;
      if (!cache.has(match[1])) cache.set(match[1], bundle(match[1]));
      try {
        return { body: await cache.get(match[1]), type: 'js' };
      } catch (error) {
        cache.delete(match[1]);
        // A module that throws the compiler's message, so the failing test says what went wrong.
        return { body: `throw new Error(${JSON.stringify(String(error?.message ?? error))});`, type: 'js' };
      }
    },
  };
}
