import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/accounts';
import { redirectIfSignedIn, returnPath, startSession } from '$lib/server/auth/guards';
import { readDeviceTokens, rememberDevice } from '$lib/server/auth/device';
import * as throttle from '$lib/server/auth/throttle';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	redirectIfSignedIn(event);
	return {
		guest: event.locals.user?.role === 'guest',
		signedOut: event.url.searchParams.has('signedOut')
	};
};

export const actions: Actions = {
	// No redirectIfSignedIn here: posting the form while another account's cookie is present (a
	// shared computer, a tab opened before) signs in the account typed; startSession ends the old one.
	default: async (event) => {
		const form = await readForm(event);
		// The Email field takes the username a teacher handed out, too.
		const email = accounts.normalizeEmail(form.get('email')).slice(0, 254);
		const password = form.get('password');
		if (!email || typeof password !== 'string' || !password) {
			return refuse(400, 'default', {
				values: { email },
				message: m.login_missing()
			});
		}
		const result = await accounts.signIn(
			event.locals.db,
			email,
			password,
			event.getClientAddress(),
			readDeviceTokens(event.cookies)
		);
		if ('error' in result) {
			return result.error === 'throttled'
				? refuse(429, 'default', {
						values: { email },
						message: throttle.tryAgainIn(result.minutes)
					})
				: refuse(400, 'default', {
						values: { email },
						message: m.login_no_match()
					});
		}
		await startSession(event, result.user);
		rememberDevice(event.cookies, result.deviceToken, event.url.protocol === 'https:');
		if (result.user.mustChangePassword) redirect(303, '/account');
		redirect(303, returnPath(event));
	}
};
