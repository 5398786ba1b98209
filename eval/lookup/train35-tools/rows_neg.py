"""Hand-written negative candidates (with spares). The build keeps the first N valid of each category."""

WANT = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
        'person_as_company': 16, 'city_country': 15, 'brand_product': 16}

FAMOUS = [
    # non-Latin
    'メルカリ', 'ヤマト運輸', 'セブン&アイ・ホールディングス', '資生堂', 'カルビー', '無印良品',
    '美团', '拼多多', '宁德时代', '比亚迪汽车', '京东物流', '蜜雪冰城', '农夫山泉', '安踏体育',
    '쿠팡', '카카오뱅크', '배달의민족', '아모레퍼시픽', '오리온 제과',
    'Озон', 'Магнит', 'Лаборатория Касперского', 'Авито', 'Тинькофф Банк',
    'בנק הפועלים', 'טבע תעשיות פרמצבטיות', 'אל על',
    'بنك الراجحي', 'طيران الإمارات', 'أدنوك', 'الخطوط الجوية القطرية',
    'ซีพี ออลล์', 'การบินไทย', 'टाटा मोटर्स', 'इन्फोसिस', 'ΟΠΑΠ', 'საქართველოს ბანკი',
    # Latin
    'Stellantis', 'Coupang Inc.', 'MercadoLibre', 'Rappi', 'Jumia Technologies', 'Safaricom PLC',
    'Dangote Cement', 'Shoprite Holdings', 'Naspers', 'Zomato', 'Swiggy', 'Traveloka', 'Tokopedia',
    'Vinamilk', 'VinFast', 'Maybank', 'Singtel', 'Koç Holding', 'Getir', 'Trendyol', 'Kaspi.kz',
    'CD Projekt', 'Zalando SE', 'Delivery Hero', 'HelloFresh', 'Klarna Bank AB', 'Adyen N.V.',
    'Carlsberg Group', 'Novo Nordisk', 'Ørsted', 'Kone Oyj', 'Fazer', 'Marimekko', 'Natura &Co',
    'Embraer', 'Grupo Bimbo', 'Cemex', 'Falabella', 'Ecopetrol', 'Bancolombia', 'Nubank',
    'Mahindra & Mahindra', 'Bajaj Auto', 'Jollibee Foods', 'San Miguel Brewery', 'Ayala Land',
    # second batch (added after the first build fell short)
    'ニッスイ', 'キッコーマン醤油', 'ダイキン工業', 'スシロー', 'ヤクルト本社', '东方甄选', '三只松鼠', '喜茶',
    '名创优品', '波司登', '青岛啤酒', '교촌치킨', '파리바게뜨', '농심 신라면', '롯데칠성음료', 'Вкусно и точка',
    'Кофемания', 'Шоколадница', 'Сибирское здоровье', 'שטראוס גרופ', 'תנובה', 'أبراج كابيتال',
    'المراعي للألبان', 'شركة جرير للتسويق', 'هيئة تنمية الصادرات', 'บ้านปู', 'เซ็นทรัล รีเทล', 'ไทยยูเนี่ยน',
    'हल्दीराम', 'बिसलेरी', 'Ελληνικά Πετρέλαια', 'Jumbo Α.Ε.', 'ბორჯომი', 'Արարատ կոնյակի գործարան',
    'Bata Shoe Organization', 'Nando\'s Group', 'Woolworths South Africa', 'Pick n Pay', 'Ethiopian Airlines Group',
    'Equity Bank Kenya', 'Kenya Airways', 'MTN Nigeria', 'Access Bank plc', 'Grupo Éxito', 'Alpina Productos Alimenticios',
    'Arcor', 'Quilmes brewery', 'Copa Airlines', 'Bancolombia Puerto Rico', 'Petrobras Distribuidora', 'Magazine Luiza',
    'Havaianas', 'Natura Cosméticos', 'Oxxo', 'FEMSA', 'Liverpool department store', 'Televisa', 'Gruma',
    'Jollibee', 'Globe Telecom', 'PLDT', 'Ayala Corporation', 'Petron Malaysia', 'AirAsia', 'Genting Berhad',
    'Bukalapak', 'Indomie', 'Garuda Indonesia', 'Vietjet Air', 'FPT Corporation', 'Masan Group', 'Grab Taxi',
    'Wrocław Zoo', 'Żabka Polska', 'LPP SA', 'Škoda Auto', 'Kofola', 'Rimi Baltic', 'Maxima Grupė', 'Telia Company',
    'Valio', 'Stockmann', 'Finnair', 'Posti Group', 'Elkjøp', 'Norwegian Air Shuttle', 'Hurtigruten Cruise',
    'Kongsberg Automotive', 'Vattenfall', 'Systembolaget', 'Clas Ohlson', 'Biltema', 'Jysk', 'Lego System A/S',
]

