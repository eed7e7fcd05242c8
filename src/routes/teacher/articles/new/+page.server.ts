import { redirect } from '@sveltejs/kit';
import { maxTextLength } from '$lib/server/article-import';
import { requireTeacher } from '$lib/server/auth/guards';
import * as library from '$lib/server/library';
import { refusalShown } from '$lib/refusals';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireTeacher(event);
	return { maxLength: maxTextLength };
};

export const actions: Actions = {
	/** Shows what publishing would make, and changes nothing. */
	preview: async (event) => {
		requireTeacher(event);
		const result = library.previewPasted(await readForm(event));
		if (!result.ok) return refuse(result.status, 'preview', result);
		return { action: 'preview' as const, errors: {}, ...result };
	},
	/** Checks the text again (never trusts the preview) and publishes it in one transaction. */
	publish: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event);
		const result = await library.publishOwn(
			event.locals.db,
			teacher.id,
			event.getClientAddress(),
			form
		);
		if (!result.ok) return refuse(result.status, 'publish', refusalShown(result));
		redirect(303, `/teacher/articles/${result.slug}/questions?published=1`);
	}
};
