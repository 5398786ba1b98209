"""Hand-written negative candidates: (category, query[, near-miss target ent_num]). build.py keeps the first N per category that pass."""
NEG = []
def add(cat, items):
    for it in items:
        NEG.append((cat,) + (it if isinstance(it, tuple) else (it,)))

# famous_unlisted: non-Latin interleaved by script, then Latin
add('famous_unlisted', [
 # second round (first-round ideas below were mostly earlier queries)
 'ミスタードーナツ', '永和豆浆', '롯데마트', 'קרביץ', 'Светофор', 'كارفور', 'โฮมโปร', 'Γιώτης', 'मदर डेयरी',
 'გუდვილი', 'Սաս Սուպերմարկետ', 'আগোরা', 'சரவணா ஸ்டோர்ஸ்', 'ドトール', '西贝莜面村', '메가커피', 'מקס סטוק',
 'Евроопт', 'التميمي', 'สเวนเซ่นส์', 'Κρι Κρι', '大戸屋', '屈臣氏', '이삭토스트',
 'ฟาร์มเฮ้าส์', '盒马鲜生', 'Технодом', 'بن داود', 'ஆவின்',
 "Trader Joe's", 'Loblaws', 'Sobeys', 'Chick-fil-A', 'Krispy Kreme', 'Bauhaus', 'Argos', 'Currys', 'Dunnes Stores',
 'SuperValu', 'Chemist Warehouse', 'Harvey Norman', "Pak'nSave", 'Føtex', 'Fnac', 'Darty', 'Swiss Chalet',
 "Mary Brown's", 'Sanborns', 'Riachuelo',
 # first round
 '松屋', '海底捞', '이마트', 'שופרסל', 'Пятёрочка', 'بنده', 'เซเว่น อีเลฟเว่น', 'Σκλαβενίτης', 'हल्दीराम',
 '吉野家', '蜜雪冰城', '올리브영', 'רמי לוי', 'Теремок', 'البيك', 'บิ๊กซี', 'Μασούτης', 'अमूल',
 'サイゼリヤ', '瑞幸咖啡', '파리바게뜨', 'סופר-פארם', 'Шоколадница', 'هرفي', 'เอ็มเค สุกี้', 'Γερμανός', 'पतंजलि',
 'コメダ珈琲店', '喜茶', '교촌치킨', 'יוחננוף', 'ВкусВилл', 'جرير', 'ท็อปส์', 'Κωτσόβολος', 'ფრესკო',
 '丸亀製麺', '名创优品', '맘스터치', 'קסטרו', 'Спортмастер', 'العثيم', 'ศรีฟ้า', 'Πλαίσιο', 'Երևան Մոլլ',
 'モスバーガー', '永辉超市', '이디야커피', 'ארומה', 'Читай-город', 'الدانوب', 'เถ้าแก่น้อย', 'Γρηγόρης', 'স্বপ্ন',
 'スシロー', '周黑鸭', '김밥천국', 'Сільпо', 'كودو', 'ニトリ', '全聚德', '뚜레쥬르', 'Епіцентр',
 'Trader Joe\'s', 'Wegmans', 'Sheetz', 'Culver\'s', 'Whataburger', 'Raising Cane\'s', 'Bojangles', 'Zaxby\'s',
 'Canadian Tire', 'Loblaws', 'Sobeys', 'Jollibee', 'Wagamama', 'Esselunga', 'Biedronka', 'Żabka', 'Albert Heijn',
 'Kruidvat', 'Colruyt', 'Systembolaget', 'Mercadona', 'Bodega Aurrera', 'Falabella', 'Pão de Açúcar', 'Bunnings',
 'JB Hi-Fi', 'Pick n Pay', 'Shoprite', 'Rossmann', 'Edeka', 'Chick-fil-A', 'Krispy Kreme',
])
add('shares_one_word', [
 'Atlas Dental Studio', 'Harmony Yoga Studio', 'Fountain Dry Cleaners', 'Spring Valley Florist', 'Pioneer Plumbing Supply',
 'Liberty Lawn Care', 'Ocean Breeze Laundromat', 'Diamond Nail Spa', 'Falcon Ridge Dental', 'Premier Dental Care',
 'Star Bright Cleaning', 'Green Valley Nursery', 'Blue Heron Kayak Rentals', 'Golden Crust Pizzeria', 'Palm Tree Smoothies',
 'Summit Roofing', 'Caspian Rug Gallery', 'Oasis Car Wash', 'Pearl Harbor Dental', 'Empire Tailors', 'Tiger Lily Florist',
 'Aqua Pool Services', 'Speed Lube Oil Change', 'Universal Piano Movers', 'Future Stars Daycare', 'Moment Photography',
 'Miracle Hair Salon', 'Eagle Eye Optometry', 'Orient Tea House', 'Victory Martial Arts',
])
add('near_miss', [
 ('Meadowbrook Dental Care', 9601), ('Foxwhelp Cider Orchard', 23268), ('Kafak Auto Repair', 17770),
 ('Simatic Automation Training', 12959), ('Pentane Gas Supplies', 13439), ('Primorye Seafood Market', 24450),
 ('Sunway Pyramid Mall', 22687), ('Riviera Dry Cleaners', 22415), ('Doostan Persian Kitchen', 15651),
 ('Mabna Architects', 24027), ('Yusong Korean BBQ', 23149), ('Senat Restaurant', 18345), ('Biblos Lebanese Bakery', 10893),
 ('Candid Photography Studio', 19253), ('Marjan Jewelry', 16033), ('Noor Bakery', 15162), ('Gaucho Steakhouse', 12077),
 ('Cauca Coffee Growers', 19092), ('Sayula Pottery', 18825), ('Grawit Fitness', 23286), ('Kasb Consulting', 16135),
 ('Tamil Grocery Store', 11347), ('Sambouk Seafood', 15853), ('Africada Travel', 23327), ('Uganda Coffee Exporters', 10146),
])
add('generic', [
 'gutter cleaning', 'locksmith', 'carpet cleaning', 'lawn mowing', 'dog grooming', 'tax preparation', 'chimney sweep',
 'pressure washing', 'pest control', 'furniture assembly', 'car detailing', 'shoe repair', 'watch repair', 'tile installation',
 'snow removal', 'junk removal', 'appliance repair', 'bookkeeping services', 'notary public', 'phone screen repair',
 'wedding photography', 'piano lessons', 'fence installation', 'septic tank pumping', 'deck staining', 'upholstery cleaning',
])
add('person_as_company', [
 'Tomasz Nowak Sp. z o.o.', 'Jana Svobodová s.r.o.', 'Lukas Müller GmbH', 'Sophie Dubois SARL', 'Jonas Petersen ApS',
 'Mikko Virtanen Oy', 'Nikola Jovanović d.o.o.', 'Dimitrios Papadopoulos IKE', 'Ana Pereira Lda', 'Oliver Smith Ltd',
 'Sara Johansson AB', 'Lars Hansen AS', 'Anna Nagy Kft.', 'Elena Popescu SRL', 'Martin Dvořák s.r.o.', 'Tanja Kovač d.o.o.',
 'Mehmet Yılmaz Ltd. Şti.', 'Pieter de Vries B.V.', 'Laura Bianchi S.r.l.', 'Javier Fernández S.L.', 'Jakob Gruber KG',
])
add('city_country', [
 'Tampere', 'Aarhus', 'Bergen', 'Göteborg', 'Ljubljana', 'Plovdiv', 'Cluj-Napoca', 'Debrecen', 'Brno', 'Graz', 'Linz',
 'Nantes', 'Bordeaux', 'Braga', 'Bilbao', 'Verona', 'Gdańsk', 'Wrocław', 'Kaunas', 'Uppsala', 'Odense', 'Trondheim',
 'Turku', 'Galway', 'Aberdeen', 'Utrecht', 'Leuven', 'Lausanne', 'Innsbruck',
])
add('brand_product', [
 'Dyson V15', 'Nespresso Vertuo', 'Instant Pot Duo', 'Vitamix blender', 'Garmin Forerunner', 'Moleskine notebook',
 'Lamy Safari', 'Stanley Quencher', 'Yeti Rambler', 'Hydro Flask', 'Le Creuset dutch oven', 'Lodge cast iron skillet',
 'Weber grill', 'Roomba', 'Philips Hue', 'Steam Deck', 'GoPro Hero', 'Theragun', 'Brita filter', 'Zojirushi rice cooker',
 'Fellow Stagg kettle', 'Chemex', 'AeroPress', 'Hario V60', 'Rhodia pad', 'Uni-ball Jetstream', 'Pentel EnerGel',
 'Sakura Pigma Micron', 'Staedtler Mars', 'Copic marker', 'Wacom Intuos', 'Logitech MX Master', 'Keychron K2', 'Kobo Clara',
])

