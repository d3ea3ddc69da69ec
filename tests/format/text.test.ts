import { expect } from '@open-wc/testing';
import {
  WORDS_PER_MINUTE,
  clampText,
  cleanText,
  decodeEntities,
  excerpt,
  htmlExcerpt,
  htmlWords,
  plainText,
  readingMinutes,
  wordCount,
} from '../../src/format/text.js';

/** The whole text of an HTML fragment. */
const htmlToText = (html: string) => htmlExcerpt(html, Infinity).text;

describe('decodeEntities', () => {
  it('decodes numeric references, decimal and hex, with or without the semicolon', () => {
    expect(decodeEntities('caf&#233; &#xE9;t&#xe9; &#8220;q&#8221; &#169')).to.equal('café été “q” ©');
  });

  it('decodes the common named references', () => {
    expect(decodeEntities('A &amp; B &lt;i&gt; &quot;x&quot; &apos;y&apos; &hellip; &mdash; &ndash;')).to.equal(
      'A & B <i> "x" \'y\' … — –',
    );
    expect(decodeEntities('&laquo;&nbsp;oui&nbsp;&raquo; &copy; &lsquo;a&rsquo; &ldquo;b&rdquo; &shy;')).to.equal(
      '«\u00a0oui\u00a0» © ‘a’ “b” \u00ad',
    );
  });

  it('leaves rarer names as written (feeds write the characters, or numeric references)', () => {
    expect(decodeEntities('&reg;&trade; 5&deg; &times; &euro;')).to.equal('&reg;&trade; 5&deg; &times; &euro;');
  });

  it('leaves the names of accented letters as written (feeds write the letters, or numeric references)', () => {
    expect(decodeEntities('&Uuml;ber &agrave; la fa&ccedil;on, se&ntilde;or, &Aring;se, t&ecirc;te')).to.equal(
      '&Uuml;ber &agrave; la fa&ccedil;on, se&ntilde;or, &Aring;se, t&ecirc;te',
    );
    expect(decodeEntities('&eACUTE; &xyzacute; &acute;')).to.equal('&eACUTE; &xyzacute; &acute;');
  });

  it('leaves unknown names, names without semicolon and a lone ampersand as they are', () => {
    expect(decodeEntities('&bogus; &amp AT&T & &#; &#x;')).to.equal('&bogus; &amp AT&T & &#; &#x;');
  });

  it('decodes only once: a double-escaped reference becomes a single-escaped one', () => {
    expect(decodeEntities('Alia &amp;amp; C')).to.equal('Alia &amp; C');
  });

  it('reads numbers as code points and replaces impossible ones with U+FFFD', () => {
    expect(decodeEntities('&#8211; &#x2019; &#0; &#xD800; &#x110000;')).to.equal('– ’ \ufffd \ufffd \ufffd');
    // &#128;…&#159; are C1 controls, which cleaning removes.
    expect(htmlToText('a&#150;b&#x9d;c')).to.equal('abc');
  });

  it('returns text, never markup', () => {
    expect(decodeEntities('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });
});

describe('cleanText', () => {
  it('collapses every run of whitespace to one space and trims', () => {
    expect(cleanText('  a \t b\n\n c\u00a0\u00a0d\u2003e  ')).to.equal('a b c d e');
  });

  it('removes control characters and the byte order mark', () => {
    expect(cleanText('a\u0000b\u0007c\u007f\u0085d\ufeffe')).to.equal('abcde');
  });

  it('removes bidi override and isolate controls', () => {
    expect(cleanText('evil\u202e txt.exe\u202c \u2066x\u2069 \u202ay\u202b\u202d')).to.equal('evil txt.exe x y');
  });

  it('keeps what is already clean, including non-Latin scripts and joiners', () => {
    const text = 'حرف حیراں — 港口 “quoted” e\u0301 👩\u200d💻';
    expect(cleanText(text)).to.equal(text);
  });

  it('cleans long text the same way as short text', () => {
    const long = ' word\t'.repeat(500);
    expect(cleanText(long)).to.equal(Array(500).fill('word').join(' '));
  });

  it('does not decode references (that is decodeEntities)', () => {
    expect(cleanText('a &amp; b')).to.equal('a &amp; b');
  });
});

describe('clampText', () => {
  it('returns short text unchanged', () => {
    expect(clampText('Short headline', 20)).to.equal('Short headline');
    expect(clampText('exactly ten', 11)).to.equal('exactly ten');
  });

  it('cuts at the last word boundary and adds an ellipsis', () => {
    const result = clampText('The quick brown fox jumps over the lazy dog', 20);
    expect(result).to.equal('The quick brown fox…');
    expect(result.length).to.be.at.most(20);
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(clampText('Stop, look, and listen carefully please', 13)).to.equal('Stop, look…');
    expect(clampText('Is it (really) safe? Ask the pilots', 22)).to.equal('Is it (really) safe…');
  });

  it('cuts text without spaces at the limit', () => {
    const han = '港口的渡轮在星期日早上开始了本季的第一次航行';
    const result = clampText(han, 10);
    expect(result).to.equal('港口的渡轮在星期日…');
    expect(result.length).to.equal(10);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10);
    const result = clampText(emoji, 6);
    expect(result).to.equal('😀😀…');
    expect(result.length).to.be.at.most(6);
  });
});

describe('htmlToText', () => {
  it('drops tags and keeps the text', () => {
    expect(htmlToText('<p>Hello, <b>brave</b> <a href="/x">new</a> world!</p>')).to.equal('Hello, brave new world!');
  });

  it('drops the content of script, style, template, noscript, iframe, svg, head, media fallbacks', () => {
    const html =
      '<head><title>T</title></head><p>A</p><script>alert("x")</script><style>p{}</style><template><p>tpl</p></template>' +
      '<noscript>enable JS</noscript><iframe src="https://video.example">fallback</iframe><svg><text>logo</text></svg>' +
      '<video src="v.mp4">Your browser does not support video</video><SCRIPT type="text/javascript">var x;</SCRIPT><p>B</p>';
    expect(htmlToText(html)).to.equal('A B');
  });

  it('keeps the text after a self-closed svg', () => {
    expect(htmlToText('<p>a<svg viewBox="0 0 1 1"/> b</p>')).to.equal('a b');
  });

  it('turns block elements and <br> into spaces but joins inline elements', () => {
    expect(htmlToText('<h2>Title</h2><p>one<br>two</p><ul><li>x</li><li>y</li></ul><b>wo</b>rd')).to.equal('Title one two x y word');
  });

  it('drops comments, doctype and processing instructions', () => {
    expect(htmlToText('<!doctype html><!-- hidden --><?xml version="1.0"?>text<!-- unterminated')).to.equal('text');
    expect(htmlToText('one<!-- a comment leaves a space -->two')).to.equal('one two');
  });

  it('decodes references once and keeps decoded markup as text', () => {
    expect(htmlToText('<p>&lt;b&gt;bold&lt;/b&gt; &amp;amp; caf&#233;&nbsp;&#8212; ok</p>')).to.equal('<b>bold</b> &amp; café — ok');
  });

  it('reads attribute values with > inside quotes and drops an unfinished tag at the end', () => {
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a> and <img alt=">">more <b')).to.equal('link and more');
  });

  it('keeps a < that starts no tag', () => {
    expect(htmlToText('1 < 2 and 3 <= 4')).to.equal('1 < 2 and 3 <= 4');
  });

  it('removes bidi controls and controls that come from references', () => {
    expect(htmlToText('<p>a&#x202E;b&#7;c</p>')).to.equal('abc');
  });

  it('returns an empty string for empty or non-string input', () => {
    expect(htmlToText('')).to.equal('');
    expect(htmlToText(undefined as unknown as string)).to.equal('');
    expect(htmlToText('<p> </p><br>')).to.equal('');
  });
});

describe('wordCount', () => {
  it('counts runs of letters and digits separated by spaces', () => {
    expect(wordCount('The quick brown fox, 2 times.')).to.equal(6);
    expect(wordCount("  don't   stop\nbelieving ")).to.equal(3);
  });

  it('does not count punctuation standing alone', () => {
    expect(wordCount('Tea — and — biscuits & jam … !')).to.equal(4);
  });

  it('counts other scripts written with spaces', () => {
    expect(wordCount('Привет мир как дела')).to.equal(4);
    expect(wordCount('كيف تُختبر آليات ألعاب الطاولة')).to.equal(5);
  });

  it('counts a Han character as one word and a kana as half a word', () => {
    expect(wordCount('港口渡轮')).to.equal(4);
    expect(wordCount('ひらがな')).to.equal(2);
    expect(wordCount('東京へ行きます')).to.equal(5); // 東京行 = 3, へきます = 4 kana = 2
    expect(wordCount('KiFinderがアプリになる')).to.equal(1 + 4); // 1 Latin word, 8 kana
  });

  it('is 0 for empty text and non-strings', () => {
    expect(wordCount('')).to.equal(0);
    expect(wordCount('  \n ')).to.equal(0);
    expect(wordCount(5 as unknown as string)).to.equal(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 230 words a minute, at least 1', () => {
    expect(WORDS_PER_MINUTE).to.equal(230);
    expect(readingMinutes(0)).to.equal(1);
    expect(readingMinutes(100)).to.equal(1);
    expect(readingMinutes(344)).to.equal(1);
    expect(readingMinutes(346)).to.equal(2);
    expect(readingMinutes(690)).to.equal(3);
    expect(readingMinutes(2300)).to.equal(10);
    expect(readingMinutes(Number.NaN)).to.equal(1);
  });
});

function words(n: number): string {
  const pool = ['harbor', 'ferry', 'crossing', 'season', 'morning', 'passengers', 'pier', 'dawn', 'a', 'to'];
  return Array.from({ length: n }, (_, i) => pool[(i * 7) % pool.length]).join(' ');
}

describe('excerpt', () => {
  it('returns the whole text and its exact word count when it is short', () => {
    expect(excerpt('  Fog again &amp; rain.\n\nStay in port. ', 100)).to.deep.equal({ text: 'Fog again & rain. Stay in port.', words: 6 });
  });

  it('clamps long text and estimates its words from the start', () => {
    const text = words(2000);
    const result = excerpt(text, 200);
    expect(result.text.length).to.be.at.most(200);
    expect(result.text.endsWith('…')).to.equal(true);
    expect(text.startsWith(result.text.slice(0, -1))).to.equal(true);
    expect(result.words).to.be.within(1800, 2200);
  });

  it('is empty for empty input', () => {
    expect(excerpt('', 10)).to.deep.equal({ text: '', words: 0 });
  });
});

describe('plainText', () => {
  it('decodes references, cleans and clamps, and returns clean text as it is', () => {
    expect(plainText('Rock &amp; Roll\u202e  Hall ', 100)).to.equal('Rock & Roll Hall');
    expect(plainText('Already clean', 100)).to.equal('Already clean');
    expect(plainText('one two three four', 10)).to.equal('one two…');
    expect(plainText(`${'x '.repeat(100000)}`, 20)).to.equal(`${'x '.repeat(9)}x…`);
    expect(plainText('', 10)).to.equal('');
  });
});

describe('htmlExcerpt', () => {
  it('gives the same text as htmlToText for a short fragment, with exact words', () => {
    const html = '<p>Hello, <em>world</em>!</p><script>x()</script><p>Second&nbsp;paragraph.</p>';
    expect(htmlExcerpt(html, 200)).to.deep.equal({ text: htmlToText(html), words: 4 });
  });

  it('reads only the start of a long body but estimates the words of all of it', () => {
    const paragraphs = Array.from({ length: 40 }, () => `<p>${words(50)}</p>`).join('\n');
    const html = `${paragraphs}<script>${'var noise = 1;'.repeat(2000)}</script><svg>${'<path d="M0 0"/>'.repeat(500)}</svg>`;
    const result = htmlExcerpt(html, 200);
    expect(result.text.length).to.be.at.most(200);
    expect(result.text.endsWith('…')).to.equal(true);
    expect(htmlToText(html).startsWith(result.text.slice(0, -1))).to.equal(true);
    // 2000 words of text: the script and svg after the start are left out of the estimate.
    expect(result.words).to.be.within(1800, 2200);
  });

  it('estimates the words of a long body as htmlExcerpt does, without its text', () => {
    const html = Array.from({ length: 40 }, () => `<p>${words(50)}</p>`).join('\n') + `<style>${'p{}'.repeat(3000)}</style>`;
    expect(htmlWords(html, 200)).to.be.within(1800, 2200);
    expect(htmlWords('<p>Three short words</p>', 200)).to.equal(3);
    expect(htmlWords('', 200)).to.equal(0);
  });

  it('counts Chinese text by characters', () => {
    const han = '港口的渡轮在星期日早上开始了本季的第一次航行。'.repeat(30);
    const result = htmlExcerpt(`<p>${han}</p>`, 100);
    expect(result.text.length).to.equal(100);
    expect(result.words).to.be.within(22 * 30 * 0.9, 22 * 30 * 1.1);
  });

  it('reads on when the start is mostly whitespace and markup', () => {
    const html = `${'<div>\n          </div>\n'.repeat(100)}<p>${words(60)}</p>`;
    const result = htmlExcerpt(html, 100);
    expect(result.text).to.have.length.within(90, 100);
    // The words read are scaled by the whole length, the leading markup too: an estimate a little low.
    expect(result.words).to.be.within(48, 66);
  });
});
