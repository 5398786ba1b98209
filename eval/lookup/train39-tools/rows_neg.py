# (category, query) -- hand-written negatives for lookup-train39; build.py keeps the first N that pass
NEG = {
'famous_unlisted': [
 'ニトリ', '無印良品', 'ファミリーマート', '資生堂', 'キリンビール', 'カルビー', '日清食品', 'ダイソー', 'すき家',
 '海底捞', '蜜雪冰城', '拼多多', '安踏体育', '娃哈哈', '农夫山泉', '格力电器', '蒙牛', '同仁堂', '瑞幸咖啡', '青岛啤酒',
 '농심', '오뚜기', '빙그레', '이마트', '쿠팡', '교촌치킨', '파리바게뜨', '아모레퍼시픽',
 'Пятёрочка', 'Вкусвилл', 'Теремок', 'Додо Пицца', 'Детский мир', 'М.Видео',
 'المراعي', 'أرامكس', 'هرفي', 'البيك',
 'אסם', 'תנובה', 'שופרסל', 'अमूल', 'हल्दीराम',
 'Mercadona', 'Rossmann', 'Primark', 'Greggs', 'Wetherspoon', 'Oxxo', 'Havaianas', 'Magazine Luiza', 'Jollibee',
 'Tim Hortons', 'Canadian Tire', 'Pick n Pay', 'Shoprite', 'Safaricom', 'Koton', 'Eti Gıda', 'Decathlon', 'Edeka',
 'Mediamarkt', 'Intersport', 'Jumbo Supermarkten', 'Delhaize', 'Systembolaget',
],
'shares_one_word': [
 'Ocean View Dental Clinic', 'Crown Dry Cleaners', 'Orient Noodle Bar', 'Sunrise Pediatric Dentistry', 'Pacific Yoga Studio',
 'Royal Paws Pet Grooming', 'Diamond Nail Spa', 'Liberty Tax Preparation', 'Harmony Music School', 'Fountain Car Wash',
 'Spring Valley Florist', 'Delta Driving School', 'Pioneer Hardware Store', 'Galaxy Pizza', 'Green Leaf Vegan Cafe',
 'Silver Spoon Catering', 'Maple Leaf Dental', 'Universal Tutors', 'Atlantic Bagels', 'Century Locksmith',
 'Unique Flowers Boutique', 'Premier Auto Glass', 'Rainbow Nails', 'Eagle Eye Optometry', 'Victory Boxing Gym',
 'Horizon Solar Installers', 'Sky High Trampoline Park', 'Golden Retriever Rescue', 'Phoenix Tattoo Parlour',
],
'near_miss': [
 ('Massandra Wine Bar', 'massandra'), ('Sozvezdie Dance Studio', 'sozvezdie'), ('Narenjestan Rug Gallery', 'narenjestan'),
 ('Magarach Wine Shop', 'magarach'), ('Caspian Caviar Boutique', 'caspian'), ('Atlantic Surf Shop', 'atlantic'),
 ('Wonderland Toy Store', 'wonderland'), ('Chihuahua Rescue League', 'chihuahua'), ('Yakima Valley Winery', 'yakima'),
 ('Maputo Seafood Grill', 'maputo'), ('Blue Point Oyster Bar', 'blue'), ('Gaza Falafel House', 'gaza'),
 ('Yalta Bistro', 'yalta'), ('Dolgoprudny Hockey Club', 'dolgoprudny'), ('Zarin Hair Salon', 'zarin'),
 ('Quality Dry Cleaning', 'quality'), ('Kerch Fishing Charters', 'kerch'), ('Hola Spanish Academy', 'hola'),
 ('Rublev Icon Gallery', 'rublev'), ('Palm Grove Apartments', 'palm'), ('Airfix Model Kits', 'airfix'),
 ('Guama Eco Lodge', 'guama'), ('Amnokgang Cold Noodles', 'amnokgang'), ('Kalinin Brewery Tours', 'kalinin'),
 ('Polotsk Linen Mill', 'polotsk'), ('Dena Pilates', 'dena'),
],
'generic': [
 'gutter cleaning', 'carpet steam cleaning', 'aquarium maintenance', 'drone photography', 'mobile dog wash',
 'knife sharpening service', 'upholstery repair', 'bookbinding', 'watch battery replacement', 'violin lessons',
 'beekeeping supplies', 'wine tasting tour', 'food truck', 'dental lab', 'shoe repair', 'piano tuning',
 'chimney sweep', 'wedding photographer', 'pottery class', 'lawn aeration',
],
'person_as_company': [
 'Lars Johansson AB', 'Kateřina Dvořáková s.r.o.', 'Hiroshi Tanaka K.K.', 'Ingrid Berg AS', 'Pieter de Vries B.V.',
 'Ana Costa Lda', 'Jean-Luc Moreau SARL', 'Klaus Becker GmbH', 'Nguyen Van Minh Co., Ltd', 'Sanjay Mehta Pvt Ltd',
 'Ewa Kowalczyk sp.j.', 'Mikko Korhonen Oy', 'Dimitris Papadopoulos A.E.', 'Zsófia Nagy Kft.', 'Chloe Martin Ltd',
 'Bjørn Halvorsen AS', 'Liesbeth Janssens BV', 'Rafael Oliveira ME', 'Siobhán Murphy Ltd', 'Tuomas Lehtonen Tmi',
],
'city_country': [
 'Trondheim', 'Lille', 'Graz', 'Brno', 'Cluj-Napoca', 'Plovdiv', 'Tartu', 'Kaunas', 'Aarhus', 'Cusco',
 'Arequipa', 'Rosario', 'Chiang Mai', 'Kumasi', 'Antwerp', 'Hobart', 'Bilbao', 'Gothenburg', 'Valparaíso', 'Da Nang',
],
'brand_product': [
 'Weber kettle grill', 'Bialetti moka pot', 'Le Creuset dutch oven', 'Moleskine notebook', 'Zippo lighter',
 'Lamy Safari fountain pen', "Rubik's Cube", 'Leatherman multitool', 'Birkenstock Arizona sandals', 'Hario V60 dripper',
 'Brompton folding bike', 'Kindle Paperwhite', 'Vitamix blender', 'Crocs clogs', 'Instax Mini camera', 'Nalgene bottle',
 'Wüsthof chef knife', 'Stanley thermos', 'Dyson Airwrap', 'Tupperware lunch box',
],
}
TARGET_COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16,
                 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
