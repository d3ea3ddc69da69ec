import { expect } from '@open-wc/testing';
import {
  addStrings,
  errorMessage,
  fill,
  fillParts,
  formatAuthors,
  listParts,
  primaryLanguage,
  resolveLang,
  resolveStrings,
  type NewsStrings,
} from '../../src/format/strings.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';

describe('resolveStrings', () => {
  it('picks the table by primary language, English otherwise', () => {
    expect(resolveStrings('en').trendingHeading).to.equal('Trending Now');
    expect(resolveStrings('de-AT').trendingHeading).to.equal('Im Trend');
    expect(resolveStrings('fr-CA').showMore).to.equal('Afficher plus');
    expect(resolveStrings('ES-mx').showMore).to.equal('Mostrar más');
    expect(resolveStrings('it').showMore).to.equal('Show more');
    expect(resolveStrings('not a tag!').showMore).to.equal('Show more');
    expect(resolveStrings('').loading).to.equal('Loading…');
    expect(primaryLanguage('de_CH')).to.equal('de');
  });

  it('has every string, non-empty, in every language', () => {
    const keys = Object.keys(resolveStrings('en')).sort();
    expect(keys).to.have.length.greaterThan(15);
    for (const lang of ['de', 'fr', 'es']) {
      const table = resolveStrings(lang);
      expect(Object.keys(table).sort(), lang).to.deep.equal(keys);
      for (const key of keys) {
        const value = table[key as keyof NewsStrings];
        expect(value, `${lang}.${key}`).to.be.a('string').and.not.equal('');
        expect(value, `${lang}.${key} is translated`).not.to.equal(resolveStrings('en')[key as keyof NewsStrings]);
      }
    }
  });

  it('addStrings adds a language: its strings by primary subtag, English for what it lacks, junk ignored', () => {
    expect(resolveStrings('pt-BR').showMore).to.equal('Show more');
    addStrings('PT', { showMore: 'Mostrar mais', loading: 7, bogus: 'x' } as unknown as Partial<NewsStrings>);
    const pt = resolveStrings('pt-BR');
    expect(pt.showMore).to.equal('Mostrar mais');
    expect(pt.loading).to.equal('Loading…');
    expect(pt).not.to.have.property('bogus');
    expect(resolveStrings('pt', { showMore: 'Ver mais' }).showMore, 'overrides still win').to.equal('Ver mais');
    expect(resolveStrings('it').showMore, 'other languages untouched').to.equal('Show more');
  });

  it('applies overrides on top of the language table', () => {
    const strings = resolveStrings('de', { showMore: 'Weitere Meldungen', empty: '' });
    expect(strings.showMore).to.equal('Weitere Meldungen');
    expect(strings.empty).to.equal('');
    expect(strings.loading).to.equal('Wird geladen…');
    expect(resolveStrings('de').showMore, 'built-in table untouched').to.equal('Mehr anzeigen');
  });

  it('ignores unknown keys and non-string values in overrides', () => {
    const junk = { showMore: 5, bogus: 'x', by: null } as unknown as Partial<NewsStrings>;
    const strings = resolveStrings('en', junk);
    expect(strings.showMore).to.equal('Show more');
    expect(strings.by).to.equal('By {authors}');
    expect(strings).not.to.have.property('bogus');
    expect(resolveStrings('en', null).by).to.equal('By {authors}');
  });

  it('maps each error code to a reader message', () => {
    const en = resolveStrings('en');
    const codes = ['network', 'timeout', 'http', 'not-found', 'parse'];
    const messages = codes.map((code) => errorMessage(en, code));
    expect(new Set(messages).size).to.equal(codes.length);
    expect(errorMessage(en, 'invalid')).to.equal(errorMessage(en, 'parse'));
    expect(errorMessage(en, 'something-else')).to.equal(errorMessage(en, 'http'));
    expect(errorMessage(resolveStrings('de'), 'network')).to.contain('Verbindung');
    expect(errorMessage(resolveStrings('en', { errorTimeout: 'Slow feed.' }), 'timeout')).to.equal('Slow feed.');
  });
});

