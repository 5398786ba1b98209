# (category, query) -- hand-written negatives, in preference order; build.py keeps the first N per category that pass.
NONLATIN = [
'松屋', 'すき家', '天下一品', '餃子の王将', 'コメダ珈琲店', 'ドン・キホーテ', 'ニトリ', 'しまむら', '丸亀製麺', 'サイゼリヤ', '紀伊國屋書店', 'ヨドバシカメラ', '崎陽軒', '鳥貴族', '大戸屋', '日高屋',
'海底捞', '喜茶', '蜜雪冰城', '瑞幸咖啡', '老乡鸡', '西贝莜面村', '全聚德', '狗不理', '杨国福麻辣烫', '呷哺呷哺', '奈雪的茶', '良品铺子', '三只松鼠', '周黑鸭', '绝味鸭脖', '太二酸菜鱼', '春水堂', '誠品書店',
'이디야커피', '파리바게뜨', '본죽', '교촌치킨', '네네치킨', '굽네치킨', '한솥도시락', '올리브영', '빽다방', '메가커피', '설빙', '오뚜기',
'Теремок', 'Шоколадница', 'Азбука вкуса', 'ВкусВилл', 'Додо Пицца', 'Кофемания', 'Читай-город', 'Буквоед', 'Спортмастер', 'Детский мир',
'Нова пошта', 'Епіцентр', 'Пузата хата', 'Львівська майстерня шоколаду',
'البيك', 'هرفي', 'مكتبة جرير', 'بنده', 'الدانوب', 'شاورمر', 'كودو',
'שופרסל', 'רמי לוי', 'אסם', 'תנובה', 'קסטרו', 'ארומה', 'רולדין',
'Κωτσόβολος', 'Γερμανός', 'Γρηγόρης Μικρογεύματα', 'Βασιλόπουλος',
'ท็อปส์', 'เอ็มเค สุกี้', 'บาร์บีคิวพลาซ่า',
'हल्दीराम', 'बीकानेरवाला', 'अमूल', 'डाबर',
]
LATIN = [
'Kruidvat', 'Hema', 'Jumbo Supermarkten', 'Tchibo', 'Thalia', 'Hofer', 'Biocoop', 'Brioche Dorée', 'Picard Surgelés', 'Greggs', 'Wagamama', 'Itsu', "Gail's Bakery", 'Timpson', 'Screwfix', 'Toolstation',
'Pingo Doce', 'Biedronka', 'Żabka', 'Empik', 'Rema 1000', 'Clas Ohlson', 'Biltema', 'Systembolaget', 'Tokmanni', 'Verkkokauppa', "Culver's", "Zaxby's", 'Bojangles', "Raising Cane's", 'Sheetz', 'Hy-Vee',
'Meijer', 'Soriana', 'Bodega Aurrerá', 'Alkosto', 'Magazine Luiza', 'O Boticário', 'Mang Inasal', 'Chowking', 'Puregold', 'Indomaret', 'Alfamart', 'Sheng Siong', 'Pick n Pay', 'Dis-Chem', 'Chicken Licken', 'Naivas',
]
CATS = {
'famous_unlisted': [],  # filled from NONLATIN (24) and LATIN (16)
'shares_one_word': [
'Sunrise Senior Living', 'Eagle Eye Optometry', 'Ocean Breeze Dry Cleaners', 'Star Nails Spa', 'Royal Thai Cuisine', 'Green Valley Nursery', 'Blue Ridge Outfitters', 'Diamond Shine Car Wash',
'Silver Spoon Catering', 'Horizon Chiropractic', 'Summit Climbing Gym', 'Victory Martial Arts', 'Galaxy Bowling Lanes', 'Tiger Lily Florist', 'Lotus Yoga Studio', 'Anchor Plumbing',
'Orchid Nail Salon', 'Zenith Piano Studio', 'Crystal Clear Windows', 'Sapphire Day Spa', 'Emerald City Comics', 'Liberty Bell Preschool', 'Phoenix Kickboxing', 'Harbor Freight Tools',
'Golden Crust Pizzeria', 'Unity Hair Braiding', 'Northern Lights Pottery', 'Lucky Paws Grooming', 'Paradise Ice Cream', 'Capital City Bikes', 'Alpha Tutoring', 'Eastside Vet Clinic',
],
'near_miss': [
('Oriental Trading Company', 'ORIENTAL'), ('West Point Military Academy', 'WEST'), ('Sierra Nevada Brewing', 'SIERRA'), ('Piedmont Natural Gas', 'PIEDMONT'),
('Gaviota Beach Resort', 'GAVIOTA'), ('Mellat Park Cafe', 'MELLAT'), ('Saman Bakery', 'SAMAN'), ('Zuppa Soup Kitchen', 'ZUPPA'), ('Kingly Tailors', 'KINGLY'),
('Africana Braiding Salon', 'AFRICANA'), ('Mriya Ukrainian Restaurant', 'MRIYA'), ('Hilal Halal Meats', 'HILAL'), ('Palmeras Beach Bar', 'PALMERAS'),
('Trade Point Realty', 'TRADE'), ('Gulf Shores Seafood', 'GULF'), ('Esmeraldas Jewelry', 'ESMERALDAS'), ('Rincon Surf Shop', 'RINCON'), ('Gilan Caviar Shop', 'GILAN'),
('Kish Island Travel', 'KISH'), ('Beltran Law Office', 'BELTRAN'), ('Persia Rug Gallery', 'PERSIA'), ('Hacienda Mexican Grill', 'HACIENDA'), ('Escorpion Tattoo Studio', 'ESCORPION'),
('Dolphin Swim Club', 'DOLPHIN'), ('Amin Grocery', 'AMIN'), ('Garant Auto Insurance', 'GARANT'),
],
'generic': [
'gutter cleaning', 'pressure washing', 'window tinting', 'carpet cleaning', 'dog grooming', 'piano tuning', 'chimney sweep', 'lawn mowing', 'pool cleaning', 'house painting',
'furniture assembly', 'appliance repair', 'watch repair', 'junk removal', 'tree trimming', 'dry cleaning', 'notary public', 'wedding photography', 'tax preparation', 'phone screen repair',
'upholstery cleaning', 'calligraphy lessons',
],
'person_as_company': [
'Mikko Virtanen Oy', 'Aino Korhonen Tmi', 'Lars Bakken AS', 'Ingrid Dahl ANS', 'Mette Sørensen ApS', 'Liis Tamm OÜ', 'Jānis Bērziņš SIA', 'Bram de Vries B.V.',
'Sanne Jansen V.O.F.', 'Pieter Claes BV', 'Florin Popescu S.R.L.', 'Petra Horváth Kft.', 'Lukas Huber e.U.', 'Chloé Lefèvre EURL', 'Pablo Ortega S.L.U.', 'Inês Costa Unipessoal Lda',
'Giulia Conti S.a.s.', 'Dimitris Nikolaou O.E.', 'Aoife Byrne Ltd', 'Nina Gerber GmbH',
],
'city_country': [
'Tromsø', 'Stavanger', 'Uppsala', 'Aarhus', 'Tampere', 'Tartu', 'Kaunas', 'Brno', 'Graz', 'Innsbruck', 'Lausanne', 'Ghent', 'Utrecht', 'Groningen', 'Leuven',
'Heidelberg', 'Regensburg', 'Rennes', 'Grenoble', 'Dijon', 'Coimbra', 'Verona', 'Trieste', 'Maribor', 'Plovdiv', 'Debrecen', 'Gdańsk', 'Akureyri', 'Galway', 'Kanazawa',
],
'brand_product': [
'Stanley Quencher tumbler', 'Yeti Rambler', 'Hydro Flask', 'Instant Pot Duo', 'Vitamix blender', 'KitchenAid stand mixer', 'Le Creuset Dutch oven', 'Lodge cast iron skillet', 'Weber kettle grill',
'Traeger pellet grill', 'Big Green Egg', 'Roomba j7', 'Kobo Clara', 'Steam Deck', 'Instax Mini 12', 'Fjällräven Kånken', 'Nalgene bottle', 'Leatherman Wave', 'Opinel No. 8', 'Lamy Safari',
'Chemex coffeemaker', 'AeroPress', 'Bialetti Moka Express', 'Thermomix TM6', 'Husqvarna Automower', 'Birkenstock Arizona',
],
}
QUOTA = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
# second round, after build.py showed most obvious cities/products/services were earlier queries
CATS['shares_one_word'] += ['Harvest Moon Bakery', 'Sunshine Laundromat', 'Iron Horse Saloon', 'Red Rose Florist', 'Rainbow Daycare', 'Atlantic Fish Market', 'Elite Barbershop',
                            'Sunset Motel', 'Orient Express Noodles', 'Royal Oak Pub', 'Mountain View Dental', 'Metro Tailors']
