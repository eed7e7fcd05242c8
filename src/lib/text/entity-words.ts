/**
 * Word lists for the entity recogniser and the question generator: cue words, heads and a
 * small gazetteer. Kept apart so the rules in entities.ts stay readable and the lists can
 * grow without touching them. Everything is lower-case unless noted.
 */

const set = (words: string) => new Set(words.trim().split(/\s*\|\s*/));

export const dayNames = set(
	'senin | selasa | rabu | kamis | jumat | jumat | sabtu | minggu | ahad'
);
export const monthNames = set(
	'januari | februari | maret | april | mei | juni | juli | agustus | september | oktober | november | desember'
);

/**
 * Titles inside a name run that are not part of the name ("Duta Besar AS" → AS). Not "Sri": as
 * a title it comes before Sultan or Paus, but it is far more often a first name (Sri Winoto).
 */
export const titleWords = set(
	'presiden | wakil | menteri | duta | besar | gubernur | bupati | wali | ketua | kepala | direktur | jenderal | ' +
		'profesor | prof. | dr. | pak | bu | bapak | ibu | sekjen | perdana | raja | ratu | pangeran | kapten | pelatih | ' +
		'jubir | kapolda | kapolres | kapolri | panglima | komandan | letjen | mayjen | brigjen | kolonel | paus | syekh | ' +
		'dokter | camat | lurah | hakim | jaksa | kiai | ustaz | ustazah | pendeta | romo | suster | bidan | ' +
		// Police and civil-service ranks and offices written before a name (Kombes, AKP, Kapolsek, Kades).
		'irjen | komjen | kombes | akbp | kompol | akp | iptu | ipda | aiptu | aipda | bripka | brigadir | briptu | ' +
		'bripda | kapolsek | kapolresta | kasat | kasatreskrim | kasatlantas | kanit | kasubdit | kabid | kabag | ' +
		'kadis | kades | kasi | sekda | plt | pj | dirut | danramil | dandim | danrem | pangdam'
);

/** Police ranks written before a personal name (Kombes Donald …, AKP I Gusti …). */
export const ranks = set(
	'kombes | akbp | kompol | akp | iptu | ipda | aiptu | aipda | bripka | brigadir | briptu | bripda | irjen | komjen'
);

/** Words (or two-word phrases) just before a name that make it a person. */
export const personCues = set(
	'juru bicara | jubir | presiden | menteri | duta besar | profesor | pelatih | kapten | kepala sekolah | guru | dosen | ' +
		// Ranks take a personal name after them; offices (Kapolsek Marga) take a place or a unit.
		[...ranks].join(' | ') +
		' | ' +
		'dokter | penyerang | kiper | gelandang | bek | striker | pemain | warga | siswa | siswi | murid | ketua | direktur | ' +
		'gubernur | bupati | wali kota | camat | lurah | kapolda | kapolres | komandan | analis | peneliti | pengamat | ' +
		'wartawan | pejabat | petugas | korban | saksi | pak | bu | bapak | ibu | sdr. | tuan | nyonya | sang | ' +
		'kepala desa | kepala dinas | kepala badan | ketua umum | sekretaris | penulis | pendiri | pengusaha | aktor | ' +
		'aktris | penyanyi | atlet | pebulu tangkis | perenang | pelari | manajer | kepala staf | rektor | pemimpin'
);

/** Speech verbs that put the speaker after them: '"…," kata Putin'. */
export const speechVerbs = set(
	'kata | ujar | tutur | ucap | jelas | terang | beber | imbuh | sebut | ungkap | tambah | tegas | papar | katanya | ' +
		'ujarnya | tuturnya | jelasnya | lanjut | pungkas | tandas | ungkapnya | kata dia'
);

/** First word(s) of an organisation's name. */
export const orgHeads = set(
	'dewan | kantor | universitas | kementerian | badan | komisi | partai | bank | pt | cv | sekolah | sma | smp | sd | ' +
		'smk | sman | smpn | sdn | madrasah | klub | tim | persatuan | asosiasi | lembaga | pemerintah | kepolisian | polda | ' +
		'polres | polsek | pengadilan | mahkamah | majelis | dinas | rumah sakit | rs | rsud | kepala staf | angkatan | ' +
		'pasukan | markas | organisasi | perserikatan | liga | federasi | yayasan | institut | akademi | fakultas | ' +
		'kantor berita | persib | persija | persebaya | arema | pemkot | pemkab | pemprov | bpbd | basarnas | bmkg'
);

