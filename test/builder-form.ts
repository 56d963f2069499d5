// Fills in the embed-code builder's form (demo/builder.html, or the static site's copy) for its tests.

/** Sets the builder's form controls as a person would, and returns the code it shows. */
export async function build(doc: Document, set: Record<string, string | string[]>): Promise<string> {
  const form = doc.querySelector<HTMLFormElement>('#choices')!;
  for (const [name, value] of Object.entries(set)) {
    const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
    for (const control of controls) {
      // Not instanceof: the controls belong to the iframe's window.
      if (control.type === 'checkbox' || control.type === 'radio') {
        (control as HTMLInputElement).checked = ([] as string[]).concat(value).includes(control.value);
      } else {
        control.value = String(value);
      }
    }
  }
  form.dispatchEvent(new Event('change', { bubbles: true }));
  return doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
}
