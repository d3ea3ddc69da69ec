import { esbuildPlugin } from '@web/dev-server-esbuild';

// npm start: serves the demo on the bundled sample feed, compiling TypeScript on the fly.
const port = Number(process.env.PORT ?? 8000);

export default {
  port,
  hostname: process.env.HOST ?? '127.0.0.1',
  rootDir: '.',
  nodeResolve: true,
  watch: !process.env.CI,
  middleware: [
    function demoHome(context, next) {
      if (context.url === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      if (context.path === '/demo/never.json') {
        // The demo's loading state: a feed that never answers.
        return new Promise(() => {});
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    {
      name: 'demo-address',
      serverStart() {
        console.log(`\n  news-widgets demo: http://127.0.0.1:${port}/demo/\n`);
      },
    },
  ],
};
