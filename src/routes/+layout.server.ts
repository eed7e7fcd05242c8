import { getLocale } from '$lib/paraglide/runtime';
import { texts } from '$lib/server/messages';
import { accountKey } from '$lib/server/offline-sync';
import type { LayoutServerLoad } from './$types';

// For the header only: pages that need a user call a guard in their own load (docs/ARCHITECTURE.md, Conventions).
// `account` files the offline outbox's items under their account (src/lib/offline/outbox.ts).
// The header's and the error page's texts come as data: every page loads the layout's code.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && {
		role: locals.user.role,
		displayName: locals.user.displayName,
		account: accountKey(locals.user.id)
	},
	locale: getLocale(),
	// The other language, named in itself: the header's switch offers it.
	switchTo: getLocale() === 'id' ? ['en', 'English'] : ['id', 'Bahasa Indonesia'],
	t: texts(
		'nav_main',
		'nav_articles',
		'nav_words',
		'nav_review',
		'nav_progress',
		'nav_classes',
		'nav_teaching_articles',
		'nav_my_classes',
		'nav_sign_out',
		'nav_sign_in',
		'nav_register',
		'nav_save_progress',
		'nav_welcome_new',
		'nav_welcome_kept',
		'error_not_found',
		'error_try_again',
		'error_went_wrong',
		'error_report_code',
		'error_back'
	)
});
