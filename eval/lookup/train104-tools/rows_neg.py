# -*- coding: utf-8 -*-
"""train104 hand-written negatives (theme: hanko seal-carving workshops, pierogi makers, kalaripayattu schools,
lion-dance troupes, swiftlet bird's-nest houses, folding-fan makers), with spares."""

SUBJECTS = ['hanko (seal-stamp) carving workshop', 'pierogi maker', 'kalaripayattu school', 'lion-dance troupe',
            "swiftlet (edible bird's-nest) house", 'folding-fan maker']
PHRASES = ['Hanko Tenkoku', 'Pierogi Varenyky', 'Kalari Gurukkal', 'Liondance Barongsai', 'Swiftlet Birdnest',
           'Sensu Abanico']
PHRASE_SUBJECT = dict(zip(PHRASES, SUBJECTS))

FAMOUS = [
    ('Shachihata Inc.', 'a Japanese maker of self-inking name stamps'),
    ('Xiling Seal Art Society', 'a seal-carving society in Hangzhou'),
    ('Japan Seal Engraving Association', 'a trade body of hanko engravers'),
    ('Rokugo Inkan Cooperative', 'a cooperative of seal makers in Rokugo, Yamanashi'),
    ("Mrs. T's Pierogies", 'an American frozen pierogi brand'),
    ('Pierogarnia Krakowiacy', 'a pierogi restaurant chain in Krakow'),
    ('Festiwal Pierogow Krakow', 'a pierogi festival in Krakow'),
    ('Pittsburgh Pierogi Race', 'a mascot race at baseball games'),
    ('CVN Kalari Sangham', 'a kalaripayattu school in Thiruvananthapuram'),
    ('Agasthyam Kalaripayattu', 'a kalaripayattu school in Kerala'),
    ('Kerala Kalaripayattu Association', 'a kalaripayattu sports body'),
    ('Hindustan Kalari Sangam', 'a kalaripayattu federation'),
    ('Kun Seng Keng Lion Dance Troupe', 'a Malaysian lion-dance troupe'),
    ('Genting World Lion Dance Championship', 'a lion-dance competition'),
    ('Persatuan Liong Barongsai Indonesia', 'the Indonesian dragon and lion dance federation'),
    ('International Dragon and Lion Dance Federation', 'a world lion-dance body'),
    ('Eu Yan Sang', "a traditional-medicine retailer that sells bird's nest"),
    ('Swiftlet Eco Park', "a swiftlet bird's-nest park in Malaysia"),
    ("Brand's Bird's Nest", "a bottled bird's-nest drink brand"),
    ('Gomantong Caves', "a cave where swiftlet nests are harvested"),
    ('Duvelleroy', 'a Paris fan maker'),
    ('Casa de Diego', 'a Madrid fan and umbrella shop'),
    ('Miyawaki Baisen-an', 'a Kyoto folding-fan maker'),
    ('The Fan Museum Greenwich', 'a museum of hand fans'),
    ('Abanicos Carbonell', 'a Valencian fan maker'),
    ('Sylvain Le Guen Eventailliste', 'a French fan maker (spare)'),
    ('Kyoto Aiba Uchiwa', 'a Kyoto fan shop (spare)'),
]

