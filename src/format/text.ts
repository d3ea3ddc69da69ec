/**
 * Plain-text helpers: HTML to text, cleaning, clamping, excerpts and word counts.
 *
 * Pure string functions with no DOM at all, so they run anywhere (workers, Node, pages under Trusted Types) and
 * never turn feed text into markup. They are written for speed, because a feed can hold thousands of long articles:
 * text is cleaned in one pass over the characters, excerpts read only as far as they need, and every regular
 * expression is compiled once, at module load.
 */

// ---------------------------------------------------------------------------------------------------------------
// Character classes

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** Whitespace as JavaScript's `\s` knows it, except U+FEFF (see {@link isInvisible}). */
function isWhitespace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * Characters that must not reach the page and are removed: C0 controls other than whitespace, DEL and C1 controls,
 * the byte order mark, and the bidi embedding, override and isolate controls that could flip the direction of the
 * surrounding page's text (U+202A–U+202E, U+2066–U+2069).
 */
function isInvisible(c: number): boolean {
  return (
    (c < 32 && !(c >= 9 && c <= 13)) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
  );
}

/** Han ideographs and kana: Chinese and Japanese, written without spaces between words. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xd840 && c <= 0xd87e)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Character references

/** The named character references we decode; any other `&name;` is left as it is. */
const NAMED_REFERENCES = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['shy', '\u00ad'],
  ['hellip', '\u2026'], ['mdash', '\u2014'], ['ndash', '\u2013'], ['minus', '\u2212'],
  ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'], ['ldquo', '\u201c'], ['rdquo', '\u201d'],
  ['bdquo', '\u201e'], ['laquo', '\u00ab'], ['raquo', '\u00bb'], ['lsaquo', '\u2039'], ['rsaquo', '\u203a'],
  ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'], ['deg', '\u00b0'], ['middot', '\u00b7'],
  ['bull', '\u2022'], ['times', '\u00d7'], ['divide', '\u00f7'], ['plusmn', '\u00b1'], ['sect', '\u00a7'],
  ['para', '\u00b6'], ['euro', '\u20ac'], ['pound', '\u00a3'], ['yen', '\u00a5'], ['cent', '\u00a2'],
  ['aacute', '\u00e1'], ['agrave', '\u00e0'], ['acirc', '\u00e2'], ['auml', '\u00e4'], ['ccedil', '\u00e7'],
  ['eacute', '\u00e9'], ['egrave', '\u00e8'], ['ecirc', '\u00ea'], ['iacute', '\u00ed'], ['ntilde', '\u00f1'],
  ['oacute', '\u00f3'], ['ouml', '\u00f6'], ['uacute', '\u00fa'], ['uuml', '\u00fc'], ['szlig', '\u00df'],
  ['Eacute', '\u00c9'], ['Auml', '\u00c4'], ['Ouml', '\u00d6'], ['Uuml', '\u00dc'],
]);

/**
 * What browsers make of the numeric references `&#128;`…`&#159;`: old feeds write Windows-1252 code points there
 * (`&#146;` for a right quote). A space marks the five holes of that code page, which stay as they are.
 */
const WINDOWS_1252 =
  '\u20ac \u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152 \u017d ' +
  ' \u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153 \u017e\u0178';

function codePointText(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) {
    const mapped = WINDOWS_1252[cp - 0x80];
    return mapped === ' ' ? String.fromCharCode(cp) : mapped;
  }
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** The text of the reference read by the last successful {@link readReference}. */
let referenceText = '';

/**
 * Reads the character reference that starts at `s[amp]` (an `&`) and ends before `end`: on success sets
 * {@link referenceText} and returns the index just after it, else returns -1. Numeric references may omit the `;`;
 * named ones need it and must be in NAMED_REFERENCES.
 */
