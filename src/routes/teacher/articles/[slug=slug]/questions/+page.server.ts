import { redirect, type RequestEvent } from '@sveltejs/kit';
import { isQuestionKind } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { requireTeacher } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import { requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const items = await bank.listForReview(event.locals.db, article, teacher.id);
	const kind = event.url.searchParams.get('kind');
	const counts = new Map<string, number>();
	for (const i of items) counts.set(i.question.kind, (counts.get(i.question.kind) ?? 0) + 1);
	return {
		kind: kind && counts.has(kind) ? kind : null,
		kinds: [...counts].map(([k, n]) => ({ kind: k, count: n })),
		article: { slug: article.slug, title: article.title, origin: article.origin },
		items: items.map(({ baseId, question, origin, version, hidden }) => ({
			low: bank.isLowScored(question),
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
		return refuse(400, action, { message: m.tquestions_choose() });
	const hidden = action === 'hide';
	if (!(await bank.setHidden(event.locals.db, article, teacher.id, question, hidden)))
		return refuse(400, action, { message: m.tquestions_not_here() });
	redirect(303, `/teacher/articles/${article.slug}/questions#q-${bank.baseIdOf(question)}`);
}

/** Hides every visible question of one kind, or every low-scored one (kind "low"). */
async function hideMany(event: RequestEvent<{ slug: string }>) {
	const teacher = requireTeacher(event);
	const article = await requireArticle(event.locals, event.params.slug);
	const kind = (await readForm(event)).get('kind');
	if (typeof kind !== 'string' || (kind !== 'low' && !isQuestionKind(kind)))
		return refuse(400, 'hideMany', { message: m.tquestions_choose_kind() });
	await bank.setHiddenMany(
		event.locals.db,
		article,
		teacher.id,
		(i) => (kind === 'low' ? bank.isLowScored(i.question) : i.question.kind === kind),
		true
	);
	redirect(
		303,
		`/teacher/articles/${article.slug}/questions${kind === 'low' ? '' : `?kind=${kind}`}`
	);
}

export const actions: Actions = {
	hide: (event) => setHidden(event, 'hide'),
	show: (event) => setHidden(event, 'show'),
	hideMany
};
