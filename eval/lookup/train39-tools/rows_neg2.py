# second batch of negatives (appended after rows_neg.NEG)
NEG2 = {
'famous_unlisted': [
 '味の素', 'キッコーマン', 'ヤクルト', '森永製菓', '亀田製菓', 'カゴメ', '伊藤園', '丸亀製麺', 'コメダ珈琲', 'モスバーガー', 'ワークマン', 'スシロー',
 '康师傅', '旺旺', '三只松鼠', '百雀羚', '云南白药', '五粮液', '张裕', '波司登', '九阳', '苏泊尔', '名创优品', '泡泡玛特', '全聚德',
 '롯데리아', '이디야커피', '풀무원', '해태제과', '올리브영', '무신사', '맘스터치', '본죽',
 'Азбука вкуса', 'Перекрёсток', 'Спортмастер', 'Буквоед', 'Кофе Хауз', 'Нова пошта', 'Сільпо',
 'العثيم', 'بنده', 'كودو', 'نادك', 'شاورمر', 'لولو هايبر ماركت',
 'יוחננוף', 'אלקטרה', 'קסטרו', 'पारले', 'डाबर', 'बीकानेरवाला', 'โออิชิ', 'สิงห์', 'Κωτσόβολος', 'Μασούτης', 'ბორჯომი',
 'Żywiec', 'Wedel', 'Kaufland', 'Hema', 'Kruidvat', 'Albert Heijn', 'Rema 1000', 'Søstrene Grene', 'Jysk', 'Clas Ohlson',
 'Biltema', 'Hornbach', 'Tchibo', 'Esselunga', 'Eataly', 'Darty', 'El Corte Inglés', 'Pingo Doce', 'Falabella', 'Coppel',
],
'shares_one_word': [
 'Sunset Bowling Alley', 'Star Karaoke Lounge', 'Mountain Peak Climbing Gym', 'Energy Smoothie Bar', 'Capital City Bagels',
 'Fortune Cookie Factory', 'Universe Comics', 'Dolphin Swim Club', 'Marble Countertops Plus', 'Palm Beach Tanning',
],
'near_miss': [
 ('Zdravo Juice Bar', 'zdravo'), ('Carillanca Winery', 'carillanca'), ('Black Sea Yacht Club', 'black'),
 ('Kuban Cossack Choir', 'kuban'), ('Vesna Florist', 'vesna'), ('Sniper Paintball Arena', 'sniper'),
 ('Kurdistan Carpet Weavers', 'kurdistan'), ('Hamburg Harbour Tours', 'hamburg'),
],
'generic': ['mobile notary', 'window tinting', 'junk removal', 'ice cream parlor', 'bike courier'],
'person_as_company': [
 'Agnieszka Zielińska sp. z o.o.', 'Henrik Lindqvist AB', 'Petra Novotná s.r.o.', 'Sofie Jensen ApS',
 'Giorgos Nikolaidis IKE', 'Marta Ferreira Unipessoal Lda', 'Óscar Ruiz S.L.U.',
],
'city_country': [
 'Trieste', 'Oulu', 'Tromsø', 'Linz', 'Innsbruck', 'Ghent', 'Leuven', 'Maastricht', 'Groningen', 'Freiburg', 'Regensburg',
 'Rennes', 'Grenoble', 'Perugia', 'Padua', 'Salamanca', 'Coimbra', 'Aveiro', 'Lublin', 'Olomouc', 'Košice', 'Debrecen',
 'Szeged', 'Timișoara', 'Iași', 'Patras', 'Eskişehir', 'Trabzon', 'Mysore', 'Coimbatore', 'Iloilo', 'Haiphong', 'Kuching',
 'Ipoh', 'Yogyakarta', 'Townsville', 'Geelong', 'Rotorua', 'Saskatoon', 'Kelowna', 'Moncton', 'Spokane', 'Chattanooga',
 'Oaxaca', 'Cochabamba', 'Salta', 'Manaus', 'Uruguay', 'Mongolia', 'Bhutan',
],
'brand_product': [
 'Opinel No. 8 knife', 'Fjällräven Kånken backpack', 'Chemex coffee maker', 'AeroPress Go', 'Rocketbook notebook',
 'Pilot G2 pen', 'Uni-ball Jetstream', 'Rotring 600 pencil', 'Blundstone 500 boots', 'Osprey Atmos backpack',
 'Jetboil stove', 'MSR PocketRocket', 'Black Diamond Spot headlamp', 'Garmin Forerunner 255', 'Tamagotchi',
 'Polaroid SX-70', 'Ricoh GR III', 'Theragun Mini', 'Oral-B iO toothbrush', 'Braun Series 9 shaver',
 'Kärcher pressure washer', 'Festool track saw', 'Stihl chainsaw', 'Husqvarna Automower', 'Traeger pellet grill',
 'Ooni Koda pizza oven', 'Big Green Egg', 'Smeg toaster', 'KitchenAid Artisan mixer', 'Moccamaster',
 'Baratza Encore grinder', 'Comandante coffee grinder',
],
}
NEG2['near_miss'] += [('Persia Rug Gallery', 'persia'), ('Universal Pawn Shop', 'universal'), ('Donbass Arena Tours', 'donbass')]