function readReference(s: string, amp: number, end: number): number {
  let j = amp + 1;
  if (s.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = s.charCodeAt(j) === 120 || s.charCodeAt(j) === 88; /* x X */
    if (hex) j++;
    const start = j;
    let cp = 0;
    for (; j < end; j++) {
      const c = s.charCodeAt(j);
      let digit: number;
      if (c >= 48 && c <= 57) digit = c - 48;
      else if (hex && c >= 97 && c <= 102) digit = c - 87;
      else if (hex && c >= 65 && c <= 70) digit = c - 55;
      else break;
      if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + digit;
    }
    if (j === start) return -1;
    if (j < end && s.charCodeAt(j) === 59 /* ; */) j++;
    referenceText = codePointText(cp);
    return j;
  }
  while (j < end && j - amp <= 32 && isAsciiAlnum(s.charCodeAt(j))) j++;
  if (j === amp + 1 || j >= end || s.charCodeAt(j) !== 59) return -1;
  const text = NAMED_REFERENCES.get(s.slice(amp + 1, j));
  if (text === undefined) return -1;
  referenceText = text;
  return j + 1;
}

/**
 * Decodes character references: every numeric one (`&#233;`, `&#xE9;`, with or without the `;`) and the common
 * named ones (`&amp;`, `&hellip;`, `&eacute;`… about sixty, `;` required). Unknown names are left as they are.
 * The result is text, never markup: `&lt;b&gt;` becomes the three characters `<b>`.
 */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const end = readReference(s, amp, s.length);
    if (end < 0) {
      amp = s.indexOf('&', amp + 1);
    } else {
      out += s.slice(last, amp) + referenceText;
      last = end;
      amp = s.indexOf('&', end);
    }
  }
  return out + s.slice(last);
}

// ---------------------------------------------------------------------------------------------------------------
// The text builder: cleans text in one pass, optionally decoding references, up to a length

/*
 * One text is built at a time (the functions below are not re-entrant and need not be): runs of clean characters
 * are copied as slices of the source, a lone space between two visible characters stays inside its run, and every
 * other whitespace run, reference or invisible character ends the run.
 */
let out = '';
/** The length of the text built: `out.length`, also when only counting (see {@link startText}). */
let built = 0;
/** Whether `out` is written; when false the builder only counts (length, spaces, the last character). */
let writing = true;
/** A space is owed before the next visible text (whitespace was seen after some text). */
let pendingSpace = false;
let endsWithSpace = false;
/** Spaces written between words: the word count of text without Chinese or Japanese, minus one. */
let spaces = 0;
let sawCjk = false;
/** Stop once `out` is this long. */
let keep = Infinity;

/** Starts a text of at most about `limit` characters; with `write` false, nothing is written, only counted. */
function startText(limit: number, write = true): void {
  out = '';
  built = 0;
  writing = write;
  pendingSpace = false;
  endsWithSpace = false;
  spaces = 0;
  sawCjk = false;
  keep = limit;
}

function flushRun(src: string, start: number, end: number): void {
  if (end <= start) return;
  if (pendingSpace && built !== 0 && !endsWithSpace) {
    if (writing) out += ' ';
    built++;
    spaces++;
  }
  if (writing) out += start === 0 && end === src.length ? src : src.slice(start, end);
  built += end - start;
  endsWithSpace = src.charCodeAt(end - 1) === 32;
  pendingSpace = false;
}

function addCharacters(text: string): void {
  const c = text.charCodeAt(0);
  if (isWhitespace(c)) pendingSpace = true;
  else if (!isInvisible(c)) {
    if (!sawCjk && isCjk(c)) sawCjk = true;
    flushRun(text, 0, text.length);
  }
}

/** A block boundary: words on either side stay apart. */
function addBreak(): void {
  pendingSpace = true;
}

/**
 * Adds the cleaned text of src[start, end), decoding references when `decode`. Returns where it stopped: `end`, or
 * earlier once the text is `keep` long.
 */
