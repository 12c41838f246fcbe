import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and web links', () => {
    const html = renderMarkdown('## Ausgangslage\n\n- **eins**\n- [Quelle](https://www.destatis.de)\n');
    expect(html).toContain('<h2>Ausgangslage</h2>');
    expect(html).toContain('<li><strong>eins</strong></li>');
    expect(html).toContain('<a href="https://www.destatis.de" rel="noopener noreferrer nofollow">Quelle</a>');
  });

  it('escapes raw HTML, so no script element or event handler comes through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nText <b onclick="x()">fett</b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b /i);
    expect(html).toContain('&lt;script&gt;');
  });

  it.each([
    '[klick](javascript:alert(1))',
    '[klick](JaVaScRiPt:alert(1))',
    '[klick](  javascript:alert(1))',
    '[klick](vbscript:msgbox)',
    '[klick](data:text/html;base64,PHNjcmlwdD4=)',
    '![bild](javascript:alert(1))',
    '[klick](//evil.example/x)',
    '<javascript:alert(1)>',
  ])('drops the dangerous link in %s', (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/href="(?!https?:|mailto:|#|\/[^/])/i);
    expect(html).not.toMatch(/src="/i);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it('keeps mail, anchor and site-relative links', () => {
    const html = renderMarkdown('[Mail](mailto:info@example.org) [oben](#top) [Seite](/kommune/05124000)');
    expect(html).toContain('href="mailto:info@example.org"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="/kommune/05124000"');
  });

  it('does not let an attribute break out of a link', () => {
    const html = renderMarkdown('[x](https://example.org/" onmouseover="alert(1))');
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  });
});