CATS['near_miss'] += [('Sepahan Kebab House', 'SEPAHAN'), ('Crown Auto Body', 'CROWN'), ('Golden Wings Flight School', 'GOLDEN'), ('Tehran Restaurant', 'TEHRAN')]
CATS['generic'] += ['hedge trimming', 'leaf removal', 'mobile car detailing', 'ski waxing', 'guitar setup', 'pottery classes', 'engraving service', 'drywall patching', 'garage door repair',
                    'mold remediation', 'radon testing', 'pet sitting', 'firewood delivery', 'cake decorating', 'tuxedo rental', 'passport photos', 'document shredding']
CATS['person_as_company'] += ['Tiina Mäkinen Oy', 'Oskar Lindgren AB', 'Kaja Nowak Sp. z o.o.', 'Matteo Ricci S.r.l.s.', 'Léa Girard SAS']
CATS['city_country'] += ['Bodø', 'Turku', 'Rovaniemi', 'Liepāja', 'Plzeň', 'Lugano', 'Liège', 'Haarlem', 'Würzburg', 'Lübeck', 'Clermont-Ferrand', 'Logroño', 'Évora', 'Győr',
                         'Kagoshima', 'Kaohsiung', 'Missoula', 'Geelong']
CATS['brand_product'] += ['Ember mug', 'Theragun massager', 'Logitech MX Master', 'Wacom Intuos', 'JBL Flip 6', 'Shure SM58', 'Pelikan Souverän', 'Rhodia notepad', 'Cricut Maker',
                          'Moccamaster', 'Dualit toaster', 'Ooni Koda', 'Jetboil Flash', 'Hoka Clifton', 'Toblerone bar', 'Kewpie mayonnaise', 'Maggi seasoning']
# interleave the non-Latin scripts so the 24 kept rows mix Japanese, Chinese, Korean, Cyrillic, Arabic, Hebrew, Greek, Thai and Devanagari
import unicodedata as _u
def _script(s):
    for c in s:
        if c.isalpha(): return _u.name(c, '?').split()[0]
    return '?'
_groups = {}
for _q in NONLATIN: _groups.setdefault(_script(_q) if _script(_q) not in ('HIRAGANA', 'KATAKANA') else 'CJK', []).append(_q)
_order = []
while any(_groups.values()):
    for _g in list(_groups):
        if _groups[_g]: _order.append(_groups[_g].pop(0))
NONLATIN = _order
