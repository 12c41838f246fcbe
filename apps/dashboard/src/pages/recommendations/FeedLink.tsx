/**
 * A visible link to an Atom feed plus its `<link rel="alternate">`, which React 19 places in the
 * document head while the page is shown, so browsers and feed readers find it.
 */
export function FeedLink({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <>
      <link rel="alternate" type="application/atom+xml" href={href} title={title} />
      <a className="rec-feed-link" href={href} type="application/atom+xml" data-testid="feed-link">
        {text}
      </a>
    </>
  );
}
