# -*- coding: utf-8 -*-
"""Hand-written train82 negatives (with spares), near-miss/shares-one-word phrases and stop list.
Theme: matryoshka (nesting-doll) painters, wasabi farms, sauerkraut fermenters, tightrope-walking schools,
petanque clubs, kilt makers."""

FAMOUS = [
 ('Semyonovskaya Rospis', 'matryoshka and Khokhloma factory in Semyonov, Russia'),
 ('Sergiev Posad Toy Museum', 'toy museum with an early matryoshka collection'),
 ('Moscow Matryoshka Museum', 'museum of nesting dolls'),
 ('Daio Wasabi Farm', 'wasabi farm in Azumino, Japan'),
 ('The Wasabi Company', 'UK wasabi grower'),
 ('Frog Eyes Wasabi', 'Oregon wasabi farm'),
 ('Kinjirushi Co., Ltd.', 'Japanese wasabi producer'),
 ('Tamaruya Honten', 'Shizuoka wasabi pickle maker'),
 ('Hengstenberg GmbH', 'German sauerkraut and pickle maker'),
 ('Carl Kühne KG', 'German sauerkraut and pickle maker'),
 ('Bubbies Fine Foods', 'US sauerkraut and pickle maker'),
 ('Great Lakes Kraut Company', 'US sauerkraut maker'),
 ('National Centre for Circus Arts', 'London circus school teaching tightrope'),
 ('École nationale de cirque', 'Montreal circus school'),
 ('Circus Smirkus', 'Vermont youth circus'),
 ('Circomedia', 'Bristol circus school'),
 ('Fédération Française de Pétanque et Jeu Provençal', 'French petanque federation'),
 ('Fédération Internationale de Pétanque et Jeu Provençal', 'international petanque federation'),
 ('English Pétanque Association', 'English petanque governing body'),
 ('Obut SAS', 'French boule maker'),
 ('La Boule Intégrale', 'French boule maker'),
 ('Kinloch Anderson', 'Edinburgh kilt maker'),
 ('Geoffrey (Tailor) Kiltmakers', 'Edinburgh kilt maker'),
 ('Lochcarron of Scotland', 'tartan weaver and kilt maker'),
 ('Utilikilts', 'Seattle utility-kilt maker'),
 ('House of Edgar', 'kilt and tartan maker (spare)'),
 ('Scottish Tartans Authority', 'tartan body (spare)'),
]

OTHER_SCRIPT = [
 ('హైదరాబాద్ తాడుపై నడక శిక్షణ పాఠశాల', 'Telugu: invented Hyderabad tightrope-walking school'),
 ('ಬೆಂಗಳೂರು ವಸಾಬಿ ತೋಟ', 'Kannada: invented Bengaluru wasabi farm'),
 ('കൊച്ചി മാട്രിയോഷ്ക പാവ ചിത്രശാല', 'Malayalam: invented Kochi matryoshka painting studio'),
 ('સુરત પેટાંક ક્લબ', 'Gujarati: invented Surat petanque club'),
 ('ਲੁਧਿਆਣਾ ਕਿਲਟ ਦਰਜ਼ੀ', 'Punjabi (Gurmukhi): invented Ludhiana kilt tailor'),
 ('पुणे रस्सीवरील चालणे प्रशिक्षण शाळा', 'Marathi: invented Pune tightrope training school'),
 ('কলকাতা সাওয়ারক্রাউট কারখানা', 'Bengali: invented Kolkata sauerkraut factory'),
 ('නුවරඑළිය වසාබි ගොවිපළ', 'Sinhala: invented Nuwara Eliya wasabi farm'),
 ('ווילנער זויערע קרויט פֿאַבריק', 'Yiddish: invented Vilna sauerkraut factory'),
 ('د کابل پیټانک کلب', 'Pashto: invented Kabul petanque club'),
 ('Улаанбаатар матрёшка будах урлан', 'Mongolian: invented Ulaanbaatar matryoshka painting workshop'),
 ('Алматы қышқыл қырыққабат цехы', 'Kazakh: invented Almaty sauerkraut workshop'),
 ('Бишкек аркан үстүндө басуу мектеби', 'Kyrgyz: invented Bishkek tightrope-walking school'),
 ('Гродзенскі клуб петанка', 'Belarusian: invented Grodno petanque club'),
 ('Охридска работилница за килтови', 'Macedonian: invented Ohrid kilt workshop'),
 ('Пловдивска работилница за матрьошки', 'Bulgarian: invented Plovdiv matryoshka workshop'),
 ('Полтавський цех квашеної капусти', 'Ukrainian: invented Poltava sauerkraut workshop'),
 ('Нишка школа ходања по жици', 'Serbian (Cyrillic): invented Nis tightrope-walking school'),
 ('पोखरा वासाबी खेती', 'Nepali: invented Pokhara wasabi farm (spare)'),
]

