# -*- coding: utf-8 -*-
"""Hand-written negatives for train105 (theme: samovar makers, pachinko parlours, fado houses, hookah lounges,
pupuserias, tandoor makers). Lists hold spares; build.py takes them in order up to each quota."""

SUBJECTS = ['samovar makers', 'pachinko parlours', 'fado houses', 'hookah lounges', 'pupuserias', 'tandoor makers']
PHRASES = ['Samovar Zavarnik', 'Pachinko Pachislot', 'Fado Fadistas', 'Hookah Nargile', 'Pupuseria Curtido', 'Tandoor Tonir']

FAMOUS = [  # (query, description)
    ('Shtamp Samovar Factory', 'real Tula samovar maker (name from memory)'),
    ('Batashev Samovar Works', 'historic Tula samovar maker (name from memory)'),
    ('Tula Samovar Museum', 'real samovar museum, not a firm'),
    ('Lisitsyn Samovar House', 'historic samovar-making family (name from memory)'),
    ('Maruhan Pachinko Tower', 'real pachinko parlour chain venue'),
    ('Dynam Japan Holdings', 'real pachinko parlour operator'),
    ('Kyoraku Sangyo', 'real pachinko machine maker'),
    ('Daiichi Shokai', 'real pachinko machine maker'),
    ('Clube de Fado', 'real Lisbon fado house'),
    ('Tasca do Chico', 'real Lisbon fado bar'),
    ('Museu do Fado', 'real fado museum, not a firm'),
    ('Adega Machado', 'real Lisbon fado house'),
    ('Casa de Linhares', 'real Lisbon fado house'),
    ('Al Fakher Tobacco', 'real shisha tobacco brand'),
    ('Starbuzz Tobacco', 'real shisha tobacco brand'),
    ('Khalil Mamoon', 'real hookah maker'),
    ('Nakhla Tobacco', 'real shisha tobacco maker'),
    ('Mya Saray', 'real hookah maker (name from memory)'),
    ('Pupuseria La Ceiba', 'pupuseria name from memory'),
    ("Gloria's Latin Cuisine", 'real Salvadoran restaurant chain'),
    ('Pupusas Olocuilta', 'pupusa town name used by many stalls'),
    ('Tazumal Restaurant', 'Salvadoran restaurant name from memory'),
    ('Homdoor Tandoor Ovens', 'tandoor maker name from memory'),
    ('Moti Mahal Delux', 'real tandoori restaurant chain'),
    ('Tandoor Morni', 'tandoor maker name from memory'),
    ('Punjab Clay Oven Company', 'tandoor maker name from memory (spare)'),
]

OTHER_SCRIPT = [  # (query, language)
    ('上海东方水烟会所', 'Mandarin Chinese (simplified)'),
    ('香港九龍俄式茶炊專門店', 'Cantonese (traditional characters)'),
    ('ร้านบารากู่เชียงใหม่', 'Thai'),
    ('Алматы тандыр шеберханасы', 'Kazakh (Cyrillic)'),
    ('Элстин самовармудын герт', 'Kalmyk (Cyrillic)'),
    ('Улаан-Үдын самовар дарханай газар', 'Buryat (Cyrillic)'),
    ('Кызылдың тандыр бажыңы', 'Tuvan (Cyrillic)'),
    ('Магьачкъалаялъул самовар хъизан', 'Avar (Cyrillic)'),
    ('ڪراچي تندور ڪارخانو', 'Sindhi (Arabic script)'),
    ('نێرگەلەخانەی هەولێر', 'Sorani Kurdish (Arabic script)'),
    ('சென்னை தந்தூர் அடுப்பு தொழிற்சாலை', 'Tamil'),
    ('ᏓᎵᏆ ᎠᎩᎦ ᎤᏂᏣᏘ', 'Cherokee (syllabary, approximate)'),
    ('ཐིམ་ཕུ་ཏན་དུར་བཟོ་ཁང་', 'Dzongkha (Tibetan script)'),
    ('Сыктывкарса самовар вӧчан керка', 'Komi (Cyrillic)'),
    ('Дербентдин самовардин устахана', 'Lezgian (Cyrillic)'),
    ('Ижкарысь самовар лэсьтон азьвыл', 'Udmurt (Cyrillic)'),
    ('Йошкар-Олан самовар ыштыме пашаче', 'Mari (Cyrillic)'),
    ('کراچی ءِ تندور کارخانگ', 'Balochi (Arabic script)'),
    ('Махачкъаланы самовар устаханасы', 'Kumyk (Cyrillic, spare)'),
]