/** Words before a name that make it an organisation. */
export const orgCues = set(
	'media | kantor berita | stasiun | televisi | koran | harian | situs | perusahaan | klub | tim | sekolah | partai | ' +
		'lembaga | organisasi | kelompok | dilansir | melawan | menghadapi | menjamu | kesebelasan | skuad'
);

/** Acronyms that name a place, not an organisation. */
export const placeAcronyms = new Set([
	'AS',
	'RI',
	'UEA',
	'UK',
	'DKI',
	'NTT',
	'NTB',
	'DIY',
	'RRC',
	'RRT',
	'USA',
	'UAE'
]);

/** Acronyms for common nouns: a summit, a fuel, a law. Not answers to "Apa". */
export const nonEntityAcronyms = new Set([
	'KTT',
	'BBM',
	'PHK',
	'UU',
	'WIB',
	'WITA',
	'WIT',
	'HUT',
	'APBN',
	'APBD',
	'PDB',
	'GDP',
	'CPO',
	'SD',
	'SMP',
	'SMA',
	'TV',
	'OK',
	'VIP'
]);

/** First word of a place name. */
export const geoHeads = set(
	'kota | kabupaten | provinsi | pulau | sungai | gunung | danau | laut | selat | teluk | semenanjung | desa | kampung | ' +
		'kelurahan | kecamatan | jalan | jl. | bandara | pelabuhan | stadion | lapangan | taman | pantai | benua | samudra | ' +
		'samudera | kawasan | dusun | lembah | tanjung | terminal | stasiun | alun-alun | gelora | ' +
		// What a village or hamlet is called across the regions (Bali, West Sumatra, Aceh, Java).
		'banjar | nagari | jorong | gampong | dukuh | padukuhan | pedukuhan | kampung'
);

/** Countries, regions and big cities as they are written in Indonesian news. */
export const places = set(
	'indonesia | malaysia | singapura | thailand | vietnam | filipina | myanmar | kamboja | laos | brunei | timor leste | ' +
		'australia | selandia baru | papua nugini | jepang | china | tiongkok | korea | korea utara | korea selatan | taiwan | ' +
		'hong kong | india | pakistan | bangladesh | nepal | sri lanka | afghanistan | iran | irak | suriah | turki | israel | ' +
		'palestina | gaza | lebanon | yordania | mesir | arab saudi | qatar | yaman | rusia | ukraina | belarus | polandia | ' +
		'jerman | prancis | perancis | inggris | spanyol | portugal | italia | belanda | belgia | swiss | austria | swedia | ' +
		'norwegia | denmark | finlandia | yunani | amerika | amerika serikat | kanada | meksiko | brasil | argentina | ' +
		'kolombia | chili | peru | afrika selatan | nigeria | kenya | maroko | aljazair | eropa | asia | afrika | ' +
		'jakarta | bandung | surabaya | semarang | yogyakarta | medan | makassar | palembang | denpasar | bali | jawa | ' +
		'sumatra | sumatera | kalimantan | sulawesi | papua | maluku | aceh | riau | lampung | banten | bogor | depok | ' +
		'bekasi | tangerang | malang | solo | surakarta | padang | pekanbaru | pontianak | balikpapan | samarinda | manado | ' +
		'kupang | mataram | ambon | jayapura | cirebon | tasikmalaya | sleman | bantul | gresik | sidoarjo | kediri | ' +
		'moskow | kyiv | kiev | beijing | tokyo | seoul | pyongyang | vladivostok | washington | new york | london | paris | ' +
		'berlin | roma | madrid | canberra | sydney | melbourne | kuala lumpur | bangkok | manila | hanoi | new delhi | ' +
		'delhi | dubai | riyadh | teheran | ankara | istanbul | kairo | yerusalem | brussel | jenewa | wina | den haag'
);

/** Units and counters after a number, by what they measure. */
export const unitDimensions: Record<string, 'time' | 'distance' | 'percent' | 'money' | 'count'> = {
	detik: 'time',
	menit: 'time',
	jam: 'time',
	hari: 'time',
	pekan: 'time',
	minggu: 'time',
	bulan: 'time',
	tahun: 'time',
	dekade: 'time',
	abad: 'time',
	malam: 'time',
	meter: 'distance',
	kilometer: 'distance',
	km: 'distance',
	cm: 'distance',
	sentimeter: 'distance',
	mil: 'distance',
	persen: 'percent',
	rupiah: 'money',
	dolar: 'money',
	euro: 'money',
	yen: 'money',
	ringgit: 'money',
	orang: 'count',
	kali: 'count',
	unit: 'count',
	buah: 'count',
	ekor: 'count',
	gol: 'count',
	poin: 'count',
	rumah: 'count',
	kepala: 'count',
	keluarga: 'count',
	siswa: 'count',
	warga: 'count',
	korban: 'count'
};

