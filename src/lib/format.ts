/** "2023-09-14" -> "14 September 2023" (Indonesian month names: the readers are learning Indonesian). */
export function formatDate(isoDate: string | null): string {
	if (!isoDate) return '';
	const [year, month, day] = isoDate.split('-').map(Number);
	const months = [
		'Januari',
		'Februari',
		'Maret',
		'April',
		'Mei',
		'Juni',
		'Juli',
		'Agustus',
		'September',
		'Oktober',
		'November',
		'Desember'
	];
	return months[month - 1] ? `${day} ${months[month - 1]} ${year}` : isoDate;
}

/** wordfreq bands as a learner reads them. */
export function bandLabel(band: number): string {
	return ['', 'very common', 'common', 'less common', 'uncommon', 'rare'][band] ?? 'rare';
}

/** A due date (the end of a UTC day) as the day it names: "31 Mei 2025". */
export function formatDay(at: Date | string): string {
	return formatDate(new Date(at).toISOString().slice(0, 10));
}

/** "87 % known, 31 new words": an article's known share for the learner. */
export function formatShare(share: { percent: number; newWords: number }): string {
	return `${share.percent} % known, ${share.newWords} ${share.newWords === 1 ? 'new word' : 'new words'}`;
}
