// The Indonesian interface. Its shape is the type every language's strings must have
// (UiStrings): a key missing from or added to another language is a type error there.

/** The site's name, shown in every title. */
export const siteName = 'Arsip Kerja Sama Indonesia–Korea';

/** The search page's strings: an export of their own so the search script bundles only these. */
export const searchUi = {
  label: 'Cari di arsip',
  placeholder: 'Cari artikel…',
  submit: 'Cari',
  pageTitle: 'Cari di arsip',
  titleWithQuery: (q: string) => `“${q}” – Cari`,
  intro:
    'Cari dengan kata kunci, singkatan atau ejaan lain (misalnya “KemenPAN-RB”, “Korsel”, “kerjasama”); salah ketik kecil tetap ditemukan. Saring menurut tahun, instansi dan topik.',
  queryLabel: 'Kata kunci',
  skipToResults: 'Langsung ke hasil',
  filtersTitle: 'Saring hasil',
  applyFilters: 'Terapkan filter',
  facets: { tahun: 'Tahun', instansi: 'Instansi', topik: 'Topik' },
  clearAll: 'Hapus semua filter',
  activeFilters: 'Filter aktif',
  removeFilter: (label: string) => `Hapus filter ${label}`,
  sortLabel: 'Urutkan',
  sort: { relevansi: 'Paling relevan', terbaru: 'Terbaru', terlama: 'Terlama' },
  resultsTitle: 'Hasil',
  loading: 'Memuat indeks pencarian…',
  loadFailed: 'Indeks pencarian gagal dimuat. Muat ulang halaman untuk mencoba lagi.',
  found: (n: number, q: string) => `${n} artikel ditemukan untuk “${q}”`,
  foundFiltered: (n: number) => `${n} artikel sesuai filter`,
  browseAll: (n: number) => `${n} artikel di arsip`,
  noneFound: (q: string) => `Tidak ada artikel yang cocok dengan “${q}”.`,
  noneFoundFiltered: 'Tidak ada artikel yang sesuai dengan filter ini.',
  noneHint: 'Coba kata lain atau periksa ejaannya.',
  noneFilters: 'Filter yang dipilih mungkin terlalu sempit:',
  covers: (n: number, from: string, to: string) =>
    `Arsip ini memuat ${n} artikel berita ${from === to ? `tahun ${from}` : `tahun ${from}–${to}`} tentang kerja sama Indonesia–Korea Selatan di bidang reformasi birokrasi, manajemen ASN dan SPBE.`,
  examples: 'Contoh pencarian:',
  browseTopics: 'Jelajahi menurut topik',
  browseArchive: 'Lihat arsip lengkap',
  showingFor: 'Menampilkan hasil untuk',
  searchExact: (q: string) => `Cari persis “${q}”`,
  groupIndonesia: 'Instansi Indonesia',
  groupPartners: 'Instansi mitra',
  filterToggle: (n: number) => (n > 0 ? `Saring hasil (${n})` : 'Saring hasil'),
  more: 'Tampilkan lebih banyak hasil',
  /** Before the source's headline, where a result shows our translation of it. */
  originalTitle: 'Judul sumber',
  needsJs:
    'Pencarian dengan kata kunci memerlukan JavaScript. Tanpa JavaScript, jelajahi arsip menurut tahun, instansi atau topik:',
};

