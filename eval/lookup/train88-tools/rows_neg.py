# -*- coding: utf-8 -*-
"""train88 hand-written negatives (theme: lumberjack-sports shows, tug-of-war clubs, jousting troupes,
kabaddi clubs, arm-wrestling leagues, hula-hoop troupes). Each list has spares at the end."""

THEME_PHRASES = ['Lumberjack Logrollers', 'Rope Tuggers', 'Jousting Knights', 'Kabaddi Raiders',
                 'Armwrestling Champions', 'Hula Hoopers']

SHARE_FIRST = ['Diamond', 'Atlas', 'Silver', 'Crystal', 'Delta', 'Falcon', 'Horizon', 'Unity', 'Alpha', 'Pacific',
               'Liberty', 'Orient', 'Sunrise', 'Mercury', 'Jupiter', 'Rainbow', 'Arrow', 'Tiger']

FAMOUS = [
    ('Great Maine Lumberjack Show', 'lumberjack-sports show in Trenton, Maine'),
    ('Lumberjack World Championships', 'annual lumberjack contest in Hayward, Wisconsin'),
    ('STIHL Timbersports', 'professional lumberjack-sports series'),
    ('Great Smoky Mountain Lumberjack Feud', 'lumberjack dinner show in Pigeon Forge'),
    ('Alaskan Lumberjack Show', 'lumberjack show in Ketchikan'),
    ('Tug of War International Federation', 'world governing body of tug of war'),
    ('Tug of War Association', 'English tug-of-war governing body'),
    ('USA Tug of War Association', 'US tug-of-war body'),
    ('Irish Tug of War Association', 'Irish tug-of-war body'),
    ('Medieval Times Dinner & Tournament', 'jousting dinner-show chain'),
    ('Knights of Royal England', 'English jousting display troupe'),
    ('The Knights of Middle England', 'English jousting and falconry display company'),
    ('Royal Armouries', 'UK national arms and armour museum that stages jousts'),
    ('Pro Kabaddi League', 'Indian professional kabaddi league'),
    ('International Kabaddi Federation', 'world governing body of kabaddi'),
    ('Amateur Kabaddi Federation of India', 'Indian kabaddi governing body'),
    ('Patna Pirates', 'Pro Kabaddi League team'),
    ('Jaipur Pink Panthers', 'Pro Kabaddi League team'),
    ('World Armwrestling Federation', 'international arm-wrestling federation'),
    ('World Armwrestling League', 'professional arm-wrestling league'),
    ('Zloty Tur', 'Polish arm-wrestling tournament organiser'),
    ('East vs West Armwrestling', 'arm-wrestling super-match series'),
    ('Hoopnotica', 'hula-hoop fitness brand'),
    ('Wham-O', 'toy maker that sold the Hula Hoop'),
    ('Heard Museum World Championship Hoop Dance Contest', 'hoop-dance championship in Phoenix'),
    ('Grouse Mountain Lumberjack Show', 'lumberjack show near Vancouver (spare)'),
    ('International Jousting League', 'jousting league (spare)'),
]

OTHER_SCRIPT = [
    ('Пловдивски клуб по дърпане на въже', 'Bulgarian: invented Plovdiv tug-of-war club'),
    ('Σύλλογος Διελκυστίνδας Λάρισας', 'Greek: invented Larissa tug-of-war club'),
    ('מועדון היאבקות ידיים חיפה', 'Hebrew: invented Haifa arm-wrestling club'),
    ('نادي مصارعة الذراعين في الإسكندرية', 'Arabic: invented Alexandria arm-wrestling club'),
    ('لاہور رسہ کشی کلب', 'Urdu: invented Lahore tug-of-war club'),
    ('Новосибирский клуб кабадди', 'Russian: invented Novosibirsk kabaddi club'),
    ('Львівське товариство лицарських турнірів', 'Ukrainian: invented Lviv jousting-tournament society'),
    ('Новосадски клуб хула-хупа', 'Serbian: invented Novi Sad hula-hoop club'),
    ('जयपुर रस्साकशी क्लब', 'Hindi: invented Jaipur tug-of-war club'),
    ('广州卡巴迪俱乐部', 'Chinese (Simplified): invented Guangzhou kabaddi club'),
    ('香港呼拉圈舞蹈團', 'Chinese (Traditional, Hong Kong): invented hula-hoop dance troupe'),
    ('ལྷ་ས་ལག་པའི་འཐབ་རྩལ་ཚོགས་པ།', 'Tibetan: invented Lhasa arm-wrestling association'),
    ('ئۈرۈمچى ئارغامچا تارتىش كۇلۇبى', 'Uyghur: invented Urumqi tug-of-war club'),
    ('یانەی گوریس کێشانی سلێمانی', 'Sorani Kurdish: invented Sulaymaniyah tug-of-war club'),
    ('Шупашкарти вӑрман касакансен шоуӗ', 'Chuvash: invented Cheboksary lumberjack show'),
    ('Дьокуускайдааҕы мас кэрдээччилэр көрдөрүүлэрэ', 'Sakha: invented Yakutsk wood-cutters (lumberjack) show'),
    ('Дзӕуджыхъӕуы барӕгты турниры клуб', 'Ossetian: invented Vladikavkaz horseback-tournament (jousting) club'),
    ('Соьлжа-ГӀалин куьйгаш латар клуб', 'Chechen: invented Grozny arm-wrestling club'),
    ('Ижкарысь хула-хуп клуб', 'Udmurt: invented Izhevsk hula-hoop club (spare)'),
]

