# -*- coding: utf-8 -*-
"""train83 hand-written negatives (theme: cricket-bat makers, fly-tying workshops, dry-stone wallers,
geocaching clubs, caving guides, treetop ropes-course parks). Lists are in preference order; extras are spares."""

PHRASES = ['Cricket Batmakers', 'Fly Tyers', 'Drystone Wallers', 'Geocaching Adventures', 'Spelunking Guides', 'Treetop Ropeways']

FAMOUS = [
    ('Gray-Nicolls', 'real English cricket-bat maker'),
    ('Gunn & Moore', 'real English cricket-bat maker'),
    ('Kookaburra Sport', 'real Australian cricket-equipment maker'),
    ('Sanspareils Greenlands', 'real Indian cricket-bat maker (SG)'),
    ('Newbery Cricket', 'real English cricket-bat maker'),
    ('Orvis', 'real US fly-fishing and fly-tying outfitter'),
    ('Hareline Dubbin', 'real US fly-tying materials supplier'),
    ('Wapsi Fly', 'real US fly-tying materials supplier'),
    ('Veniard', 'real English fly-tying materials supplier'),
    ('Fulling Mill', 'real English fishing-fly maker'),
    ('Dry Stone Walling Association of Great Britain', 'real dry-stone walling body'),
    ('Dry Stone Conservancy', 'real US dry-stone walling charity'),
    ('The Stone Trust', 'real US dry-stone walling school'),
    ('Dry Stone Walling Across Canada', 'real Canadian dry-stone walling group'),
    ('Groundspeak Inc.', 'real company behind the geocaching website'),
    ('Geocaching Association of Great Britain', 'real geocaching association'),
    ('Geocaching HQ', 'real geocaching headquarters name'),
    ('British Caving Association', 'real caving body'),
    ('National Speleological Society', 'real US caving society'),
    ('Fédération Française de Spéléologie', 'real French caving federation'),
    ('Union Internationale de Spéléologie', 'real international caving union'),
    ('Go Ape', 'real treetop ropes-course operator'),
    ('Zip World', 'real zip-line and treetop adventure operator'),
    ('Treetop Trekking', 'real Canadian treetop ropes-course operator'),
    ('WildPlay Element Parks', 'real Canadian treetop adventure-park operator'),
    ('Whiting Farms', 'real US fly-tying feather supplier (spare)'),
    ('Salix Cricket Bats', 'real English cricket-bat maker (spare)'),
]

OTHER_SCRIPT = [
    ('Пермский клуб спелеологов «Подземный путь»', 'invented Russian caving club, Cyrillic'),
    ('نادي مسقط لاستكشاف الكهوف', 'invented Arabic caving club, Arabic script'),
    ('桂林洞穴探险向导有限公司', 'invented Chinese caving-guide firm, simplified Chinese'),
    ('香港樹頂歷險繩網樂園', 'invented Cantonese treetop rope park, traditional Chinese'),
    ('मेरठ क्रिकेट बल्ला कारखाना', 'invented Hindi cricket-bat factory, Devanagari'),
    ('पोखरा गुफा पथप्रदर्शक सेवा', 'invented Nepali cave-guide service, Devanagari'),
    ('سیالکوٹ کرکٹ بیٹ ساز کمپنی', 'invented Urdu cricket-bat makers, Urdu script'),
    ('ଭୁବନେଶ୍ୱର ଜିଓକ୍ୟାଚିଂ କ୍ଲବ', 'invented Odia geocaching club, Odia script'),
    ('গুৱাহাটী গুহা অভিযান পথপ্ৰদৰ্শক', 'invented Assamese cave-expedition guides, Assamese script'),
    ('ရန်ကုန် ဂျီယိုကက်ရှင်း အသင်း', 'invented Burmese geocaching club, Myanmar script'),
    ('ក្លឹបរុករកល្អាងកំពត', 'invented Khmer cave-exploring club, Khmer script'),
    ('ສະໂມສອນສຳຫຼວດຖ້ຳວັງວຽງ', 'invented Lao cave-exploring club, Lao script'),
    ('ལྷ་སའི་རྡོ་རྩིག་བཟོ་པ།', 'invented Tibetan dry-stone wall builders, Tibetan script'),
    ('የአዲስ አበባ የዛፍ ጫፍ ገመድ መናፈሻ', 'invented Amharic treetop rope park, Ethiopic'),
    ('ናይ ኣስመራ ክሪኬት ባት መስርሒ', 'invented Tigrinya cricket-bat workshop, Ethiopic'),
    ('މާލޭ ފްލައި ޓައިން ވޯކްޝޮޕް', 'invented Dhivehi fly-tying workshop, Thaana'),
    ('Өфө мәмерйә юлбашсылары берекмәһе', 'invented Bashkir cave-guides association, Cyrillic'),
    ('Клуби ғоршиносони Душанбе', 'invented Tajik speleologists club, Cyrillic'),
    ('ئۈرۈمچى ئۆڭكۈر يېتەكچىلىرى', 'invented Uyghur cave guides, Arabic script (spare)'),
]

