"""Hand-written negatives for lookup-train84 (theme: harpsichord tuners, locksport clubs, Morris-dancing sides,
signwriters, tiddlywinks clubs, stone-skimming championships). Lists carry spares; build.py takes them in order."""

QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
         'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

# (query, description)
FAMOUS = [
    ('Zuckermann Harpsichords International', 'real harpsichord maker and kit supplier (from memory)'),
    ('J. C. Neupert', 'real German harpsichord and clavichord workshop (from memory)'),
    ('Robert Goble & Son', 'real Oxford harpsichord makers (from memory)'),
    ('Hubbard Harpsichords', 'real Boston harpsichord workshop (from memory)'),
    ('Sassmann Cembalobau', 'real German harpsichord workshop (from memory)'),
    ('The Open Organisation of Lockpickers', 'real locksport association, TOOOL (from memory)'),
    ('Locksport International', 'real locksport community (from memory)'),
    ('Sparrows Lock Picks', 'real lock-pick maker (from memory)'),
    ('SouthOrd', 'real lock-pick maker (from memory)'),
    ('Covert Instruments', 'real lock-pick tool seller (from memory)'),
    ('The Morris Ring', 'real association of Morris sides (from memory)'),
    ('The Morris Federation', 'real association of Morris sides (from memory)'),
    ('Open Morris', 'real association of Morris sides (from memory)'),
    ('Headington Quarry Morris Dancers', 'real Morris side (from memory)'),
    ('Thaxted Morris Men', 'real Morris side (from memory)'),
    ('British Sign and Graphics Association', 'real sign-trade association (from memory)'),
    ('International Sign Association', 'real sign-trade association (from memory)'),
    ('Mack Brush Company', 'real signwriting-brush maker (from memory)'),
    ('1-Shot Lettering Enamels', 'real sign-painting enamel brand (from memory)'),
    ('English Tiddlywinks Association', 'real tiddlywinks governing body (from memory)'),
    ('North American Tiddlywinks Association', 'real tiddlywinks association (from memory)'),
    ('Cambridge University Tiddlywinks Club', 'real tiddlywinks club (from memory)'),
    ('Oxford University Tiddlywinks Society', 'real tiddlywinks club (from memory)'),
    ('World Stone Skimming Championships', 'real stone-skimming contest on Easdale (from memory)'),
    ('North American Stone Skipping Association', 'real stone-skipping association (from memory)'),
    ('Letterheads Sign Painters', 'sign-painters movement (from memory; spare)'),
    ('Scottish Tiddlywinks Association', 'tiddlywinks association (from memory; spare)'),
]