GENERIC = [
    ('how long can a logroller stay on a spinning log', 'lumberjack-sports question'),
    ('what is the world record for the springboard chop', 'lumberjack-sports question'),
    ('how many people are on a tug of war team', 'tug-of-war question'),
    ('what shoes should you wear for tug of war', 'tug-of-war question'),
    ('how heavy was a medieval jousting lance', 'jousting question'),
    ('do horses get hurt in modern jousting shows', 'jousting question'),
    ('how long is a raid in kabaddi', 'kabaddi question'),
    ('what is a super tackle in kabaddi', 'kabaddi question'),
    ('how to train for arm wrestling without a partner', 'arm-wrestling question'),
    ('is arm wrestling bad for your elbow', 'arm-wrestling question'),
    ('what size hula hoop should an adult beginner use', 'hula-hoop question'),
    ('how many calories does hula hooping burn in 30 minutes', 'hula-hoop question'),
    ('what does birling mean in lumberjack sports', 'lumberjack-sports question'),
    ('how many players are on a kabaddi team', 'kabaddi question'),
    ('are weighted hula hoops safe for your back', 'hula-hoop question'),
    ('who set the official rules for tug of war', 'tug-of-war question (spare)'),
]

CHAT = [
    ('Pšosym pśeglědaj, lěc jo Chóśebuski klub śěganja powrjaza na lisćinje sankcijow.', 'Lower Sorbian: invented Cottbus tug-of-war club'),
    ("Te pòdet controlà se i Lumberjack Logrollers de Bergum hinn in de la lista di sanzion?", 'Lombard: invented Bergamo lumberjack show'),
    ('Ti peu controllâ se i Cavalê da Giostra de Zena son inta lista de sançioin?', 'Ligurian: invented Genoa jousting knights'),
    ('Podètz verificar se lo Club de Tira-Còrda de Tolosa es sus la lista de las sancions?', 'Occitan: invented Toulouse tug-of-war club'),
    ("Tu peux vir si ch' club d'tire à l'corde d'Anmiens i est su l'lisse des sanctions?", 'Picard: invented Amiens tug-of-war club'),
    ('Kun je e keer kykn of de Brugsche Touwtrekkers ip de sanctielyste stoan?', 'West Flemish: invented Bruges tug-of-war club'),
    ('Koast du wäil kiekje, of do Seelter Kabaddi Raiders ap ju Sanktionslieste stounde?', 'Saterland Frisian: invented kabaddi club'),
    ('Voi tu vari puorbaudeit, voi Rēzeknis ryuku cēņu klubs ir sankceju sarokstā?', 'Latgalian: invented Rēzekne arm-wrestling club'),
    ('Ar gali patėkrintė, ar Telšiu Hula Hoopers īr sankcėju sārašė?', 'Samogitian: invented Telšiai hula-hoop troupe'),
    ('Ndax mën nga seet ndax Dakar Rope Tuggers nekk na ci lisu sanksioŋ yi?', 'Wolof: invented Dakar tug-of-war club'),
    ('I bɛ se ka a lajɛ ni Bamako Armwrestling Champions bɛ sanksiyon lisiti kan wa?', 'Bambara: invented Bamako arm-wrestling club'),
    ('Okoki kotala soki Kinshasa Jousting Knights ezali na liste ya bitumbu?', 'Lingala: invented Kinshasa jousting troupe'),
    ('Mo lingbi ti bâ wala Bangui Hula Hoopers ayeke na ndö ti liste ti sanction?', 'Sango: invented Bangui hula-hoop troupe'),
    ('Ungahlola ukuthi iBulawayo Rope Tuggers Club ikuluhlu lwezijeziso yini?', 'Northern Ndebele: invented Bulawayo tug-of-war club'),
    ('Na o ka hlahloba hore na Maseru Armwrestling Champions e lenaneng la dikotlo?', 'Sesotho: invented Maseru arm-wrestling club'),
    ('Bele haree se Dili Jousting Knights iha lista sansaun nian ka lae?', 'Tetum: invented Dili jousting troupe'),
    ('Ngsebechem el mesang a Koror Hula Hoopers ng ngar er a lista er a sanction?', 'Palauan: invented Koror hula-hoop troupe'),
    ('Ka rauka ia koe i te akara me tei roto te Avarua Rope Tuggers i te lista akautunga?', 'Rarotongan: invented Avarua tug-of-war club'),
    ('Hiki iā ʻoe ke nānā inā aia ʻo Hilo Hula Hoopers ma ka papa inoa hoʻopaʻi?', 'Hawaiian: invented Hilo hula-hoop troupe'),
    ('Bu pode djobe si Praia Lumberjack Logrollers sta na lista di sanson?', 'Cape Verdean Creole: invented Praia lumberjack show'),
    ('Ikatúpa rehecha oĩpa Asunción Jousting Knights sanción lístape?', 'Guarani: invented Asunción jousting troupe'),
    ('Wówapi kiŋ él Rapid City Armwrestling Champions yaŋkápi he? Owáŋyaŋg yo.', 'Lakota: invented Rapid City arm-wrestling club'),
    ('Puede tu mira si el Zamboanga Rope Tuggers talla na lista de sanciones?', 'Chavacano: invented Zamboanga tug-of-war club'),
    ('Bisa tolong caliak apo Bukittinggi Kabaddi Raiders ado di daftar sanksi?', 'Minangkabau: invented Bukittinggi kabaddi club'),
    ('Ka sun luma bidin chekeha hama Dangriga Lumberjack Logrollers lidan lista sanciones?', 'Garifuna: invented Dangriga lumberjack show'),
    ('Dados tiang nunas tlektekang napi Denpasar Hula Hoopers wenten ring daftar sanksi?', 'Balinese: invented Denpasar hula-hoop troupe (spare)'),
]

