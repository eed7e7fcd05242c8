import { expect, type Page } from '@playwright/test';
import { open } from './e2e';

/** Passes the password policy; every account the journeys register uses it. */
export const e2ePassword = 'kopi susu di pagi hari';

export interface NewAccount {
	name: string;
	email: string;
	role: 'student' | 'teacher';
}

/** Fills in and sends the registration form at `path` (a /register URL, maybe with redirectTo). */
export async function registerAs(
	page: Page,
	javaScriptEnabled: boolean,
	who: NewAccount,
	path = '/register'
): Promise<void> {
	await open(page, path, javaScriptEnabled);
	await page.getByLabel('Name', { exact: true }).fill(who.name);
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password').fill(e2ePassword);
	await page.getByLabel(who.role === 'student' ? 'Student' : 'Teacher', { exact: true }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
	// With JavaScript the form posts by fetch; wait for its redirect before going anywhere else.
	await expect(page).not.toHaveURL(/\/register/);
}