OTHER_SCRIPT = [
    ('Полтавська варенична майстерня', 'Ukrainian (Cyrillic): a Poltava dumpling workshop'),
    ('Пловдивска работилница за ветрила', 'Bulgarian (Cyrillic): a Plovdiv fan workshop'),
    ('Новосадска група за лављи плес', 'Serbian (Cyrillic): a Novi Sad lion-dance group'),
    ('Улаанбаатарын тамга сийлбэрийн газар', 'Mongolian (Cyrillic): an Ulaanbaatar seal-carving shop'),
    ('Соьлжа-ГӀалара калари школа', 'Chechen (Cyrillic): a Grozny kalari school'),
    ('Дзæуджыхъæуы вареникты цех', 'Ossetian (Cyrillic): a Vladikavkaz dumpling workshop'),
    ('Шупашкарти ханко ӑсталӑхӗ', 'Chuvash (Cyrillic): a Cheboksary hanko workshop'),
    ('Дьокуускай сенсу маастарыскыайа', 'Sakha (Cyrillic): a Yakutsk folding-fan workshop'),
    ('Εργαστήριο βεντάλιας Ναυπλίου', 'Greek: a Nafplio fan workshop'),
    ('סדנת חותמות האנקו חיפה', 'Hebrew: a Haifa hanko stamp workshop'),
    ('کراچی شیر رقص گروپ', 'Urdu (Arabic script): a Karachi lion-dance group'),
    ('قەشقەر قارلىغاچ ئۇۋىسى شىركىتى', "Uyghur (Arabic script): a Kashgar swiftlet-nest company"),
    ('ናይ ኣስመራ ካላሪ ቤት ትምህርቲ', 'Tigrinya (Ethiopic): an Asmara kalari school'),
    ('ལྷ་སའི་སེང་གེ་གར་ཚོགས', 'Tibetan: a Lhasa snow-lion dance troupe'),
    ('ᐃᖃᓗᐃᑦ ᐱᐅᕋᒋ ᓴᓇᕝᕕᒃ', 'Inuktitut (syllabics): an Iqaluit pierogi workshop'),
    ('ܒܝܬ ܣܘܦܪܐ ܕܩܢܐ ܕܐܪܒܝܠ', "Syriac: an Erbil bird's-nest house"),
    ('ᱡᱟᱢᱥᱮᱫᱯᱩᱨ ᱠᱟᱞᱟᱨᱤ ᱟᱠᱷᱟᱲᱟ', 'Santali (Ol Chiki): a Jamshedpur kalari akhara'),
    ('ꯏꯝꯐꯥꯜ ꯁꯦꯟꯁꯨ ꯁꯥꯒꯠꯄ ꯃꯐꯝ', 'Manipuri (Meitei Mayek): an Imphal fan-making shop'),
    ('ߓߡߊߞߐ ߞߊߟߊߙߌ ߞߊߙߊ߲ߕߊ', "N'Ko (Manding): a Bamako kalari school (spare)"),
]

GENERIC = [
    ('how long does it take to carve a hanko seal by hand', 'a question about hanko carving'),
    ('what is the difference between a jitsuin and a mitomein', 'a question about Japanese seals'),
    ('how do you keep pierogi from sticking together when boiling', 'a cooking question about pierogi'),
    ('can you freeze pierogi before cooking them', 'a cooking question about pierogi'),
    ('what is the oldest style of kalaripayattu', 'a question about kalaripayattu'),
    ('why do kalari students get an oil massage', 'a question about kalaripayattu training'),
    ('how many performers are inside a lion dance costume', 'a question about lion dance'),
    ('why does the lion eat lettuce during a lion dance', 'a question about lion dance'),
    ('how are swiftlet nests harvested without harming the birds', "a question about bird's-nest harvesting"),
    ('why is edible bird nest so expensive', "a question about bird's nest"),
    ('how many ribs does a traditional folding fan have', 'a question about folding fans'),
    ('what did the language of the fan mean in spain', 'a question about fan etiquette'),
    ('which stone is best for carving a seal stamp', 'a question about seal carving'),
    ('how do you clean a silk folding fan', 'a question about fan care'),
    ('what drum rhythm goes with a southern lion dance', 'a question about lion-dance music'),
    ('what filling goes in ruskie pierogi', 'a cooking question about pierogi (spare)'),
]