# (query, language, description)
OTHER_SCRIPT = [
    ('Αθηναϊκοί Κουρδιστές Τσέμπαλου', 'Greek', 'invented harpsichord-tuning firm'),
    ('מועדון פריצת מנעולים תל אביב', 'Hebrew', 'invented lock-picking club'),
    ('قەشقەر تاش سەكرىتىش مۇسابىقىسى', 'Uyghur', 'invented stone-skimming contest'),
    ('ڪراچي سائن رائيٽنگ اسٽوڊيو', 'Sindhi', 'invented signwriting studio'),
    ('یانەی تیدلیوینکسی هەولێر', 'Kurdish (Sorani)', 'invented tiddlywinks club'),
    ('Шупашкар клавесин йӗркелекенӗсем', 'Chuvash', 'invented harpsichord-tuning firm'),
    ('Дьокуускай хатаан аһар клуба', 'Sakha', 'invented lock-picking club'),
    ('Улаан-Үдэ моррис хатарай бүлгэм', 'Buryat', 'invented Morris-dancing side'),
    ('Элстин чолун хаялһна тэмцән', 'Kalmyk', 'invented stone-skimming contest'),
    ('Соьлжа-ГӀалин тиддлиуинкс клуб', 'Chechen', 'invented tiddlywinks club'),
    ('МахӀачхъалаялъул хъвавул гӀадамал', 'Avar', 'invented signwriting firm'),
    ('Ижкар клавесин шуккись', 'Udmurt', 'invented harpsichord-tuning firm'),
    ('Дзӕуджыхъӕуы моррис кафты къорд', 'Ossetian', 'invented Morris-dancing side'),
    ('Аҟәа ахаҳә аҭаҳара аицлабра', 'Abkhaz', 'invented stone-skimming contest'),
    ('ᐃᖃᓗᐃᑦ ᐅᔭᕋᖅ ᓯᑯᓐᓇᖅᑐᖅ ᐱᙳᐊᕐᕕᒃ', 'Inuktitut (syllabics)', 'invented stone-skimming contest'),
    ('ᏓᏂᏍᏓᏲᎯ ᏗᎪᏪᎵ ᏗᎦᏃᏣᎳᏅ', 'Cherokee', 'invented signwriting shop'),
    ('ܟܢܘܫܬܐ ܕܪܩܕܐ ܕܡܘܪܝܣ ܒܢܘܗܕܪܐ', 'Syriac (Assyrian)', 'invented Morris-dancing side'),
    ('ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵓⵙⵏⵓⵔⵏ ⵏ ⵡⴰⴷⴰⵢⵏ', 'Tamazight (Tifinagh)', 'invented lock-picking club'),
    ('Йошкар-Ола клавесин тӧрлатыше', 'Meadow Mari', 'invented harpsichord-tuning firm (spare)'),
]

# theme phrases for near_miss and shares_one_word (no word of them is in a listed org name)
PHRASES = ['Harpsichord Tuners', 'Locksport Hobbyists', 'Morris Dancers', 'Lettering Signwriters',
           'Tiddlywinks Players', 'Stone Skimmers']
PHRASE_DESC = {
    'Harpsichord Tuners': 'invented harpsichord-tuning firm',
    'Locksport Hobbyists': 'invented locksport club',
    'Morris Dancers': 'invented Morris-dancing side',
    'Lettering Signwriters': 'invented signwriting studio',
    'Tiddlywinks Players': 'invented tiddlywinks club',
    'Stone Skimmers': 'invented stone-skimming contest',
}
SHARE_FIRST = ['Sun', 'Silver', 'Alpha', 'Premier', 'Eastern', 'Pacific', 'Golden', 'Diamond', 'Pearl', 'Vision',
               'Falcon', 'Atlas', 'Victory', 'Crown', 'Crystal', 'Rainbow', 'Western', 'Delta']
NEAR_STOP = set('''
bank banco banca trading trade company general national international industrial industries industry service services
servicios shipping group grupo investment investments inversiones commercial comercial oil petroleum energy
iran iranian syria syrian korea korean cuba cuban mexico mexican colombia colombian panama lebanon russia russian
china chinese dubai tehran moscow bogota cali medellin culiacan guadalajara tijuana beirut damascus pyongyang
ukraine crimea venezuela zimbabwe iraq libya yemen sudan afghanistan pakistan turkey emirates arab asia
sociedad limited limitada corporation holding holdings development construction constructora agricola agropecuaria
import export importadora exportadora distribuidora inmobiliaria transport transportes
'''.split())

