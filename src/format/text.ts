/**
 * Plain text from feed fields: character references decoded, HTML reduced to the text a reader sees, invisible
 * characters removed, whitespace collapsed, clamping at a word, and word counts for reading times.
 * Pure string functions without a DOM: they run anywhere (Node too) and never turn feed text into markup.
 */

// ---------------------------------------------------------------------------------------------------------------
// Character references

/** The named references that feeds use, by name: the code of the character each stands for. */
const NAMED = new Map<string, number>();
// Each name followed by its code in upper-case hex; `replace` walks the pairs (shorter than a table of characters).
(
  'amp26lt3Cgt3Equot22apos27nbspA0shyADhellip2026mdash2014ndash2013lsquo2018rsquo2019ldquo201Crdquo201D' +
  'laquoABraquoBBcopyA9'
).replace(/([a-z]+)([^a-z]+)/g, (_, name: string, code: string) => (NAMED.set(name, +`0x${code}`), ''));

/**
 * Decodes every numeric reference (`&#233;`, `&#xE9;`, with or without `;`) and the common named ones (`&amp;`,
 * `&hellip;`, `&nbsp;`…); unknown names stay as written. Decodes once, and the result is text, never markup:
 * `&lt;b&gt;` becomes the three characters `<b>`.
 *
 * A number is its code point (`&#128;`…`&#159;` are control characters, which cleaning removes); 0, surrogates
 * (`code >> 11 == 27`) and numbers past U+10FFFF are U+FFFD.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+|x[\da-f]+);?|(\w+);)/gi, (reference, digits?: string, name?: string) => {
    const code = digits ? +`0${digits}` : NAMED.get(name!);
    return code === undefined
      ? reference
      : code > 0 && code < 0x110000 && code >> 11 != 27
        ? String.fromCodePoint(code)
        : '\ufffd';
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Cleaning and clamping

/**
 * Characters that never reach the page: C0 controls other than whitespace, DEL, C1 controls, the byte order mark and
 * the bidi embedding, override and isolate controls that could flip the direction of the page's own text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const INVISIBLE = /[\0-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/**
 * Whitespace but a single space. (The whitespace other than ` ` is written out, here and below: regular expressions
 * scan such a class much faster than `[^\S ]`.)
 */
const SPACES = /[\t-\r\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]\s*| \s+/g;
/** What reading text may change: a reference, an invisible character, any whitespace but single inner spaces. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const UNCLEAN = /[&\0-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]| {2}|^ | $/;

/** Text for one line of display: invisible characters removed, every run of whitespace one space, trimmed. */
export function cleanText(s: string): string {
  if (typeof s !== 'string') return '';
  return UNCLEAN.test(s) ? s.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : s;
}

/**
 * `s` cut to at most `maxChars` (at least 1) UTF-16 code units, ending in `…` when anything was cut. The cut falls at
 * the last space when that keeps at least half of the text; text without spaces (Chinese, Japanese, one long word)
 * is cut at the limit, never between the two halves of a surrogate pair. No space or punctuation is left before `…`.
 */
export function clampText(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  const space = s.lastIndexOf(' ', maxChars - 1);
  const cut = space < maxChars / 2 ? s.slice(0, maxChars - 1).replace(/[\ud800-\udbff]$/, '') : s.slice(0, space);
  return cut.replace(/[\s\p{P}]+$/u, '') + '…';
}

// ---------------------------------------------------------------------------------------------------------------
// HTML
//
// In the expressions below, `(?:[^>"']|"[^"]*"|'[^']*')*` reads a tag's attributes (a quoted value may hold `>`),
// and a tag, comment or element left unfinished runs to the end of the text.

/**
 * What a reader never sees: comments, and elements with their content (code, styles, embedded documents, media
 * fallbacks; the element's name in group 1). Each leaves a space. A self-closed `<svg/>` or `<math/>` is left to be
 * read as a tag.
 */
