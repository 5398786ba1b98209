# -*- coding: utf-8 -*-
"""Hand-written train79 negatives (theme: gargoyle carvers, dowsing societies, tatami makers,
trebuchet builders, ventriloquist-figure makers, hovercraft ride operators). Lists carry spares at the end."""

FAMOUS = [
    ('Dombauhütte Köln', 'real cathedral stonemasons\' workshop (gargoyles), from memory'),
    ('Wiener Dombauhütte St. Stephan', 'real cathedral stonemasons\' workshop, from memory'),
    ('Cathedral Workshop Fellowship', 'real UK cathedral stonemasonry body, from memory'),
    ("Fondation de l'Oeuvre Notre-Dame", 'real Strasbourg cathedral workshop, from memory'),
    ('British Society of Dowsers', 'real dowsing society, from memory'),
    ('American Society of Dowsers', 'real dowsing society, from memory'),
    ('Canadian Society of Dowsers', 'real dowsing society, from memory'),
    ('Zen Nihon Tatami Jigyo Kyodo Kumiai', 'real tatami makers\' federation (romanised), from memory'),
    ('JA Yatsushiro', 'real igusa (tatami rush) growers\' cooperative, from memory'),
    ('Middelaldercentret', 'real Danish medieval centre that builds trebuchets, from memory'),
    ('Punkin Chunkin World Championship', 'real trebuchet/catapult contest, from memory'),
    ('Warwick Castle', 'real castle that runs a large trebuchet, from memory'),
    ('Musee de la Guerre au Moyen Age', 'real siege-engine museum at Castelnaud, from memory'),
    ('Vent Haven Museum', 'real ventriloquist-figure museum, from memory'),
    ('Axtell Expressions', 'real puppet and ventriloquist-figure maker, from memory'),
    ('Maher Studios', 'real ventriloquism school and figure supplier, from memory'),
    ('Selberg Studios', 'real ventriloquist-figure maker, from memory'),
    ('Hovertravel Ltd', 'real hovercraft ferry operator, from memory'),
    ('Griffon Hoverwork Ltd', 'real hovercraft builder, from memory'),
    ('Neoteric Hovercraft Inc.', 'real hovercraft builder, from memory'),
    ('Universal Hovercraft of America', 'real hovercraft kit maker, from memory'),
    ('Hovercraft Club of Great Britain', 'real hovercraft club, from memory'),
    ('Hovercraft Museum Trust', 'real hovercraft museum, from memory'),
    ('Verband für Radiästhesie', 'German dowsing association, from memory, may not exist as written'),
    ('Lincoln Cathedral Works Department', 'real cathedral works department, from memory'),
    # spares
    ('Canterbury Cathedral Stonemasons', 'cathedral stonemasons, from memory'),
    ('Society of Dowsers of Ireland', 'dowsing society, from memory'),
]

OTHER_SCRIPT = [
    ('Устохонаи гаргойлсозии Душанбе', 'Tajik (Cyrillic), invented gargoyle workshop'),
    ('Казан трибушет төзүчеләре ширкәте', 'Tatar (Cyrillic), invented trebuchet builders'),
    ('Өфө һыу эҙләүселәр берлеге', 'Bashkir (Cyrillic), invented dowsers\' union'),
    ('Соьлжа-ГӀала ховеркрафт экскурсеш', 'Chechen (Cyrillic), invented hovercraft tours'),
    ('ရန်ကုန် ဟိုဗာကရပ် ခရီးစဉ်', 'Burmese, invented hovercraft tours'),
    ('ភ្នំពេញ ហាងធ្វើតាតាមិ', 'Khmer, invented tatami shop'),
    ('ສະມາຄົມຊອກນ້ຳ ວຽງຈັນ', 'Lao, invented water-finding (dowsing) association'),
    ('ལྷ་ས་རྡོ་བརྐོས་བཟོ་གྭ', 'Tibetan, invented stone-carving workshop'),
    ('አዲስ አበባ የሆቨርክራፍት ጉብኝት', 'Amharic (Ge\'ez), invented hovercraft tours'),
    ('ኣስመራ ማሕበር ደለይቲ ማይ', 'Tigrinya (Ge\'ez), invented water seekers\' association'),
    ('މާލެ ހޮވަރކްރާފްޓް ޓުއަރސް', 'Dhivehi (Thaana), invented hovercraft tours'),
    ('କଟକ ଟାଟାମି କାରଖାନା', 'Odia, invented tatami factory'),
    ('গুৱাহাটী ট্ৰেবুচেট নিৰ্মাতা সংঘ', 'Assamese, invented trebuchet makers\' association'),
    ('ڪراچي وينٽرلوڪئسٽ پتلين جو ڪارخانو', 'Sindhi (Arabic script), invented ventriloquist-puppet factory'),
    ('کارگەی دروستکردنی گارگۆیڵی هەولێر', 'Sorani Kurdish (Arabic script), invented gargoyle workshop'),
    ('ئۈرۈمچى ۋېنترىلوكۋىست قونچاق ئۇستىخانىسى', 'Uyghur (Arabic script), invented ventriloquist-puppet workshop'),
    ('ᐃᖃᓗᐃᑦ ᕼᐋᕙᒃᕌᕝᑦ ᐃᖏᕐᕋᔪᓯᖅ', 'Inuktitut (syllabics), invented hovercraft travel'),
    ('ܒܝܬ ܥܒܕܐ ܕܓܪܓܘܝܠ ܒܩܪܩܘܫ', 'Syriac, invented gargoyle workshop'),
    # spare
    ('Шупашкар трибушет ӑстисем', 'Chuvash (Cyrillic), invented trebuchet makers'),
]

