/**
 * Reading a posted form. A body that is not form data (wrong content type, cut-off multipart)
 * makes `request.formData()` throw; that is bad input, answered 400, never a 500. So is a field
 * with characters we cannot store (input.ts).
 */
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { formHasInvalidCharacters } from './input';
import { m } from '$lib/paraglide/messages';

export async function readForm(event: Pick<RequestEvent, 'request'>): Promise<FormData> {
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		error(400, m.error_bad_form());
	}
	if (formHasInvalidCharacters(form)) error(400, m.error_invalid_characters());
	return form;
}

/** A positive row id from a form field or a query parameter, else undefined. */
export function parseId(value: FormDataEntryValue | string | null): number | undefined {
	if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
	const id = Number(value);
	return id <= 2_147_483_647 ? id : undefined;
}

/**
 * The one shape every refused form action answers with, so pages read a refusal the same way
 * everywhere and a page with several actions tells them apart by `action` (the action's name,
 * `default` for a page's only one): `values` echoes what was typed (never a password), `errors`
 * holds a message per field, `message` one for the whole form.
 */
export function refuse<
	A extends string,
	V extends object = Record<string, never>,
	E extends object = Record<string, never>
>(status: number, action: A, body: { values?: V; errors?: E; message?: string }) {
	return fail(status, {
		action,
		values: body.values ?? ({} as V),
		errors: body.errors ?? ({} as E),
		message: body.message
	});
}
