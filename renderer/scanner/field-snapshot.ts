/**
 * What a text field held before a scanner burst started typing into it, so the burst's
 * characters can be taken out again once the burst is known to be a scan.
 */
export interface FieldSnapshot {
  element: HTMLInputElement | HTMLTextAreaElement;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'password', 'number', '']);

function editableField(element: Element | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (element instanceof HTMLTextAreaElement) return element.readOnly || element.disabled ? null : element;
  if (element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type)) {
    return element.readOnly || element.disabled ? null : element;
  }
  return null;
}

export function snapshotFocusedField(doc: Document): FieldSnapshot | null {
  const element = editableField(doc.activeElement);
  if (!element) return null;
  let selectionStart: number | null = null;
  let selectionEnd: number | null = null;
  try {
    selectionStart = element.selectionStart;
    selectionEnd = element.selectionEnd;
  } catch {
    // type="number" and friends have no selection.
  }
  return { element, value: element.value, selectionStart, selectionEnd };
}

/**
 * Puts the field back as it was. The value goes through the native setter and an `input`
 * event, so a React-controlled field updates its state as if the person had edited it.
 */
export function restoreField(snapshot: FieldSnapshot): void {
  const { element } = snapshot;
  if (!element.isConnected || element.value === snapshot.value) return;
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setValue) setValue.call(element, snapshot.value);
  else element.value = snapshot.value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null) {
    try {
      element.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
    } catch {
      // Not every input type has a selection.
    }
  }
}