NEAR_PHRASES = ['Gargoyle Masons', 'Dowsing Circle', 'Tatami Stitchers', 'Trebuchet Wrights',
                'Ventriloquist Figures', 'Hovercraft Rides']
NEAR_STOP = set('''company trading industries industry services service general international group holding
investment investments shipping bank commercial import export construction engineering oil gas
corporation limited enterprise enterprises development organization foundation logistics
argentina namibia kurdish tankers'''.split())

SHARES = [
    ('Falcon Dowsing Circle', 'invented dowsing circle with one common word'),
    ('Orient Tatami Stitchers', 'invented tatami maker with one common word'),
    ('Liberty Trebuchet Wrights', 'invented trebuchet builders with one common word'),
    ('Diamond Ventriloquist Figures', 'invented figure maker with one common word'),
    ('Pearl Hovercraft Rides', 'invented hovercraft ride operator with one common word'),
    ('Oasis Gargoyle Masons', 'invented gargoyle carvers with one common word'),
    ('Sunrise Dowsing Circle', 'invented dowsing circle with one common word'),
    ('Victory Tatami Stitchers', 'invented tatami maker with one common word'),
    ('Crystal Trebuchet Wrights', 'invented trebuchet builders with one common word'),
    ('Everest Ventriloquist Figures', 'invented figure maker with one common word'),
    ('Rainbow Dowsing Circle', 'invented dowsing circle with one common word'),
    ('Premier Hovercraft Rides', 'invented hovercraft ride operator with one common word'),
    ('Sahara Gargoyle Masons', 'invented gargoyle carvers with one common word'),
    ('Titan Ventriloquist Figures', 'invented figure maker with one common word'),
    ('Jupiter Hovercraft Rides', 'invented hovercraft ride operator with one common word'),
    # spares
    ('Galaxy Tatami Stitchers', 'invented tatami maker with one common word'),
    ('Zenith Trebuchet Wrights', 'invented trebuchet builders with one common word'),
    ('Crescent Gargoyle Masons', 'invented gargoyle carvers with one common word'),
    ('Royal Tatami Stitchers', 'invented tatami maker with one common word'),
    ('Condor Hovercraft Rides', 'invented hovercraft ride operator with one common word'),
    ('Golden Gargoyle Masons', 'invented gargoyle carvers with one common word'),
]

