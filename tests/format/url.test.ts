import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH, isAbsoluteHttpUrl, safeUrl } from '../../src/format/url.js';

const BASE = 'https://news.example/section/feed.json';

describe('safeUrl', () => {
  it('accepts absolute http and https URLs, normalized as URL.href gives them', () => {
    expect(safeUrl('https://news.example/a/b?c=1#d')).to.equal('https://news.example/a/b?c=1#d');
    expect(safeUrl('http://localhost:4000/blog/')).to.equal('http://localhost:4000/blog/');
    expect(safeUrl('HTTPS://News.Example')).to.equal('https://news.example/');
    expect(safeUrl('https://news.example/a/../b/./c')).to.equal('https://news.example/b/c');
    expect(safeUrl('https://news.example/a b')).to.equal('https://news.example/a%20b');
    expect(safeUrl('  https://news.example/x \n')).to.equal('https://news.example/x');
  });

  it('returns exactly what URL.href gives for URLs that take the fast path', () => {
    const urls = [
      'https://example.com/a',
      'https://www.example.co.uk/path/to/page.html?q=a+b&x=%20#frag',
      'http://localhost/x',
      'https://xn--bcher-kva.example/b%C3%BCcher',
      'https://example.com/a:b@c;d=e,f!$()*~',
      'https://example.com//double',
      'https://example.com/.well-known/x',
      'https://example.com/a/..',
      'https://example.com/?',
      'https://example.com/#',
    ];
    for (const url of urls) expect(safeUrl(url), url).to.equal(new URL(url).href);
    for (const path of ['/a', '/a?x=1#y', '/a/../b', '/.', '/%41', '/a:b']) {
      expect(safeUrl(path, BASE), path).to.equal(new URL(path, BASE).href);
    }
  });

  it('resolves relative URLs against an absolute http(s) base', () => {
    expect(safeUrl('/img/a.jpg', BASE)).to.equal('https://news.example/img/a.jpg');
    expect(safeUrl('b.html', BASE)).to.equal('https://news.example/section/b.html');
    expect(safeUrl('../up', BASE)).to.equal('https://news.example/up');
    expect(safeUrl('?page=2', BASE)).to.equal('https://news.example/section/feed.json?page=2');
    expect(safeUrl('//cdn.example/x.png', BASE)).to.equal('https://cdn.example/x.png');
  });

  it('keeps a clearly relative URL as it is when there is no usable base', () => {
    expect(safeUrl('/0swstocks.html')).to.equal('/0swstocks.html');
    expect(safeUrl('./a/b.png')).to.equal('./a/b.png');
    expect(safeUrl('../a')).to.equal('../a');
    expect(safeUrl('media/posts/16/thumbnail.jpg')).to.equal('media/posts/16/thumbnail.jpg');
    expect(safeUrl('//images.example/x.jpg')).to.equal('//images.example/x.jpg');
    expect(safeUrl('/x', 'file:///home/feed.json')).to.equal('/x');
    expect(safeUrl('/x', 'not a url')).to.equal('/x');
  });

  it('drops a relative URL without a base when it could escape being relative', () => {
    expect(safeUrl('\\\\evil.example\\x')).to.equal(undefined);
    expect(safeUrl('/\\evil.example')).to.equal(undefined);
    expect(safeUrl('//')).to.equal(undefined);
  });

  const dangerous = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript\t:alert(1)',
    '\u00a0javascript:alert(1)',
    '\u202ejavascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&#0000058alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'mailto:info@example.org',
    'ftp://example.org/file',
    'blob:https://example.org/uuid',
    'chrome://settings',
    'https://',
    'http:///',
  ];
  for (const value of dangerous) {
    it(`drops ${JSON.stringify(value)}, with or without a base`, () => {
      expect(safeUrl(value)).to.equal(undefined);
      expect(safeUrl(value, BASE)).to.equal(undefined);
    });
  }

  it('drops non-strings, empty strings and very long strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.example/'], new URL('https://a.example/'), '', '   ']) {
      expect(safeUrl(value), String(value)).to.equal(undefined);
    }
    expect(safeUrl(`https://a.example/${'x'.repeat(MAX_URL_LENGTH)}`)).to.equal(undefined);
    expect(safeUrl(`https://a.example/${'x'.repeat(100)}`)).to.equal(`https://a.example/${'x'.repeat(100)}`);
  });

  it('drops URLs with control or bidi characters inside', () => {
    expect(safeUrl('https://a.example/x\u0000y')).to.equal(undefined);
    expect(safeUrl('https://a.example/\u202egnp.exe')).to.equal(undefined);
    expect(safeUrl('/a\tb', BASE)).to.equal(undefined);
  });

  it('never returns anything but an http(s) URL or a relative reference', () => {
    const samples = ['a:b', 'x-y:z', 'https:example.org', 'http:/a', 'web+app:x', 'urn:isbn:1', 'about:blank', '%6Aavascript:alert(1)'];
    for (const value of samples) {
      for (const base of [undefined, BASE]) {
        const result = safeUrl(value, base);
        if (result === undefined) continue;
        const resolved = new URL(result, 'https://page.example/');
        expect(['http:', 'https:'], `${value} -> ${result}`).to.include(resolved.protocol);
      }
    }
  });
});

describe('isAbsoluteHttpUrl', () => {
  it('tells absolute http(s) URLs from the rest', () => {
    expect(isAbsoluteHttpUrl('https://a.example/')).to.equal(true);
    expect(isAbsoluteHttpUrl('http://localhost:1313/')).to.equal(true);
    expect(isAbsoluteHttpUrl('/feed.json')).to.equal(false);
    expect(isAbsoluteHttpUrl('ftp://a.example/')).to.equal(false);
    expect(isAbsoluteHttpUrl(undefined)).to.equal(false);
  });
});

describe('safeUrl: the URL parser decides what the quick path cannot', () => {
  it('gives a punycode (xn--) host what URL gives it: its href, or nothing when the parser refuses it', () => {
    const parse = (value: string) => {
      try {
        return new URL(value).href;
      } catch {
        return undefined;
      }
    };
    for (const value of ['http://xn--a/', 'https://xn--a.example/x', 'https://xn--bcher-kva.example/a', 'https://news.example/xn--a']) {
      expect(safeUrl(value), value).to.equal(parse(value));
    }
    expect(safeUrl('https://xn--bcher-kva.example/a')).to.equal('https://xn--bcher-kva.example/a');
  });
});

describe('safeUrl: invisible characters', () => {
  it('refuses a byte order mark inside a URL, as it refuses controls and bidi controls; trims it at the edges', () => {
    for (const value of ['!\ufeff¡', 'a/\ufeffb', 'https://news.example/a\ufeffb']) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
      expect(safeUrl(value, BASE), JSON.stringify(value)).to.equal(undefined);
    }
    expect(safeUrl('\ufeff/a\ufeff', BASE)).to.equal('https://news.example/a');
    expect(safeUrl('\ufeffjavascript:alert(1)')).to.equal(undefined);
  });
});