CHAT = [
    ("Ch'est-i qu'el boutique Pierogis Ed Ch'Nord d'Amiens est su l'liste ?", 'Picard: is a pierogi shop listed'),
    ("Vos porriâd controlar la fabreca d'èventalys Sensu de Liyon ?", 'Arpitan: check a fan workshop'),
    ('Ti peu controllâ a ditta Ventaggi Zeneixi Sensu Abanico ?', 'Ligurian: check a fan maker'),
    ('Te pòdet controlà la ditta Kalari Gurukkal de Milan ?', 'Lombard: check a kalari school'),
    ('Móžoš pśeglědaś firmu Chóśebuske Pierogi Babcyna ?', 'Lower Sorbian: check a pierogi maker'),
    ('Voi tu varim puorbaudeit kompaneju Rēzeknis Hanko Darbneica ?', 'Latgalian: check a hanko workshop'),
    ('Ar gali patėkrintė imuonė Telšiu Vieduoklis Sensu ?', 'Samogitian: check a fan maker'),
    ('Könst dü det firma Hüsemer Liondance Trup neekiike ?', 'North Frisian: check a lion-dance troupe'),
    ('Šaj te dikhes e firma Abanico Romano Beograd ?', 'Romani: check a fan maker'),
    ('A waawii ƴeewtude kompaañi Ndakaaru Swiftlet Nest ?', "Pulaar: check a swiftlet-nest house"),
    ('Fo tõe n ges kãmpaani Wagadugu Kalari Karengsoaba bɩ ?', 'Mooré: check a kalari school'),
    ('A sixu kpɔ́n azɔ̌watɛn Kutɔnu Barongsai Hunkpame à ?', 'Fon: check a lion-dance troupe'),
    ('Ani obaanyɛ otao kompani Nkran Hanko Seal Shia lɛ ?', 'Ga: check a hanko workshop'),
    ('Woshobora kuraba isosiyete Bujumbura Pierogi Ibiryo ?', 'Kirundi: check a pierogi maker'),
    ('O ka hlahloba khamphani ya Polokwane Swiftlet Dintlwana ?', "Sepedi: check a swiftlet-nest house"),
    ('Oto vulu okutala okampani Oshakati Sensu Omapepe ?', 'Oshiwambo: check a fan maker'),
    ('Kasi mungasanda kampani ya Mzuzu Kalari Sukulu ?', 'Tumbuka: check a kalari school'),
    ("Uñakipt'asmati Chukiyawu Barongsai Thuqunaka empresa ?", 'Aymara: check a lion-dance troupe'),
    ('Pepi adkintuymi ti Temuko Hanko Chumkün empresa ?', 'Mapudungun: check a hanko workshop'),
    ("La kak'wil ri ajchak Xelajuj Pierogi Waykil ?", "K'iche': check a pierogi maker"),
    ("Je' u páajtal a xak'altik le empresa Jo' Swiftlet K'u'uk ?", "Yucatec Maya: check a swiftlet-nest house"),
    ('Ng sebechem el mesa a kombalii er a Koror Sensu Ngas ?', 'Palauan: check a fan maker'),
    ('Ko kona n tarai te kambanii ae Tarawa Kalari Reirei ?', 'Gilbertese: check a kalari school'),
    ('Ita bele haree kompañia Dili Barongsai Dansa ?', 'Tetum: check a lion-dance troupe'),
    ('Jeuet neukalon peuseurikatan Banda Aceh Hanko Cap ?', 'Acehnese: check a hanko workshop'),
    ('Bisa ngabas kompeni Sumenep Swiftlet Sarang ?', "Madurese: check a swiftlet-nest house (spare)"),
    ('Ndaej cazyawj gunghswh Namzningz Sensu Beiz ?', 'Zhuang: check a fan maker (spare)'),
]

