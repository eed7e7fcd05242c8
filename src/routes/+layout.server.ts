import type { LayoutServerLoad } from './$types';

// For the header only: pages that need a user call a guard in their own load (docs/ARCHITECTURE.md, Conventions).
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && { role: locals.user.role, displayName: locals.user.displayName }
});
