# -*- coding: utf-8 -*-
"""Hand-written negative candidates (with spares), per category, in priority order.
build.py keeps the first N that pass for each category (N from lib.NEG_CATS)."""

FAMOUS_UNLISTED = [
    # non-Latin first so that at least a dozen are kept
    'ニトリホールディングス', 'ヤマト運輸', '資生堂', '美团外卖', '蔚来汽车', '海底捞火锅', '瑞幸咖啡',
    '농심', '셀트리온', '엔씨소프트', 'ВкусВилл', 'Вайлдберриз', 'טבע תעשיות פרמצבטיות', 'שופרסל',
    'ไทยเบฟเวอเรจ', 'المراعي', 'طيران الإمارات', 'पतंजलि आयुर्वेद', 'საქართველოს ბანკი', 'Κωτσόβολος',
    # Latin
    'Knorr-Bremse', 'Novozymes', 'Coloplast', 'Jerónimo Martins', 'Sonae', 'Galp Energia', 'Ferrovial',
    'Grifols', 'Eiffage', 'Bolloré', 'Legrand', 'Wärtsilä', 'Husqvarna', 'Sandvik Coromant', 'Jollibee Foods',
    'Ayala Land', 'Globe Telecom', 'Genting Berhad', 'Axiata', 'Tokopedia', 'Bukalapak', 'Vinamilk',
    'Vingroup', 'FPT Software', 'Shoprite Holdings', 'Safaricom', 'Jumia', 'Almarai', 'Savola', 'Arçelik',
    'Koç Holding', 'Sabancı Holding', 'Natura &Co', 'Itaú Unibanco', 'Mercado Libre', 'Rappi', 'Nubank',
    'Dabur India', 'Marico', 'Godrej Consumer Products', 'Asian Paints', 'Bajaj Auto', 'Wipro', 'Infosys',
    'Orkla', 'Kesko', 'Stora Enso', 'UPM-Kymmene', 'Elisa Oyj', 'Telenor', 'Schibsted', 'Equinor',
    'Fortum', 'Neste', 'Hexagon AB', 'Getinge', 'Essity', 'Swedbank', 'Danske Bank', 'Jyske Bank',
    # more (non-Latin first)
    '农夫山泉', '泡泡玛特', '名创优品', '安踏体育', '格力电器', 'キーエンス', 'ユニ・チャーム', 'ファミリーマート',
    '무신사', '아모레퍼시픽', 'Додо Пицца', 'Лента гипермаркет', 'ไทยพาณิชย์', 'أرامكو السعودية', 'अमूल',
    'Tomra Systems', 'Nokian Tyres', 'Marimekko', 'Iittala', 'Bang & Olufsen', 'Ecco Sko', 'Rockwool',
    'Demant', 'GN Store Nord', 'Vestas Wind Systems', 'Ørsted', 'Elkjøp', 'Rema 1000', 'Hurtigruten', 'Mowi',
    'Salmar', 'Yara International', 'Norsk Hydro', 'Trelleborg', 'Boliden', 'ICA Gruppen', 'Axfood',
    'Clas Ohlson', 'Biltema', 'Dometic', 'Thule Group',
]

SHARES_ONE_WORD = [
    'Crown Dry Cleaners Leeds', 'Orange Grove Dental', 'Pearl Nail Salon', 'Marble Arch Dentistry',
    'Spring Valley Kindergarten', 'Universe Planetarium Shop', 'Ocean Breeze Laundromat', 'Moment Photography Studio',
    'Phoenix Chess Club', 'Lucero Bridal Boutique', 'Blue Door Bakery', 'Eagle Eye Opticians',
    'Sunrise Yoga Studio', 'Golden Fork Diner', 'Silver Birch Guesthouse', 'Diamond Cleaning Crew',
    'Horizon Swim School', 'Royal Oak Carpentry', 'Polo Lounge Hair Salon', 'Harmony Piano Lessons',
    'Victory Martial Arts', 'Liberty Tax Preparers', 'Summit Climbing Gym', 'Emerald Isle Bed and Breakfast',
    'Hercules Moving Company', 'Nationwide Pet Sitters', 'Top Dog Grooming', 'Alfa Driving School',
    'Safari Kids Play Centre', 'Gorge Hiking Tours', 'Bamboo Garden Takeaway', 'Delta Florist',
]

