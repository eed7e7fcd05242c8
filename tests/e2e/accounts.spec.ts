import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { open, shippedArticle } from '../support/e2e';
import { e2ePassword, registerAs } from '../support/e2e-accounts';

/** Each project (desktop, phone, no-js) runs against the same server, so emails carry its name. */
const emailFor = (who: string, project: string) => `${who}-${project}-${Date.now()}@example.com`;

async function newPage(browser: Browser, js: boolean): Promise<Page> {
	return (await browser.newContext({ javaScriptEnabled: js })).newPage();
}

test('register, sign out, and sign in again; a wrong password gets one plain answer', async ({
	page,
	context,
	javaScriptEnabled: js,
	problems
}, info) => {
	problems.allow(/^\/login$/, 400); // the wrong password, answered without JavaScript
	const email = emailFor('sari', info.project.name);
	await registerAs(page, js, { name: 'Sari', email, role: 'student' });
	await expect(page).toHaveURL(/\/\?welcome=new$/);
	await expect(page.getByRole('status')).toHaveText('Your account is ready.');
	const header = page.getByRole('banner');
	await expect(header).toContainText('Sari');

	const [cookie] = (await context.cookies()).filter((c) => c.name === 'bacaan_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	expect(cookie.value).toMatch(/^[\w-]{20}\.[\w-]{32}$/);
	expect((await page.request.get('/')).headers()['cache-control']).toBe('private, no-cache');

	await header.getByRole('button', { name: 'Sign out' }).click();
	await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
	expect((await context.cookies()).filter((c) => c.name === 'bacaan_session')).toEqual([]);

	await open(page, '/login', js);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill('not my password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'That email and password do not match an account.'
	);
	await expect(page.getByLabel('Email')).toHaveValue(email);

	await page.getByLabel('Password').fill(e2ePassword);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(header).toContainText('Sari');
});

test('changing the password signs out other devices and the new password works', async ({
	page,
	browser,
	javaScriptEnabled: js
}, info) => {
	const email = emailFor('wati', info.project.name);
	await registerAs(page, js, { name: 'Wati', email, role: 'teacher' });
	const other = await newPage(browser, js);
	await other
		.context()
		.addCookies((await page.context().cookies()).filter((c) => c.name === 'bacaan_session'));
	await open(other, '/account', js);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your account');

	await page.getByRole('banner').getByRole('link', { name: 'Wati' }).click();
	await page.getByLabel('Current password').fill(e2ePassword);
	await page.getByLabel('New password').fill('teh manis dan pisang goreng');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password is changed');

	await open(other, '/account', js);
	await expect(other).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
	await other.getByLabel('Email').fill(email);
	await other.getByLabel('Password').fill('teh manis dan pisang goreng');
	await other.getByRole('button', { name: 'Sign in' }).click();
	await expect(other).toHaveURL(/\/account$/);
	await other.context().close();
});

test('a guest who saves a word and then registers keeps it', async ({
	page,
	javaScriptEnabled: js
}, info) => {
	await open(page, `/articles/${shippedArticle.slug}/words/sepakat`, js);
	await page.getByRole('button', { name: 'Learn it' }).click();
	await expect(page.getByText('Status: Learning')).toBeVisible();
	await page.getByRole('banner').getByRole('link', { name: 'Save your progress' }).click();
	await expect(page.getByText('Everything you did as a guest stays yours.')).toBeVisible();
	await registerAs(page, js, {
		name: 'Tamu',
		email: emailFor('tamu', info.project.name),
		role: 'student'
	});
	await expect(page.getByRole('status')).toHaveText(
		'Your account is ready, and everything you did as a guest is kept in it.'
	);
	await open(page, '/me', js);
	await expect(page.getByText('1 word on your list.')).toBeVisible();
	await expect(page.getByText('You are reading as a guest.')).toBeHidden();
});

test('registration explains what is wrong and keeps what was typed, except the password', async ({
	page,
	javaScriptEnabled: js,
	problems
}, info) => {
	problems.allow(/^\/register$/, 400); // the refused form, without JavaScript
	await open(page, '/register', js);
	await page.getByLabel('Name', { exact: true }).fill('Budi');
	await page.getByLabel('Email').fill(emailFor('budi', info.project.name));
	await page.getByLabel('Password').fill('password123');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('That password is too common')).toBeVisible();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Budi');
	await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
});