PERSON = [
    ('Bartholomew Ashgrove Lumberjack Shows Ltd', 'invented person-named lumberjack-show firm (UK)'),
    ('Torvald Lindqvist Skogshuggarshow AB', 'invented person-named lumberjack-show firm (Sweden)'),
    ('Gwendolyn Marchbank Tug of War Supplies Ltd', 'invented person-named tug-of-war supplier (UK)'),
    ('Hendrik Oosterhuis Touwtrekken BV', 'invented person-named tug-of-war firm (Netherlands)'),
    ('Percival Dunmore Jousting Displays Ltd', 'invented person-named jousting troupe (UK)'),
    ('Aurélien Castelnau Joutes Équestres SARL', 'invented person-named jousting troupe (France)'),
    ('Harpreet Sandhu Kabaddi Academy Ltd', 'invented person-named kabaddi academy (UK)'),
    ('Rajinder Malhotra Kabaddi Mats Pvt Ltd', 'invented person-named kabaddi mat maker (India)'),
    ('Brodie McAllister Armwrestling Tables Ltd', 'invented person-named arm-wrestling table maker (UK)'),
    ('Oksana Hrytsenko Armwrestling Academy LLC', 'invented person-named arm-wrestling gym (US)'),
    ('Coralie Fenwick Hula Hoop Fitness Ltd', 'invented person-named hula-hoop fitness firm (UK)'),
    ('Makana Kealoha Hoop Dance LLC', 'invented person-named hoop-dance troupe (US)'),
    ('Ingrid Solberg Vedhoggershow AS', 'invented person-named lumberjack-show firm (Norway, spare)'),
]

BRAND = [
    ('Husqvarna 372 XP chainsaw', 'chainsaw used in lumberjack sports'),
    ('Key-Log Rolling portable log', 'synthetic log for log-rolling practice'),
    ('Council Tool Sport Utility Finish axe 28 inch', 'felling axe'),
    ('Everlast 50 ft tug of war rope', 'tug-of-war rope'),
    ('Marlow tug of war rope 32 mm', 'tug-of-war rope'),
    ('Nivia kabaddi shoes', 'kabaddi shoes'),
    ('Schleich jousting knight on horse figure', 'toy jousting figure'),
    ('IronMind Rolling Thunder grip handle', 'grip-training handle used by arm wrestlers'),
    ('Wham-O Hula Hoop original', 'hula hoop'),
    ('Hoopnotica Power Hoop weighted fitness hoop', 'weighted hula hoop'),
    ('Cosco kabaddi mat 20 mm', 'kabaddi mat (spare)'),
]

NEAR_STOP = set('''bank banco trading shipping industries industry company international general national group
investment investments services service import export oil petroleum energy commercial comercial construction
engineering development technology technical trust finance financial holding exchange money transfer travel
tourism hotel medical pharma pharmaceutical foundation charity institute university ministry directorate
organization organisation office center centre agency association society union network industrial electric
electronics airlines airways aviation marine maritime transport logistics cargo fishing farm farms agricultural
agro inversiones comercializadora distribuidora sociedad servicios import exportadora hermanos grupo limited
metal metals steel mining minerals chemical chemicals gold diamond gas petrochemical plastics textile
textiles garment garments paper food foods products production manufacturing factory plant works
shipyard shipbuilding insurance security military army brigade battalion front movement party islamic
republic state people peoples democratic revolutionary liberation forces force guard guards martyrs
brothers cartel trafficking organization drug laundering real estate property properties capital
global world universal royal star golden mill mills progress warfare'''.split())
