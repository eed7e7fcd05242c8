import type { CurrentSession, SessionUser } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the user so a log line can be found; never a stack trace. */
			errorId?: string;
			/** The failure is passing (the database is away): the page says "try again in a moment". */
			retry?: boolean;
		}
		interface Locals {
			db: Database;
			/** Set by hooks.server.ts from the session cookie; null when signed out. */
			user: SessionUser | null;
			session: CurrentSession | null;
			/** Set by handleError when the database was unreachable; hooks answer 503 instead of 500. */
			databaseUnavailable?: boolean;
		}
	}
}

export {};
