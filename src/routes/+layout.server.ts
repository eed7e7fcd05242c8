import { accountKey } from '$lib/server/offline-sync';
import type { LayoutServerLoad } from './$types';

// For the header only: pages that need a user call a guard in their own load (docs/ARCHITECTURE.md, Conventions).
// `account` files the offline outbox's items under their account (src/lib/offline/outbox.ts).
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && {
		role: locals.user.role,
		displayName: locals.user.displayName,
		account: accountKey(locals.user.id)
	}
});
