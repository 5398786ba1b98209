"""Hand-written negatives for lookup-train86 (theme: model-railway clubs, cider presses, tide-pool guides,
birdhouse builders, croquet clubs, worm farms). Lists carry spares; build.py takes them in order."""

THEME_PHRASES = ['Locomotive Modellers', 'Cider Pressers', 'Tidepool Naturalists', 'Birdhouse Carpenters',
                 'Croquet Players', 'Wormery Composters']

SHARE_WORDS = ['Golden', 'Royal', 'Star', 'Eagle', 'Ocean', 'Victory', 'Grand', 'Silver', 'Sun', 'Alpha', 'Crown',
               'Pearl', 'Pacific', 'United', 'Global', 'Atlas', 'Union', 'First']

NEAR_STOP = set('''bank banco banca trade trading shipping company industries industrial international general group national
investment investments services service import export exportadora importadora comercial comercializadora inversiones
construction constructora oil petroleum energy gas electric electronics technology technologies engineering
airlines air aviation transport transportes marine maritime insurance exchange money finance financial holding holdings
iran iranian tehran korea korean syria syrian iraq cuba cuban mexico colombia panama venezuela russia china dubai
lebanon sudan libya yemen afghanistan pakistan kish mashhad damascus beirut moscow caracas bogota cali medellin
sociedad limitada compania empresa agencia agency office center centre foundation organization organisation
'''.split())

FAMOUS = [  # (query, description)
    ('National Model Railroad Association', 'real model-railway association (from memory)'),
    ('Hornby Hobbies', 'real model-railway maker (from memory)'),
    ('Märklin', 'real model-railway maker (from memory)'),
    ('Bachmann Industries', 'real model-railway maker (from memory)'),
    ('Miniatur Wunderland', 'real model-railway exhibition in Hamburg (from memory)'),
    ('Aspall Cyder', 'real cider maker (from memory)'),
    ('Thatchers Cider', 'real cider maker (from memory)'),
    ('Westons Cider', 'real cider maker (from memory)'),
    ('Angry Orchard', 'real cider brand (from memory)'),
    ("Sheppy's Cider", 'real cider maker (from memory)'),
    ('Monterey Bay Aquarium', 'real aquarium that runs tide-pool walks (from memory)'),
    ('Cabrillo National Monument', 'real park with tide pools (from memory)'),
    ('Fitzgerald Marine Reserve', 'real tide-pool reserve (from memory)'),
    ('The Wildlife Trusts', 'real conservation body that runs rockpool rambles (from memory)'),
    ('Royal Society for the Protection of Birds', 'real bird charity that sells nest boxes (from memory)'),
    ('Cornell Lab of Ornithology', 'real ornithology lab that runs NestWatch (from memory)'),
    ('NestWatch', 'real nest-box monitoring programme (from memory)'),
    ('British Trust for Ornithology', 'real ornithology body with a nest-box scheme (from memory)'),
    ('The Croquet Association', 'real croquet governing body (from memory)'),
    ('United States Croquet Association', 'real croquet governing body (from memory)'),
    ('World Croquet Federation', 'real croquet federation (from memory)'),
    ('Hurlingham Club', 'real club with croquet lawns (from memory)'),
    ("Uncle Jim's Worm Farm", 'real worm-farm supplier (from memory)'),
    ('Wiggly Wigglers', 'real wormery supplier (from memory)'),
    ('Jaques of London', 'real croquet-set maker (from memory)'),
    ('Worm Farm Waste Systems', 'real vermicomposting firm (from memory)'),
    ('Peco Model Railways', 'real model-railway track maker (from memory)'),
]

