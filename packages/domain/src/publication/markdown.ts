// Publications are written in Markdown by staff and shown to the public as HTML. Raw HTML in the
// source is escaped (html: false), and only links to web, mail and in-page addresses survive, so a
// pasted <script>, an onerror attribute or a javascript: link never reaches a reader's browser.
import MarkdownIt from 'markdown-it';

const allowedLink = /^(?:https?:|mailto:|#|\/(?!\/))/i;

const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });

// markdown-it's default check refuses javascript:, vbscript:, file: and most data: URLs; this one
// refuses everything that is not plainly a web, mail or site-relative address.
renderer.validateLink = (url: string) => allowedLink.test(url.trim());

const defaultLinkOpen = renderer.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

// Links to other sites open without handing them this page (window.opener) or our ranking.
renderer.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, index, options, env, self);
};

/** Safe HTML for a publication body. */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}