PERSON = [
    ('Takeshi Morikawa Hanko Kobo KK', 'a person name on a hanko workshop'),
    ('Eleanor Pembridge Seal Carving Studio Ltd', 'a person name on a seal-carving studio'),
    ('Halina Wiśniewska Pierogarnia Sp. z o.o.', 'a person name on a pierogi shop'),
    ('Bogdan Kowalczyk Pierogi Company LLC', 'a person name on a pierogi maker'),
    ('Sreedharan Gurukkal Kalari Sangham Pvt Ltd', 'a person name on a kalari school'),
    ('Anjali Menon Kalaripayattu Academy LLP', 'a person name on a kalaripayattu academy'),
    ('Tan Wei Liang Lion Dance Troupe Sdn Bhd', 'a person name on a lion-dance troupe'),
    ('Budi Santoso Barongsai Group CV', 'a person name on a lion-dance group'),
    ('Nguyen Van Thanh Swiftlet Farm Co Ltd', "a person name on a swiftlet farm"),
    ('Lim Siew Hoon Bird Nest Trading Sdn Bhd', "a person name on a bird's-nest trader"),
    ('Carmen Ortuño Abanicos Artesanos SL', 'a person name on a fan maker'),
    ('Hiroko Nakagawa Sensu Kobo Ltd', 'a person name on a folding-fan workshop'),
    ('Marguerite Lavallière Éventails SARL', 'a person name on a fan maker (spare)'),
]

BRAND = [
    ('Shachihata Xstamper self-inking name stamp 9 mm', 'a stamp product'),
    ('Hanko red cinnabar ink paste 20 g', 'a seal-ink product'),
    ('Frozen potato and cheese pierogi 1 kg', 'a pierogi product'),
    ('Pierogi dough cutter brass 8 cm', 'a kitchen tool'),
    ('Kalaripayattu wooden otta practice stick', 'a training weapon'),
    ('Kalari massage oil 200 ml', 'a massage oil'),
    ('Southern lion dance head Foshan style', 'a lion-dance costume'),
    ('Lion dance drum 18 inch with sticks', 'a lion-dance drum'),
    ('Dried white swiftlet nest 50 g', "a bird's-nest product"),
    ('Hand-painted silk folding fan 23 cm', 'a fan'),
    ('Bird nest drink with rock sugar 6 bottles', "a bird's-nest drink (spare)"),
    ('Sandalwood sensu fan 21 cm', 'a fan (spare)'),
]

SHARES_FIRST = ['Star', 'Falcon', 'Ocean', 'Diamond', 'Silver', 'Noor', 'Aria', 'Pars', 'Kish', 'Titan', 'Orion',
                'Summit', 'Pioneer', 'Sunrise', 'Emerald', 'Sapphire', 'Jade', 'Tiger', 'Cedar', 'Oasis', 'Aurora',
                'Arctic', 'Sierra', 'Amazon', 'Simba', 'Arya', 'Sepehr', 'Dragon', 'Mega',
                'Atlas']

STOP = set('''inversiones servicios comercial comercializadora distribuidora constructora inmobiliaria agropecuaria
transportes industrial industrias sociedad compania empresa nacional general central import export trading company
shipping services products international development investment investments holdings management consulting
capital financial finance bank credit trust insurance energy petroleum industries engineering technology technologies
electronics systems solutions logistics marine maritime aviation airlines construction materials metals steel mining
chemical pharmaceutical medical hospital foods food agricultural farming cattle ganadera ganaderia hacienda
hotel hoteles hotelera restaurante cafe bar club casa centro grupo organizacion fundacion asociacion cooperativa
promotora desarrollo proyectos consultores asesores laboratorio farmacia drogueria gasolinera estacion servicio
minera textil confecciones calzado moda muebles madera papel plasticos quimica automotriz motos autos repuestos
transporte carga aerea naviera pesquera agricola avicola lacteos carnes frutas flores palma cafe azucar arroz
construcciones edificaciones urbanizadora vivienda viviendas terrenos tierras bienes raices propiedades capitales
productiva corporativa castings chamber merits educativos empire resourcing valles
gasolinero autodromo bolo boleto subasta niebla transnational vestimenta fabrics interactions gerencia optima race nord negocios comercio mercantil importadora exportadora representaciones distribuciones soluciones tecnologia
'''.split())