GENERIC = [
 'how are matryoshka dolls painted',
 'what wood is used for russian nesting dolls',
 'how many dolls are in a traditional matryoshka set',
 'how to grow wasabi at home',
 'why is real wasabi so expensive',
 'difference between real wasabi and horseradish paste',
 'how long does homemade sauerkraut take to ferment',
 'why is my sauerkraut slimy',
 'how do tightrope walkers keep their balance',
 'slackline vs tightrope which is easier to learn',
 'what are the rules of petanque',
 'how heavy is a petanque boule',
 'how many yards of tartan are in a kilt',
 'what is traditionally worn under a kilt',
 'how to measure yourself for a made to measure kilt',
 'how to put on a great kilt feileadh mor',
]

CHAT = [
 ('Hiligaynon', 'palihog tan-awa kon ang Iloilo Wasabi Farm Corp. yara sa listahan sang sanctions'),
 ('Waray', 'alayon, susiha kun an Tacloban Petanque Club Inc. aada ha listahan han sanctions'),
 ('Bikol', 'tabi, paki-check kun an Naga Sauerkraut Fermenters yaon sa sanctions list'),
 ('Kapampangan', 'pakisabi nung ing Angeles Tightrope Academy atiu king sanctions list'),
 ('Pangasinan', 'pakitan-aw no say Dagupan Kilt Tailors et walad sanctions list'),
 ('Chamorro', 'put fabot, ribisa kao i Hagatna Matryoshka Painters gaigi gi sanctions list'),
 ('Tahitian', "a hi'o na mai e, tei roto anei te Papeete Pétanque Club i te tapura sanctions?"),
 ('Marshallese', 'jouj im etale ne Majuro Wasabi Growers ej pad ilo sanctions list eo'),
 ('Gilbertese', 'taiaoka, tarataraa bwa iai Tarawa Kilt Makers n te sanctions list'),
 ('Twi', 'mesrɛ wo, hwɛ sɛ Kumasi Sauerkraut Works wɔ sanctions list no so'),
 ('Ewe', 'meɖe kuku, kpɔ ɖa be Lomé Tightrope School le sanctions list la dzi'),
 ('Fula', 'njaafodaa, ƴeewto si Labé Matryoshka Atelier ina e sanctions list'),
 ('Bambara', 'i ka hakɛto, a lajɛ ni Bamako Pétanque Club bɛ sanctions list kan'),
 ('Kikuyu', 'ndagũthaitha, rora kana Nyeri Wasabi Growers Ltd irĩ sanctions list-inĩ'),
 ('Luo', 'yie, ne ka Kisumu Kilt Company nitie e sanctions list'),
 ('Kirundi', 'ndagusavye, raba ko Gitega Sauerkraut Makers iri kuri sanctions list'),
 ('Swati', 'ngicela uhlole kutsi Mbabane Tightrope Academy ikhona yini ku-sanctions list'),
 ('Venda', 'ndi humbela u sedza arali Thohoyandou Matryoshka Studio i kha sanctions list'),
 ('Northern Sami', 'leage buorre ja iskka leago Kárášjoga Petanque Searvi sanctions-listtus'),
 ('Greenlandic', 'qujanaq, misissorsinnaaviuk Nuuk Kilt Makers sanctions list-imiinnersoq'),
 ('Ladin', 'por plajëi, controla sce la Gherdëina Wasabi Farm é sön la sanctions list'),
 ('Lower Sorbian', 'pšosym pśeglědaj, lěc Chóśebuz Sauerkraut GmbH jo na sanctions list'),
 ('Silesian', 'sprawdź, eźli Bytom Tightrope School je na liście sankcyji'),
 ('Navajo', "t'áá shǫǫdí, Window Rock Matryoshka Painters sanctions list biyi' sikį́į́' da'?"),
 ('Mapudungun', 'pelotumüfinge Temuko Pétanque Club sanctions list mew'),
 ('Võro', 'olõ hää, kaeq perrä, kas Võro Kilt OÜ om sanktsioonõ nimekirän (spare)'),
]