OTHER_SCRIPT = [  # (query, language)
    ('Туулу Алтайдыҥ тимир јолдыҥ модельдер клубы', 'Altai (Cyrillic)'),
    ('Нальчикни крокет клубу', 'Karachay-Balkar (Cyrillic)'),
    ('Махачкъаладагъы алма сидр басывчулар', 'Kumyk (Cyrillic)'),
    ('Саран ошонь нармунь кудынень тейтерть', 'Erzya (Cyrillic)'),
    ('Саран ошса крокет клубсь', 'Moksha (Cyrillic)'),
    ('Мыекъуапэ крокет клуб', 'Adyghe (Cyrillic)'),
    ('Нарьяна-Марна ӈэвы нюдя яхад хасава', 'Nenets (Cyrillic)'),
    ('Бишкекди моделв хуәчә клуб', 'Dungan (Cyrillic)'),
    ('ווילנער מאָדעל־באַן קלוב', 'Yiddish (Hebrew script)'),
    ('کوئٹهٔ کرمی کود جوڑوکیں کارگاہ', 'Balochi (Arabic script)'),
    ('سِرینَگرُک سیب رَس کارخانہ', 'Kashmiri (Perso-Arabic script)'),
    ('لاہور ماڈل ریلوے کلب', 'Punjabi (Shahmukhi)'),
    ('ගාල්ල වෙරළ තටාක මාර්ගෝපදේශකයෝ', 'Sinhala'),
    ('విశాఖ పక్షి గూళ్ళ తయారీదారులు', 'Telugu'),
    ('ಮೈಸೂರು ಕ್ರೋಕೆ ಕ್ಲಬ್', 'Kannada'),
    ('കൊച്ചി മണ്ണിര കമ്പോസ്റ്റ് ഫാം', 'Malayalam'),
    ('અમદાવાદ મોડેલ રેલવે ક્લબ', 'Gujarati'),
    ('ਅੰਮ੍ਰਿਤਸਰ ਸੇਬ ਸਾਈਡਰ ਪ੍ਰੈੱਸ', 'Punjabi (Gurmukhi)'),
    ('চট্টগ্রাম জোয়ার-পুকুর গাইড', 'Bengali'),
]

GENERIC = [
    'what scale is oo gauge model railway',
    'how to wire a dcc model train layout',
    'how to get more juice out of a cider press',
    'how long does homemade cider take to ferment',
    'best time of day to go tide pooling',
    'is it ok to pick up a starfish in a tide pool',
    'what size entrance hole for a bluebird nest box',
    'which way should a birdhouse face',
    'how many hoops are on a croquet lawn',
    'what is a roquet in croquet',
    'how many worms do i need to start a worm farm',
    'can you put citrus peel in a wormery',
    'difference between ho and n scale trains',
    'how do you clean a birdhouse after nesting season',
    'which apples make the best hard cider',
    'what should you wear for tide pooling',
]

