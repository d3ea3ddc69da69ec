// The smallest useful Lit element: the bench's reference for script size and start-up (what any Lit-based widget
// costs before it does anything), bundled like dist/news-widgets.js.
import { LitElement, css, html } from 'lit';

class LitFloor extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host {
      display: block;
    }
  `;

  render() {
    return html`<p>Hello, ${this.name}</p>`;
  }
}

customElements.define('lit-floor', LitFloor);
