# Hand-written negative candidates: (category, query)
NONLATIN = [
 '無印良品', '資生堂', '花王', '森永製菓', '日清食品', 'サントリー', 'カルビー', '吉野家', 'サイゼリヤ', 'ニトリ', 'ビックカメラ', 'ローソン',
 '海底捞', '瑞幸咖啡', '蜜雪冰城', '农夫山泉', '娃哈哈', '老干妈', '格力电器', '美团', '喜茶', '全聚德', '五粮液', '拼多多',
 '농심', '오뚜기', '파리바게뜨', '올리브영', '빙그레', '이마트',
 'Вкусвилл', 'Шоколадница', 'Додо Пицца', 'Эльдорадо', 'Пятёрочка', 'Азбука вкуса',
 'المراعي', 'مكتبة جرير', 'أمريكانا', 'كودو',
 'תנובה', 'שטראוס', 'סופר-פארם',
 'Κωτσόβολος', 'Τζάμπο',
 'अमूल', 'पतंजलि', 'ब्रिटानिया',
]
LATIN = [
 'Rossmann', 'dm-drogerie markt', 'Leroy Merlin', 'Mercadona', 'El Corte Inglés', 'Pingo Doce', 'Biedronka', 'Greggs',
 'Pret A Manger', "Nando's", 'Jollibee', 'Tim Hortons', 'Canadian Tire', 'Bunnings', 'JB Hi-Fi', 'Migros', 'HEMA',
 'Flying Tiger Copenhagen', 'Rema 1000', 'Stockmann', 'Marimekko', 'Lindex', 'Zalando', 'Allegro', 'eMAG', 'Jumbo Supermarkten',
]
SHARES = [
 'Harmony Yoga Studio', 'Atlas Moving Company', 'Diamond Dry Cleaners', 'Horizon Pediatric Dentistry', 'Orchid Nail Salon',
 'Sunrise Bakery', 'Lotus Massage Spa', 'Eagle Plumbing', 'Crown Shoe Repair', 'Tiger Martial Arts Academy',
 'Summit Physical Therapy', 'Victory Tire Center', 'Phoenix Bicycle Shop', 'Falcon Driving School', 'Pearl Jewelry Repair',
 'Dolphin Swim School', 'Spring Garden Nursery', 'Universal Pet Hospital', 'Empire Barbershop', 'Jupiter Telescope Store',
 'Marble Countertops Direct', 'Lagoon Kayak Rentals', 'Cedar Log Cabins', 'Delta Dental Lab', 'Meadow Farm Creamery',
 'Aqua Aquarium Supplies', 'Galaxy Comic Books', 'Sierra Hiking Supplies', 'Iron Forge Fitness', 'Emerald Laundry',
]
NEAR = [
 'Khazar Caviar House', 'Parchin Pottery Studio', 'Mizan Law Firm', 'Zanjan Knife Workshop', 'Hamati Pharmacy',
 'Kanso Architects', 'Mriya Bakery', 'Gertler Dental Clinic', 'Narenjestan Garden Tours', 'Cheil Worldwide',
 'Koryo Tours', 'Sumiyoshi Shrine', 'Yanbian University', 'Sinotech Engineering Consultants', 'Ningbo Zhoushan Port',
 'Tamil Nadu Tourism', 'Sikh Heritage Museum', 'Ulster Bank', 'Goodwill Industries', 'Wafa Assurance',
 'Shiraz Wine Club', 'Butembo Coffee Cooperative', 'Otik Bicycle Repair', 'Lacno Reality', 'Qingdao Port International',
 'Kohas Dental Care', 'Panazeate Yoga', 'Hadom Bakery', 'Irital Gelato', 'Arjan Ceramics',
]
GENERIC = [
 'gutter cleaning', 'pet grooming', 'tax preparation service', 'wedding photographer', 'piano tuning', 'chimney sweep',
 'tree trimming', 'dog walking', 'tile grout cleaning', 'window tinting', 'pressure washing', 'junk removal',
 'house painting', 'car detailing', 'pool cleaning', 'pest control', 'furniture assembly', 'sushi catering',
 'ceramic pottery class', 'mobile phone screen repair', 'bridal alterations', 'home inspection', 'scuba lessons', 'beekeeping supplies',
]
PERSONS = [
 'Marta Nowicka sp. z o.o.', 'Henrik Lindqvist AB', 'Lukas Hofer GmbH', 'Aoife Brennan Ltd', 'Pedro Alvarenga Lda',
 'Sofie Janssens BV', 'Matteo Ricci S.r.l.', 'Élodie Fontaine SAS', 'Jakub Dvořák s.r.o.', 'Mikkel Sørensen ApS',
 'Anna Virtanen Oy', 'Ruairí Ó Briain Teoranta', 'Hiroshi Tanaka K.K.', 'Lucía Herrera S.L.', 'Bence Horváth Kft.',
 'Andrei Popescu SRL', 'Nikola Petrović d.o.o.', 'Tomás Oliveira ME', 'Ingrid Solberg AS', 'Emily Carter LLC',
 'Arjun Nair Pvt Ltd', 'Chloé Dubois EURL', 'Kasper Nielsen I/S', 'Zeynep Yılmaz Ltd. Şti.',
]
CITIES = [
 'Tampere', 'Graz', 'Ghent', 'Utrecht', 'Brno', 'Cluj-Napoca', 'Plovdiv', 'Tartu', 'Kaunas', 'Aarhus', 'Uppsala',
 'Innsbruck', 'Bilbao', 'Nagoya', 'Sapporo', 'Cebu', 'Chiang Mai', 'Mombasa', 'Arequipa', 'Curitiba', 'Winnipeg', 'Dunedin',
 'Hobart', 'Coimbra', 'Bergen',
]
BRANDS = [
 'Moleskine Cahier journal', 'Leatherman Wave', 'Vitamix blender', 'Le Creuset dutch oven', 'Kindle Paperwhite',
 'Fjällräven Kånken', 'Birkenstock Arizona', 'Stanley Quencher tumbler', 'Dyson V15', 'Nintendo Switch OLED', 'GoPro Hero 12',
 'Weber kettle grill', 'Lodge cast iron skillet', 'Instant Pot Duo', 'Garmin Forerunner 265', 'Brompton folding bike',
 'Zojirushi rice cooker', 'Opinel No. 8', 'Lamy Safari pen', 'Crocs Classic Clog', 'Tamagotchi', 'Bialetti Moka Express',
]
ROWS = ([('famous_unlisted', q) for q in NONLATIN] + [('famous_unlisted', q) for q in LATIN] +
        [('shares_one_word', q) for q in SHARES] + [('near_miss', q) for q in NEAR] +
        [('generic', q) for q in GENERIC] + [('person_as_company', q) for q in PERSONS] +
        [('city_country', q) for q in CITIES] + [('brand_product', q) for q in BRANDS])
