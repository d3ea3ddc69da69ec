// npm run docs: rewrites the reference tables in README.md from custom-elements.json (run npm run analyze first).
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from './api-tables.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const next = updateReadme(readme, manifest);
if (next !== readme) writeFileSync('README.md', next);
console.log(next === readme ? 'README.md tables are up to date.' : 'README.md tables updated.');
