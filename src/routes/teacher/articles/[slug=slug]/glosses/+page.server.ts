import { redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { m } from '$lib/paraglide/messages';
import { readForm, refuse } from '$lib/server/forms';
import * as glosses from '$lib/server/glosses';
import { requireArticle } from '$lib/server/require';
import { listWords } from '$lib/server/vocabulary';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const corrections = await glosses.forViewer(event.locals.db, teacher, article.id);
	return {
		article: { slug: article.slug, title: article.title },
		words: listWords(article, 'appearance').map((w) => ({
			root: w.root,
			forms: w.forms,
			gloss: w.gloss,
			corrected: corrections.get(w.root) ?? null
		})),
		maxLength: glosses.maxGlossLength
	};
};

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const article = await requireArticle(event.locals, event.params.slug);
		const { values, error: problem } = glosses.parseGlossForm(await readForm(event));
		if (problem) return refuse(400, 'default', { values, errors: { gloss: problem } });
		if (!(await glosses.save(event.locals.db, teacher.id, article, values.root, values.gloss)))
			return refuse(400, 'default', {
				values,
				errors: { gloss: m.tglosses_not_here() }
			});
		redirect(303, `/teacher/articles/${article.slug}/glosses#w-${encodeURIComponent(values.root)}`);
	}
};