function addText(src: string, start: number, end: number, decode: boolean): number {
  let run = start;
  let innerSpaces = 0;
  // Characters that may still be added before the text is long enough (kept in a local: this loop is hot).
  let room = keep - built;
  let stop = -1;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c > 32 && c < 127) {
      if (c !== 38 || !decode) continue;
      const after = readReference(src, i, end);
      if (after < 0) continue;
      flushRun(src, run, i);
      addCharacters(referenceText);
      run = after;
      i = after - 1;
      room = keep - built;
      if (room <= 0) {
        stop = after;
        break;
      }
    } else if (c === 32) {
      if (i > run && i + 1 < end && src.charCodeAt(i + 1) > 32) {
        // A lone space between two visible characters: stays in the run.
        innerSpaces++;
        if (i - run < room) continue;
        flushRun(src, run, i);
        stop = i;
        break;
      }
      flushRun(src, run, i);
      run = i + 1;
      pendingSpace = true;
      room = keep - built;
      if (room <= 0) {
        stop = run;
        break;
      }
    } else if (c < 32 || (c >= 0x7f && c <= 0xa0) || isWhitespace(c) || isInvisible(c)) {
      // Other whitespace, controls, bidi controls: end the run; whitespace owes a space, the rest is dropped.
      flushRun(src, run, i);
      run = i + 1;
      if (isWhitespace(c)) pendingSpace = true;
      room = keep - built;
      if (room <= 0) {
        stop = run;
        break;
      }
    } else if (!sawCjk && isCjk(c)) {
      sawCjk = true;
    }
  }
  spaces += innerSpaces;
  if (stop >= 0) return stop;
  flushRun(src, run, end);
  return end;
}

/** The built text, without a trailing space. */
function finishText(): string {
  if (endsWithSpace) {
    out = out.slice(0, -1);
    built--;
    spaces--;
  }
  return out;
}

/**
 * Word-equivalents in the built text: {@link wordCount} when `exact` or when it holds Chinese or Japanese, else the
 * number of space-separated tokens (a lone `&` or `—` counts too), which needs no second pass over the text.
 */
