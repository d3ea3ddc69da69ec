// npm run analyze: custom-elements.json from the elements' JSDoc (read by editors, docs and the README check).

/** Keeps the manifest to the public contract: no private or protected members, no event named after a variable. */
function publicApiOnly() {
  return {
    name: 'news-widgets-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => !member.privacy || member.privacy === 'public',
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name && /^news-/.test(event.name));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
