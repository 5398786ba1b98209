# -*- coding: utf-8 -*-
"""Hand-written negatives for lookup-train100: bandy clubs, beatbox crews, handpan makers, areperas (arepa stands),
footbag (hacky sack) clubs and pesapallo (Finnish baseball) teams. Lists hold spares after the quota."""

THEME_PHRASES = ['Bandy Skaters', 'Beatbox Beatboxers', 'Handpan Pantams', 'Arepa Areperas', 'Footbag Footbaggers',
                 'Pesapallo Lukkaris']
SUBJECT = {'Bandy Skaters': 'bandy club', 'Beatbox Beatboxers': 'beatbox crew', 'Handpan Pantams': 'handpan maker',
           'Arepa Areperas': 'arepa stand', 'Footbag Footbaggers': 'footbag club', 'Pesapallo Lukkaris': 'pesapallo team'}

FAMOUS = [
    ('Federation of International Bandy', 'the world governing body of bandy'),
    ('Sandvikens AIK Bandy', 'Swedish bandy club'),
    ('Hammarby IF Bandy', 'Stockholm bandy club'),
    ('Yenisey Krasnoyarsk', 'Russian bandy club'),
    ('Bollnäs GIF Bandy', 'Swedish bandy club'),
    ('Swissbeatbox', 'Swiss beatbox media company and channel'),
    ('Grand Beatbox Battle', 'annual beatbox championship'),
    ('Berywam', 'French beatbox crew'),
    ('American Beatbox Championships', 'US beatbox competition'),
    ('PANArt Hangbau', 'Swiss maker of the Hang instrument'),
    ('Pantheon Steel', 'US handpan maker'),
    ('Saraz Handpans', 'handpan maker'),
    ('Ayasa Instruments', 'handpan maker'),
    ('Caracas Arepa Bar', 'New York arepa restaurant'),
    ('Harina P.A.N.', 'Venezuelan precooked corn flour brand'),
    ('Arepa Zone', 'Washington DC arepa restaurant'),
    ('World Footbag Association', 'footbag sport association'),
    ('International Footbag Players Association', 'footbag sport association'),
    ('Dirtbag Footbags', 'footbag maker'),
    ('Suomen Pesäpalloliitto', 'Finnish pesapallo federation'),
    ('Sotkamon Jymy', 'Finnish pesapallo team'),
    ('Vimpelin Veto', 'Finnish pesapallo team'),
    ('Joensuun Maila', 'Finnish pesapallo team'),
    # spares
    ('Hyvinkään Tahko', 'Finnish pesapallo team'),
    ('Kouvolan Pallonlyöjät', 'Finnish pesapallo team'),
    ('Villa Lidköping BK', 'Swedish bandy club'),
    ('Beatbox Battle World Championship', 'beatbox competition'),
]

OTHER_SCRIPT = [
    ('Όμιλος μπάντι Θεσσαλονίκης', 'invented Greek bandy club (Greek)'),
    ('סדנת האנדפאן חיפה', 'invented Haifa handpan workshop (Hebrew)'),
    ('Київська бітбокс команда Відлуння', 'invented Kyiv beatbox crew (Ukrainian)'),
    ('Софийски клуб по футбег', 'invented Sofia footbag club (Bulgarian)'),
    ('Ареперија Нови Сад', 'invented Novi Sad arepa stand (Serbian Cyrillic)'),
    ('Улаанбаатарын бэнди клуб', 'invented Ulaanbaatar bandy club (Mongolian Cyrillic)'),
    ('لاہور بیٹ باکس گروپ', 'invented Lahore beatbox group (Urdu)'),
    ('ئۈرۈمچى بىتبوكىس گۇرۇپپىسى', 'invented Urumqi beatbox group (Uyghur Arabic script)'),
    ('یانەی فووتبەگی هەولێر', 'invented Erbil footbag club (Sorani Kurdish)'),
    ('ኣስመራ ሃንድፓን ቤት ዕዮ', 'invented Asmara handpan workshop (Tigrinya)'),
    ('ལྷ་ས་ཧན་པན་བཟོ་ཁང་', 'invented Lhasa handpan workshop (Tibetan)'),
    ('ᐃᖃᓗᐃᑦ ᐴᑦᐸᒡ ᑲᑐᔾᔨᖃᑎᒌᑦ', 'invented Iqaluit footbag group (Inuktitut syllabics)'),
    ('Соьлжа-ГӀалин бэнди клуб', 'invented Grozny bandy club (Chechen)'),
    ('Дзӕуджыхъӕуы футбег клуб', 'invented Vladikavkaz footbag club (Ossetian)'),
    ('Шупашкар битбокс ушкӑнӗ', 'invented Cheboksary beatbox group (Chuvash)'),
    ('Дьокуускай хэндпэн маастардара', 'invented Yakutsk handpan makers (Sakha)'),
    ('Магьачкъала арепа ашхана', 'invented Makhachkala arepa kitchen (Kumyk)'),
    ('Нальчик песапалло команда', 'invented Nalchik pesapallo team (Karachay-Balkar)'),
    # spare
    ('Магас бэнди клуб', 'invented Magas bandy club (Ingush)'),
]