GENERIC = [
    ('how often does a harpsichord need tuning', 'search-style question about harpsichord tuning'),
    ('what is quarter-comma meantone temperament', 'search-style question about historical tuning'),
    ('is lock picking legal as a hobby', 'search-style question about locksport'),
    ('how does a pin tumbler lock work', 'search-style question about locks'),
    ('what is a tension wrench used for in lockpicking', 'search-style question about locksport tools'),
    ('why do morris dancers wear bells on their legs', 'search-style question about Morris dancing'),
    ('difference between cotswold and border morris', 'search-style question about Morris dancing'),
    ('how to apply gold leaf to a glass shop window', 'search-style question about signwriting'),
    ('what brush do signwriters use for lettering', 'search-style question about signwriting'),
    ('what is a squidger in tiddlywinks', 'search-style question about tiddlywinks'),
    ('what does squopping mean in tiddlywinks', 'search-style question about tiddlywinks'),
    ('how many winks come in a tiddlywinks set', 'search-style question about tiddlywinks'),
    ('world record for most stone skips', 'search-style question about stone skimming'),
    ('what is the best shape of stone for skimming', 'search-style question about stone skimming'),
    ('when is the stone skimming championship on easdale', 'search-style question about stone skimming'),
    ('can i tune a harpsichord with a phone app', 'search-style question about harpsichord tuning (spare)'),
]

# (query, language, description)
CHAT = [
    ("talofa, e mafai ona e siaki pe o le Apia Harpsichord Tuners Ltd o lo'o i le lisi?", 'Samoan', 'invented harpsichord-tuning firm'),
    ("aloha, hiki iā ʻoe ke nānā inā aia ʻo Kona Locksport Hui ma ka papa inoa?", 'Hawaiian', 'invented locksport club'),
    ("allillanchu, Cusco Morris Tusuq Ayllu S.A.C. listapi kachkanchu? qhawariway", 'Quechua', 'invented Morris-dancing side'),
    ("mba'éichapa, ikatúpa rehecha oĩpa Asunción Letrero Pintorakuéra S.R.L. lístape?", 'Guarani', 'invented signwriting studio'),
    ("salaam, mën nga seet ndax Dakar Tiddlywinks Mbootaay SUARL ngi ci lim bi?", 'Wolof', 'invented tiddlywinks club'),
    ("mbote, okoki kotala soki Kinshasa Mabanga ya Mai SARL ezali na liste?", 'Lingala', 'invented stone-skimming contest'),
    ("muraho, mwandebera niba Kigali Harpsichord Tuners Ltd iri ku rutonde?", 'Kinyarwanda', 'invented harpsichord-tuning firm'),
    ("mhoro, mungatarisa here kuti Harare Lock Pickers Club (Pvt) Ltd iri parunyorwa?", 'Shona', 'invented locksport club'),
    ("dumela, na o ka sheba hore na Maseru Morris Dancers (Pty) Ltd e teng lenaneng?", 'Southern Sotho', 'invented Morris-dancing side'),
    ("manao ahoana, azonao jerena ve raha ao anaty lisitra ny Antananarivo Soratra Tanana SARL?", 'Malagasy', 'invented signwriting studio'),
    ("maayong buntag, palihug tan-awa kung naa ba sa lista ang Cebu Tiddlywinks Club Inc.", 'Cebuano', 'invented tiddlywinks club'),
    ("sugeng enjing, tulung priksa apa Yogyakarta Watu Kiling CV ana ing dhaftar?", 'Javanese', 'invented stone-skimming contest'),
    ("wilujeng enjing, tiasa dipariksa naha Bandung Tukang Stem Harpsikord CV aya dina daptar?", 'Sundanese', 'invented harpsichord-tuning firm'),
    ("adiu, podètz verificar se Tolosa Dobridors de Pan SARL es sus la lista?", 'Occitan', 'invented locksport club'),
    ("bonghjornu, pudete verificà s'è Aiacciu Ballarini Morris SARL hè nantu à a lista?", 'Corsican', 'invented Morris-dancing side'),
    ("demat, gallout a rit gwiriañ hag-eñ emañ Brest Livourien Panelloù SARL war ar roll?", 'Breton', 'invented signwriting studio'),
    ("hey, kanst tú kanna um Tórshavn Tiddlywinks Felag er á listanum?", 'Faroese', 'invented tiddlywinks club'),
    ("allegra, pudais Vus controllar sche Cuira Sglischaders da Crappa Sàrl è sin la glista?", 'Romansh', 'invented stone-skimming contest'),
    ("salute, vos pote verificar si Harpsichord Accordatores de Milano S.r.l. es in le lista?", 'Interlingua', 'invented harpsichord-tuning firm'),
    ("salve, potesne inspicere num Collegium Clavicariorum Londiniense in indice sit?", 'Latin', 'invented locksport club'),
    ("azul, tzemreḍ ad tesneqdeḍ ma yella Tizi Wezzu Imuras Morris SARL deg tebdart?", 'Kabyle', 'invented Morris-dancing side'),
    ("bondia, bele haree karik Dili Pintura Letra Unipessoal Lda iha lista ka lae?", 'Tetum', 'invented signwriting studio'),
    ("bonzour, ou kapab verifye si Mahe Tiddlywinks Klib Ltd i lo lalis?", 'Seychellois Creole', 'invented tiddlywinks club'),
    ("bon dia, bu pode odja si Mindelo Pedra Saltadera Lda sta na lista?", 'Cape Verdean Creole', 'invented stone-skimming contest'),
    ("lotjhani, ungakhangela ukuthi Bulawayo Harpsichord Tuners (Pvt) Ltd ikhona erhelweni?", 'Southern Ndebele', 'invented harpsichord-tuning firm'),
    ("bon dia, podes verificar se Miranda Dançadores de Paulitos Lda. stá na lista?", 'Mirandese', 'invented Morris-like stick-dance side (spare)'),
]

