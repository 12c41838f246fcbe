// Where the sign-in page sends the user afterwards. The target comes from the URL (`?weiter=`), so
// it is only ever an in-app path: anything that could leave the site falls back to the workspace.

export const SIGN_IN_PATH = '/anmelden';
export const WORKSPACE_HOME = '/arbeitsbereich/empfehlungen';
/** Query parameter of the sign-in page that names the page to return to. */
export const RETURN_PARAM = 'weiter';

/** The in-app path to return to after signing in; the workspace home for anything else. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return WORKSPACE_HOME;
  // Browsers drop tabs and line breaks inside URLs, which can turn "/\t/evil" into "//evil".
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return WORKSPACE_HOME;
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`)) return WORKSPACE_HOME;
  return value;
}

/**
 * The sign-in URL that returns to `location` afterwards. The language parameter stays on the
 * sign-in page itself (so it is shown in the same language) and inside the return path.
 */
export function signInUrl(location: { pathname: string; search: string }, langSearch: string): string {
  const params = new URLSearchParams(langSearch);
  params.set(RETURN_PARAM, `${location.pathname}${location.search}`);
  return `${SIGN_IN_PATH}?${params.toString()}`;
}