GENERIC = [
    ('what is the difference between bandy and ice hockey', 'general question about bandy'),
    ('how many players are on a bandy team', 'general question about bandy'),
    ('why is a bandy ball orange', 'general question about bandy'),
    ('how do beatboxers make a kick drum sound', 'general question about beatboxing'),
    ('what are beatbox battles judged on', 'general question about beatboxing'),
    ('how is a handpan tuned after the shell is hammered', 'general question about handpans'),
    ('what steel is a handpan shell made from', 'general question about handpans'),
    ('how do you keep arepa dough from cracking', 'general question about arepas'),
    ('what is the difference between a venezuelan and a colombian arepa', 'general question about arepas'),
    ('what is a reina pepiada arepa filled with', 'general question about arepas'),
    ('how many panels does a footbag have', 'general question about footbag'),
    ('what are the rules of footbag net', 'general question about footbag'),
    ('how is the pitch in pesapallo different from baseball', 'general question about pesapallo'),
    ('how many periods are in a pesapallo match', 'general question about pesapallo'),
    ('what does the lukkari do in pesapallo', 'general question about pesapallo'),
    # spare
    ('how long is a bandy match', 'general question about bandy'),
]

CHAT = [
    ('te pòdet controlà se la ditta Bandy Pattinadoo Milan Srl l\'è in de la lista di sanzion?', 'invented bandy club, request in Lombard'),
    ('ti peu verificâ se a ditta Arepa do Caroggio Zena a l\'é inta lista de sançioin?', 'invented arepa stand, request in Ligurian'),
    ('éch vourrau savoèr si l\'intrepriso Beatbox Picardie Crew al est su l\'liste des sanctions', 'invented beatbox crew, request in Picard'),
    ('est-che que la coumpagnie Handpan d\'la Hague est sus la liste des sanctions, s\'i vous pllaît?', 'invented handpan maker, request in Norman'),
    ('pôde-vos controlar se l\'entreprêsa Footbag Savouè Club est sur la lista des sanccions?', 'invented footbag club, request in Arpitan'),
    ('móžoš pśeglědaś, lěc jo firma Bandy Chóśebuz GmbH na lisćinje sankcijow?', 'invented bandy club, request in Lower Sorbian'),
    ('koast du wääsichje, of ju Firma Pesapallo Seelterlound GmbH ap ju Sanktionsliste stoant?', 'invented pesapallo team, request in Saterland Frisian'),
    ('koccâ, lii-uv firma Aanaar Handpan Oy pàngkkálistoost?', 'invented handpan maker, request in Inari Sami'),
    ('voi varat puorbaudeit, voi uzjāmums Daugpiļs Beatbox SIA ir sankceju sarokstā?', 'invented beatbox crew, request in Latgalian'),
    ('a galėtomta patėkrėntė, ar imuonė Telšiu Footbag UAB īr sankcėju sārašė?', 'invented footbag club, request in Samogitian'),
    ('oona kin check ef dat bizness Geechee Arepa Shack LLC dey pon de sanctions list?', 'invented arepa stand, request in Gullah'),
    ('eske to kapab gade si konpayi Bayou Bandy Club LLC la dan lis sanksyon-yé?', 'invented bandy club, request in Louisiana Creole'),
    ('ou pé gard si la sosyété Arepa Kréol Sin-Dni SARL lé dsi la lis sanksyon?', 'invented arepa stand, request in Reunion Creole'),
    ('na o ka lekola ge e le khamphani Polokwane Beatbox Crew (Pty) Ltd e le lenaneong la dikotlo?', 'invented beatbox crew, request in Sepedi'),
    ('ove mo vanga okutara kutja ombongo Windhoek Footbag Club CC i ri motjiwana tjozombandu?', 'invented footbag club, request in Herero'),
    ('bushe kuti mwamona nga ni kampani Kitwe Handpan Makers Ltd ili pa listi lya fibuulo?', 'invented handpan maker, request in Bemba'),
    ('kana mwa kona ku tatuba haiba kampani Mongu Pesapallo Club Ltd i fumaneha fa lisite ya likotu?', 'invented pesapallo team, request in Lozi'),
    ('okoki kotala soki kompani Kinshasa Arepa Ndako SARL ezali na liste ya bitumbu?', 'invented arepa stand, request in Lingala'),
    ('nge lenda tala kana kompani Matadi Beatbox Kimvuka SARL ikele mu nkanda wa ndola?', 'invented beatbox crew, request in Kongo'),
    ('wobɛtumi ahwɛ sɛ adwumakuw Cape Coast Footbag Kuw Ltd wɔ asotwe din krataa no so?', 'invented footbag club, request in Fante'),
    ('ndi mmekpe ke company Calabar Handpan Utom Ltd odu ke n̄wed ufen?', 'invented handpan maker, request in Efik'),
    ('bele haree ka kompañia Dili Bandy Klube Lda iha lista sansaun nian?', 'invented bandy club, request in Tetum'),
    ('maeke nakai ke kumi e koe ko e kamupani Alofi Footbag Kalapu Ltd i luga he lisi fakahala?', 'invented footbag club, request in Niuean'),
    ('ngmekedung el kmo a kambalii el Koror Pesapallo Club Inc ng ngar er a lista er a sanction?', 'invented pesapallo team, request in Palauan'),
    ('uñjtʼasmati Arepa Uta El Alto SRL empresax sanción listan utjaspati?', 'invented arepa stand, request in Aymara'),
    # spares
    ('pepi kintuafiel ta empresa Temuko Handpan Ltda sanción wirinmew?', 'invented handpan maker, request in Mapudungun'),
    ('ka tongeni nengeni ika ewe kampani Weno Beatbox Inc a nom won ewe lista?', 'invented beatbox crew, request in Chuukese'),
]

