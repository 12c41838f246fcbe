// The small search form in the site header: it opens /suche?q=… in the current language.
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocalMessages } from '../../i18n/localMessages';
import { searchPath } from './links';
import { SEARCH_MAX_LENGTH, searchMessages } from './messages';
import './search.css';

export function SearchBox() {
  const { m, lang } = useLocalMessages(searchMessages);
  const navigate = useNavigate();
  const location = useLocation();
  // On the search page the box starts with the current text; elsewhere empty.
  const current = location.pathname === '/suche' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  const [shownFor, setShownFor] = useState(current);
  if (current !== shownFor) {
    setShownFor(current);
    setText(current);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query) void navigate(searchPath(query, lang));
  };

  return (
    <form className="search-box" role="search" aria-label={m.boxLabel} onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {m.boxLabel}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={m.boxPlaceholder}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">{m.boxSubmit}</button>
    </form>
  );
}
