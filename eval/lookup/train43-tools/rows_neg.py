# Hand-written negative candidates for train43. build.py keeps the first N per category that pass.
# famous_unlisted: non-Latin names first (interleaved by script), then Latin names.
FAMOUS_NONLATIN = [
 'すき家', '蜜雪冰城', '이마트', 'Пятёрочка', 'שופרסל', 'Σκλαβενίτης', 'เซเว่น อีเลฟเว่น', 'هرفي', 'हल्दीराम',
 '丸亀製麺', '喜茶', '파리바게뜨', 'Вкусвилл', 'רמי לוי', 'Μασούτης', 'บิ๊กซี', 'البيك', 'अमूल',
 'コメダ珈琲店', '瑞幸咖啡', '교촌치킨', 'Теремок', 'סופר-פארם', 'Πλαίσιο', 'ไก่ย่างห้าดาว', 'مكتبة جرير', 'पारले',
 'サイゼリヤ', '名创优品', '다이소', 'Сільпо', 'אושר עד', 'Κωτσόβολος', 'แม็คโคร', 'كودو', 'ნიკორა',
 'ニトリ', '老乡鸡', '올리브영', 'Нова пошта', 'יוחננוף', 'Λουμίδης', 'ฟู้ดแลนด์', 'العثيم', 'আড়ং',
 'くら寿司', '周大福', '투썸플레이스', 'Шоколадница', 'תנובה', 'Τζάμπο', 'โออิชิ', 'الطازج', 'Երևան Սիթի',
 'ビックカメラ', '鼎泰丰', '이디야커피', 'Азбука вкуса', 'קפה קפה', 'Додо Пицца', 'Розетка', 'Буквоед',
]
FAMOUS_LATIN = [
 'Greggs', 'Wetherspoon', 'Superdrug', 'Halfords', 'Hobbycraft', 'Waterstones', 'Dunelm', 'Robert Dyas',
 'Wawa', "Buc-ee's", 'Publix', 'Wegmans', 'Meijer', 'Hy-Vee', 'Piggly Wiggly', 'Whataburger', "Portillo's",
 'Dutch Bros', 'Canadian Tire', 'Shoppers Drug Mart', 'St-Hubert', 'Hema', 'Albert Heijn', 'Picard',
 'Monoprix', 'Esselunga', 'Eataly', 'Conad', 'Denner', 'Hofer', 'Rossmann', 'Tchibo', 'Biedronka', 'Żabka',
 'Rema 1000', 'Systembolaget', 'Vinmonopolet', 'Clas Ohlson', 'Biltema', 'Søstrene Grene', 'Jysk', 'Elkjøp',
 'Pingo Doce', 'Continente', 'Oxxo', 'Chedraui', 'Magazine Luiza', 'JB Hi-Fi', 'Bunnings', 'Kmart Australia',
]
SHARES_ONE_WORD = [
 'Golden Crust Pizzeria', 'Pacific Pet Grooming', 'Orchid Nail Lounge', 'Maple Leaf Dental', 'Phoenix Auto Body',
 'Silver Spoon Catering', 'Sunrise Pediatrics', 'Evergreen Landscaping', 'Blue Ridge Pottery', 'Crescent Moon Bakery',
 'Summit Physical Therapy', 'Eagle Eye Optometry', 'Horizon Dance Academy', 'Pioneer Valley Books', 'Unity Yoga Loft',
 'Northstar Tutoring', 'Galaxy Skate Rink', 'Cedar Creek Winery', 'Royal Oak Barbers', 'Emerald Lawn Care',
 'Victory Martial Arts', 'Coastal Kitchen Remodeling', 'Harmony Music School', 'Liberty Bell Bagels', 'Alpine Ski Rentals',
 'Premier Plumbing Pros', 'Sapphire Bridal Boutique', 'Tiger Lily Florist', 'Rainbow Daycare Center', 'Metro Locksmiths',
]
# near_miss: (query, reused target word, target ent_num)
NEAR_MISS = [
 ('Sinaloa Grill', 'sinaloa', 11440), ('Laredo Taco Company', 'laredo', 19134), ('Tidewater Landscaping', 'tidewater', 12803),
 ('Jarvis Plumbing & Heating', 'jarvis', 23260), ('Candelaria Bakery', 'candelaria', 7292), ('Turquesa Jewelry', 'turquesa', 11866),
 ('Castillo Roofing', 'castillo', 10255), ('Lomas Santa Fe Dental', 'lomas', 15806), ('Folklor Dance Studio', 'folklor', 21114),
 ('Jalisco Market', 'jalisco', 13021), ('Brickell City Centre', 'brickell', 20261), ('Damavand Persian Restaurant', 'damavand', 25622),
 ('Hafez Bookstore', 'hafez', 25451), ('Blue Lagoon Iceland', 'lagoon', 23665), ('Deira City Centre', 'deira', 6953),
 ('Gilan Silk Carpets', 'gilan', 25927), ('Zinc Bar & Grill', 'zinc', 25046), ('Yemen Cafe', 'yemen', 19892),
 ('Thea Boutique', 'thea', 16803), ('Famba Tours Harare', 'famba', 10750), ('Biblos Lebanese Bakery', 'biblos', 10893),
 ('Hanifa Tailoring', 'hanifa', 21124), ('Meza Family Dentistry', 'meza', 15000), ('Rajah Spice House', 'rajah', 10928),
 ('Chulucanas Pottery Imports', 'chulucanas', 11405), ('Merideis Wellness', 'merideis', 16840),
]
GENERIC = [
 'pet sitting', 'window cleaning', 'piano tuning', 'bicycle repair', 'carpet cleaning', 'pressure washing', 'chimney sweep',
 'clothing alterations', 'mobile car detailing', 'bookkeeping services', 'furniture assembly', 'pool maintenance',
 'knife sharpening', 'shoe repair', 'junk removal', 'appliance repair', 'snow plowing', 'upholstery cleaning',
 'roof inspection', 'wedding photography', 'notary public', 'resume writing', 'tree stump grinding', 'dog walking',
]
PERSON_AS_COMPANY = [
 'Jonas Petraitis UAB', 'Marta Kowalska Sp. z o.o.', 'Eva Nováková s.r.o.', 'Péter Szabó Kft.', 'Ivana Horvat d.o.o.',
 'Andrei Ionescu SRL', 'Georgi Petrov EOOD', 'Emma Svensson AB', 'Matteo Rossi S.r.l.', 'Lucía García S.L.',
 'Sophie Dubois SARL', 'Jan de Vries B.V.', 'Pedro Silva Lda', 'Kristjan Tamm OÜ', 'Jānis Bērziņš SIA', 'Sven Olsen ApS',
 'Niamh Murphy Ltd', 'Katarína Horváthová s.r.o.', 'Anna Schmidt GmbH', 'Elif Demir Ltd. Şti.',
]
CITY_COUNTRY = [
 'Tartu', 'Kaunas', 'Brno', 'Graz', 'Innsbruck', 'Ghent', 'Bruges', 'Aarhus', 'Odense', 'Uppsala', 'Tampere',
 'Stavanger', 'Galway', 'Coimbra', 'Bilbao', 'Trieste', 'Maribor', 'Wrocław', 'Debrecen', 'Cluj-Napoca', 'Plovdiv',
 'Thessaloniki', 'Malmö', 'Reykjavík', 'Salzburg', 'Bergen', 'Cork', 'Porto', 'Bologna', 'Gdańsk',
]
BRAND_PRODUCT = [
 'Kindle Paperwhite', 'AirPods Pro', 'Sonos One', 'Bose QuietComfort', 'Dyson V15', 'Vitamix blender', 'KitchenAid mixer',
 'Le Creuset dutch oven', 'Nespresso Vertuo', 'GoPro Hero', 'Kobo Clara', 'Stanley Quencher', 'Hydro Flask', 'Leatherman Wave',
 'Moleskine notebook', 'Lamy Safari', 'Pilot G2', 'Crocs clogs', 'Birkenstock Arizona', 'Fjällräven Kånken', 'Garmin Forerunner',
 'Philips Sonicare', 'Roomba j7', 'Steam Deck', 'reMarkable 2', 'Brompton bike', 'Raspberry Pi 5', 'Aeropress',
 'Bialetti Moka', 'Weber kettle grill', 'Zojirushi rice cooker', 'Instant Pot Duo',
]