PERSON = [
    ('Lennart Åkerström Bandyklubb AB', 'invented person-named bandy club'),
    ('Harriet Quennell Bandy Sticks Ltd', 'invented person-named bandy equipment firm'),
    ('Desmond Okafor-Lynch Beatbox Academy Ltd', 'invented person-named beatbox school'),
    ('Yvette Marchetti Beatbox Studio SARL', 'invented person-named beatbox studio'),
    ('Balthasar Imhof-Gerber Handpan Werkstatt GmbH', 'invented person-named handpan maker'),
    ('Orla Fennimore Handpan Instruments Ltd', 'invented person-named handpan maker'),
    ('Yolimar Betancourt Areperas C.A.', 'invented person-named arepa stand'),
    ('Rodrigo Valenzuela-Paz Arepa Kitchen LLC', 'invented person-named arepa stand'),
    ('Tobias Wrenfield Footbag Supplies Ltd', 'invented person-named footbag maker'),
    ('Kalinda Marsh-Ortega Hacky Sack Club LLC', 'invented person-named footbag club'),
    ('Eino Kotilainen Pesäpallo Oy', 'invented person-named pesapallo firm'),
    ('Aune Pyykkönen-Leino Pesis Ky', 'invented person-named pesapallo firm'),
    # spare
    ('Gunnhild Bergqvist Bandy Arena AB', 'invented person-named bandy arena'),
]

BRAND = [
    ('Harina P.A.N. white corn meal 1 kg', 'corn flour product'),
    ('Cast iron arepa griddle 26 cm', 'arepa cooking product'),
    ('Orange bandy ball 62 mm', 'bandy product'),
    ('Long-blade bandy skates size 43', 'bandy product'),
    ('Handpan D Kurd 9 notes 53 cm', 'handpan product'),
    ('Handpan hard case with backpack straps', 'handpan product'),
    ('Crocheted footbag 32 panels sand filled', 'footbag product'),
    ('Hand-stitched suede footbag 6 panels', 'footbag product'),
    ('Pesapallo maila composite bat 88 cm', 'pesapallo product'),
    ('Shure SM58 beatbox microphone', 'beatbox product'),
    # spares
    ('Pesapallo catcher glove size L', 'pesapallo product'),
    ('Boss RC-505 loop station for beatboxers', 'beatbox product'),
]

SHARE_FIRST = ['Silver', 'Ocean', 'Global', 'Falcon', 'Diamond', 'Crown', 'Tiger', 'Dragon', 'Atlas', 'Star', 'Pioneer',
               'Emerald', 'Palm', 'Noor', 'Metro', 'Orbit', 'Infinity', 'Sina', 'Kish', 'Mega']

NEAR_STOP = set('''general national international industrial commercial services group bank shipping transport import export
investment investments holding development construction engineering technology energy petroleum chemical industries
industry limited corporation company sociedad comercial inversiones
abajo advance advisors aereo agropecuarias alta andamios anexas atunera autotransportes bakeri bakeries bosque cadena
calidad castellana ceramic chamber colombiano confecciones connect cooperativa corretaje counseling criadero crisol
distribucion educacion eighth electrical electricas enforcement especialidad estetic eventos exportaciones exports
farmaceutica ferry flower fomento forestal fumigaciones great hospitalaria importaciones iraqi lakes laundering lavadero
logistic lounge mecanicas medica mercantil mora naranjo nice noroeste obras orange organizacion planning pollos
productive promesas reduction resourcing rosal securities silk sistema smelting sunrise sushi sweets taxi tejar
terrestres tidewater transmission triton urbanizadora volunteers molduras mantenimientos avestruz suisse siam gilan
fars jerez jaime lina teresita maduro fatah mizu koning mahal novyi donya thahab selselat palayesh tarh payman
antioqueno'''.split())
