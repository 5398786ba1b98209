# Second batch of negatives.
NONLATIN = ['コメダ珈琲店', 'モスバーガー', 'くら寿司', 'ヨドバシカメラ', 'しまむら', 'キッコーマン', 'ミツカン', 'ハウス食品',
 '周黑鸭', '三只松鼠', '良品铺子', '古茗', '九阳', '苏泊尔', '波司登', '泡泡玛特', '元气森林',
 '교촌치킨', '맘스터치', '롯데리아', '이디야커피', '풀무원', '설빙',
 'Перекрёсток', 'Спортмастер', 'Детский мир', 'Буше', 'Нова пошта', 'Рошен',
 'هرفي', 'الشايع', 'لولو هايبر ماركت', 'אל על', 'רמי לוי', 'Πλαίσιο', 'Μασούτης', 'डाबर', 'पारले', 'ბორჯომი', 'การบินไทย']
LATIN = ['Colruyt', 'Esselunga', 'Conad', 'Coop Danmark', 'Rimi', 'Billa', 'Hofer', 'Fressnapf', 'Thalia', 'Coolblue',
 'Wehkamp', 'Blokker', 'Kiabi', 'Picard Surgelés', 'Monoprix', 'Åhléns', 'Elkjøp', 'Hornbach', 'Intratuin', 'Dunnes Stores',
 'Pick n Pay', 'Mr Price', 'Etos']
SHARES = ['Golden Dragon Takeaway', 'Royal Tailoring', 'Continental Car Wash', 'Pacific Surf School', 'Oriental Rug Cleaning',
 'Universal Locksmith', 'Star Bowling Alley', 'Future Kids Daycare', 'Ocean Breeze Laundromat', 'Atlantic Fish Market',
 'Alpha Tutoring Center', 'Premier Dry Cleaning', 'Spectrum Paint Supply', 'Liberty Pet Grooming', 'Capital Driving Academy']
NEAR = ['Kyrgyz Felt Crafts', 'Hamati Bakery', 'Otik Barbershop', 'Butembo Coffee Growers', 'Khazar Fish Restaurant',
 'Mizan Accounting', 'Malek Carpets', 'Irital Gelateria', 'Koryo Hotel Beijing', 'Seymeh Pottery', 'Kohas Physiotherapy',
 'Fleurette Flower Shop', 'Labico Paints', 'Sambouk Dhow Cruises', 'Avia Trust Charter Brokers', 'Gertler Optometry',
 'Tondgooyan Street Pharmacy', 'Sinotech Engineering Consultants', 'Tamil Nadu Tourism', 'Goodwill Industries',
 'Rosagro Seeds Catalog', 'Karner Ski School', 'Barsat Umbrella Shop', 'Qingdao Beer Garden', 'Hwaseong Fortress tours']
GENERIC = ['bike repair shop', 'junk removal service', 'lawn mowing', 'carpet installation', 'locksmith near me', 'daycare center',
 'vegan bakery', 'escape room', 'tattoo studio', 'axe throwing']
CITIES = ['Tromsø', 'Oulu', 'Linz', 'Leuven', 'Maastricht', 'Olomouc', 'Košice', 'Szeged', 'Timișoara', 'Varna', 'Rijeka', 'Maribor',
 'Klaipėda', 'Pärnu', 'Odense', 'Umeå', 'Galway', 'Inverness', 'Freiburg', 'Regensburg', 'Rennes', 'Valladolid', 'Braga', 'Lecce',
 'Kanazawa', 'Tainan', 'Iloilo', 'Kandy', 'Pokhara', 'Ballarat', 'Rotorua', 'Saskatoon', 'Spokane', 'Valparaíso', 'Salta', 'Oaxaca']
BRANDS = ['Wacom Intuos tablet', 'Moccamaster coffee maker', 'Hario V60 dripper', 'Chemex carafe', 'Sonos Era 100', 'Rimowa suitcase',
 'Sigg water bottle', 'Petzl headlamp', 'Trangia stove', 'Jetboil stove', 'Zwilling chef knife', 'Microplane zester', 'OXO Good Grips peeler',
 'KitchenAid Artisan mixer', 'Breville Barista Express', 'Fellow Stagg kettle', 'Baratza Encore grinder', 'Thermomix TM6',
 'Logitech MX Master 3', 'Keychron K2', 'Raspberry Pi 5', 'Flipper Zero', 'Steam Deck', 'Sylvanian Families']
ROWS = ([('famous_unlisted', q) for q in NONLATIN] + [('famous_unlisted', q) for q in LATIN] +
        [('shares_one_word', q) for q in SHARES] + [('near_miss', q) for q in NEAR] +
        [('generic', q) for q in GENERIC] + [('city_country', q) for q in CITIES] + [('brand_product', q) for q in BRANDS])
ROWS += [('brand_product', q) for q in ['Lego Technic set', 'Victorinox Fibrox knife', 'Nalgene bottle', 'Tupperware lunch box']]
