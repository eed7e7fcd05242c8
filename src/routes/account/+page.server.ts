import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/accounts';
import { endSession, requireAccount, startSession } from '$lib/server/auth/guards';
import { invalidateUserSessions } from '$lib/server/auth/session';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = (event) => {
	const user = requireAccount(event);
	return {
		changed: event.url.searchParams.has('changed'),
		role: user.role,
		mustChange: !!user.mustChangePassword,
		locale: getLocale()
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireAccount(event);
		const form = await readForm(event);
		const current = form.get('current');
		const next = form.get('password');
		if (typeof current !== 'string' || typeof next !== 'string')
			return refuse(400, 'password', { errors: { current: m.account_enter_current() } });
		const result = await accounts.changePassword(event.locals.db, user.id, current, next);
		if ('problem' in result)
			return refuse(400, 'password', { errors: { password: result.problem } });
		if ('error' in result) {
			const message =
				result.error === 'throttled' ? m.account_too_many() : m.account_wrong_current();
			return refuse(result.error === 'throttled' ? 429 : 400, 'password', {
				errors: { current: message }
			});
		}
		await startSession(event, { ...user, mustChangePassword: false }); // every other session ended with the change
		redirect(303, '/account?changed');
	},
	everywhere: async (event) => {
		const user = requireAccount(event);
		await invalidateUserSessions(event.locals.db, user.id);
		await endSession(event);
		redirect(303, '/login?signedOut');
	}
};
