import { redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import { kindName, questionKinds } from '$lib/labels';
import * as questionForm from '$lib/server/question-form';
import { found, requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	return {
		article: { slug: article.slug, title: article.title },
		kinds: questionKinds.map((value) => ({ value, name: kindName(value) })),
		sentences: questionForm.evidenceChoices(article)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const article = await requireArticle(event.locals, event.params.slug);
		const { values, errors, draft } = questionForm.parseQuestionForm(
			await readForm(event),
			article
		);
		if (!draft?.kind || !draft.evidence) return refuse(400, 'default', { values, errors });
		const baseId = found(
			await bank.addCustom(event.locals.db, article, teacher.id, {
				...draft,
				kind: draft.kind,
				evidence: draft.evidence
			}),
			'article'
		);
		redirect(303, `/teacher/articles/${article.slug}/questions#q-${baseId}`);
	}
};