GENERIC = [
    ('how were medieval gargoyles carved', 'how-to question about gargoyles'),
    ('why do gargoyles have water spouts', 'question about gargoyles'),
    ('gargoyle vs grotesque difference', 'comparison question'),
    ('does water dowsing actually work', 'question about dowsing'),
    ('how to make copper dowsing rods', 'how-to question about dowsing'),
    ('how often should tatami mats be replaced', 'question about tatami'),
    ('what is igusa rush grass', 'question about tatami material'),
    ('tatami room size in japan', 'question about tatami'),
    ('trebuchet counterweight to projectile ratio', 'question about trebuchets'),
    ('how to build a small trebuchet for a school project', 'how-to question about trebuchets'),
    ('trebuchet vs catapult difference', 'comparison question'),
    ('how to practice ventriloquism without moving lips', 'how-to question about ventriloquism'),
    ('how does a ventriloquist dummy mouth work', 'question about ventriloquist figures'),
    ('how fast can a hovercraft go on water', 'question about hovercraft'),
    ('do you need a licence to drive a hovercraft', 'question about hovercraft'),
    # spare
    ('what wood are ventriloquist figures carved from', 'question about ventriloquist figures'),
]

CHAT = [
    ('Tolong cek apakah CV Pahat Gargoyle Nusantara ada di daftar sanksi OFAC?', 'Indonesian chat, invented gargoyle carvers'),
    ("Kanns du kucken, ob de Wënschelrutegänger Veräin Ettelbréck op der Sanktiounslëscht steet?", 'Luxembourgish chat, invented dowsing club'),
    ("Kinsto neisjen oft Tatamymakkerij De Strie yn Ljouwert op 'e sanksjelist stiet?", 'West Frisian chat, invented tatami maker'),
    ('An urrainn dhut sgrùdadh a bheil Luchd-togail Trebuchet Inbhir Nis air liosta nan smachd-bhannan?', 'Scottish Gaelic chat, invented trebuchet builders'),
    ('Potesne inspicere num Officina Trebuchetorum Aquileiensis in indice sanctionum sit?', 'Latin chat, invented trebuchet workshop'),
    ('Eske ou ka tcheke si Atelye Poupe Vantrilok Jakmèl la sou lis sanksyon an?', 'Haitian Creole chat, invented ventriloquist-puppet workshop'),
    ('Ungabheka ukuthi i-Durban Hovercraft Rides isohlwini lwezijeziso yini?', 'Zulu chat, invented hovercraft rides'),
    ('Ma hubin kartaa in Shirkadda Doonyaha Hawada ee Berbera ay ku jirto liiska cunaqabataynta?', 'Somali chat, invented hovercraft company'),
    ('Ka taea e koe te tirotiro mēnā kei te rārangi whiu a Rōpū Kimi Wai o Ōtautahi?', 'Maori chat, invented water-finding (dowsing) group'),
    ('Don Allah ka duba ko Kamfanin Tatami na Kano yana cikin jerin takunkumi?', 'Hausa chat, invented tatami company'),
    ('Jọ̀wọ́ ṣàyẹ̀wò bóyá Ilé-iṣẹ́ Ọmọlangidi Afohùnsọ Ìbàdàn wà nínú àkójọ ìjẹniníyà?', 'Yoruba chat, invented ventriloquist-puppet firm'),
    ("Samarqand Gargoyl Ustaxonasi sanksiya roʻyxatida bormi, tekshirib bera olasizmi?", 'Uzbek chat, invented gargoyle workshop'),
    ('Možeš li provjeriti da li je Udruženje tragača za vodom Mostar na listi sankcija?', 'Bosnian chat, invented dowsers\' association'),
    ('Можеш ли да провериш дали Охридски ховеркрафт тури е на листата за санкции?', 'Macedonian chat, invented hovercraft tours'),
    ('Ці можаш праверыць, ці ёсць Гродзенская майстэрня трэбушэтаў у санкцыйным спісе?', 'Belarusian chat, invented trebuchet workshop'),
    ('Алматы вентрилоквист қуыршақ шеберханасы санкциялар тізімінде ме, тексере аласыз ба?', 'Kazakh chat, invented ventriloquist-puppet workshop'),
    ('Дархан татами үйлдвэр хориг арга хэмжээний жагсаалтад байгаа эсэхийг шалгаж өгнө үү?', 'Mongolian chat, invented tatami factory'),
    ('შეგიძლია შეამოწმო, არის თუ არა თბილისის გარგოილების სახელოსნო სანქციების სიაში?', 'Georgian chat, invented gargoyle workshop'),
    ('Կարո՞ղ ես ստուգել՝ Գյումրիի ջրորոնողների միությունը պատժամիջոցների ցուցակում է՞', 'Armenian chat, invented dowsers\' union'),
    ('চট্টগ্রাম হোভারক্রাফট ট্যুরস কি নিষেধাজ্ঞা তালিকায় আছে, একটু দেখবেন?', 'Bengali chat, invented hovercraft tours'),
    ('மதுரை டாடாமி தயாரிப்பு நிறுவனம் தடைப் பட்டியலில் உள்ளதா என்று பார்க்க முடியுமா?', 'Tamil chat, invented tatami maker'),
    ('کیا آپ چیک کر سکتے ہیں کہ لاہور ٹریبوشے بلڈرز پابندیوں کی فہرست میں ہے؟', 'Urdu chat, invented trebuchet builders'),
    ('ਕੀ ਤੁਸੀਂ ਚੈੱਕ ਕਰ ਸਕਦੇ ਹੋ ਕਿ ਅੰਮ੍ਰਿਤਸਰ ਵੈਂਟ੍ਰਿਲੋਕਵਿਸਟ ਗੁੱਡੀ ਵਰਕਸ਼ਾਪ ਪਾਬੰਦੀ ਸੂਚੀ ਵਿੱਚ ਹੈ?', 'Punjabi (Gurmukhi) chat, invented ventriloquist-doll workshop'),
    ('पोखरा पानी खोज्ने समाज प्रतिबन्ध सूचीमा छ कि छैन, जाँच गर्न सक्नुहुन्छ?', 'Nepali chat, invented water-finding (dowsing) society'),
    ('Tu dikarî kontrol bikî ka Kargeha Gargoylan a Amedê di lîsteya cezayan de ye?', 'Kurdish (Kurmanji) chat, invented gargoyle workshop'),
    # spare
    ('Punapa panjenengan saged mriksa menawi Bengkel Tatami Yogya wonten ing dhaptar sanksi?', 'Javanese chat, invented tatami workshop'),
]

