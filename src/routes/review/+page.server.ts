import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { found } from '$lib/server/require';
import * as reviews from '$lib/server/reviews';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

const modeOf = (url: URL) => (url.searchParams.get('mode') === 'typed' ? 'typed' : 'flip');
const results = ['correct', 'close', 'wrong'] as const;

// Open to everyone: someone without an identity simply has no cards yet (a GET never mints a guest).
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	const now = new Date();
	const [next, done] = await Promise.all([
		user ? reviews.nextCard(locals.db, user.id, now) : { card: undefined, later: [], dueToday: 0 },
		user ? reviews.listDoneToday(locals.db, user.id, now) : []
	]);
	const result = results.find((r) => r === url.searchParams.get('result'));
	return { ...next, done, mode: modeOf(url), shownAt: now.getTime(), result };
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event);
		const root = form.get('root');
		const rating = reviews.parseRating(form.get('rating'));
		const reps = Number(form.get('reps'));
		if (typeof root !== 'string' || !root || rating === undefined || !Number.isInteger(reps)) {
			return refuse(400, 'answer', { message: m.review_choose_rating() });
		}
		const result = await reviews.answer(event.locals.db, user.id, root, rating, reps);
		found(result.status !== 'missing', 'card');
		redirect(303, '/review');
	},
	/** Typed recall: graded here, the rating follows from correctness and time. */
	typed: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event);
		const root = form.get('root');
		const typed = form.get('typed');
		const reps = Number(form.get('reps'));
		const shownAt = Number(form.get('shownAt'));
		if (typeof root !== 'string' || !root || typeof typed !== 'string' || typed.length > 80)
			return refuse(400, 'typed', { message: m.review_type_then_check() });
		if (!Number.isInteger(reps) || !Number.isFinite(shownAt))
			return refuse(400, 'typed', { message: m.review_type_then_check() });
		const answered = await reviews.answerTyped(
			event.locals.db,
			user.id,
			root,
			typed,
			reps,
			shownAt
		);
		found(answered.status !== 'missing', 'card');
		const result = answered.status === 'answered' ? `&result=${answered.result}` : '';
		redirect(303, `/review?mode=typed${result}`);
	}
};