function builtWords(exact: boolean): number {
  if (built === 0) return 0;
  return exact || sawCjk ? wordCount(out) : spaces + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Cleaning and clamping

/** A character that cleaning removes or changes: whitespace other than the space, and every invisible character. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/**
 * True when `s` is already clean: no character {@link cleanText} would change, no double or edge space. (A regular
 * expression with one character class scans text much faster than a loop over its characters.)
 */
function isCleanLine(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  return s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32 && !NEEDS_CLEANING.test(s) && !s.includes('  ');
}

/**
 * Text safe and tidy for one line of display: invisible characters removed (C0 and C1 controls, the byte order mark,
 * bidi embedding, override and isolate controls), every run of whitespace one space, trimmed.
 */
export function cleanText(s: string): string {
  if (typeof s !== 'string') return '';
  if (isCleanLine(s)) return s;
  startText(Infinity);
  addText(s, 0, s.length, false);
  return finishText();
}

const TRAILING_ASCII = ' ,;:-.([{"\'';
const TRAILING_OTHER = '\u2013\u2014\u201c\u2018\u00ab\u3001\u3002\uff0c';

/** Punctuation and spaces that should not stand right before an ellipsis. */
function isTrailingJunk(c: number): boolean {
  return (c < 128 ? TRAILING_ASCII : TRAILING_OTHER).includes(String.fromCharCode(c));
}

/**
 * `s` cut to at most `maxChars` UTF-16 code units, ending in `…` when anything was cut. The cut falls at the last
 * space when that keeps at least half of the text (a headline is not cut mid-word); text without spaces (Chinese,
 * Japanese, one long word) is cut at the limit, never between the two halves of a surrogate pair.
 */
export function clampText(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  if (maxChars < 2) return '…';
  let cut = s.slice(0, maxChars - 1);
  const space = s.charCodeAt(maxChars - 1) === 32 ? maxChars - 1 : cut.lastIndexOf(' ');
  if (space >= maxChars / 2) {
    cut = cut.slice(0, space);
  } else {
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  }
  let end = cut.length;
  while (end > 0 && isTrailingJunk(cut.charCodeAt(end - 1))) end--;
  return (end === 0 || end === cut.length ? cut : cut.slice(0, end)) + '…';
}

/** Plain text, its start as {@link excerpt} and {@link htmlExcerpt} give it. */
export interface Excerpt {
  /** Clean text, at most `maxChars` long, ending in `…` when cut. */
  text: string;
  /** Word-equivalents in the whole source (see {@link wordCount}); estimated when the source goes on. */
  words: number;
}

/** How much further than `maxChars` an excerpt reads: enough to know the text goes on, and a word sample. */
const EXCERPT_SLACK = 32;

/**
 * The start of a plain-text field, references decoded ({@link decodeEntities}), cleaned ({@link cleanText}) and
 * clamped ({@link clampText}), with the words of the whole field, in one pass over only about `maxChars`
 * characters, however long the field. When the field is longer, the word count is the start's word density times
 * the field's length: an estimate, good enough for a reading time in whole minutes.
 */
export function excerpt(text: string, maxChars: number): Excerpt {
  if (typeof text !== 'string' || text === '') return { text: '', words: 0 };
  startText(maxChars + EXCERPT_SLACK);
  const stop = addText(text, 0, text.length, true);
  const clean = finishText();
  let words = builtWords(stop === text.length);
  if (stop < text.length && stop > 0) words = Math.round((words * text.length) / stop);
  return { text: clampText(clean, maxChars), words };
}

/**
 * The text of a plain-text field as {@link excerpt} gives it, without the word count: references decoded, cleaned,
 * clamped to `maxChars`, reading only about `maxChars` characters however long the field.
 */
export function plainText(text: string, maxChars: number): string {
  if (typeof text !== 'string' || text === '') return '';
  if (text.length <= maxChars && !text.includes('&') && isCleanLine(text)) return text;
  startText(maxChars + EXCERPT_SLACK);
  addText(text, 0, text.length, true);
  return clampText(finishText(), maxChars);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

/**
 * Elements whose whole content is dropped: code, styles, embedded documents and media fallbacks ("Your browser does
 * not support the video tag"), which a reader never sees as text. Each maps to the search for its end tag.
 */
const DROPPED_CONTENT = new Map<string, RegExp>(
  [
    'script', 'style', 'template', 'noscript', 'iframe', 'svg', 'math', 'head', 'title', 'object', 'video', 'audio',
    'canvas', 'textarea', 'select',
  ].map((name) => [name, new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi')]),
);

/** Elements that break a line or a block: they become a space so that the words on both sides stay apart. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'body', 'html', 'picture', 'source', 'embed', 'input', 'button', 'label', 'option',
]);

/** From just after a tag name, the index just after the tag's closing `>` (quoted attribute values may hold `>`). */
function endOfTag(html: string, j: number): number {
  const n = html.length;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    j++;
    if (c === 61 /* = */) {
      while (j < n && html.charCodeAt(j) <= 32) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) return n;
        j = close + 1;
      }
    }
  }
  return n;
}

/** Index just after the end tag of a dropped element whose start tag ends at `from` (or the end of the HTML). */
function endOfDropped(html: string, endTag: RegExp, from: number, name: string): number {
  endTag.lastIndex = from;
  const closing = endTag.exec(html);
  return closing === null ? html.length : endOfTag(html, closing.index + 2 + name.length);
}

/**
 * About how many characters of text html[from…] holds: its length without tags and without the elements whose
 * content is dropped. One walk from `<` to `<` with native searches, no regular expression and no new string: every
 * item of a long feed goes through here. (A `<` with no `>` after it starts a tag that runs to the end.)
 */
function textCharsAfter(html: string, from: number): number {
  const n = html.length;
  let total = 0;
  let i = from;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return total + (n - i);
    total += lt - i;
    let j = lt + 1;
    while (j < n && isAsciiLetter(html.charCodeAt(j))) j++;
    // The names of dropped elements are 3 (`svg`) to 8 (`noscript`) letters long, then a space, `/` or `>`.
    const after = html.charCodeAt(j);
    if (j - lt >= 4 && j - lt <= 9 && (after <= 32 || after === 47 || after === 62)) {
      const name = tagName(html, lt + 1, j);
      const endTag = DROPPED_CONTENT.get(name);
      if (endTag !== undefined) {
        const startTagEnd = endOfTag(html, j);
        const selfClosed = html.charCodeAt(startTagEnd - 2) === 47 && (name === 'svg' || name === 'math');
        if (!selfClosed) {
          i = endOfDropped(html, endTag, startTagEnd, name);
          continue;
        }
      }
    }
    const gt = html.indexOf('>', j);
    if (gt < 0) return total;
    i = gt + 1;
  }
  return total;
}

