import * as progress from '$lib/server/progress';
import type { PageServerLoad } from './$types';

// Open to everyone: without an identity there is simply nothing yet (a GET never mints a guest).
export const load: PageServerLoad = async ({ locals }) => ({
	progress: locals.user ? await progress.summarize(locals.db, locals.user.id) : undefined,
	isGuest: !locals.user || locals.user.role === 'guest'
});
