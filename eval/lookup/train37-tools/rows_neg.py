"""Hand-written negative candidates for train37: (category, query). build.py keeps the first N per category that pass."""

_famous_nonlatin = ['任天堂', '카카오', 'Яндекс', 'أرامكو', '資生堂', '쿠팡', '拼多多', 'Пятёрочка', 'طيران الإمارات',
    '無印良品', '농심', '比亚迪', 'Вайлдберриз', 'المراعي', 'ヤマト運輸', '셀트리온', '海底捞', 'Авито', 'טבע',
    'キッコーマン', '배달의민족', '瑞幸咖啡', 'Додо Пицца', 'قطر للطيران', 'ニトリ', '아모레퍼시픽', '农夫山泉',
    'Спортмастер', 'שופרסל', 'カルビー', '오뚜기', '蜜雪冰城', 'Детский мир', 'كريم', '伊藤園', '빙그레', '携程',
    'Азбука вкуса', 'การบินไทย', 'इन्फोसिस']
_famous_latin = ['Zalando', 'Husqvarna', 'Fjällräven', 'Haribo', 'Decathlon', 'Klarna', 'Mercado Libre', 'Natura &Co',
    'Jollibee', 'Tim Hortons', 'Nando\'s', 'Bimbo Bakeries', 'Arçelik', 'Vestel', 'Orkla', 'Marimekko', 'Iittala',
    'Bol.com', 'Allegro', 'Rossmann', 'dm-drogerie markt', 'Migros', 'Coop Switzerland', 'Esselunga', 'El Corte Inglés',
    'Mercadona', 'Pão de Açúcar', 'Falabella', 'Cencosud', 'Grupo Bimbo', 'Sabritas', 'Oxxo', 'Woolworths South Africa',
    'Shoprite', 'Tiger Brands', 'Safaricom', 'Dangote Cement', 'Jumia', 'Grab Holdings', 'Tokopedia', 'Shopee', 'Lazada']
famous = []
for a, b in zip(_famous_nonlatin, _famous_latin):
    famous += [a, b]
famous += _famous_latin[len(_famous_nonlatin):]
# second batch (the first lists lost many to earlier-set repeats)
_nl2 = ['日清食品', '하이브', '京东', 'Глория Джинс', 'سابك', 'תנובה', 'サントリー', '아시아나항공', '顺丰速运', 'Шоколадница',
    'جرير', 'שטראוס', 'Παπαστράτος', 'हल्दीराम', 'เซ็นทรัล', 'コクヨ', '롯데제과', '李宁', 'Тануки', 'أمريكانا', 'カプコン',
    '미래에셋증권', '蒙牛乳业', 'Эльдорадо']
_l2 = ['Vinted', 'Deliveroo', 'Glovo', 'Revolut', 'Monzo', 'Adyen', 'Kruidvat', 'Desigual', 'Ferrero', 'Smeg', 'Festool',
    'Hilti', 'Stokke', 'Carlsberg', 'Intermarché', 'Leroy Merlin', 'Coppel', 'Chedraui', 'Localiza', 'O Boticário',
    'Avianca', 'Jetstar', 'Cebu Pacific', 'Vietjet']
_f2 = []
for a, b in zip(_nl2, _l2):
    _f2 += [a, b]

shares2 = ['Golden Spoon Frozen Yogurt', 'Star Bright Cleaning Services', 'Green Valley Veterinary Clinic', 'Blue Whale Swim Academy', 'Silver Birch Care Home']
shares = ['Harmony Dental Clinic', 'Pioneer Plumbing Services', 'Atlas Moving and Storage', 'Sunrise Bakery',
    'Diamond Dry Cleaning', 'Royal Paws Pet Grooming', 'Ocean View Guesthouse', 'Crown Dental Lab', 'Falcon Driving School',
    'Universal Piano Tuning', 'Lotus Thai Massage', 'Pacific Surf School', 'Liberty Tax Preparation', 'Pearl Dry Cleaners',
    'Jupiter Telescope Shop', 'Hercules Gym', 'Titan Roofing', 'Magnolia Wedding Venue', 'Eagle Eye Optometry',
    'Fountain Hair Studio', 'Spring Blossom Florist', 'Apollo Guitar Lessons', 'Orient Tea House', 'Target Archery Club',
    'Dolphin Swim School', 'Emerald Landscaping', 'Ninth Street Deli', 'Phoenix Rising Counselling', 'Summit Climbing Gym',
    'Meadow Lane Kennels']