test('a teacher makes a class, a student joins with the code, and the teacher sees them', async ({
	page,
	browser,
	javaScriptEnabled: js,
	problems
}, info) => {
	problems.allow(/^\/teacher\/classes\/\d+$/, 404); // the student asks for the teacher's page
	await registerAs(page, js, {
		name: 'Bu Ratna',
		email: emailFor('ratna', info.project.name),
		role: 'teacher'
	});
	await page.getByRole('banner').getByRole('link', { name: 'Classes' }).click();
	await page.getByLabel('Class name').fill(`Kelas 10A ${info.project.name}`);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Kelas 10A ${info.project.name}`
	);
	const code = await page
		.getByRole('region', { name: 'Class code' })
		.locator('.join-code')
		.textContent();
	expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

	// A signed-out student following the teacher's link is offered to register and comes back to the filled-in form.
	const link = await page
		.getByRole('region', { name: 'Class code' })
		.getByRole('link')
		.getAttribute('href');
	expect(link).toMatch(/\/join\/[A-HJ-NP-Z2-9]{8}$/);
	const student = await newPage(browser, js);
	await open(student, new URL(link!).pathname, js);
	await expect(student).toHaveURL(/\/register\?redirectTo=%2Fjoin%2F[A-Z2-9]{8}$/);
	await registerAs(
		student,
		js,
		{ name: 'Sari', email: emailFor('murid', info.project.name), role: 'student' },
		new URL(student.url()).pathname + new URL(student.url()).search
	);
	await expect(student).toHaveURL(/\/join\/[A-Z2-9]{8}\?welcome=new$/);
	await expect(student.getByLabel('Class code')).toHaveValue(code!);
	await student.getByRole('button', { name: 'Join' }).click();
	await expect(student.getByRole('status')).toHaveText(
		`You joined Kelas 10A ${info.project.name}.`
	);

	// The student may not see the teacher's page; to them it does not exist.
	const response = await student.goto(page.url());
	expect(response?.status()).toBe(404);

	await page.reload();
	await expect(page.getByRole('list').getByText('Sari')).toBeVisible();
	await student.context().close();
});

test('a wrong class code is refused in words', async ({
	page,
	javaScriptEnabled: js,
	problems
}, info) => {
	problems.allow(/^\/join$/, 400); // the refused code, without JavaScript
	await registerAs(page, js, {
		name: 'Dewi',
		email: emailFor('dewi', info.project.name),
		role: 'student'
	});
	await open(page, '/join', js);
	await page.getByLabel('Class code').fill('ZZZZ-ZZZZ');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByText('No class has that code.')).toBeVisible();
	await expect(page.getByLabel('Class code')).toHaveValue('ZZZZ-ZZZZ');
	await open(page, '/classes', js);
	await expect(page.getByText('You are not in a class yet.')).toBeVisible();
});

test('form posts from another site and GET sign-outs are refused', async ({ request }) => {
	const forged = await request.post('/login', {
		headers: { origin: 'https://evil.example' },
		form: { email: 'a@b.id', password: 'x' }
	});
	expect(forged.status()).toBe(403);
	expect((await request.get('/logout')).status()).toBe(405);
	const page = await request.get('/login');
	expect(page.headers()['x-frame-options']).toBe('DENY');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
});

test('a teacher adds a student by name and turns joining off; the student signs in with the username, must choose a password, and can sign out everywhere', async ({
	page,
	browser,
	javaScriptEnabled: js,
	problems
}, info) => {
	problems.allow(/^\/join$/, 400); // joining turned off, without JavaScript
	await registerAs(page, js, {
		name: 'Bu Sinta',
		email: emailFor('sinta', info.project.name),
		role: 'teacher'
	});
	await open(page, '/teacher/classes', js);
	await page.getByLabel('Class name').fill(`Kelas tanpa email ${info.project.name}`);
	await page.getByRole('button', { name: 'Create class' }).click();
	const code = await page
		.getByRole('region', { name: 'Class code' })
		.locator('.join-code')
		.textContent();
	await page.getByLabel('Names, one a line').fill('Budi Santoso');
	await page.getByRole('button', { name: 'Add students' }).click();
	const sheet = page.getByRole('region', { name: 'New sign-ins' });
	await expect(sheet.getByRole('cell', { name: 'Budi Santoso' })).toBeVisible();
	const username = (await sheet.getByRole('cell').nth(1).textContent())!.trim();
	const password = (await sheet.getByRole('cell').nth(2).textContent())!.trim();
	expect(username).toMatch(/^budi\.s[a-z2-9]{3}$/);
	expect(password).toMatch(/^[a-z2-9]{10}$/);
	await page.getByRole('button', { name: 'Turn joining off' }).click();
	await expect(page.getByText('Joining is off')).toBeVisible();
	await page.reload();
	await expect(sheet).toBeHidden(); // shown once

	const student = await newPage(browser, js);
	await open(student, '/login', js);
	await student.getByLabel('Email').fill(username);
	await student.getByLabel('Password').fill(password);
	await student.getByRole('button', { name: 'Sign in' }).click();
	await expect(student).toHaveURL(/\/account$/);
	await expect(student.getByText('Your teacher gave you a one-time password')).toBeVisible();
	await open(student, '/classes', js);
	await expect(student).toHaveURL(/\/account$/);
	await student.getByLabel('Current password').fill(password);
	await student.getByLabel('New password').fill('sepeda biru di sekolah');
	await student.getByRole('button', { name: 'Change password' }).click();
	await expect(student.getByRole('status')).toContainText('Your password is changed');
	await open(student, '/classes', js);
	await expect(student.getByText(`Kelas tanpa email ${info.project.name}`)).toBeVisible();

	// The turned-off code answers like a wrong one.
	await open(student, '/join', js);
	await student.getByLabel('Class code').fill(code!);
	await student.getByRole('button', { name: 'Join' }).click();
	await expect(student.getByText('No class has that code.')).toBeVisible();

	const other = await newPage(browser, js);
	await other
		.context()
		.addCookies((await student.context().cookies()).filter((c) => c.name === 'bacaan_session'));
	await open(student, '/account', js);
	await student.getByRole('button', { name: 'Sign out everywhere' }).click();
	await expect(student.getByText('You are signed out everywhere.')).toBeVisible();
	await open(other, '/classes', js);
	await expect(other).toHaveURL(/\/login\?redirectTo=%2Fclasses$/);
	await other.context().close();
	await student.context().close();
});
