import { redirect, type RequestEvent } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import { requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const items = await bank.listForReview(event.locals.db, article, teacher.id);
	return {
		article: { slug: article.slug, title: article.title, origin: article.origin },
		items: items.map(({ baseId, question, origin, version, hidden }) => ({
			baseId,
			origin,
			version,
			hidden,
			question
		})),
		published: event.url.searchParams.has('published')
	};
};

async function setHidden(event: RequestEvent<{ slug: string }>, action: 'hide' | 'show') {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const question = (await readForm(event)).get('question');
	if (typeof question !== 'string' || question.length === 0 || question.length > 60)
		return refuse(400, action, { message: 'Choose a question.' });
	const hidden = action === 'hide';
	if (!(await bank.setHidden(event.locals.db, article, teacher.id, question, hidden)))
		return refuse(400, action, { message: 'That question is not part of this article.' });
	redirect(303, `/teacher/articles/${article.slug}/questions#q-${bank.baseIdOf(question)}`);
}

export const actions: Actions = {
	hide: (event) => setHidden(event, 'hide'),
	show: (event) => setHidden(event, 'show')
};
