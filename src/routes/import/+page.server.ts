import { redirect } from '@sveltejs/kit';
import { maxTextLength } from '$lib/server/article-import';
import { ensureLearner } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import * as library from '$lib/server/library';
import { refusalShown } from '$lib/refusals';
import type { Actions, PageServerLoad } from './$types';

// Open to everyone: a visitor becomes a guest when they fetch a page or save a text (a POST).
export const load: PageServerLoad = () => ({ maxLength: maxTextLength });

export const actions: Actions = {
	/** Fetches a web page and shows the preview of its article, filled into the paste form. */
	fetch: async (event) => {
		const user = await ensureLearner(event);
		const address = (await readForm(event)).get('address');
		const result = await library.previewFromAddress(
			event.locals.db,
			user.id,
			event.getClientAddress(),
			typeof address === 'string' ? address : ''
		);
		if (!result.ok) return refuse(result.status, 'fetch', refusalShown(result));
		return { action: 'preview' as const, errors: {}, ...result };
	},
	/** Shows what saving would make, and changes nothing. */
	preview: async (event) => {
		const result = library.previewPasted(await readForm(event));
		if (!result.ok) return refuse(result.status, 'preview', result);
		return { action: 'preview' as const, errors: {}, ...result };
	},
	/** Checks the text again and saves it as the learner's own; then opens it in the reader. */
	save: async (event) => {
		const user = await ensureLearner(event);
		const form = await readForm(event);
		const result = await library.publishOwn(
			event.locals.db,
			user.id,
			event.getClientAddress(),
			form
		);
		if (!result.ok) return refuse(result.status, 'save', refusalShown(result));
		redirect(303, `/articles/${result.slug}`);
	}
};
