import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { found } from '$lib/server/require';
import * as reviews from '$lib/server/reviews';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Open to everyone: someone without an identity simply has no cards yet (a GET never mints a guest).
export const load: PageServerLoad = async ({ locals }) =>
	locals.user ? reviews.nextCard(locals.db, locals.user.id) : { card: undefined, dueToday: 0 };

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event);
		const root = form.get('root');
		const rating = reviews.parseRating(form.get('rating'));
		const reps = Number(form.get('reps'));
		if (typeof root !== 'string' || !root || rating === undefined || !Number.isInteger(reps)) {
			return refuse(400, 'answer', { message: 'Choose Again, Hard, Good or Easy.' });
		}
		const result = await reviews.answer(event.locals.db, user.id, root, rating, reps);
		found(result.status !== 'missing', 'card');
		redirect(303, '/review');
	}
};