SHARES = [
    'Falcon Ridge Veterinary Clinic', 'Silver Birch Care Home', 'Atlas Moving & Storage Leeds',
    'Phoenix Yoga Studio', 'Diamond Car Wash Stockport', 'Lotus Thai Massage', 'Sunrise Bakery Hove',
    'Eagle Eye Opticians', 'Crystal Clear Window Cleaning', 'Delta Plumbing Supplies', 'Green Valley Nursery School',
    'Victoria Fish and Chips', 'Ocean View Guest House', 'Star Pizza Takeaway', 'Global Tutors Online',
    'Palm Springs Tanning Salon', 'Atlantic Surf School', 'Golden Harvest Bakery Cardiff', 'Pioneer Driving School',
    'Summit Physiotherapy Clinic', 'Horizon Dance Academy', 'Imperial Dry Cleaners', 'Emerald Isle Florist',
    'Liberty Pet Grooming', 'Capital Carpets Swansea', 'Premier Barbers Hull', 'Sunshine Day Nursery',
    'United Fencing Contractors', 'Royal Oak Pub Bedford', 'Unity Credit Counselling',
]

NEAR = [
    'Shadi Wedding Photography', 'Reem Island Dental Clinic', 'Yamaha Music School Tokyo',
    'Brickell City Centre parking', 'Continente hipermercado Porto', 'Citadel Self Storage',
    'Ninth Street Espresso', 'Orange Street Bakery', 'Sikh Heritage Museum', 'Rosario Central football club',
    'Plaza Dental Group', 'Omega Dental Lab', 'Carnes Asadas El Gordo taco stand', 'Cima Mountain Guides',
    'Metallic Paint Body Shop', 'Luna Park Melbourne', 'Day Spa Lotus', 'Euro Garages forecourt',
    'Mellat Park cinema Tehran', 'Nice Cote d Azur Airport shuttle', 'Peru Travel Agency Lima',
    'Arquitectos Asociados Madrid', 'Consultorias Medicas del Norte', 'Ganaderia Los Alamos dairy',
    'Casa de Cuba cigar lounge', 'First Oil Change Express', 'Crude Oil Price Tracker app',
    'Southeast Asia Travel Guide', 'Vision Express opticians', 'Valgo beach bar',
]

GENERIC = [
    'commercial laundry service', 'pallet recycling yard', 'used tyre wholesale', 'scaffolding hire',
    'wedding cake maker', 'mobile dog grooming van', 'photocopier repair', 'septic tank emptying',
    'school uniform supplier', 'bicycle courier', 'locksmith 24 hours', 'skip hire company',
    'driving instructor', 'piano tuner', 'chimney sweep', 'event marquee rental', 'industrial cleaning contractor',
    'aquarium maintenance service', 'tile and grout cleaning', 'pest control company',
    'mobile phone screen repair kiosk', 'boat trailer storage', 'sign writing and vinyl lettering',
    'horse riding lessons', 'carpet fitting service', 'gravestone engraving',
]

PERSON = [
    'Marta Kowalczyk sp. j.', 'Jānis Bērziņš SIA', 'Lukas Gruber e.U.', 'Sanna Virtanen Tmi',
    'Mehmet Yılmaz Ltd. Şti.', 'Ana Petrović s.p.', 'Bogdan Popescu PFA', 'Eszter Nagy e.v.',
    'Tomás Ó Briain Teoranta', 'Ingrid Halvorsen ENK', 'Rasmus Kask FIE', 'Petra Novotná s.r.o.',
    'Giulia Esposito S.a.s.', 'Pieter de Vries B.V.', 'Sofía Herrera E.I.R.L.', 'Ruta Kazlauskienė IĮ',
    'Björn Lindqvist AB', 'Aoife Kelly Ltd', 'Nikos Georgiou & Sons', 'Ilse Verbeke BV',
]