const HIDDEN =
  /<(?:!--[^]*?(?:-->|$)|(script|style|template|noscript|iframe|svg|math|head|title|object|video|audio|canvas)\b(?:[^>"']|"[^"]*"|'[^']*')*(?:(?<!\/)>[^]*?(?:<\/\1\b[^>]*(?:>|$)|$)|$))/gi;
/**
 * The start of a tag of an element that starts a block or a line in article bodies: words on either side stay apart.
 */
const BLOCK_TAG =
  /<(?=\/?(?:p|br|hr|li|h\d|t[dhr]|div|[ou]l|pre|img|fig\w*|blockquote|section|article)\b)/gi;
/** Any tag, doctype or processing instruction. */
const TAG = /<(?:[!?]|\/?[a-z])(?:[^>"']|"[^"]*"|'[^']*')*(?:>|["'][^]*|$)/gi;

// ---------------------------------------------------------------------------------------------------------------
// Excerpts and words

/**
 * The clean text of the start of `source` (plain text, or an HTML fragment when `html`), clamped to `maxChars`
 * ({@link clampText}): only as much of the source is read as that and a sample of words need, however long the
 * source is (a feed may hold thousands of long articles).
 * With `count`, also the words of the whole source: counted when it is short, else the words of its start scaled to
 * its length, good enough for a reading time in whole minutes.
 *
 * HTML is read as text, never as markup: tags dropped; comments and the content of `script`, `style`, `template`,
 * `svg`, media fallbacks… dropped (from the whole source, so that it does not count); block elements and `<br>`
 * turned into spaces; references decoded; cleaned. A `<` that starts no tag (`1 < 2`) stays.
 */
export function readStart(
  source: string,
  maxChars: number,
  html?: boolean,
  count?: boolean,
): [text: string, words: number] {
  if (html) source = source.replace(HIDDEN, ' ');
  for (let size = maxChars + 64; ; size *= 2) {
    let clean = source.slice(0, size);
    if (html) clean = clean.replace(BLOCK_TAG, ' <').replace(TAG, '');
    // Most feed text needs neither decoding nor cleaning: one search tells.
    if (UNCLEAN.test(clean)) clean = cleanText(decodeEntities(clean));
    // How much longer the whole source is than what was read (at most 1: all of it was read).
    const scale = source.length / size;
    if (scale <= 1 || clean.length > maxChars) {
      return [clampText(clean, maxChars), count ? Math.round(countWords(clean) * Math.max(scale, 1)) : 0];
    }
  }
}

/** A plain-text field: references decoded ({@link decodeEntities}), cleaned, clamped ({@link clampText}). */
export function plainText(text: string, maxChars: number): string {
  return readStart(text, maxChars)[0];
}

/** Plain text, its start as {@link excerpt} and {@link htmlExcerpt} give it. */
export interface Excerpt {
  /** Clean text, at most `maxChars` long, ending in `…` when cut. */
  text: string;
  /** Word-equivalents in the whole source (see {@link wordCount}); estimated when the source is long. */
  words: number;
}

/** The start of a plain-text field (or an HTML fragment), clamped, and its words: see {@link readStart}. */
export function excerpt(text: string, maxChars: number, html?: boolean): Excerpt {
  const [start, words] = readStart(typeof text === 'string' ? text : '', maxChars, html, true);
  return { text: start, words };
}

/** {@link excerpt} of an HTML fragment: the start of the text a reader would see, and its words. */
export function htmlExcerpt(html: string, maxChars: number): Excerpt {
  return excerpt(html, maxChars, true);
}

/**
 * The words of an HTML fragment, estimated as {@link htmlExcerpt} does but from a start half as long, since no text
 * is needed: for an article whose summary is not taken from its body, only the reading time needs the body.
 */
export function htmlWords(html: string, maxChars: number): number {
  return excerpt(html, maxChars / 2, true).words;
}

/** Runs between spaces without a letter or digit of a script written with spaces. */
const NOT_A_WORD = / (?:[^ \p{L}\p{N}]|[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}])+(?= |$)/gu;

/**
 * Words in plain text, in word-equivalents that a reading speed in words per minute applies to:
 * - in scripts written with spaces (Latin, Cyrillic, Greek, Arabic, Korean…), every run of characters between
 *   spaces that holds a letter or digit is one word;
 * - Chinese and Japanese, written without spaces: a Han character counts one word and a kana half a word, which
 *   gives comparable reading times (about 255 Chinese or 360 Japanese characters a minute against 230 English words;
 *   Trauzettel-Klosinski & Dietz, IReST, 2012).
 */
export function wordCount(text: string): number {
  return countWords(cleanText(text));
}

/** {@link wordCount} of clean text: the runs between its spaces, less those that are no word, then CJK. */
function countWords(clean: string): number {
  const spaced = ' ' + clean;
  let words = clean ? spaced.match(/ /g)!.length : 0;
  for (NOT_A_WORD.lastIndex = 0; NOT_A_WORD.test(spaced); ) words--;
  // A quick look for Han and kana before the slower counts by script.
  if (!/[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]/u.test(spaced)) return words;
  const kana = spaced.replace(/[^\p{sc=Hira}\p{sc=Kana}]+/gu, '').length;
  return words + spaced.replace(/\P{sc=Han}+/gu, '').length + Math.round(kana / 2);
}

/** Words a minute that reading times assume. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `words` word-equivalents at {@link WORDS_PER_MINUTE}, at least 1. */
export function readingMinutes(words: number): number {
  return Math.round(words / WORDS_PER_MINUTE) || 1;
}