GENERIC = [
    'how do you light the charcoal in a samovar chimney',
    'why does a tula samovar have a teapot on top',
    'how does a pachinko machine pay out its balls',
    'are pachinko parlours counted as gambling in japan',
    'what time do fado shows usually start in lisbon',
    'why do fado singers wear a black shawl',
    'how long does hookah charcoal stay lit',
    'what is the difference between shisha and hookah tobacco',
    'how do you make curtido to serve with pupusas',
    'can you freeze pupusas before cooking them',
    'how hot does a clay tandoor get inside',
    'how do you cure a new tandoor before the first bake',
    'what is a pachislot machine',
    'is fado only ever sung in portuguese',
    'why is naan slapped onto the wall of the tandoor',
    'how often should you wash a hookah hose',
]

CHAT = [  # (query, language)
    ("Dji voreu saveur si l' firme Samovår Zavarnik di Lidje est so l' djivêye des sanccions.", 'Walloon'),
    ('Vel y chuideachta Fado Fadistas Doolish er y rolley smaghtaghyn?', 'Manx'),
    ("¿Pues comprobar si la empresa Pupusería El Curtidu d'Uviéu ta na llista de sanciones?", 'Asturian'),
    ('Podes berificar se la cumpanhie Casa de Fado Sticas de Miranda stá na lhista?', 'Mirandese'),
    ('Móžeš přepruwować, hač je firma Samowar Zawarnik z Budyšina na sankciskej lisćinje?', 'Upper Sorbian'),
    ('Mòżesz sprawdzëc, czë firma Tandoor Tonir z Kartuz je na lësce sankcëjów?', 'Kashubian'),
    ('Koast du wröigje, of ju Firma Hookah Nargile Roomelse ap ju Sanktionslieste stoant?', 'Saterland Frisian'),
    ('A o ka tlhola gore a khampani ya Tandoor Tonir ya Gaborone e mo lenaaneng la dikotlhao?', 'Tswana'),
    ('Xana u nga kambela loko khamphani ya Hookah Lounge ya Xigodi yi ri eka nxaxamelo wa swigwevo?', 'Tsonga'),
    ('Ni nga sedzulusa arali khamphani ya Pupuseria ya Thohoyandou i kha mutevhe wa ndatiso?', 'Venda'),
    ('Ungahlola yini kutsi inkampani yeMbabane Shisha Lounge ikuluhlu lwetijeziso?', 'Swati'),
    ("Kodi mungayang'ane ngati kampani ya Lilongwe Samovar Works ili pa mndandanda wa zilango?", 'Chichewa'),
    ("Osobola okukebera oba kkampuni ya Kampala Tandoor Bakers eri ku lukalala lw'ebibonerezo?", 'Luganda'),
    ('Bushe kuti mwamona nga ca kampani ya Kitwe Hookah Bar cili pa mutande wa fikonkwani?', 'Bemba'),
    ('Keti nge lenda tala kana kompani ya Matadi Pupuseria kele na lisiti ya bisumbula?', 'Kongo'),
    ('Mo lingbi ti bâ wala kompanî ti Bangui Fado Lounge ayeke na ndö ti lîste ti ajugement?', 'Sango'),
    ('Mabalin kadi a kitaen no ti kompania a Vigan Pachinko Hall ket adda iti listaan ti sanksion?', 'Ilocano'),
    ('Malyari mu bang lawan nung ing kumpanya Angeles Pachinko Palace atiu king listaan da reng sanction?', 'Kapampangan'),
    ('Dapekkah angku mancaliak apokah parusahaan Padang Tandoor Tonir ado di daftar sanksi?', 'Minangkabau'),
    ('Maeke nakai ke kumi kaeke ko e kamupani Alofi Samovar Zavarnik ne fai he lisi?', 'Niuean'),
    ('Ka rauka ianei ia koe i te akara me te kamupani Avarua Hookah Nargile tei roto i te tuatua?', 'Rarotongan'),
    ("Jamaya pütüjaain sükajee tü kompaniiakat Pupuseria Curtido Uribia chajee sulu'u tü listakat?", 'Wayuu'),
    ('Ida liña hadügün kompañía Fado Fadistas Dangriga lidan lista?', 'Garifuna'),
    ("¿Ñanda guuyu pa compañía Pupuseria Curtido Juchitán nuu ndaani' lista?", 'Isthmus Zapotec'),
    ('Koj puas kuaj tau seb lub tuam txhab Pachinko Pachislot Luang Prabang puas nyob hauv daim ntawv teev npe?', 'Hmong'),
    ('Giishpin gaa-izhi-wiiji-gikendaman ishkoniganing Tandoor Tonir Bemidji?', 'Ojibwe (spare)'),
    ('Mahuli ka ba magsusi bang in kumpaniya Jolo Hookah Nargile ha listahan?', 'Tausug (spare)'),
]