/** Every string the interface shows, in Indonesian. */
export const ui = {
  siteName,
  siteTagline: 'Reformasi birokrasi, manajemen ASN dan SPBE dalam berita, 2017–2023',
  siteDescription:
    'Arsip berita Indonesia tentang kerja sama Indonesia–Korea Selatan di bidang reformasi birokrasi, manajemen aparatur sipil negara (ASN) dan pemerintahan berbasis elektronik (SPBE).',
  skipToContent: 'Langsung ke konten',
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
    archive: 'Arsip',
    institutions: 'Instansi',
    topics: 'Topik',
    countries: 'Negara mitra',
    timeline: 'Linimasa',
    glossary: 'Glosarium',
    search: 'Cari',
    about: 'Tentang arsip',
  },
  language: { label: 'Bahasa' },
  search: searchUi,

  home: {
    latest: 'Artikel terbaru',
    waysIn: 'Jelajahi arsip',
    byYear: 'Menurut tahun',
    byInstitution: 'Menurut instansi',
    byTopic: 'Menurut topik',
    byCountry: 'Menurut negara mitra',
    allArticles: 'Semua artikel di arsip',
    chartTitle: 'Artikel per tahun',
    chartBar: (year: number, n: number) => `${year}: ${n} artikel`,
    chartNone: (year: number) => `${year}: belum ada artikel`,
  },
  article: {
    breadcrumb: 'Remah roti',
    metadata: 'Keterangan artikel',
    // One name per kind of body, as the listings call them: "instansi", and "instansi mitra"
    // for the partners an article names beside its own.
    institution: 'Instansi yang diberitakan',
    partnerInstitutions: 'Instansi mitra',
    allDetails: 'Keterangan lengkap',
    moreCountries: (n: number) => `+${n} negara`,
    date: 'Tanggal',
    datePublished: 'tanggal terbit',
    dateEvent: 'tanggal acara; tanggal terbit tidak tercantum di sumber',
    countries: 'Negara mitra',
    topics: 'Topik',
    people: 'Tokoh',
    readingTime: (minutes: number) => `${minutes} menit baca`,
    words: (count: number) => `${count} kata`,
    editorialTitle: 'Judul dari redaksi arsip: teks sumber tidak memuat judul.',
    translatedTitle: 'Judul diterjemahkan oleh redaksi arsip.',
    sourceTitle: 'Judul sumber',
    editorialTitleOriginal: 'Judul redaksi dalam bahasa Indonesia',
    originalLanguage:
      'Teks asli di bawah ini berbahasa Indonesia, sebagaimana diterbitkan sumbernya.',
    summary: 'Ringkasan',
    summaryNote: 'Ringkasan ditulis oleh redaksi arsip.',
    summaryEn: 'Summary in English',
    summaryEnNote: 'Summary written by the archive’s editors.',
    photoCaption: 'Keterangan foto',
    photoNotArchived: 'Fotonya sendiri tidak diarsipkan; hanya keterangannya yang disimpan.',
    photoCredit: 'Foto',
    source: 'Sumber',
    sourceBy: 'Sumber',
    publisher: 'Penerbit',
    publisherUnknown: 'Tidak disebutkan dalam teks sumber',
    originalPage: 'Laman asli',
    originalPageUnknown: 'Alamat laman aslinya tidak diketahui arsip.',
    retrieved: 'Disalin dari laman asli',
    originalTitle: 'Judul asli',
    republishedFrom: 'Tayang pertama di',
    copyright: 'Hak cipta',
    sourceNote: 'Catatan',
    body: 'Isi berita',
    previous: 'Artikel sebelumnya',
    next: 'Artikel berikutnya',
    older: 'Lebih lama',
    newer: 'Lebih baru',
    related: 'Artikel terkait',
  },
  share: {
    title: 'Bagikan artikel ini',
    copyLink: 'Salin tautan',
    copied: 'Tautan disalin.',
    copyFailed: 'Gagal menyalin: salin alamat dari bilah alamat peramban.',
    native: 'Bagikan…',
    email: 'Email',
  },
  listing: {
    count: (n: number) => `${n} artikel`,
    pagination: 'Halaman',
    pageOf: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
    previousPage: 'Halaman sebelumnya',
    nextPage: 'Halaman berikutnya',
    shown: (from: number, to: number, total: number) => `Artikel ${from}–${to} dari ${total}`,
    empty: 'Belum ada artikel.',
    year: (year: number | string) => `Tahun ${year}`,
    otherYears: 'Tahun lain',
    olderYear: (year: number) => `Tahun ${year}`,
    newerYear: (year: number) => `Tahun ${year}`,
    archiveTitle: 'Arsip lengkap',
    archiveIntro: 'Semua artikel, dikelompokkan menurut tahun.',
    institutionsTitle: 'Instansi',
    institutionsIntro: 'Instansi Indonesia dan instansi mitra yang diberitakan.',
    topicsTitle: 'Topik',
    topicsIntro: 'Kosakata topik arsip.',
    countriesTitle: 'Negara mitra',
    countriesIntro: 'Negara mitra yang disebut dalam artikel.',
    institutionIntro: 'Artikel tentang atau dari lembaga ini.',
    koreanName: 'Nama dalam bahasa Korea',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada di arsip ini. Mungkin tautannya salah ketik atau halamannya telah dipindahkan.',
    back: 'Kembali ke beranda',
    search: 'atau cari di arsip:',
    browse: 'Atau jelajahi arsip lengkap menurut tahun',
  },
  feeds: {
    subscribe: 'Langganan',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    rssTitle: 'RSS Arsip Kerja Sama Indonesia–Korea',
    jsonFeedTitle: 'JSON Feed Arsip Kerja Sama Indonesia–Korea',
    understand: 'Memahami kerja sama',
  },
  citation: {
    title: 'Kutip artikel ini',
    intro:
      'Kutipan merujuk ke halaman arsip ini. Penulis perorangan tidak dicantumkan; bila sumber tidak menyebut penerbit, judul menempati posisi penulis, dan bila sumber hanya memuat tanggal acara, tanggal terbit ditulis t.t. (tanpa tanggal).',
    apa: 'APA (edisi ke-7)',
    bibtex: 'BibTeX',
    ris: 'Unduh berkas RIS',
    risHint: 'untuk Zotero, Mendeley atau EndNote',
    copy: 'Salin',
    copyApa: 'Salin kutipan APA',
    copyBibtex: 'Salin entri BibTeX',
    copied: 'Kutipan disalin.',
    copyFailed: 'Gagal menyalin: pilih teksnya lalu salin sendiri.',
    noDate: 't.t.',
    /** The day and month of an APA date, as a date-fns pattern: "(2021, 30 Agustus)". */
    apaDay: 'd MMMM',
    eventDate: (range: string) =>
      `Tanggal acara: ${range}; tanggal terbit tidak tercantum di sumber.`,
    firstPublished: (where: string) => `Tayang pertama di ${where}.`,
  },
  timeline: {
    title: 'Linimasa kerja sama',
    intro:
      'Tonggak kerja sama Indonesia–Korea Selatan di bidang administrasi publik, sebagaimana disebut dalam artikel arsip. Ketelitian tanggal mengikuti sumbernya: tahun, bulan atau hari. Tiap titik menautkan ke artikelnya.',
    planned: 'Rencana, menurut artikel',
    quote: 'Kata artikel',
    readArticle: 'Baca artikel',
    empty: 'Belum ada peristiwa di linimasa.',
  },
  glossary: {
    title: 'Glosarium',
    intro:
      'Singkatan yang dipakai dalam artikel arsip, dengan kepanjangan, penjelasan dan artikel yang memakainya. Di dalam artikel, kemunculan pertama tiap singkatan menautkan ke sini.',
    index: 'Daftar singkatan',
    inIndonesian: 'Dalam bahasa Indonesia',
    aliases: 'Ditulis juga',
    usedIn: (n: number) => `Dipakai dalam ${n} artikel`,
    unused: 'Tidak muncul dalam isi artikel arsip.',
    searchAll: (n: number) => `Cari semua ${n} artikel`,
  },
  footer: {
    about:
      'Berita kerja sama Indonesia–Korea Selatan di bidang reformasi birokrasi, ASN dan SPBE, disimpan sebagaimana diterbitkan sumbernya.',
    links: 'Tautan arsip',
    feeds: 'Langganan',
  },
  about: {
    title: 'Tentang arsip',
    description:
      'Siapa yang mengelola arsip ini, bagaimana artikel dipilih dan dijaga, milik siapa teksnya, dan bagaimana menghubungi pengelola.',
    intro:
      'Arsip ini mengumpulkan berita Indonesia tentang kerja sama Indonesia–Korea Selatan di bidang reformasi birokrasi, manajemen aparatur sipil negara (ASN) dan pemerintahan berbasis elektronik (SPBE), supaya peneliti, jurnalis, ASN dan mitra di Korea dapat membaca, mencari dan mengutipnya di satu tempat.',
    holdings: (n: number, from: number, to: number) =>
      `Kini arsip memuat ${n} artikel dari tahun ${from === to ? from : `${from}–${to}`}.`,
    whoTitle: 'Pengelola',
    curatedBy: (name: string) => `Arsip ini dikelola oleh ${name}.`,
    curatorsUnset: 'Nama pengelola arsip belum dicantumkan.',
    chosenTitle: 'Bagaimana artikel dipilih',
    chosen:
      'Arsip memuat berita dan siaran pers tentang kerja sama Indonesia dengan Korea Selatan di bidang administrasi publik — reformasi birokrasi, manajemen ASN, sistem merit, pelayanan publik, SPBE — termasuk forum regional tempat keduanya bertemu, seperti ACCSM. Sumbernya laman instansi pemerintah dan media berita. Arsiparis menyalin teks dari laman aslinya, lalu memeriksa tanggal, instansi, topik dan negara mitra setiap artikel sebelum artikel itu terbit di arsip.',
    faithfulTitle: 'Bagaimana teks dijaga',
    faithful:
      'Isi berita disimpan kata demi kata sebagaimana diterbitkan sumbernya, termasuk ejaan dan salah ketiknya. Yang dibuang hanya tampilan situs (menu, tombol berbagi, iklan, tautan “Baca juga”); baris kredit dan hak cipta dipindahkan ke keterangan sumber artikel. Tanggal ditulis sebagaimana disebut sumber: bila sumber hanya menyebut tanggal acara, halaman artikel mengatakannya.',
    ours: 'Yang ditulis redaksi arsip ditandai sebagai tulisan redaksi di setiap halaman: ringkasan, judul dan ringkasan berbahasa Inggris, dan judul redaksi untuk teks sumber yang tidak memuat judul.',
    rightsTitle: 'Milik siapa teksnya, dan mengapa disimpan',
    rights:
      'Hak atas teks berita tetap pada penerbitnya. Arsip menyimpannya untuk penelitian dan rujukan: setiap artikel menyebut penerbitnya, memuat baris hak cipta sumber bila ada (misalnya “COPYRIGHT © ANTARA”), dan menautkan laman aslinya bila alamatnya diketahui. Bila pemegang hak meminta teksnya tidak disimpan di sini, pengelola menghapusnya dari arsip.',
    publishersTitle: 'Penerbit teks dalam arsip',
    publisherUnknown: 'Penerbit tidak disebutkan dalam teks sumber',
    contactTitle: 'Menghubungi pengelola',
    contact: 'Untuk koreksi, permintaan penghapusan atau usulan artikel, tulis ke',
    contactUnset:
      'Alamat kontak pengelola belum dicantumkan. Setelah ditetapkan, alamatnya dimuat di halaman ini.',
  },
  og: {
    articleAlt: (title: string) => `Kartu artikel: ${title}. ${siteName}.`,
    siteAlt: `${siteName}: arsip berita kerja sama Indonesia–Korea Selatan, dengan judul dan ringkasan berbahasa Inggris.`,
  },
  print: {
    from: 'Dicetak dari',
  },
};

/** Every string a language must provide: the shape of the Indonesian strings. */
export type UiStrings = typeof ui;

/** The search page's strings, as every language must provide them. */
export type SearchStrings = typeof searchUi;