describe('fill', () => {
  it('replaces placeholders and keeps unknown ones', () => {
    expect(fill('Photo: {credit}', { credit: 'Reuters' })).to.equal('Photo: Reuters');
    expect(fill('{a}-{b}-{a}', { a: 'x', b: 'y' })).to.equal('x-y-x');
    expect(fill('By {author}', { authors: 'A' })).to.equal('By {author}');
    expect(fill('{x}', { x: '{y}', y: 'no' })).to.equal('{y}');
  });

  it('formats numbers for the locale', () => {
    expect(fill(resolveStrings('en').readingTime, { minutes: 4 }, 'en')).to.equal('4 min read');
    expect(fill(resolveStrings('de').readingTime, { minutes: 1234 }, 'de')).to.equal('1.234 Min. Lesezeit');
  });

  it('chooses the plural form by the locale rules', () => {
    expect(fill(resolveStrings('en').newItems, { count: 1 }, 'en')).to.equal('1 more story loaded');
    expect(fill(resolveStrings('en').newItems, { count: 10 }, 'en')).to.equal('10 more stories loaded');
    expect(fill(resolveStrings('de').newItems, { count: 1 }, 'de')).to.equal('1 weiterer Artikel geladen');
    expect(fill(resolveStrings('de').newItems, { count: 3 }, 'de')).to.equal('3 weitere Artikel geladen');
    // French treats 0 as singular.
    expect(fill(resolveStrings('fr').newItems, { count: 0 }, 'fr')).to.equal('0 article de plus chargé');
    expect(fill(resolveStrings('es').newItems, { count: 2 }, 'es')).to.equal('Se cargaron 2 noticias más');
  });

  it('fillParts keeps values of any kind', () => {
    const link = { href: '/a' };
    expect(fillParts('By {authors}.', { authors: link })).to.deep.equal(['By ', link, '.']);
    expect(fillParts('{authors}', { authors: link })).to.deep.equal(['', link, '']);
  });
});

describe('formatAuthors', () => {
  const cases: [lang: string, one: string, two: string, three: string][] = [
    ['en', 'By Ann', 'By Ann and Bo', 'By Ann, Bo and Cy'],
    ['en-US', 'By Ann', 'By Ann and Bo', 'By Ann, Bo and Cy'],
    ['de', 'Von Ann', 'Von Ann und Bo', 'Von Ann, Bo und Cy'],
    ['fr', 'Par Ann', 'Par Ann et Bo', 'Par Ann, Bo et Cy'],
    ['es', 'Por Ann', 'Por Ann y Bo', 'Por Ann, Bo y Cy'],
  ];
  for (const [lang, one, two, three] of cases) {
    it(`joins 1, 2 and 3 names in ${lang}`, () => {
      expect(formatAuthors(['Ann'], lang)).to.equal(one);
      expect(formatAuthors(['Ann', 'Bo'], lang)).to.equal(two);
      expect(formatAuthors(['Ann', 'Bo', 'Cy'], lang)).to.equal(three);
    });
  }

  it('skips blank names and returns nothing without names', () => {
    expect(formatAuthors(['  ', 'Ann', ''], 'en')).to.equal('By Ann');
    expect(formatAuthors([], 'en')).to.equal('');
  });

  it('cleans names of controls and extra white space', () => {
    expect(formatAuthors(['An\u202en', ' Bo \u0000 Li '], 'en')).to.equal('By Ann and Bo Li');
  });

  it('uses replaced strings', () => {
    expect(formatAuthors(['Ann', 'Bo'], 'en', resolveStrings('en', { by: 'Words: {authors}' }))).to.equal(
      'Words: Ann and Bo',
    );
  });

  it('gives list parts for links, in order', () => {
    const parts = listParts(['Ann', 'Bo', 'Cy'], 'en');
    expect(parts.filter((p) => p.type === 'element').map((p) => p.value)).to.deep.equal(['Ann', 'Bo', 'Cy']);
    expect(parts.map((p) => p.value).join('')).to.equal('Ann, Bo and Cy');
    expect(formatAuthors(['Ana', 'Isabel'], 'es')).to.equal('Por Ana e Isabel');
  });
});

describe('resolveLang', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('reads the element, then its ancestors, skipping empty values', () => {
    root.innerHTML = '<section lang="fr"><div lang=""><p id="p"><span id="s" lang="de-AT"></span></p></div></section>';
    expect(resolveLang(root.querySelector('#s')!)).to.equal('de-AT');
    expect(resolveLang(root.querySelector('#p')!)).to.equal('fr');
  });

  it('walks out of nested shadow roots through their hosts', () => {
    root.setAttribute('lang', 'es');
    const outer = document.createElement('div');
    root.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const deepest = document.createElement('span');
    inner.attachShadow({ mode: 'closed' }).append(deepest);
    expect(resolveLang(deepest)).to.equal('es');
    inner.setAttribute('lang', 'de');
    expect(resolveLang(deepest)).to.equal('de');
  });

  it('falls back to the document, then to the browser language', () => {
    const el = document.createElement('span');
    root.append(el);
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'fr-CA');
      expect(resolveLang(el)).to.equal('fr-CA');
      html.removeAttribute('lang');
      expect(resolveLang(el)).to.equal(navigator.language);
      expect(resolveLang(document.createElement('i'))).to.equal(navigator.language);
    } finally {
      if (saved === null) html.removeAttribute('lang');
      else html.setAttribute('lang', saved);
    }
  });
});
