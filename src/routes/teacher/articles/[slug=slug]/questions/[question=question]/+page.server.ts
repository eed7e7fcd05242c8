import { redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { parseId, readForm, refuse } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import { kindName } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import * as questionForm from '$lib/server/question-form';
import { found, requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const item = found(
		await bank.findForReview(event.locals.db, article, teacher.id, event.params.question),
		'question'
	);
	return {
		article: { slug: article.slug, title: article.title },
		item: {
			baseId: item.baseId,
			version: item.version,
			kind: kindName(item.question.kind),
			typed: item.question.typed === true,
			hidden: item.hidden
		},
		values: questionForm.formValuesOf(item.question)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const article = await requireArticle(event.locals, event.params.slug);
		const item = found(
			await bank.findForReview(event.locals.db, article, teacher.id, event.params.question),
			'question'
		);
		const form = await readForm(event);
		const { values, errors, draft } = questionForm.parseQuestionForm(form, article, item.question);
		const version = parseId(form.get('version'));
		if (!version)
			return refuse(400, 'default', {
				values,
				errors: { ...errors, prompt: errors.prompt ?? m.tquestions_reload() }
			});
		if (!draft) return refuse(400, 'default', { values, errors });
		const saved = await bank.edit(
			event.locals.db,
			article,
			teacher.id,
			item.baseId,
			version,
			draft
		);
		found(saved !== 'missing', 'question');
		if (saved === 'stale')
			return refuse(409, 'default', {
				values,
				errors: {
					prompt: m.tquestions_stale()
				}
			});
		redirect(303, `/teacher/articles/${article.slug}/questions#q-${item.baseId}`);
	}
};