CHAT = [  # (query, language)
    ("Can ye check gin Auld Reekie Locomotive Modellers is on ony sanctions list?", 'Scots'),
    ("Kins doe nao kieke of Maastrichter Cider Pressers op de sanctielies sjtaon?", 'Limburgish'),
    ("Podeste controlé se la Gherdëina Croquet Players é te na lista de sanzions?", 'Ladin'),
    ("Mogesz sprawdzić, eli Ślonsko Wormery Composters sōm na liście sankcyj?", 'Silesian'),
    ("¿Podéis mirar se la Birdhouse Carpenters de Llión ta na llista de sanciones?", 'Leonese'),
    ("¿Pueis miral si Tidepool Naturalists Cáceris está en la lista de sançionis?", 'Extremaduran'),
    ("Håfa, siña un chek kao i Hagåtña Tidepool Naturalists gaige gi lista?", 'Chamorro'),
    ("Iokwe, kwomaroñ ke lale ñe Majuro Birdhouse Carpenters ej pād ilo lisit eo?", 'Marshallese'),
    ("Ia ora na, e nehenehe ānei ia oe e hi'o mai ia Papeete Croquet Players i roto i te tāpura?", 'Tahitian'),
    ("Mauri, ko kona n tirotiroa bwa Tarawa Wormery Composters iai n te rabwata?", 'Gilbertese (Kiribati)'),
    ("Mesrɛ wo, wobɛtumi ahwɛ sɛ Kumasi Cider Pressers wɔ sanctions list no so?", 'Twi'),
    ("Meɖe kuku, àte ŋu akpɔ be Lomé Locomotive Modellers le sanctions list dzi?", 'Ewe'),
    ("Mi yiɗi a ndaarta si Dakaar Birdhouse Carpenters ina e doggol sanctions oo?", 'Fula'),
    ("Ndagũthaitha, no ũrore kana Nyeri Cider Pressers ĩrĩ thĩinĩ wa rũrenda rwa sanctions?", 'Kikuyu'),
    ("Ahinya, inyalo rango ka Kisumu Tidepool Naturalists ni e list mar sanctions?", 'Dholuo'),
    ("Ndagusavye, woshobora kuraba nimba Gitega Croquet Players iri ku rutonde rw'ibihano?", 'Kirundi'),
    ("Ndi khou humbela, ni nga sedza arali Thohoyandou Wormery Composters i kha mutevhe?", 'Venda'),
    ("Ngicela uhlole kutsi Mbabane Locomotive Modellers ikhona yini ohlwini lwetijeziso?", 'Swati'),
    ("Misissorsinnaaviuk Nuuk Tidepool Naturalists sanktionsinut allattorsimaneersut?", 'Greenlandic'),
    ("Yáʼátʼééh, Shiprock Birdhouse Carpenters naaltsoos bikááʼ sanctions list biyiʼ daatsʼí?", 'Navajo'),
    ("Ba'ax ka wa'alik, ¿je'el u páajtal a xak'altik wa Mérida Cider Pressers yaan ti' u lista sanciones?", 'Yucatec Maya'),
    ("Mari mari, ¿pepi adkintuafimi am ta Temuko Croquet Players müley ti sanción lista mew?", 'Mapudungun'),
    ("Nyob zoo, koj puas pab tau kuv saib seb Sapa Wormery Composters puas nyob hauv daim ntawv sanctions?", 'Hmong'),
    ("Maupay, puydi ba nimo i-check kun an Tacloban Locomotive Modellers aada ha sanctions list?", 'Waray'),
    ("Maayong aga, mahimo mo bala ma-check kon ang Iloilo Birdhouse Carpenters yara sa sanctions list?", 'Hiligaynon'),
    ("Mayap a abak, malyari mung i-check nung ing Angeles Cider Pressers atiu king sanctions list?", 'Kapampangan'),
]

PERSON = [
    'Reginald Thorncastle Model Railways Ltd',
    'Jürgen Holzapfel Modellbahn GmbH',
    'Hattie Pennywhistle Cider Pressing Ltd',
    'Yannick Le Gwenn Cidrerie SARL',
    'Marisol Quintanar Tidepool Tours LLC',
    'Rowan Pengelly Rockpool Rambles Ltd',
    'Elmer Vanderhoek Birdhouse Works LLC',
    'Anneke Brouwersma Nestkasten BV',
    'Clarissa Fotheringham Croquet Supplies Ltd',
    'Hamish Oakenshaw Croquet Mallets Ltd',
    'Dolores Whitacre Worm Farm LLC',
    'Siddharth Varanasi Vermicompost Pvt Ltd',
    'Bronwen Talfryn Seidr Cyf',
]

BRAND = [
    'Hornby R1255 Flying Scotsman train set',
    'Bachmann E-Z Track 9 inch straight',
    'Märklin 29074 digital starter set',
    'Vigo Jumbo apple press 12 litre',
    'Angry Orchard Crisp Apple hard cider 6-pack',
    'Schwegler 1B nest box 32mm',
    'Woodlink Audubon bluebird house',
    'Jaques Championship croquet set',
    'Can-O-Worms worm farm composter',
    'Hungry Bin worm farm',
    'Peco Code 75 flexible track',
]
