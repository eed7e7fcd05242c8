import { redirect } from '@sveltejs/kit';
import { requireStudent } from '$lib/server/auth/guards';
import * as throttle from '$lib/server/auth/throttle';
import * as classes from '$lib/server/classes';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

/**
 * Joining a class: /join, or /join/CODE from the teacher's link, which only fills the form in
 * (joining is a POST). Someone without an account is sent to register first and comes back here.
 */
export const load: PageServerLoad = (event) => {
	if (!event.locals.user || event.locals.user.role === 'guest') {
		redirect(303, `/register?redirectTo=${encodeURIComponent(event.url.pathname)}`);
	}
	requireStudent(event);
	const code = classes.normalizeJoinCode(event.params.code);
	return { code: code ? classes.formatJoinCode(code) : (event.params.code ?? '').slice(0, 20) };
};

export const actions: Actions = {
	default: async (event) => {
		const student = requireStudent(event);
		const typed = (await readForm(event)).get('code');
		const code = classes.normalizeJoinCode(typed);
		const echo = typeof typed === 'string' ? typed.slice(0, 20) : '';
		const values = { code: echo };
		if (!code)
			return refuse(400, 'default', {
				values,
				errors: { code: m.join_code_shape() }
			});
		const result = await classes.join(event.locals.db, student.id, code);
		if ('error' in result) {
			const problem =
				result.error === 'throttled'
					? `${throttle.tryAgainIn(result.minutes)} ${m.join_check_code()}`
					: m.join_no_class();
			return refuse(result.error === 'throttled' ? 429 : 400, 'default', {
				values,
				errors: { code: problem }
			});
		}
		redirect(303, `/classes?joined=${result.joined.id}`);
	}
};