PERSON = [
 'Anastasia Vorobyova Matryoshka Studio LLC',
 'Irina Kholodova Matryoshka Rospis IP',
 'Hiroshi Mochizuki Wasabi-en K.K.',
 'Margaret Ashdown Wasabi Growers Ltd',
 'Gottfried Brenneisen Sauerkonserven GmbH',
 'Dorota Kwaśniewska Kiszonki Sp.j.',
 'Philippe Arnaud-Delorme Funambules SARL',
 'Tobias Rainsford Tightrope Academy Ltd',
 'Marius Castellan Pétanque Provençale SAS',
 'Jean-Baptiste Fabregoule Boules Provençales SARL',
 'Alasdair MacIlwraith Kiltmaker Ltd',
 'Catriona Drummond-Hay Highland Kilts LLP',
 'Ewan Strachan Tartan Weavers Ltd',
]

BRAND = [
 'Obut MATCH+ petanque boules set of 3',
 'La Boule Intégrale competition boules 73 mm',
 'Kühne Barrel Sauerkraut 680 g',
 'Hengstenberg Mildessa sauerkraut 520 g',
 'Bubbies sauerkraut 25 oz jar',
 'Kinjirushi grated wasabi tube 43 g',
 'Frog Eyes Wasabi fresh rhizome 100 g',
 'Utilikilts Survival kilt',
 'Kinloch Anderson 8 yard tartan kilt',
 'Semyonovskaya Rospis 5-piece matryoshka',
 'Gibbon Classic slackline 15 m',
]

PHRASES = ['Matryoshka Painters', 'Wasabi Growers', 'Sauerkraut Fermenters', 'Tightrope Walkers', 'Petanque Players',
           'Kilt Tailors']
SHARE_FIRST = ['Atlas', 'Delta', 'Global', 'Ocean', 'Victory', 'Sky', 'Green', 'Blue', 'Rainbow', 'Continental',
               'Premier', 'Modern', 'Future', 'Sun', 'Sea', 'Jupiter']  # Jupiter is a spare

STOP = set('''company companies trading shipping industries industrial bank international group services general import
export commercial national investment investments development limited holding holdings construction engineering
petroleum petrochemical products industry trade sociedad comercial comercializadora inversiones servicios grupo
importadora exportadora distribuidora constructora inmobiliaria agropecuaria
iran iranian korea korean syria syrian mexico mexican colombia colombian china chinese russia russian tehran damascus
beijing moscow dubai panama lebanon lebanese iraq iraqi venezuela cuba cuban culiacan sinaloa bogota medellin cali
guadalajara tijuana jalisco sonora peru ecuador spain germany india pakistan afghanistan yemen libya sudan zimbabwe
belarus ukraine crimea crimean sevastopol caracas kabul karachi lahore baghdad beirut shanghai dalian dandong
pyongyang hong kong singapore malaysia turkey istanbul london cyprus israel gaza palestine palestinian emirates
arab islamic republic'''.split())