SHARE_FIRST = ['Sun', 'Silver', 'Alpha', 'Falcon', 'Unity', 'Horizon', 'Pacific', 'Orient', 'Diamond', 'Omega',
               'Jupiter', 'Noor', 'Pearl', 'Vision', 'Sigma', 'Orion', 'Modern', 'Capital']

GENERIC = [
    ('how are cricket bats made from english willow', 'generic question about cricket bats'),
    ('what does knocking in a new cricket bat do', 'generic question about cricket bats'),
    ('which grade of willow is best for a cricket bat', 'generic question about cricket bats'),
    ('how to tie a woolly bugger fly', 'generic question about fly tying'),
    ('what vise do i need to start fly tying', 'generic question about fly tying'),
    ('best hook sizes for tying dry flies', 'generic question about fly tying'),
    ('how do dry stone walls stand without mortar', 'generic question about dry-stone walling'),
    ('how long does it take to learn dry stone walling', 'generic question about dry-stone walling'),
    ('how to hide a geocache for the first time', 'generic question about geocaching'),
    ('what does dnf mean in geocaching', 'generic question about geocaching'),
    ('what should i wear for a first caving trip', 'generic question about caving'),
    ('is cave diving more dangerous than dry caving', 'generic question about caving'),
    ('how high are treetop adventure courses', 'generic question about treetop parks'),
    ('minimum age for a treetop ropes course', 'generic question about treetop parks'),
    ('how to become a qualified caving instructor', 'generic question about caving'),
    ('can you find a geocache without a gps', 'generic question about geocaching (spare)'),
]

CHAT = [
    ('Kinne jo it bedriuw Snitser Droege Stienmuorren BV foar my neisjen?', 'West Frisian'),
    ('An urrainn dhut sùil a thoirt air Gàradairean Clach-thioram Bhàideanach Eta?', 'Scottish Gaelic'),
    ('Kannst du mal na de Firma Hamborger Höhlenföhrers GmbH kieken?', 'Low German'),
    ("Chasch mer bitte d'Firma Bärner Boumwipfel-Seilpark AG aaluege?", 'Alemannic'),
    ('Kannst ma de Firma Minga Fliagnbinderei GmbH nachschaun?', 'Bavarian'),
    ("Puetz mirar a empresa Guías d'Espeleolochía de Uesca S.L.?", 'Aragonese'),
    ('Mi po cuntrullari a ditta Caccia-Tesoru Geocaching Catania S.r.l.?', 'Sicilian'),
    ("Me può cuntrullà 'a ditta Funicelle 'ncopp all'Albere Napule S.r.l.?", 'Neapolitan'),
    ('Ti pol controlar la dita Guide de le Grote Vicentine S.r.l.?', 'Venetian'),
    ('Ti peu controllâ a ditta Muagi a secco Zenéixi S.r.l.?', 'Ligurian'),
    ('Peus-to controlé la dita Mascarin dle Mosche Artificiaj Turin S.r.l.?', 'Piedmontese'),
    ('Te pòdet controlà la ditta Mazze de Cricket Milanes S.r.l.?', 'Lombard'),
    ('Voi var puorbaudeit firmu Daugpiļs Olu Gidi SIA?', 'Latgalian'),
    ('Kas sa saat kaeda firmat Võro Puuladvu Köüdpark OÜ?', 'Võro'),
    ('Ka taea e koe te tirotiro i te kamupene Waitomo Ana Kaiārahi Rōpū?', 'Maori'),
    ('Ka rauka ia koe i te akara i te kamupani Rarotonga Ana Tereanga?', 'Rarotongan'),
    ('Maeke nakai ia koe ke kumi e kamupani Niue Ana Fakakite?', 'Niuean'),
    ('E mafai o sukesuke ne koe te kamupani Funafuti Kilikiti Lakau?', 'Tuvaluan'),
    ('Mo lingbi ti gi kompanii Bangui Kriket Bata Sêngê?', 'Sango'),
    ('Èske w ka tcheke konpayi Gid Gwòt Pòtoprens SA pou mwen?', 'Haitian Creole'),
    ('Yu kan luku a firma Paramaribo Bon-tapu Titei Park N.V. gi mi?', 'Sranan Tongo'),
    ('Yu fit chek di kompin Freetown Kriket Bat Meka Ltd fo mi?', 'Krio'),
    ('To kapav verifie konpani Gid Kav Rodrig Ltd pou mwa?', 'Mauritian Creole'),
    ('O ka nthuša go lekola khamphani ya Polokwane Baagi ba Maboto a Mafsika?', 'Northern Sotho'),
    ('Bushe kuti mwafwailisha kampani ya Kitwe Geocaching Kalabu?', 'Bemba'),
    ('Pote tu verificar le compania Guidas de Cavernas de Trieste S.r.l.?', 'Interlingua (spare)'),
]

