# Negative candidates (category, query[, reused target word for near_miss]). Spares included; build keeps the first N that pass.
NEG = {
'famous_unlisted': [
 'Grupo Éxito', 'Liverpool department store', 'Totvs', 'Despegar', 'Olist', 'Vipps', 'Kahoot', 'Wolt', 'Rovio', 'Vestas', 'Flying Tiger Copenhagen', 'Bol.com', 'Coolblue', 'Celonis', 'N26', 'Personio', 'Bitpanda', 'Rimowa', 'Miele', 'Kofola', 'Żabka', 'Dacia', 'eMAG', 'UiPath', 'Ülker', 'Noon.com', 'Checkers supermarket', 'Takealot', "Nando's", 'Discovery Limited', '理想汽车', '小红书', '哔哩哔哩', '안랩', '한화솔루션', '넥슨', '크래프톤', 'ゆうちょ銀行', 'セコム', 'シマノ', 'オリエンタルランド', 'ローソン', 'すき家', 'サイゼリヤ', 'Аэрофлот', 'Лента', 'Циан', 'Перекрёсток', 'Билайн', 'Мегафон', 'Азбука Вкуса', 'Кофе Хауз', 'الاتصالات السعودية', 'جرير', 'أسواق العثيم', 'بنده', 'טבע', 'אסם', 'תנובה', 'एयर इंडिया', 'इंफोसिस', 'विप्रो', 'बजाज ऑटो', 'हल्दीराम',
 '字节跳动', 'Zalando', '拼多多', 'Decathlon', '海底捞', 'Grupo Bimbo', '宁德时代', 'Embraer', '农夫山泉', 'Jollibee Foods',
 '大疆创新', 'Safaricom', '顺丰速运', 'Dangote Cement', '格力电器', 'Fonterra', '蒙牛乳业', 'Klarna', 'ユニクロ', 'Adyen',
 '任天堂', 'Ahold Delhaize', '無印良品', 'Mercadona', 'ヤマト運輸', 'Tokopedia', 'カルビー', 'Natura &Co', 'ニトリ', 'Wesfarmers',
 'ヤクルト本社', 'Grupo Televisa', '쿠팡', 'Coppel', '농심', 'Falabella', '아모레퍼시픽', 'Bata Shoes', '빙그레', 'Tata Consultancy Services',
 '배달의민족', 'Ocado', 'Вайлдберриз', 'Rappi', 'Додо Пицца', 'Nubank', 'ВкусВилл', 'Xero', 'Шоколадница', 'Canva',
 'المراعي', 'Atlassian', 'طيران الإمارات', 'Oatly', 'مجموعة ماجد الفطيم', 'Rimi Baltic', 'أمريكانا للمطاعم', 'Biedronka', 'שטראוס', 'Allegro',
 'אסם', 'Jerónimo Martins', 'टाटा मोटर्स', 'Glovo', 'अमूल', 'Bolt Technology', 'पतंजलि आयुर्वेद', 'Wise plc', 'การบินไทย', 'Revolut',
 'ซีพี ออลล์', 'Skroutz', 'Κωτσόβολος', 'Jumbo Supermarkten', 'Τσάκιρης', 'Colruyt', '伊利股份', 'Delhaize', '安踏体育', 'Migros',
 '美的集团', 'Coop Norge', '海尔智家', 'Kesko', 'アサヒビール', 'Elkjøp', 'ファミリーマート', 'Hornbach', '이마트', 'Rossmann',
],
'shares_one_word': [
 'Sunrise Bakery Leeds', 'Blue Ocean Swim School', 'Golden Harvest Farm Shop', 'Royal Oak Pub Bristol', 'Silver Line Taxis',
 'Summit Physiotherapy Clinic', 'Pioneer Dry Cleaning', 'Harbour View Dental', 'Evergreen Landscaping Ltd', 'Riverside Veterinary Practice',
 'Northern Lights Yoga', 'Oak Tree Day Nursery', 'Maple Leaf Bakery', 'Eagle Eye Opticians', 'Phoenix Tattoo Studio',
 'Crystal Clear Window Cleaning', 'Diamond Nails Salon', 'Victory Boxing Gym', 'Premier Plumbing & Heating', 'Apex Driving School',
 'Horizon Travel Agency', 'Sunshine Day Care', 'Coral Reef Dive Shop', 'Pacific Surf School', 'Global Language Academy Dublin',
 'Alpha Tutoring Centre', 'Delta Car Rentals', 'Continental Bakery Cafe', 'Capital Locksmiths', 'United Football Academy',
],
'near_miss': [
 ('Pasargad Persian Rugs', 'pasargad'), ('Tabriz Kebab House', 'tabriz'), ('Marbella Beach Club', 'marbella'), ('Boreal Outdoor Gear', 'boreal'),
 ('Hercules Gym Southampton', 'hercules'), ('Argus Insurance Brokers', 'argus'), ('Crocker Park Shopping Mall', 'crocker'), ('Lucero Mexican Grill', 'lucero'),
 ('Hormoz Persian Restaurant', 'hormoz'), ('Zuppa Soup Kitchen', 'zuppa'), ('Gorge Climbing Centre', 'gorge'), ('Patterson Dental Supply', 'patterson'),
 ('Willmar Auto Body', 'willmar'), ('Rossell Tea Estates', 'rossell'), ('Vida Yoga Studio', 'vida'), ('Regente Barbershop', 'regente'),
 ('Universe Comics Shop', 'universe'), ('Fleurette Flower Shop', 'fleurette'), ('Karner Blue Butterfly Reserve', 'karner'), ('Briones Family Dentistry', 'briones'),
 ('Maskan Real Estate Agency Toronto', 'maskan'), ('Yakima Valley Winery', 'yakima'), ('Bamboo Garden Chinese Takeaway', 'bamboo'), ('Boreal Forest Tours', 'boreal'), ('Lucero Bridal Boutique', 'lucero'), ('Marbella Hair Salon', 'marbella'), ('Tabriz Carpet Gallery', 'tabriz'),
],
'generic': [
 'gutter cleaning', 'mobile phone repair', 'bridal boutique', 'tree surgeon', 'hearing aid clinic', 'kitchen fitter', 'pressure washing service', 'vending machine supplier', 'industrial laundry', 'forklift hire',
 'plumbing services', 'wedding cake bakery', 'car wash near me', 'bicycle repair shop', 'pet food wholesaler', 'office cleaning company',
 'used tyre dealer', 'furniture removals', 'tax accountant', '24 hour locksmith', 'roofing contractor', 'nail salon', 'driving school',
 'solar panel installer', 'dog walking service', 'wedding photographer', 'carpet cleaning', 'scaffolding hire', 'landscape gardener',
 'piano tuner', 'chimney sweep', 'window tinting shop',
],
'person_as_company': [
 'Ingrid Solberg AS', 'Petra Horváthová s.r.o.', 'Jakub Dvořák s.r.o.', 'Elif Demir Ltd. Şti.', 'Rui Carvalho Lda', 'Aino Laine Oy', 'Gustav Lindqvist AB', 'Bram Janssens BV', 'Siobhán Murphy Ltd', 'Matteo Esposito S.r.l.',
 'Giorgos Papadopoulos IKE', 'Tomáš Novák s.r.o.', 'Anna Kowalska sp. z o.o.', 'Mehmet Yılmaz Ltd. Şti.', 'Pieter de Vries B.V.',
 'Lars Johansson AB', 'Miguel Fernández S.L.', 'Jean Dupont SARL', 'Hans Müller GmbH', 'Sofia Rossi S.r.l.', 'Mikko Korhonen Oy',
 'Ole Hansen ApS', 'Budi Santoso PT', 'Chidi Okeke Enterprises', 'Kwame Mensah Ventures', 'Dimitar Ivanov EOOD', 'Ana Horvat d.o.o.',
 'Eero Mäkinen Tmi', 'Katrin Tamm OÜ', 'Luca Bianchi S.a.s.',
],
'city_country': [
 'Kokkola', 'Jyväskylä', 'Örebro', 'Esbjerg', 'Leuven', 'Koper', 'Šibenik', 'Zadar', 'Shkodër', 'Vanadzor', 'Fergana', 'Khujand', 'Mazatlán', 'Oaxaca', 'Cuenca', 'Salta', 'Florianópolis', 'Pokhara', 'Jaffna', 'Sylhet', 'Hue', 'Iloilo', 'Davao', 'Dunedin', 'Rotorua', 'Townsville', 'Kisumu', 'Bulawayo', 'Tamale', 'Aswan', 'Sfax', 'Agadir',
 'Tartu', 'Trondheim', 'Aarhus', 'Ghent', 'Maribor', 'Cluj-Napoca', 'Plovdiv', 'Brno', 'Kraków', 'Debrecen', 'Bergen', 'Uppsala',
 'Galway', 'Porto Alegre', 'Cusco', 'Mendoza', 'Valparaíso', 'Da Nang', 'Cebu', 'Mysore', 'Kandy', 'Windhoek', 'Mombasa', 'Hobart',
],
'brand_product': [
 'Leica M6 camera', 'Yeti Rambler mug', 'Salomon Speedcross shoes', 'Sonos One speaker', 'Bose QuietComfort 45', 'Wacom Intuos tablet', 'Anker PowerCore power bank', 'Philips Hue bulb', 'Roomba j7 robot vacuum', 'Ninja air fryer', 'Staedtler Noris pencil', 'Faber-Castell Polychromos', 'Pelikan Souverän fountain pen', 'Lamy Safari pen', 'Tombow dual brush pen', 'Kong dog toy', 'Furminator brush',
 'Lego Technic set', 'Nespresso Vertuo', 'Kindle Paperwhite', 'Dyson V15 vacuum', 'Rolex Submariner', 'Stanley Quencher tumbler',
 'Le Creuset Dutch oven', 'Vitamix blender', 'KitchenAid stand mixer', 'Moleskine notebook', 'Birkenstock Arizona', 'Leatherman Wave',
 'Garmin Forerunner 255', 'GoPro Hero 12', 'Fjällräven Kånken', 'Crocs Classic Clog', 'Zippo lighter', 'Tamagotchi', 'Polaroid Now camera',
 'Bic Cristal pen', 'Thermos flask', "Rubik's Cube",
],
}
TARGET = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}

def _interleave(items):
    """Alternate non-Latin and Latin famous names so that about half the kept rows are non-Latin."""
    nonlat = [x for x in items if any(ord(ch) > 0x24F for ch in x)]
    lat = [x for x in items if x not in nonlat]
    out = []
    for i in range(max(len(nonlat), len(lat))):
        if i < len(nonlat): out.append(nonlat[i])
        if i < len(lat): out.append(lat[i])
    return out
NEG['famous_unlisted'] = _interleave(NEG['famous_unlisted'])
