// The reporting script of the strict-CSP test page (/__test__/csp/page, see test-server.mjs). A classic script
// from the page's own origin, so the page's policy allows it; it runs before the elements load.
//
// It records every `securitypolicyviolation`, uncaught error and unhandled rejection, waits until every news-*
// element has left the `loading` state (or 8 seconds have passed, or 1.5 seconds when a script failed), waits a
// little longer for late violations (images, styles), then posts one report to the parent window:
// { type: 'csp-report', violations, errors, elements: [{ tag, id, state, text, links, images, rel }], timedOut }.
//
// With `?violate=<how>` the page breaks its own policy once, so that a test can prove the harness notices:
// `inline-style` (a style attribute), `inner-html` (a string into innerHTML), `policy` (a Trusted Types policy
// that the policy does not allow), `eval`.
(() => {
  const violations = [];
  const errors = [];
  const params = new URLSearchParams(location.search);

  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
    });
  });
  window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));

  function breakThePolicy(how) {
    try {
      if (how === 'inline-style') document.body.setAttribute('style', 'outline: 1px solid red');
      if (how === 'inner-html') document.createElement('div').innerHTML = '<b>markup from a string</b>';
      if (how === 'policy') trustedTypes.createPolicy('not-documented', { createHTML: (s) => s });
      if (how === 'eval') window.eval('1 + 1');
    } catch {
      // Blocked: the violation event is what counts.
    }
  }

  const SELECTOR = 'news-card, news-trending, news-byline, news-feed';

  function describe(el) {
    const root = el.shadowRoot;
    const all = (selector) => (root ? Array.from(root.querySelectorAll(selector)) : []);
    return {
      tag: el.localName,
      id: el.id,
      state: el.getAttribute('state'),
      text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      links: all('a[href]').map((a) => a.getAttribute('href')),
      rel: all('a[target]').map((a) => a.getAttribute('rel')),
      images: all('img[src]').map((img) => img.getAttribute('src')),
    };
  }

  function settled() {
    const elements = Array.from(document.querySelectorAll(SELECTOR));
    return elements.every((el) => customElements.get(el.localName) && /^(ready|empty|error)$/.test(el.getAttribute('state') ?? ''));
  }

  function report(timedOut) {
    const elements = Array.from(document.querySelectorAll(SELECTOR)).map(describe);
    window.parent.postMessage({ type: 'csp-report', violations, errors, elements, timedOut }, location.origin);
  }

  window.addEventListener('DOMContentLoaded', () => {
    const how = params.get('violate');
    if (how) breakThePolicy(how);
    const started = Date.now();
    const poll = () => {
      const done = settled();
      const elapsed = Date.now() - started;
      // A page whose scripts failed never settles: report it soon.
      if (!done && elapsed < 8000 && !(errors.length > 0 && elapsed > 1500)) {
        window.setTimeout(poll, 50);
        return;
      }
      window.setTimeout(() => report(!done), 300);
    };
    poll();
  });
})();
