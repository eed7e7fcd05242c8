import { error, fail, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { requireTeacher } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import * as questionForm from '$lib/server/question-form';
import type { Actions, PageServerLoad } from './$types';

const notFound = 'We could not find that article.';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const article = await articles.findVisible(event.locals.db, event.params.slug, teacher);
	if (!article) error(404, notFound);
	return {
		article: { slug: article.slug, title: article.title },
		kinds: questionForm.questionKinds.map((value) => ({
			value,
			name: questionForm.kindNames[value]
		})),
		sentences: questionForm.evidenceChoices(article)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const article = await articles.findVisible(event.locals.db, event.params.slug, teacher);
		if (!article) error(404, notFound);
		const { values, errors, draft } = questionForm.parseQuestionForm(
			await readForm(event),
			article
		);
		if (!draft?.kind || !draft.evidence) return fail(400, { values, errors });
		const baseId = await bank.addCustom(event.locals.db, article, teacher.id, {
			...draft,
			kind: draft.kind,
			evidence: draft.evidence
		});
		if (!baseId) error(404, notFound);
		redirect(303, `/teacher/articles/${article.slug}/questions#q-${baseId}`);
	}
};