/**
 * Whether the one- or two-letter tag name html[a, a + length) is a block element (`p`, `br`, `li`, `h2`…), read
 * from its character codes: the most common tags cost no string at all. No dropped element has so short a name.
 */
function isShortBlockName(html: string, a: number, length: number): boolean {
  const c0 = html.charCodeAt(a) | 32;
  if (length === 1) return c0 === 112; /* p */
  const c1 = html.charCodeAt(a + 1) | 32;
  switch (c0) {
    case 98: return c1 === 114; /* br */
    case 108: return c1 === 105; /* li */
    case 117: case 111: return c1 === 108; /* ul ol */
    case 100: return c1 === 100 || c1 === 108 || c1 === 116; /* dd dl dt */
    case 104: return c1 === 114 || (c1 >= 49 && c1 <= 54); /* hr h1-h6 (digits are unchanged by | 32) */
    case 116: return c1 === 114 || c1 === 100 || c1 === 104; /* tr td th */
    default: return false;
  }
}

/** Lower-case tag name of html[a, b), without lower-casing names that already are. */
function tagName(html: string, a: number, b: number): string {
  const name = html.slice(a, b);
  for (let k = a; k < b; k++) {
    const c = html.charCodeAt(k);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** Characters of the text runs read by the last {@link addHtml} that held more than whitespace. */
let textChars = 0;

/**
 * Adds the text of an HTML fragment to the builder until it is `keep` long: tags dropped, the content of the
 * elements in DROPPED_CONTENT skipped, block elements and `<br>` turned into a space, references decoded. Returns the
 * index in the HTML where it stopped.
 */
function addHtml(html: string): number {
  const n = html.length;
  textChars = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const before = built;
      const stop = addText(html, i, textEnd, true);
      if (built > before) textChars += stop - i;
      if (stop < textEnd || built >= keep) return stop;
    }
    if (lt < 0) return n;
    i = lt + 1;
    const c = html.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < n && (isAsciiAlnum(html.charCodeAt(j)) || html.charCodeAt(j) === 45)) j++;
      const end = endOfTag(html, j);
      if (j - i <= 2) {
        if (isShortBlockName(html, i, j - i)) addBreak();
        i = end;
        continue;
      }
      const name = tagName(html, i, j);
      const dropped = DROPPED_CONTENT.get(name);
      const selfClosed = html.charCodeAt(end - 2) === 47 && (name === 'svg' || name === 'math'); /* <svg/> */
      if (dropped !== undefined && !selfClosed) {
        i = endOfDropped(html, dropped, end, name);
        addBreak();
      } else {
        if (BLOCK_ELEMENTS.has(name)) addBreak();
        i = end;
      }
    } else if (c === 47 /* / */) {
      let j = i + 1;
      while (j < n && isAsciiAlnum(html.charCodeAt(j))) j++;
      const length = j - i - 1;
      const block = length <= 2 ? isShortBlockName(html, i + 1, length) : BLOCK_ELEMENTS.has(tagName(html, i + 1, j));
      if (length > 0 && block) addBreak();
      i = endOfTag(html, j);
    } else if (c === 33 /* ! */) {
      if (html.startsWith('--', i + 1)) {
        const close = html.indexOf('-->', i + 3);
        i = close < 0 ? n : close + 3;
      } else {
        const close = html.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      }
    } else if (c === 63 /* ? */) {
      const close = html.indexOf('>', i);
      i = close < 0 ? n : close + 1;
    } else {
      // A `<` that starts no tag is text.
      addText(html, lt, lt + 1, false);
    }
  }
  return n;
}

