import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/paraglide/runtime';
import * as accounts from '$lib/server/accounts';
import { localeCookie } from '$lib/server/locale';
import type { RequestHandler } from './$types';

/** Back to the page the switch was on (the Referer, sent for same-origin posts), else home. */
function backTo(referer: string | null, origin: string): string {
	const url = URL.canParse(referer ?? '') ? new URL(referer!) : undefined;
	return url?.origin === origin ? url.pathname + url.search : '/';
}

// The header's and the account page's language switch, a plain form that needs no JavaScript:
// the choice goes into a cookie (for this browser, signed in or not) and, for an account, into its
// setting (for its other devices), then back to the page it was made on. Form posts from other
// sites are refused by SvelteKit, and a GET is answered 405.
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await request.formData().catch(() => new FormData());
	const locale = form.get('locale');
	if (typeof locale === 'string' && isLocale(locale)) {
		cookies.set(localeCookie, locale, {
			path: '/',
			maxAge: 400 * 24 * 60 * 60,
			httpOnly: true,
			sameSite: 'lax'
		});
		if (locals.user) await accounts.setLocale(locals.db, locals.user.id, locale);
	}
	redirect(303, backTo(request.headers.get('referer'), url.origin));
};