PERSON = [
    ('Reginald Ashcombe Gargoyle Carving Ltd', 'invented person-named gargoyle carver (English)'),
    ('Friedhelm Kornmesser Wasserspeier-Bildhauerei GmbH', 'invented person-named gargoyle sculptor (German)'),
    ('Bartholomew Quayle Dowsing Services LLC', 'invented person-named dowser (English)'),
    ('Ingeborg Rautenberg Radiästhesie e.K.', 'invented person-named dowser (German)'),
    ('Kenji Morimoto Tatami Seisakusho K.K.', 'invented person-named tatami maker (Japanese, romanised)'),
    ('Haruka Ishibashi Tatami-ten Y.K.', 'invented person-named tatami shop (Japanese, romanised)'),
    ('Geoffroy de Montval Trébuchets SARL', 'invented person-named trebuchet builder (French)'),
    ('Lars Thorvaldsen Blidebyggeri ApS', 'invented person-named trebuchet builder (Danish)'),
    ('Cornelius Fairbanks Ventriloquist Figures Inc.', 'invented person-named figure maker (English)'),
    ('Matías Echeverría Muñecos de Ventrílocuo S.L.', 'invented person-named figure maker (Spanish)'),
    ('Duncan McAllister Hovercraft Tours Ltd', 'invented person-named hovercraft operator (English)'),
    ('Annelie Vrolijk Luchtkussenboten B.V.', 'invented person-named hovercraft operator (Dutch)'),
]

BRAND = [
    ('Griffon Hoverwork 2000TD hovercraft', 'hovercraft model, from memory'),
    ('Neoteric Hovertrek personal hovercraft', 'hovercraft model, from memory'),
    ('Universal Hovercraft UH-18SPW kit', 'hovercraft kit, from memory'),
    ('Hovertravel Southsea to Ryde return ticket', 'ferry ticket, from memory'),
    ('Axtell Expressions ventriloquist figure', 'puppet product, from memory'),
    ('Maher Studios ventriloquism course', 'course product, from memory'),
    ('Nitori tatami mat 4.5 jo', 'furniture-chain tatami product, from memory'),
    ('Thames & Kosmos trebuchet kit', 'toy kit, from memory, may not exist as written'),
    ('British Society of Dowsers brass pendulum', 'dowsing product, from memory, may not exist as written'),
    ('Middelaldercentret trebuchet show ticket', 'visitor ticket, from memory'),
    # spare
    ('Vent Haven Museum souvenir guidebook', 'museum product, may not exist as written'),
]
