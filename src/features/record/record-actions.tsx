/** Print or save as PDF, download for Social Work England (Markdown) or the NMC (text), or copy. */
import { useState } from 'react';
import { copyText, downloadText, printPage } from '../../components/save-text.ts';
import { toNmcText, toSweMarkdown, type CpdRecord } from '../../lib/cpd-record.ts';

export function RecordActions({ record, courseId }: { record: CpdRecord; courseId: string }) {
  const [said, setSaid] = useState('');
  const refused = 'This browser would not let the course do that. Try another way, or copy the text from this page.';
  const download = (name: string, text: string, type: string) =>
    setSaid(downloadText(name, text, type) ? 'Your record was downloaded.' : refused);
  return (
    <section aria-labelledby="record-keep" className="no-print">
      <h2 id="record-keep">Keep your record</h2>
      <div className="record-actions">
        <button type="button" className="record-button" onClick={() => setSaid(printPage() ? '' : refused)}>
          Print or save as PDF
        </button>
        <button
          type="button"
          className="record-button"
          onClick={() => download(`${courseId}-cpd-record.md`, toSweMarkdown(record), 'text/markdown')}
        >
          Download for a Social Work England CPD record (Markdown)
        </button>
        <button
          type="button"
          className="record-button"
          onClick={() => download(`${courseId}-reflective-account.txt`, toNmcText(record), 'text/plain')}
        >
          Download for an NMC reflective account (text)
        </button>
        <button
          type="button"
          className="record-button"
          onClick={() => void copyText(toSweMarkdown(record)).then((ok) => setSaid(ok ? 'Your record was copied.' : refused))}
        >
          Copy my record
        </button>
      </div>
      <p role="status">{said}</p>
    </section>
  );
}
