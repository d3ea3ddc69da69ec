// The README's reference tables, made from custom-elements.json. Pure: used by `npm run docs` (which writes them
// into README.md between <!-- api:TAG --> and <!-- /api:TAG --> markers) and by the test that checks they match.

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${String(text).replace(/`/g, '')}\`` : '');

function table(header, rows) {
  if (!rows.length) return '';
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** The custom element declarations of a manifest, by tag name, in manifest order. */
export function elementsOf(manifest) {
  const found = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.set(declaration.tagName, declaration);
    }
  }
  return found;
}

/** The Markdown reference for one element. */
export function apiTable(element) {
  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    code(a.default),
    a.description,
  ]);
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !attributeFields.has(m.name))
    .map((m) => [code(m.name), code(m.type?.text), m.readonly ? 'read-only' : '', m.description]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), p.description]);
  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]);
  const cssProps = (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]);
  const events = (element.events ?? []).map((e) => [code(e.name), e.description]);
  return [
    element.summary ? `${cell(element.summary)}\n` : '',
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    table(['Property (no attribute)', 'Type', '', 'Description'], properties),
    table(['Part', 'Description'], parts),
    table(['Slot', 'Description'], slots),
    table(['CSS custom property', 'Default', 'Description'], cssProps),
    table(['Event', 'Description'], events),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const marker = (tag) => new RegExp(`(<!-- api:${tag} -->)[\\s\\S]*?(<!-- /api:${tag} -->)`);

/** README text with every element's table replaced by the one made from the manifest. */
export function updateReadme(readme, manifest) {
  let text = readme;
  for (const [tag, element] of elementsOf(manifest)) {
    text = text.replace(marker(tag), (_, open, close) => `${open}\n${apiTable(element)}\n${close}`);
  }
  return text;
}

/** The table that README.md holds for `tag`, or undefined. */
export function readmeTable(readme, tag) {
  const match = readme.match(marker(tag));
  return match ? match[0].slice(match[1].length, -match[2].length).trim() : undefined;
}
