const CODE_PARAMETER = '{code}';

/** An https:// address with `{code}` exactly once, which is a valid URL once a code fills it. */
export function isLookupUrlTemplate(template: string): boolean {
  if (template.split(CODE_PARAMETER).length !== 2) return false;
  try {
    const url = new URL(template.replace(CODE_PARAMETER, '000.00.00.H00-000000-0000'));
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The public lookup address of one dossier: the code fills `{code}`, encoded for a URL. */
export function lookupUrlFor(template: string, code: string): string {
  return template.replace(CODE_PARAMETER, encodeURIComponent(code));
}
