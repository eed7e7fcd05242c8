import type { Database } from '$lib/server/db';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the user so a log line can be found; never a stack trace. */
			errorId?: string;
		}
		interface Locals {
			db: Database;
		}
	}
}

export {};
