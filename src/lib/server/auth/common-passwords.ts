/**
 * Passwords of at least 8 characters that attackers try first, lower-cased. Written by hand from
 * general knowledge of what breach lists are full of (see SOURCES.md); it catches the obvious, it
 * is not a breach corpus. Runs of one character are refused separately.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
	'12345678', '123456789', '87654321', '11223344', '12341234', '12121212', '123123123', '1q2w3e4r',
	'1qaz2wsx', 'qwertyui', 'qwerty12', 'qwerty123', 'asdfghjk', 'asdfghjkl', 'zxcvbnm1', 'abcd1234',
	'abc12345', 'abcdefgh', 'password', 'password1', 'passw0rd', 'p@ssw0rd', 'iloveyou', 'iloveyou1',
	'sunshine', 'princess', 'football', 'baseball', 'superman', 'whatever', 'trustno1', 'letmein1',
	'welcome1', 'michelle', 'jennifer', 'computer', 'internet', 'starwars', 'pokemon1', 'liverpool',
	'chelsea1', 'admin123', 'changeme', 'secret12', 'freedom1', 'dragon12', 'monkey12', 'samsung1',
	'sayangku', 'cintaku1', 'rahasia1', 'katasandi', 'indonesia', 'jakarta1', 'surabaya', 'bandung1',
	'merdeka1', 'garuda12', 'bacaan12', 'bacaan123',
	'1234567890', '0123456789', '0987654321', '9876543210', '1234567891', '12345678910', '123456789a',
	'1234512345', '1231231234', '1122334455', '1029384756', '12345qwert', '1q2w3e4r5t', '1qaz2wsx3edc',
	'a1b2c3d4e5', 'abcd123456', 'abc1234567', 'abcdefghij', 'qwertyuiop', 'qwerty1234', 'qwerty12345',
	'qwerty123456', 'qwertyuiop123', 'asdfghjkl1', 'asdfghjkl123', 'zxcvbnm123', 'qazwsxedc123',
	'password12', 'password123', 'password1234', 'passw0rd123', 'password!1', 'passwordpassword',
	'iloveyou12', 'iloveyou123', 'princess123', 'football123', 'baseball123', 'superman123',
	'sunshine123', 'welcome123', 'welcome1234', 'letmein123', 'trustno1234', 'monkey1234',
	'dragon1234', 'michael123', 'jennifer123', 'computer123', 'internet123', 'starwars123',
	'pokemon1234', 'liverpool123', 'chelsea1234', 'administrator', 'admin12345', 'admin123456',
	'changeme123', 'secret1234', 'whatever123', 'freedom1234', 'myspace123', 'facebook123',
	'samsung123', 'google1234', 'minecraft123', 'loveyou123',
	// Indonesian favourites: "in the name of God", "my darling", "secret", "password" and cities.
	'bismillah', 'bismillah123', 'sayangku123', 'sayang12345', 'cintaku123', 'rahasia123',
	'katasandi123', 'indonesia1', 'indonesia123', 'jakarta123', 'surabaya123', 'bandung123',
	'merdeka123', 'garuda1234',
	// This app's own name is the first guess against it.
	'bacaan1234', 'bacaan12345', 'bacaanbacaan'
]);