PERSON = [
    ('Cordelia Ashgrove Harpsichord Tuning Ltd', 'invented person-named harpsichord-tuning firm'),
    ('Matthias Krebsbach Cembalobau GmbH', 'invented person-named harpsichord workshop'),
    ('Declan Farrow Locksport Supplies Ltd', 'invented person-named locksport shop'),
    ('Oskar Lindqvist Låsdyrkning AB', 'invented person-named lock-picking firm'),
    ('Tobias Hartwell Morris Dancing Tuition Ltd', 'invented person-named Morris-dancing teacher'),
    ('Bethan Llewelyn Dawnswyr Morris Cyf', 'invented person-named Morris side'),
    ('Harriet Bellweather Signwriting Ltd', 'invented person-named signwriter'),
    ('Lucía Ferrándiz Rotulación a Mano S.L.', 'invented person-named signwriter'),
    ('Percival Quayle Tiddlywinks Supplies Ltd', 'invented person-named tiddlywinks supplier'),
    ('Ingrid Hovland Tiddlywinks Klubb AS', 'invented person-named tiddlywinks club'),
    ('Fergus MacAulay Stone Skimming Events Ltd', 'invented person-named stone-skimming organiser'),
    ('Wendell Pruitt Rock Skipping Contests LLC', 'invented person-named stone-skipping organiser'),
    ('Agathe Vernier Accordage de Clavecins SARL', 'invented person-named harpsichord tuner (spare)'),
]

BRAND = [
    ('Peterson StroboPlus HD strobe tuner', 'tuner used by harpsichord tuners (from memory)'),
    ('Korg OT-120 orchestral tuner', 'tuner used by harpsichord tuners (from memory)'),
    ('Zuckermann Flemish harpsichord kit', 'harpsichord kit (from memory)'),
    ('Sparrows Tuxedo lock pick set', 'lock-pick set (from memory)'),
    ('SouthOrd PXS-14 pick set', 'lock-pick set (from memory)'),
    ('Covert Instruments clear practice lock', 'locksport practice lock (from memory)'),
    ('1-Shot lettering enamel 4 oz', 'signwriting paint (from memory)'),
    ('Mack Series 10 sword striper brush', 'signwriting brush (from memory)'),
    ('Morris dancing bell pads pair', 'Morris-dancing kit'),
    ('tiddlywinks competition set with squidgers', 'tiddlywinks set'),
    ('Kolner Skimming Stones gift bag', 'invented stone-skimming product (spare)'),
]