# ---- second round (after the first build: most first-round negatives were earlier queries)
FAMOUS_NONLATIN2 = [
 '日高屋', '杨国福麻辣烫', '홈플러스', 'Дикси', 'ויקטורי', 'Βερόπουλος', 'คาเฟ่ อเมซอน', 'زعتر وزيت', 'ब्रिटानिया',
 'リンガーハット', '正新鸡排', '이삭토스트', 'Ростикс', 'סטימצקי', 'Γαλαξίας', 'แบล็คแคนยอน', 'حلويات سعد الدين', 'सरस',
 'ほっともっと', '八方雲集', '엽기떡볶이', 'Красное & Белое', 'חצי חינם', 'Αττικά', 'โฮมโปร', 'أسواق التميمي', 'স্বপ্ন',
 'スガキヤ', '鬍鬚張', '설빙', 'Золотое яблоко', 'מגה בעיר', 'Μαρινόπουλος', 'บุญถาวร', 'باتشي', 'சரவண பவன்',
 'ワークマン', '大快活', '컴포즈커피', 'Фантастико', 'שיפודי התקווה', 'ไทวัสดุ', 'بن داود', 'ორი ნაბიჯი', 'Номин',
 '星乃珈琲店', '钱大妈', '신전떡볶이', 'Епіцентр', 'Глория Джинс', 'Варус', 'ชายสี่บะหมี่เกี๊ยว', 'ماما نورة', 'ஆவின்',
]
SHARES_ONE_WORD2 = [
 'Lighthouse Counseling', 'Sunflower Preschool', 'Riverbend Veterinary', 'Willow Tree Spa', 'Hilltop Roofing', 'Red Fox Tavern',
 'Bluebird Bakery', 'Copper Kettle Diner', 'Granite State Movers', 'Cornerstone Chiropractic', 'Heritage Hardwood Floors',
 'Atlas Moving & Storage', 'Delta Tire Center', 'Crown Dry Cleaners', 'Pearl River Dumplings', 'Ocean View Dental',
 'Global Fitness Gym', 'Green Valley Nursery', 'National Pet Supply', 'Star Pizza Express', 'Falcon Ridge Golf Club',
]
NEAR_MISS2 = [
 ('Profinet Industrial Ethernet', 'profinet', 24516), ('Railcom Signalling Systems', 'railcom', 25951),
 ('Tropic Thunder Bar', 'tropic', 2110), ('Rixo London', 'rixo', 17527), ('Amezcua Chi Pendant', 'amezcua', 9756),
 ('Guisanes Tapas Bar', 'guisanes', 20206), ('Ajily Studio', 'ajily', 22697), ('Bioesport Gym', 'bioesport', 10996),
 ('Ascotec Engineering', 'ascotec', 11613), ('Kanilai Cultural Festival', 'kanilai', 23323),
]
GENERIC2 = [
 'lawn aeration', 'duct cleaning', 'deck staining', 'fence repair', 'mattress disposal', 'bike fitting',
 'watch battery replacement', 'jewelry appraisal', 'key cutting', 'phone screen repair', 'aquarium cleaning',
 'termite inspection', 'mold remediation', 'water heater installation', 'solar panel cleaning', 'eyebrow threading',
 'bounce house rental', 'photo booth rental', 'tent rental', 'meal prep delivery',
]
PERSON_AS_COMPANY2 = [
 'Tereza Dvořáková s.r.o.', 'Zoltán Kiss Bt.', 'Bogdan Marinescu PFA', 'Agnieszka Wójcik JDG', 'Laura Bianchi S.a.s.',
 'Ingrid Dahl AS', 'Rasmus Nielsen ApS', 'Aoife Kelly Ltd', 'Carmen Ruiz S.L.U.', 'Helmut Gruber KG', 'Sanna Laine Tmi',
]
CITY_COUNTRY2 = [
 'Jyväskylä', 'Oulu', 'Kuopio', 'Pärnu', 'Daugavpils', 'Klaipėda', 'Olomouc', 'Košice', 'Žilina', 'Győr', 'Pécs',
 'Timișoara', 'Brașov', 'Varna', 'Novi Sad', 'Rijeka', 'Zadar', 'Ohrid', 'Shkodër', 'Heraklion', 'Klagenfurt',
 'Regensburg', 'Bamberg', 'Rostock', 'Leuven', 'Namur', 'Groningen', 'Aalborg', 'Umeå', 'Örebro', 'Kristiansand',
 'Limerick', 'Inverness', 'Besançon', 'Perpignan', 'Girona', 'Oviedo', 'Braga', 'Lecce', 'Bolzano',
]
BRAND_PRODUCT2 = [
 'Ninja Creami', 'Breville Barista Express', 'Fellow Stagg kettle', 'Hario V60', 'Baratza Encore', 'Oura Ring',
 'Withings scale', 'Tolino Shine', 'Onyx Boox', 'Leuchtturm1917', 'Hobonichi Techo', 'Tombow Dual Brush',
 'Uni-ball Jetstream', 'Kaweco Sport', 'TWSBI Eco', 'Opinel No. 8', 'Petzl headlamp', 'Jetboil', 'Helinox chair',
 'Lodge cast iron skillet', 'Staub cocotte', 'Microplane grater', 'Brabantia bin', 'Thermomix', 'Cosori air fryer',
]
FAMOUS_NONLATIN += FAMOUS_NONLATIN2
SHARES_ONE_WORD += SHARES_ONE_WORD2
NEAR_MISS += NEAR_MISS2
GENERIC += GENERIC2
PERSON_AS_COMPANY += PERSON_AS_COMPANY2
CITY_COUNTRY += CITY_COUNTRY2
BRAND_PRODUCT += BRAND_PRODUCT2