PERSON = [
    'Yevgeny Batashov Samovar Masterskaya OOO',
    'Marfa Lisitsyna Samovar Trading Ltd',
    'Kenji Okamura Pachinko Hall KK',
    'Yuriko Tanabe Pachislot Amusements Co Ltd',
    'Amalia Rodrigues Ferreira Casa de Fado Lda',
    'Joaquim Pestana Fado Producoes Unipessoal',
    'Rami Haddad Hookah Lounge LLC',
    'Leyla Aksoy Nargile Evi Ltd Sti',
    'Rosa Elvira Menjivar Pupuseria SA de CV',
    'Carlos Alberto Zelaya Pupusas y Curtido LLC',
    'Gurdeep Singh Bains Tandoor Ovens Pvt Ltd',
    'Harjinder Kaur Clay Tandoor Works LLP',
    'Mikhail Teplov Samovar Restoration IP',
]

BRAND = [
    'Electric samovar 3 litre nickel plated',
    'Tula coal samovar 5 l brass',
    'Pachinko steel balls 11 mm 500 pcs',
    'Vintage Nishijin pachinko machine',
    'Portuguese guitar 12 strings for fado',
    'Hookah coconut coals 1 kg',
    'Double apple shisha tobacco 250 g',
    'Frozen cheese and loroco pupusas 6 pack',
    'Pupusa press with parchment sheets',
    'Clay tandoor oven 80 cm',
    'Hookah silicone hose 1.8 m',
    'Tandoor naan cushion gaddi',
]

SHARE_FIRST = ['Alpha', 'Sun', 'Crown', 'Liberty', 'Peace', 'Mountain', 'Asia', 'Nova', 'Sina', 'Kavir', 'Alborz', 'Damavand',
               'Baran', 'Saba', 'Sahand', 'Kosar', 'Fajr', 'Navid', 'Pasargad', 'Rahbar', 'Shiraz', 'Tabriz']

NEAR_STOP = set('''trading industrial company services general national international development engineering technology
construction commercial exchange investment shipping transport energy petroleum chemical electronics research
limited holding holdings group center centre industries industry products agricola comercial inversiones servicios
cube flowers whale corona accounting prestacion propiedades altos matadero yamaha difusion
largo ruta retiro mercadeo reforestaciones
polish colombianos
'''.split())