CITY = [
    'Tartu', 'Plovdiv', 'Trondheim', 'Cusco', 'Brno', 'Kaunas', 'Bergen', 'Pécs', 'Timișoara', 'Split',
    'Maribor', 'Aarhus', 'Tampere', 'Salzburg', 'Coimbra', 'Arequipa', 'Cuenca Ecuador', 'Valparaíso',
    'Mendoza', 'Córdoba Argentina', 'Batumi', 'Kutaisi', 'Nukus', 'Karakol', 'Luang Prabang',
    'Šiauliai', 'Daugavpils', 'Pärnu', 'Oulu', 'Tromsø', 'Stavanger', 'Linköping', 'Odense', 'Graz', 'Linz',
    'Innsbruck', 'Debrecen', 'Szeged', 'Cluj-Napoca', 'Iași', 'Varna', 'Burgas', 'Niš', 'Kragujevac', 'Banja Luka',
    'Mostar', 'Zadar', 'Rijeka', 'Koper', 'Bitola', 'Shkodër', 'Ioannina', 'Heraklion', 'Trabzon', 'Eskişehir',
    'Khujand', 'Osh', 'Termez', 'Fergana', 'Karaganda', 'Pavlodar', 'Darkhan', 'Erdenet',
]

BRANDS = [
    'Leatherman Wave multitool', 'Nalgene water bottle', 'Moleskine notebook', 'Stanley thermos flask',
    'Fjällräven Kånken backpack', 'Birkenstock Arizona sandals', 'Crocs clogs', 'Victorinox Swiss Army knife',
    'Bialetti Moka pot', 'Le Creuset casserole', 'Vitamix blender', 'Dyson V15 vacuum', 'Kindle Paperwhite',
    'Garmin Forerunner watch', 'GoPro Hero camera', 'Yeti Rambler tumbler', 'Lodge cast iron skillet',
    'Pilot G2 pen', 'Lamy Safari fountain pen', 'Rubik cube', 'Anker power bank', 'Sennheiser HD600 headphones',
    'Tamagotchi', 'Weber kettle grill', 'Brompton folding bike',
    'Opinel No.8 folding knife', 'Zojirushi rice cooker', 'Hario V60 dripper', 'Chemex coffee maker',
    'Aeropress coffee press', 'Fiskars axe', 'Wüsthof chef knife', 'Staedtler pencils', 'Faber-Castell crayons',
    'Rotring 600 pencil', 'Muji gel pen', 'Uniqlo Heattech leggings', 'Hydro Flask bottle', 'Thermos Funtainer',
    'Osprey Atmos backpack', 'Black Diamond headlamp', 'Petzl Actik headlamp', 'Jetboil stove', 'MSR PocketRocket',
    'Therm-a-Rest mattress', 'Sea to Summit dry bag', 'Ortlieb panniers', 'Shimano Deore derailleur',
    'Brooks B17 saddle', 'Schwalbe Marathon tyres', 'Ember mug', 'Tile Mate tracker', 'Fitbit Charge 6',
    'Oura ring', 'Theragun massager', 'Stanley Quencher cup', 'Ninja air fryer', 'Instant Pot Duo', 'SodaStream Terra',
    'Brita filter jug', 'Philips Sonicare toothbrush', 'Oral-B iO brush', 'Braun Series 9 shaver', 'Wahl clippers',
    'Remington hair dryer', 'Tangle Teezer brush', 'Kiehl\'s moisturiser', 'CeraVe cleanser', 'Bioderma micellar water',
]

# take Latin and non-Latin candidates alternately, so the kept 40 mix both
_lat = [q for q in FAMOUS if all(ord(c) < 0x370 for c in q)]
_non = [q for q in FAMOUS if q not in _lat]
FAMOUS = [q for pair in zip(_lat, _non) for q in pair] + _lat[len(_non):] + _non[len(_lat):]

ALL = [('famous_unlisted', FAMOUS), ('shares_one_word', SHARES), ('near_miss', NEAR), ('generic', GENERIC),
       ('person_as_company', PERSON), ('city_country', CITY), ('brand_product', BRANDS)]
