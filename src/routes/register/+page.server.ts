import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/accounts';
import { redirectIfSignedIn, returnPath, startSession } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	redirectIfSignedIn(event);
	return { guest: event.locals.user?.role === 'guest' };
};

export const actions: Actions = {
	default: async (event) => {
		redirectIfSignedIn(event);
		const { values, errors, input } = accounts.parseRegistration(await readForm(event));
		if (!input) return refuse(400, 'default', { values, errors });
		const guest = event.locals.user?.role === 'guest' ? event.locals.user : undefined;
		const result = await accounts.register(event.locals.db, input, {
			guestId: guest?.id,
			address: event.getClientAddress()
		});
		if ('error' in result) {
			const refused: accounts.RegistrationErrors = {
				email: result.error === 'throttled' ? m.register_throttled() : m.register_email_taken()
			};
			return refuse(result.error === 'throttled' ? 429 : 400, 'default', {
				values,
				errors: refused
			});
		}
		await startSession(event, result.user);
		// The page they land on says in one line that the account is ready (and kept the guest's work).
		const landing = new URL(returnPath(event), event.url);
		landing.searchParams.set('welcome', guest ? 'kept' : 'new');
		redirect(303, landing.pathname + landing.search + landing.hash);
	}
};