PERSON = [
    ('Nigel Ashcombe-Hartley Cricket Bats Ltd', 'invented person-named cricket-bat maker'),
    ('Rajinder Kohli Willow Craft Pvt Ltd', 'invented person-named cricket-bat maker'),
    ('Callum Fairweather Fly Tying Studio Ltd', 'invented person-named fly-tying workshop'),
    ('Ingrid Sæterdal Fluebinding AS', 'invented person-named fly-tying workshop'),
    ('Eoghan Mac Giolla Dry Stone Walling Ltd', 'invented person-named dry-stone waller'),
    ('Gwilym Pritchard Waliau Cerrig Sych Cyf', 'invented person-named dry-stone waller'),
    ('Brandon Kowalczyk Geocaching Adventures LLC', 'invented person-named geocaching firm'),
    ('Annelies Verhoeven Geocache Tochten BV', 'invented person-named geocaching firm'),
    ('Mathieu Rocheblave Spéléo Guides SARL', 'invented person-named caving-guide firm'),
    ('Darragh Whelan Cave Guiding Ltd', 'invented person-named caving-guide firm'),
    ('Tamsin Holloway Treetop Trails Ltd', 'invented person-named treetop park'),
    ('Sebastian Grünwald Hochseilgarten GmbH', 'invented person-named treetop ropes park'),
    ('Piers Wetherall Batmakers Ltd', 'invented person-named cricket-bat maker (spare)'),
]

BRAND = [
    ('Gray-Nicolls Legend cricket bat', 'cricket-bat product'),
    ('Gunn & Moore Diamond cricket bat', 'cricket-bat product'),
    ('Kookaburra Ghost Pro cricket bat', 'cricket-bat product'),
    ('Orvis beginner fly tying kit', 'fly-tying product'),
    ('Hareline Ice Dub fly tying dubbing', 'fly-tying product'),
    ('Wapsi UTC Ultra Thread 140', 'fly-tying product'),
    ('Veniard fly tying vice', 'fly-tying product'),
    ('Garmin eTrex 22x handheld GPS for geocaching', 'geocaching product'),
    ('Petzl Duo S caving headlamp', 'caving product'),
    ('Go Ape Treetop Challenge gift voucher', 'treetop park product'),
    ('Fulling Mill barbless dry fly hooks', 'fly-tying product (spare)'),
]

# near-miss stop list: ordinary trade words, countries and cities
NEAR_STOP = set('''trading trade company general import export imports exports services service industries industrial
industry investment investments bank banco shipping international internacional holding holdings group grupo
commercial comercial comercializadora inversiones inmobiliaria constructora construction distribuidora
servicios sociedad agricola agropecuaria ganadera transportes transport management consulting development
organization organisation foundation ministry national bureau office center centre corporation limited
iran iraq syria cuba korea russia china mexico colombia panama venezuela lebanon ukraine crimea dubai tehran
moscow beijing damascus havana pyongyang caracas bogota medellin cali culiacan tijuana guadalajara sinaloa
hong kong shanghai singapore malaysia emirates arab arabia islamic republic peoples democratic the and
petroleum petrochemical oil gas energy electric electronics airlines aviation marine maritime navigation
sanat tejarat sazeh sanaye pars kala saman mahdi shahid'''.split())
