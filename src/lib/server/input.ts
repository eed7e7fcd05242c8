/**
 * Characters no field of ours may hold: NUL (PostgreSQL cannot store it in text, so it became a
 * 500 in eight places), the other C0 controls except tab, line feed and carriage return, DEL, and
 * lone UTF-16 surrogates (not text at all). Refused at the edge with a 400 and a message.
 */
const invalid =
	// eslint-disable-next-line no-control-regex -- control characters are what we look for
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export function hasInvalidCharacters(text: string): boolean {
	return invalid.test(text);
}

/** True if any string in a parsed JSON value (keys included) has invalid characters. */
export function jsonHasInvalidCharacters(value: unknown, depth = 0): boolean {
	if (typeof value === 'string') return hasInvalidCharacters(value);
	if (depth > 20 || value === null || typeof value !== 'object') return false;
	return Object.entries(value).some(
		([key, item]) => hasInvalidCharacters(key) || jsonHasInvalidCharacters(item, depth + 1)
	);
}

/** True if a form field's name or text value has invalid characters (files are not looked into). */
export function formHasInvalidCharacters(form: FormData): boolean {
	for (const [name, value] of form)
		if (hasInvalidCharacters(name) || (typeof value === 'string' && hasInvalidCharacters(value)))
			return true;
	return false;
}

/** True if the path (decoded) or a query parameter has invalid characters, or the path cannot be decoded. */
export function urlHasInvalidCharacters(url: URL): boolean {
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		return true;
	}
	if (hasInvalidCharacters(path)) return true;
	for (const [name, value] of url.searchParams)
		if (hasInvalidCharacters(name) || hasInvalidCharacters(value)) return true;
	return false;
}