near = ['Parsian Carpet Gallery', 'Kumgang Korean BBQ', 'Homs Falafel House', 'Meraj Bridal Boutique', 'Banias Nature Tours',
    'Kudo Sushi Bar', 'Grodno Dental Clinic', 'Tartous Grill', 'Culiacan Taqueria', 'Offenbach Piano School',
    'Jerusalem Bakery', 'Esperanza Yoga Studio', 'Kitoko Hair Salon', 'Chosun Galbee Restaurant', 'Partizan Basketball Club',
    'Dandong Dumpling House', 'Khaybar Afghan Kebab', 'Nevskiy Russian Bakery', 'Nefertiti Beauty Salon', 'Kave Coffee House',
    'Malala Fund', 'Yamaki Ramen', 'Dena Skincare', 'Andina Peruvian Restaurant', 'Cham Vietnamese Kitchen',
    'Volga Tatar Restaurant', 'Impulse Dance Studio', 'Karibu Swahili Restaurant', 'Zarin Fabrics', 'Kora Organics',
    'Patriot Self Storage', 'Morgan Hill Vineyards']

generic2 = ['gutter repair', 'mobile phone repair', 'dog daycare', 'upholstery cleaning', 'wedding cake bakery', 'garage door repair']
generic = ['pest control', 'dog walking service', 'locksmith near me', 'wedding photographer', 'bike repair shop',
    'piano lessons', 'scaffolding hire', 'window tinting', 'carpet cleaning', 'skip hire', 'driving school', 'roof repair',
    'hvac contractor', 'tailoring and alterations', 'bookkeeping services', 'aquarium supplies', 'chimney sweep',
    'solar panel installer', 'notary public', 'courier service', 'tile shop', 'catering company']

persons2 = ['Laura Bianchi S.a.s.', 'Tobias Schneider e.K.', 'Marta Kowalczyk s.c.', 'Rasmus Nielsen I/S', 'Ines Ferreira Lda']
persons = ['Sofia Rossi S.r.l.', 'Lukas Müller GmbH', 'Jan de Vries B.V.', 'Magnus Andersson AB', 'Ole Hansen ApS',
    'Camille Dubois SARL', 'João Silva Unipessoal Lda', 'Katarzyna Nowak sp. z o.o.', 'Ana Popescu SRL', 'Petra Horvat d.o.o.',
    'Nikos Papadopoulos IKE', 'Hiroshi Tanaka K.K.', 'Priya Sharma Pvt Ltd', 'Chidi Okafor Enterprises Ltd',
    'Sipho Dlamini (Pty) Ltd', 'Zsófia Nagy Kft.', 'Eva Novotná s.r.o.', 'Mateus Costa Ltda', "Liam O'Brien Ltd",
    'Annika Virtanen Oy', 'Jonas Petrauskas UAB', 'Mihkel Tamm OÜ']

cities2 = ['Lillehammer', 'Nyíregyháza', 'Veliko Tarnovo', 'Kragujevac', 'Banja Luka', 'Bitola', 'Samarkand', 'Kostanay',
    'Huế', 'Iloilo', 'Jaffna', 'Pokhara', 'Coimbatore', 'Kanazawa', 'Jeonju', 'Tainan', 'Encarnación', 'Florianópolis',
    'Zacatecas', 'Akureyri', 'Tórshavn']
cities = ['Tromsø', 'Cluj-Napoca', 'Maribor', 'Tartu', 'Kaunas', 'Debrecen', 'Plovdiv', 'Aarhus', 'Salzburg', 'Ghent',
    'Lausanne', 'Oulu', 'Košice', 'Cusco', 'Valparaíso', 'Arusha', 'Chiang Mai', 'Da Nang', 'Bandung', 'Ulaanbaatar']

brands2 = ['Victorinox Huntsman pocket knife', 'Pilot Metropolitan pen', 'Chemex pour-over carafe', 'Staub cocotte',
    'Kenwood Chef mixer', 'Jetboil Flash stove', 'Hoka Clifton 9', 'Tissot PRX watch', 'reMarkable 2 tablet', 'Raspberry Pi 5',
    'Roland TR-808', 'Hohner harmonica', 'Playmobil pirate ship', 'Kärcher pressure washer', 'Faber-Castell colour pencils',
    'Pritt stick glue']
brands = ['Moleskine notebook', 'Le Creuset dutch oven', 'Brompton folding bike', 'Vitamix blender', 'Dyson Airwrap',
    'Kindle Paperwhite', 'Nespresso Vertuo', 'Birkenstock Arizona sandals', 'Patagonia Nano Puff jacket',
    'Yeti Rambler tumbler', 'Stanley Quencher cup', 'Sonos Era 100 speaker', 'Garmin Forerunner 265', 'Bialetti Moka Express',
    'Casio G-Shock watch', "Rubik's Cube", 'Zippo lighter', 'Thermos flask', 'Wacom Intuos tablet', 'Tamagotchi']

NEG = ([('famous_unlisted', q) for q in famous] + [('shares_one_word', q) for q in shares] +
       [('near_miss', q) for q in near] + [('generic', q) for q in generic] +
       [('person_as_company', q) for q in persons] + [('city_country', q) for q in cities] +
       [('brand_product', q) for q in brands] + [('famous_unlisted', q) for q in _f2] +
       [('shares_one_word', q) for q in shares2] + [('generic', q) for q in generic2] +
       [('person_as_company', q) for q in persons2] + [('city_country', q) for q in cities2] +
       [('brand_product', q) for q in brands2])