export const numberWords = set(
	'satu | dua | tiga | empat | lima | enam | tujuh | delapan | sembilan | sepuluh | sebelas | seratus | seribu | ' +
		'sejuta | puluhan | ratusan | ribuan | jutaan | belasan | setengah'
);

/**
 * Function words a learner meets first; never the blank of a cloze or a vocabulary item.
 * A short list on purpose: content words like "tahun" or "baru" must stay learnable.
 */
export const functionWords = set(
	'yang | dan | di | ke | dari | pada | untuk | dengan | dalam | oleh | bagi | kepada | terhadap | tentang | atas | ' +
		'ini | itu | tersebut | juga | akan | telah | sudah | sedang | masih | belum | tidak | bukan | tak | ada | adalah | ' +
		'ialah | merupakan | bahwa | karena | sehingga | agar | supaya | jika | kalau | ketika | saat | sebelum | setelah | ' +
		'sesudah | sejak | hingga | sampai | serta | atau | tetapi | namun | melainkan | sedangkan | sementara | lalu | ' +
		'kemudian | pun | lah | kah | nya | ia | dia | mereka | kami | kita | saya | aku | anda | kamu | beliau | para | ' +
		'sang | si | se | secara | sebagai | seperti | antara | lain | bisa | dapat | harus | mungkin | boleh | mau | ingin | ' +
		'sangat | lebih | paling | amat | sekali | hanya | saja | pula | lagi | pun | apa | siapa | mana | kapan | berapa | ' +
		'mengapa | bagaimana | tiap | setiap | semua | seluruh | beberapa | banyak | sejumlah | para | hal | per | demi | ' +
		'tanpa | menurut | yaitu | yakni | maupun | baik | bila | apabila | walau | meski | meskipun | walaupun | selama | ' +
		'agak | cukup | terlalu | kembali | sendiri | begitu | demikian | sana | sini | situ | tadi | nanti | kini | ' +
		'dulu | pernah | selalu | sering | jarang | segera | harus | perlu | mesti | tentu | memang | bahkan | apalagi | ' +
		'hampir | sekitar | kira-kira | dll. | dsb. | kedua | keduanya | masing-masing | dia | dirinya | bersama'
);

/**
 * Capitals and the seats of power that news uses for their country ("Pyongyang" for North
 * Korea, "Kremlin" for Russia): swapping one for the other does not make a statement false.
 */
const capitalPairs: [string, string][] = [
	['pyongyang', 'korea utara'],
	['seoul', 'korea selatan'],
	['moskow', 'rusia'],
	['kremlin', 'rusia'],
	['washington', 'amerika serikat'],
	['washington', 'as'],
	['gedung putih', 'amerika serikat'],
	['beijing', 'china'],
	['beijing', 'tiongkok'],
	['tokyo', 'jepang'],
	['kyiv', 'ukraina'],
	['kiev', 'ukraina'],
	['jakarta', 'indonesia'],
	['london', 'inggris'],
	['paris', 'prancis'],
	['berlin', 'jerman'],
	['canberra', 'australia'],
	['teheran', 'iran'],
	['kuala lumpur', 'malaysia'],
	['bangkok', 'thailand'],
	['manila', 'filipina'],
	['new delhi', 'india'],
	['amerika serikat', 'as'],
	['amerika serikat', 'amerika']
];

export function samePlace(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x === y || capitalPairs.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
}

/**
 * Words whose look of an affix is history, not grammar (sejarah is not se- + jarah, jamuan is
 * not "herb" + -an): never asked about in vocabulary or morphology questions.
 */
export const opaqueWords = set(
	'sejarah | jamuan | sekolah | selamat | semula | sebab | sedang | selalu | segera | sekitar | sendiri | sering | ' +
		'setia | pertama | percaya | peristiwa | berita | bersih | beri | terima | kemudian | ketika | kepada | pemuda | ' +
		'pelangi | semangat | senang | sesuai | serta | tetapi | selasa | senin | seluruh | sepeda | kenari'
);
