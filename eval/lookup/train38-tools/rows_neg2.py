# second batch of negatives (category, query)
NEG2 = []
_fam_nl = ['ローソン', 'しまむら', 'ヨドバシカメラ', 'ビックカメラ', 'サイゼリヤ', '吉野家', 'すき家', 'モスバーガー', 'コメダ珈琲店',
           '瑞幸咖啡', '喜茶', '名创优品', '泡泡玛特', '元气森林', '老干妈', '三只松鼠', '良品铺子', '周大福', '六福珠宝', '大润发',
           '永辉超市', '盒马鲜生', '饿了么', '哔哩哔哩', '快手', '小红书',
           '이마트', '올리브영', '파리바게뜨', '뚜레쥬르', '교촌치킨', '풀무원', '무신사', '당근마켓', '야놀자',
           'Перекрёсток', 'М.Видео', 'Детский мир', 'Кофемания', 'Теремок', 'Азбука вкуса', 'Золотое яблоко', 'Летуаль', 'Самокат', 'Авито',
           'طلبات', 'أمريكانا', 'البيك', 'هرفي', 'بنده', 'العثيم', 'لولو هايبر ماركت', 'ماجد الفطيم', 'إعمار', 'فلاي دبي', 'العربية للطيران',
           'אסם', 'שופרסל', 'עלית', 'אלקטרה',
           'اسنپ', 'کاله', 'شیرین عسل', 'سن ایچ',
           'Σκλαβενίτης', 'Μασούτης', 'Κωτσόβολος',
           'हल्दीराम', 'पारले', 'डाबर', 'बिसलेरी', 'ბორჯომი']
_fam_l = ['Dunelm', 'Greggs', 'Pret A Manger', 'Waitrose', 'Halfords', 'Wetherspoon', 'Superdrug', 'Holland & Barrett', 'Ocado',
          'Monzo', 'Deliveroo', 'Kaufland', 'Edeka', 'dm-drogerie markt', 'Fressnapf', 'Hornbach', 'Intersport', 'Jysk', 'Kiabi',
          'Leroy Merlin', 'Fnac Darty', 'Picard Surgelés', 'Monoprix', 'Bricomarché', 'Esselunga', 'Conad', 'Eataly', 'El Corte Inglés',
          'Desigual', 'Pull&Bear', 'Chupa Chups', 'Albert Heijn', 'HEMA', 'Coolblue', 'Delhaize', 'Colruyt', 'Kruidvat', 'Rema 1000',
          'Clas Ohlson', 'Systembolaget', 'Elkjøp', 'Føtex', 'Thế Giới Di Động', 'Trung Nguyên', 'Jollibee Foods', 'Puregold',
          'Alfamart', 'Indomaret', 'Sinar Mas', 'Mr Price', 'Pick n Pay', 'Checkers Hyper', 'Nando\'s Peri-Peri', 'Chicken Inn',
          'Ethio Telecom', 'Airtel Africa', 'Globe Telecom', 'Smart Communications', 'Entel', 'Claro', 'Movistar']
for i in range(max(len(_fam_nl), len(_fam_l))):
    if i < len(_fam_nl):
        NEG2.append(('famous_unlisted', _fam_nl[i]))
    if i < len(_fam_l):
        NEG2.append(('famous_unlisted', _fam_l[i]))
NEG2 += [('shares_one_word', q) for q in ['Lotus Nail Spa', 'Neptune Pool Supplies', 'Horizon Eye Clinic', 'Cedar Creek Cabins',
                                           'Summit Ridge Physiotherapy', 'Maple Street Bakery', 'Pioneer Valley Quilting']]
NEG2 += [('generic', q) for q in ['emergency boiler repair', 'phone screen repair', 'pet cremation service', 'sign language interpreter',
                                  'mobile car valeting', 'kitchen fitters', 'scaffolding hire', 'wedding cake maker', 'tattoo studio',
                                  'escape room', 'key cutting', 'bouncy castle hire', 'coin laundry', 'orthodontist', 'physiotherapy clinic',
                                  'man with a van', 'soft play centre', 'dog walker', 'nail salon', 'barber shop', 'florist delivery',
                                  'shoe repair', 'watch repair', 'car wash', 'storage units', 'self storage', 'computer repair',
                                  'garage door repair', 'lawn mowing service', 'swimming lessons', 'guitar teacher', 'personal trainer',
                                  'event planner', 'bridal shop', 'opticians', 'pharmacy open now', 'tyre fitting', 'mot test centre',
                                  'funeral director', 'estate agent']]
NEG2 += [('person_as_company', q) for q in ['Oskar Lindqvist AB', 'Paulina Wiśniewska sp. z o.o.', 'Mehmet Kaya İnşaat A.Ş.',
                                            'Lucía Fernández S.L.U.', 'Kenji Watanabe Shoten', 'Aino Korhonen Oy', 'Lars Eriksen ApS',
                                            'Rafael Costa Ltda', 'Bogdan Ionescu S.R.L.', 'Heidi Vogel GmbH', 'Thabo Nkosi Holdings',
                                            'Camille Laurent SARL']]
NEG2 += [('city_country', q) for q in ['Trondheim', 'Leuven', 'Aarhus', 'Uppsala', 'Tampere', 'Olomouc', 'Košice', 'Debrecen',
                                       'Timișoara', 'Bitola', 'Kutaisi', 'Nukus', 'Khujand', 'Sylhet', 'Galle', 'Madurai', 'Cuenca',
                                       'Salta', 'Florianópolis', 'Kisumu', 'Mwanza', 'Blantyre', 'Kitwe', 'Tozeur', 'Nizwa',
                                       'Luang Prabang', 'Siem Reap', 'Kota Kinabalu', 'Cairns', 'Kelowna', 'Saskatoon', 'Oaxaca']]
NEG2 += [('brand_product', q) for q in ['Opinel No. 8 knife', 'Staedtler Mars Lumograph pencil', 'Lamy Safari fountain pen',
                                        'Rotring 600 pencil', 'Tombow dual brush pen', 'Sakura Pigma Micron', 'Kaweco Sport pen',
                                        'Hario V60 dripper', 'Aeropress coffee maker', 'Fellow Stagg kettle', 'Baratza Encore grinder',
                                        'Zojirushi rice cooker', 'Vitamix blender', 'KitchenAid stand mixer', 'Weber kettle grill',
                                        'Traeger pellet grill', 'Yeti Rambler tumbler', 'Hydro Flask bottle', 'Jetboil stove',
                                        'Petzl headlamp', 'Samsonite suitcase', 'Rimowa suitcase', 'Ray-Ban Wayfarer', 'Seiko 5 watch',
                                        'Citizen Eco-Drive', 'Timex Weekender', 'Tissot PRX', 'Eastpak backpack']]
