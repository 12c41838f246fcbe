import { useLocalMessages } from '../../i18n/localMessages';
import { componentMessages } from '../messages';
import { CSV_MIME_TYPE, csvFileName } from './csv';
import { tableToCsv, type TableModel } from './tableModel';

/** Saves a file made in the browser (no request to the server). */
export function saveTextFile(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A button that downloads `model` as CSV (format per UI language, see csv.ts), with the format in words. */
export function CsvDownload({ model, fileBase }: { model: TableModel; fileBase: string }) {
  const { lang, m } = useLocalMessages(componentMessages);
  return (
    <div className="csv-download">
      <button
        type="button"
        data-testid="csv-download"
        onClick={() => saveTextFile(tableToCsv(model, lang), csvFileName(fileBase, new Date()), CSV_MIME_TYPE)}
      >
        {m.csvDownload}
      </button>
      <p className="csv-download__note">{m.csvFormatNote}</p>
    </div>
  );
}