NEAR_MISS = [
    # first content word is a word of one of this set's targets, used for an unrelated business
    'Sinai Hospital of Baltimore', 'Hana Tour travel agency', 'Proton Saga car dealer', 'Willmar Poultry Company',
    'Porticello Pizzeria', 'Kuban Cossack Choir', 'Cascabeles toy store', 'Reem Island Dental Clinic',
    'Zaron Cosmetics Nigeria', 'Tsingtao Brewery', 'Noor Bakery Manchester', 'Purepecha Mexican Grill',
    'Maputo Craft Market', 'Crymsa olive oil', 'Cubanacan salsa band', 'Irinvest podcast',
    'Havanatur cigar bar', 'Ellissa bridal dresses', 'Qaem dental lab', 'Hodwalker physiotherapy',
    'Dena yoga retreat', 'Matsunichi sushi bar', 'Cobalt Blue Pottery', 'Barakat Sweets Dearborn',
    'Mellat Park Cinema', 'Esmeraldifera museum', 'Pescabrava fishing charters', 'Calcimin feed supplement',
    'Kish Island Diving Center', 'Behnam Saffron Shop', 'Guevara Tattoo Studio', 'Rattana Thai Massage',
    'Patterson Dental Supply', 'Maples and Calder', 'Timpani drum rental', 'Melon music streaming',
]

GENERIC = [
    'forklift rental', 'gutter cleaning service', 'dog walker', 'mobile car wash', 'pallet supplier',
    'used tyre shop', 'bookkeeping for small business', 'office coffee machine lease', 'scaffolding hire',
    'piano tuner', 'bike repair shop', 'commercial cleaning contractor', 'tattoo parlour', 'driving instructor',
    'window tinting', 'locksmith 24 hours', 'pest control company', 'solar panel installer',
    'freight forwarder', 'print shop', 'taxi dispatcher', 'catering for weddings', 'chimney sweep',
]

PERSON_AS_COMPANY = [
    'Sigrún Jónsdóttir ehf.', 'Kaspars Ozols SIA', 'Mihai Popescu SRL', 'Tiina Tamm OÜ', 'Petra Horváth Kft.',
    'Nikola Jovanović preduzetnik', 'Ingrid Haugen AS', 'Lars Nyström AB', 'Hanna Virtanen Tmi',
    'Bogdan Kowalczyk sp.j.', 'Marta Novaková s.r.o.', 'Rasmus Kjær ApS', 'Lena Brandstätter GmbH',
    'Joost van Dijk B.V.', 'Aoife Byrne Ltd', 'Dimitra Papadaki IKE', 'Tomasz Wójcik Usługi',
    'Elif Yıldız Ltd. Şti.', 'Kofi Mensah Enterprises', 'Ngozi Okafor Ventures', 'Rahul Deshpande Pvt Ltd',
    'Nguyen Thi Lan Co., Ltd.', 'Somchai Wongsa Co., Ltd.',
]

CITY_COUNTRY = [
    'Ohrid', 'Gjirokastër', 'Kotor', 'Trondheim', 'Pécs', 'Ostrava', 'Košice', 'Maribor', 'Plovdiv',
    'Cluj-Napoca', 'Iași', 'Gyumri', 'Shymkent', 'Tromsø', 'Jönköping', 'Aarhus', 'Tampere', 'Gdynia',
    'Olomouc', 'Szeged', 'Rijeka', 'Varna, Bulgaria', 'Bitola', 'Kutaisi', 'Esbjerg',
]

BRAND_PRODUCT = [
    'Opinel No. 8 knife', 'Zojirushi rice cooker', 'Bialetti Moka Express', 'Fjällräven Kånken backpack',
    'Lamy Safari fountain pen', 'Le Creuset Dutch oven', 'Birkenstock Arizona sandals', 'Yeti Rambler tumbler',
    'Nalgene water bottle', 'Leatherman Wave multitool', 'Zippo windproof lighter', 'Maglite flashlight',
    'Staedtler Mars eraser', 'Faber-Castell Polychromos pencils', 'Moleskine Cahier notebook',
    'Pyrex measuring jug', 'Garmin Forerunner 255', 'Kindle Paperwhite', 'Brompton folding bike',
    'Aeropress coffee maker', 'Tefal Ingenio pans', 'Wüsthof Classic chef knife', 'Chemex pour-over',
    'Uni-ball Jetstream pen', 'Rotring 600 pencil', 'Sakura Pigma Micron', 'Kuru Toga pencil',
    'Casio fx-991EX calculator', 'Logitech MX Master 3', 'Keychron K2 keyboard', 'Anker PowerCore 10000',
    'Jabra Evolve2 headset', 'JBL Flip 6 speaker', 'Oral-B iO toothbrush', 'Braun Series 9 shaver',
    'Nespresso Vertuo pods', 'Smeg kettle', 'Osprey Farpoint backpack', 'Dr. Martens 1460 boots',
    'Havaianas flip flops', 'Salomon Speedcross shoes', 'Hoka Clifton 9', 'Lodge cast iron skillet',
    'OXO Good Grips peeler', 'Microplane grater',
]

ORDER = [('famous_unlisted', FAMOUS_UNLISTED), ('shares_one_word', SHARES_ONE_WORD), ('near_miss', NEAR_MISS),
         ('generic', GENERIC), ('person_as_company', PERSON_AS_COMPANY), ('city_country', CITY_COUNTRY),
         ('brand_product', BRAND_PRODUCT)]
