import { useEffect } from 'react';

/** Sets the tab title while the calling view is shown (index.html holds the initial one). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