/**
 * The text a reader would see in an HTML fragment, without a DOM: tags dropped, the content of `script`, `style`,
 * `template`, `noscript`, `iframe`, `svg`, `head`, media fallbacks… dropped, block elements and `<br>` turned into
 * spaces, character references decoded, cleaned as by {@link cleanText}. An unfinished tag at the end is dropped; a
 * `<` that does not start a tag (`1 < 2`) stays.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  startText(Infinity);
  addHtml(html);
  return finishText();
}

/**
 * The start of an HTML fragment's text ({@link htmlToText}) clamped to `maxChars`, and the words of all of it, at a
 * cost that grows little with the length of the fragment: the summary and reading time of an article body. Only the
 * start is read as text; when more follows, its words are scaled by the characters of text in the whole fragment over
 * those in the start (text runs that are only whitespace, tags and the elements whose content is dropped left out),
 * an estimate that is good enough for a reading time in whole minutes.
 */
export function htmlExcerpt(html: string, maxChars: number): Excerpt {
  if (typeof html !== 'string' || html === '') return { text: '', words: 0 };
  startText(maxChars + EXCERPT_SLACK);
  const stop = addHtml(html);
  const text = finishText();
  let words = builtWords(stop === html.length);
  if (stop < html.length && words > 0 && textChars > 0) {
    words = Math.round((words * (textChars + textCharsAfter(html, stop))) / textChars);
  }
  return { text: clampText(text, maxChars), words };
}

/**
 * The words of an HTML fragment, as {@link htmlExcerpt} counts them, without writing its text where that can be
 * avoided: for an article whose summary is not taken from its body, only the reading time needs the body. A
 * fragment that is read to its end, or that holds Chinese or Japanese, is counted in its text as before.
 */
export function htmlWords(html: string, maxChars: number): number {
  if (typeof html !== 'string' || html === '') return 0;
  startText(maxChars + EXCERPT_SLACK, false);
  const stop = addHtml(html);
  finishText();
  if (stop === html.length || sawCjk) return htmlExcerpt(html, maxChars).words;
  const words = builtWords(false);
  return words > 0 && textChars > 0 ? Math.round((words * (textChars + textCharsAfter(html, stop))) / textChars) : words;
}

// ---------------------------------------------------------------------------------------------------------------
// Words and reading time

/** Punctuation that never makes a word by itself: general punctuation (dashes, quotes), CJK and full-width ones. */
function isPunctuation(c: number): boolean {
  if (c < 128) return !isAsciiAlnum(c);
  return (
    (c >= 0x2010 && c <= 0x206f) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1 || c === 0xb7
  );
}

/**
 * Words in plain text, in word-equivalents that a reading speed in words per minute applies to:
 * - scripts written with spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Korean, Devanagari…): every run of
 *   non-space characters that holds at least one letter or digit counts one;
 * - Chinese and Japanese, written without spaces: every Han character counts one word and every kana half a word.
 *   Readers manage about 255 Chinese characters a minute and about 360 Japanese characters (mixed kanji and kana)
 *   a minute, against about 230 words a minute in English (Trauzettel-Klosinski & Dietz, IReST, 2012), so these
 *   weights give comparable reading times at 230 words a minute.
 * Thai, Lao, Khmer and Burmese, written without spaces between words, are undercounted.
 */
export function wordCount(text: string): number {
  if (typeof text !== 'string') return 0;
  let words = 0;
  let kana = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c <= 32) inWord = false;
      else if (!inWord && isAsciiAlnum(c)) {
        words++;
        inWord = true;
      }
    } else if (isWhitespace(c) || c === 0xfeff) {
      inWord = false;
    } else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      words++;
      inWord = false;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) {
      kana++;
      inWord = false;
    } else if (c >= 0xd840 && c <= 0xd87e) {
      // High surrogate of the Supplementary Ideographic Plane (CJK Extension B and later): one Han character.
      words++;
      i++;
      inWord = false;
    } else if (!inWord && !isPunctuation(c) && !(c >= 0xdc00 && c <= 0xdfff)) {
      words++;
      inWord = true;
    }
  }
  return words + Math.round(kana / 2);
}

/** Words a minute that reading times assume. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `words` word-equivalents at {@link WORDS_PER_MINUTE}, at least 1. */
export function readingMinutes(words: number): number {
  if (!(words > 0)) return 1;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
