import { redirect } from '@sveltejs/kit';
import * as articleImport from '$lib/server/article-import';
import { requireTeacher } from '$lib/server/auth/guards';
import * as library from '$lib/server/library';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireTeacher(event);
	return { maxLength: articleImport.maxTextLength };
};

export const actions: Actions = {
	/** Shows what publishing would make, and changes nothing. */
	preview: async (event) => {
		requireTeacher(event);
		const budget = articleImport.importBudget();
		const parsed = articleImport.parseImportForm(await readForm(event), budget);
		const message = parsed.notices.join(' ') || undefined;
		if (!parsed.ready)
			return refuse(400, 'preview', { values: parsed.values, errors: parsed.errors, message });
		try {
			const preview = articleImport.preview(parsed.ready, budget);
			return { action: 'preview' as const, values: parsed.values, errors: {}, message, preview };
		} catch (err) {
			if (!(err instanceof articleImport.ImportTooSlow)) throw err;
			return refuse(400, 'preview', { values: parsed.values, errors: { text: err.message } });
		}
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
		if (!result.ok) return refuse(result.status, 'publish', result);
		redirect(303, `/teacher/articles/${result.slug}/questions?published=1`);
	}
};