# second round
add('shares_one_word', ['Bamboo Garden Takeout', 'Cedar Grove Chiropractic', 'Silver Lining Bridal', 'Oak Harbor Marina',
 'Sunset Strip Tattoo', 'Willow Creek Pottery', 'Maple Leaf Diner'])
add('generic', ['grout repair', 'saddle repair', 'bagpipe lessons', 'stained glass restoration', 'clock repair', 'hoof trimming',
 'taxidermy', 'chair caning', 'awning repair', 'boat winterizing', 'irrigation repair', 'pool resurfacing',
 'solar panel cleaning', 'EV charger installation', 'sump pump repair', 'pet cremation'])
add('person_as_company', ['Katarzyna Lewandowska Sp. j.', 'Lucie Horáková s.r.o.', 'Bence Tóth Kft.', 'Mateja Zupan s.p.',
 'Freya Olsen ApS', 'Aino Korhonen Oy', 'Tiago Costa Lda'])
add('city_country', ['Sibiu', 'Burgas', 'Münster', 'Aachen', 'Cádiz', 'Faro', 'Alicante', 'Toulon', 'Kiel', 'Winterthur',
 'Nijmegen', 'Helsingborg', 'Toruń', 'Sopron', 'Osijek', 'Chania', 'Paphos'])
add('brand_product', ['Seiko 5', 'Sennheiser HD 600', 'Audio-Technica ATH-M50x', 'Yamaha P-125', 'Korg Minilogue', 'Rode NT1',
 'Elgato Stream Deck', 'Raspberry Pi 4', 'Arduino Uno'])
