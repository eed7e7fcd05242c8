import { fail, redirect } from '@sveltejs/kit';
import * as articleImport from '$lib/server/article-import';
import { requireTeacher } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/forms';
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
		if (!parsed.ready)
			return fail(400, { values: parsed.values, errors: parsed.errors, notices: parsed.notices });
		try {
			const preview = articleImport.preview(parsed.ready, budget);
			return { values: parsed.values, errors: {}, notices: parsed.notices, preview };
		} catch (err) {
			if (!(err instanceof articleImport.ImportTooSlow)) throw err;
			return fail(400, { values: parsed.values, errors: { text: err.message }, notices: [] });
		}
	},
	/** Checks the text again (never trusts the preview) and publishes it in one transaction. */
	publish: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = articleImport.parseImportForm(await readForm(event));
		if (!parsed.ready)
			return fail(400, { values: parsed.values, errors: parsed.errors, notices: parsed.notices });
		const slug = await articleImport.publish(event.locals.db, teacher.id, parsed.ready);
		redirect(303, `/teacher/articles/${slug}/questions?published=1`);
	}
};
