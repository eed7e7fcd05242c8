import { expect, type Page } from '@playwright/test';
import { open } from './e2e';
import { say, type Locale } from './messages';

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
	path = '/register',
	locale: Locale = 'en'
): Promise<void> {
	const t = (key: string) => say(locale, key);
	await open(page, path, javaScriptEnabled);
	await page.getByLabel(t('register_name'), { exact: true }).fill(who.name);
	await page.getByLabel(t('login_email')).fill(who.email);
	await page.getByLabel(t('login_password')).fill(e2ePassword);
	await page
		.getByLabel(t(who.role === 'student' ? 'register_student' : 'register_teacher'), {
			exact: true
		})
		.check();
	await page.getByRole('button', { name: t('register_submit') }).click();
	// With JavaScript the form posts by fetch; wait for its redirect before going anywhere else.
	await expect(page).not.toHaveURL(/\/register/);
}
