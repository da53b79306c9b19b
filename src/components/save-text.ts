/**
 * Ways to take text off the page when the browser will not keep it: a download, the
 * clipboard, or the print dialog. Each says whether it worked, because LMS frames that
 * block storage often block downloads and the clipboard too, and the learner must be told.
 */

/** Starts a download of `text`; false when the browser refused outright. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function printPage(): boolean {
  try {
    window.print();
    return true;
  } catch {
    return false;
  }
}
