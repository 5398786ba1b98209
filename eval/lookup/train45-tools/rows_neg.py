# Hand-written negative candidates: (category, query, description or (target, word) for near_miss).
NEG_QUOTA = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
             'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
F = 'famous_unlisted'
famous = [
 ('Tata Consultancy Services', 'Indian IT services firm'), ('Grupo Bimbo', 'Mexican bakery group'),
 ('Embraer', 'Brazilian aircraft maker'), ('Naspers', 'South African internet group'),
 ('Koç Holding', 'Turkish conglomerate'), ('Inditex', 'Spanish fashion group'),
 ('Ferrero', 'Italian confectioner'), ('Carlsberg', 'Danish brewer'), ('Kone', 'Finnish lift maker'),
 ('Wesfarmers', 'Australian conglomerate'), ('Fonterra', 'New Zealand dairy co-operative'),
 ('Jollibee Foods Corporation', 'Philippine restaurant group'), ('Vinamilk', 'Vietnamese dairy company'),
 ('Safaricom', 'Kenyan mobile operator'), ('Dangote Cement', 'Nigerian cement maker'),
 ('Ecopetrol', 'Colombian oil company'), ('Falabella', 'Chilean retailer'), ('Arcor', 'Argentine confectioner'),
 ('Almarai', 'Saudi dairy company'), ('Attijariwafa Bank', 'Moroccan bank'), ('Mahindra & Mahindra', 'Indian carmaker'),
 ('Shopify', 'Canadian e-commerce company'), ('Genting Berhad', 'Malaysian conglomerate'), ('Indofood', 'Indonesian food company'),
 ('Lindt & Sprüngli', 'Swiss chocolatier'), ('Stora Enso', 'Finnish-Swedish paper maker'), ('Vestas', 'Danish wind-turbine maker'),
 ('Grupo Televisa', 'Mexican broadcaster'), ('Ayala Corporation', 'Philippine conglomerate'), ('Mercadona', 'Spanish supermarket chain'),
 ('Heineken', 'Dutch brewer'), ('Cencosud', 'Chilean retailer'), ('Shoprite', 'South African supermarket chain'),
 ('Woolworths Group', 'Australian supermarket group'), ('Bajaj Auto', 'Indian motorcycle maker'), ('Arçelik', 'Turkish appliance maker'),
 ('Sabancı Holding', 'Turkish conglomerate'), ('Maroc Telecom', 'Moroccan telecom'), ('Singtel', 'Singapore telecom'),
 ('Petronas', 'Malaysian state oil company'), ('Barilla', 'Italian pasta maker'), ('Novo Nordisk', 'Danish drugmaker'),
 ('Mercado Libre', 'Latin American marketplace'), ('Globant', 'Argentine IT company'), ('Air New Zealand', 'airline'),
 ('Qantas', 'Australian airline'), ('Ethiopian Airlines', 'airline'), ('Bancolombia', 'Colombian bank'), ('Itaú Unibanco', 'Brazilian bank'),
 ('Natura &Co', 'Brazilian cosmetics group'), ('San Miguel Corporation', 'Philippine conglomerate'), ('Telkom Indonesia', 'Indonesian telecom'),
 ('Vingroup', 'Vietnamese conglomerate'), ('Carrefour', 'French retailer'), ('Tim Hortons', 'Canadian coffee chain'),
 ('Ahold Delhaize', 'Dutch-Belgian grocer'), ('Swatch Group', 'Swiss watchmaker'), ('Henkel', 'German consumer goods'),
 ('Wipro', 'Indian IT company'), ('Infosys', 'Indian IT company'), ('Femsa', 'Mexican beverage group'), ('Ambev', 'Brazilian brewer'),
 ('Equinor', 'Norwegian energy company'), ('Telenor', 'Norwegian telecom'), ('Pirelli', 'Italian tyre maker'),
]
O = 'other_script'
other = [
 ('任天堂', 'Japanese: Nintendo'), ('카카오', 'Korean: Kakao'), ('Нова пошта', 'Ukrainian: Nova Poshta courier'),
 ('المراعي', 'Arabic: Almarai'), ('שופרסל', 'Hebrew: Shufersal supermarkets'), ('比亚迪', 'Chinese: BYD'),
 ('ซีพี ออลล์', 'Thai: CP All'), ('टाटा मोटर्स', 'Hindi: Tata Motors'), ('Κωτσόβολος', 'Greek: Kotsovolos electronics'),
 ('海尔集团', 'Chinese: Haier Group'), ('네이버', 'Korean: Naver'), ('ユニクロ', 'Japanese: Uniqlo'),
 ('Розетка', 'Ukrainian: Rozetka online shop'), ('طيران الإمارات', 'Arabic: Emirates airline'), ('רמי לוי', 'Hebrew: Rami Levy supermarkets'),
 ('Каспи Банк', 'Russian spelling: Kaspi Bank (Kazakhstan)'), ('鴻海精密', 'Traditional Chinese: Hon Hai (Foxconn)'),
 ('현대자동차', 'Korean: Hyundai Motor'), ('パナソニック', 'Japanese: Panasonic'), ('थॉमस कुक', 'Hindi: Thomas Cook'),
 ('თიბისი ბანკი', 'Georgian: TBC Bank'), ('ΟΠΑΠ', 'Greek: OPAP lottery'), ('小米科技', 'Chinese: Xiaomi'),
 ('바나프레소', 'Korean: Banapresso coffee'), ('زين', 'Arabic: Zain telecom'), ('ستاربكس', 'Arabic: Starbucks'),
 ('Монобанк', 'Ukrainian: Monobank'), ('阿里巴巴集团', 'Chinese: Alibaba Group'), ('ヤマト運輸', 'Japanese: Yamato Transport'),
 ('טבע תעשיות פרמצבטיות', 'Hebrew: Teva Pharmaceutical Industries'), ('ভারতী এয়ারটেল', 'Bengali: Bharti Airtel'),
]
NM = 'near_miss'
near = [
 ('Pandora Charms Outlet', ('PANDORA SHIPPING CO. S.A.', 'pandora')),
 ('Polo Ralph Lauren', ('POLO TRADING', 'polo')),
 ('Atlas Copco', ('ATLAS AIR CONDITIONING COMPANY LIMITED', 'atlas')),
 ('Proton Holdings Berhad', ('PROTON PETROCHEMICALS SHIPPING LIMITED', 'proton')),
 ('Maxima Grupe', ('MAXIMA MIDDLE EAST TRADING CO.', 'maxima')),
 ('Dalmine S.p.A.', ('ANDAMIOS DALMINE DE MEXICO, S.A.', 'dalmine')),
 ('Tequila Herradura', ('RANCHO LA HERRADURA', 'herradura')),
 ('Boyle Sports', ('BOYLE CHEMICAL CO., LTD.', 'boyle')),
 ('Collins Aerospace', ('AEROSPACE INDUSTRIES ORGANIZATION', 'aerospace')),
 ('Anhui Conch Cement', ('ANHUI LAND GROUP CO., LIMITED', 'anhui')),
 ('Kodo Drummers', ('KODO-KAI', 'kodo')),
 ('Brickell City Centre', ('1425 BRICKELL AVENUE 64E LLC', 'brickell')),
 ('Lebanese Taverna', ('LEBANESE MEDIA GROUP', 'lebanese')),
 ('Barakat Quality Plus', ('BARAKAT POST EXPRESS', 'barakat')),
 ('Triton Submarines', ('NUEVA ATUNERA TRITON S.A. DE C.V.', 'triton')),
 ('Panamericana Televisión', ('PANAMERICANA LTDA.', 'panamericana')),
 ('Intertrade Ireland', ('HONG KONG INTERTRADE COMPANY', 'intertrade')),
 ('Grandeur Peak Global Advisors', ('GRANDEUR GENERAL TRADING FZE', 'grandeur')),
 ('Optima Batteries', ('TECNOLOGIA OPTIMA CORPORATIVA S. DE R.L. DE C.V.', 'optima')),
 ('Interface Carpet Tiles', ('GLOBAL INTERFACE COMPANY INC.', 'interface')),
 ('Ocean Spray Cranberries', ('FIRST OCEAN ADMINISTRATION GMBH', 'ocean')),
 ('Connemara Pony Society', ('LITTLE CONNEMARA 1 FARM', 'connemara')),
 ('Kalliope Music School', ('KALLIOPE LIMITED', 'kalliope')),
 ('Ediciones Salamandra', ('EDICIONES CUBANAS', 'ediciones')),
 ('Lorenzana Dental Clinic', ('IMPORTADORA Y EXPORTADORA LORENZANA', 'lorenzana')),
 ('Caballeros Barbershop', ('LOS CABALLEROS TEMPLARIOS', 'caballeros')),
 ('Asian Paints', ('ASIAN AVIATION LOGISTICS COMPANY LIMITED', 'asian')),
 ('Universal Music Group', ('UNIVERSAL SHIPPING AND TRANSPORTATION LIMITED', 'universal')),
 ('Khorasan Carpet Gallery', ('KHORASAN METALLURGY INDUSTRIES', 'khorasan')),
 ('Safety-Kleen Systems', ('SAFETY EQUIPMENT PROCUREMENT COMPANY', 'safety')),
 ('Oceano Dunes Campground', ('OCEANO BLU TRADING LIMITED', 'oceano')),
]
S = 'shares_one_word'
shares = [
 ('Harmony Yoga Studio', 'yoga studio'), ('Golden Crust Bakery', 'bakery'), ('Spring Valley Florist', 'florist'),
 ('Oasis Car Wash', 'car wash'), ('Eagle Eye Optometry', 'optometrist'), ('Sunrise Senior Living', 'US care homes'),
 ('Crystal Clear Pools', 'pool service'), ('Blue Ribbon Laundromat', 'laundromat'), ('Evergreen Landscaping', 'landscaper'),
 ('Summit Physical Therapy', 'physiotherapy'), ('Diamond Nails Spa', 'nail salon'), ('Royal Oak Furniture', 'furniture store'),
 ('Phoenix Martial Arts Academy', 'dojo'), ('Horizon Family Dentistry', 'dentist'), ('Lotus Thai Massage', 'massage'),
 ('Victory Tattoo Parlour', 'tattoo studio'), ('Zenith Driving School', 'driving school'), ('Emerald Isle Pub', 'pub'),
]
G = 'generic'
generic = [
 ('piano tuning', 'service'), ('chimney sweep', 'service'), ('knife sharpening', 'service'), ('well drilling', 'service'),
 ('septic tank pumping', 'service'), ('window tinting', 'service'), ('furniture upholstery', 'service'), ('watch repair', 'service'),
 ('ice sculpture', 'service'), ('pool resurfacing', 'service'), ('bee removal', 'service'), ('key cutting', 'service'),
 ('mobile notary', 'service'), ('court reporting', 'service'), ('bouncy castle hire', 'service'), ('sign language interpreting', 'service'),
 ('drywall patching', 'service'), ('carpet stretching', 'service'), ('organ tuning', 'service'),
]
C = 'chat_request'
chat = [
 ('pls screen Bäckerei Schmidt GmbH (Munich) before onboarding', 'German bakery (invented)'),
 ('is Tim Hortons Restaurants International on any sanctions list?', 'Canadian coffee chain'),
 ('new client: Sunshine Pediatric Dental LLC, Ohio - any hits?', 'invented US dental practice'),
 ('kyc check Nordic Fjord Seafood AS pls', 'invented Norwegian seafood firm'),
 ('¿Está sancionada Panadería La Espiga S.L.?', 'invented Spanish bakery'),
 ('vendor onboarding: Maple Ridge Lumber Ltd (BC, Canada) - screen', 'invented Canadian lumber yard'),
 ('can u run Kowalski Transport Sp. z o.o. through OFAC', 'invented Polish haulier'),
 ('Vérification SVP : Boulangerie Dupont SARL', 'invented French bakery'),
 ('screening request - Tanaka Precision Parts Co., Ltd. (Osaka)', 'invented Japanese parts maker'),
 ('is Chr. Hansen on the SDN list?', 'Danish bioscience company'),
 ('anyone know if Grupo Herdez is sanctioned?', 'Mexican food company'),
 ('pls check Lakeside Veterinary Clinic Pty Ltd, Perth', 'invented Australian vet'),
 ('KYC: Baltic Amber Crafts OÜ (Tallinn)', 'invented Estonian craft shop'),
 ('bitte prüfen: Alpenblick Hotel GmbH, Tirol', 'invented Austrian hotel'),
 ('quick check - Sao Paulo Coffee Roasters Ltda', 'invented Brazilian roaster'),
 ('new supplier Mumbai Textile Mills Pvt Ltd — sanctions check', 'invented Indian mill'),
 ('is Fisher & Paykel Appliances ok to pay?', 'New Zealand appliance maker'),
 ('client asks: Highland Spring Water Ltd flagged?', 'Scottish water bottler'),
 ('sanctions hit?? Cape Town Wine Estates (Pty) Ltd', 'invented South African winery'),
 ('verifica per favore: Pasticceria Rossi S.r.l.', 'invented Italian pastry shop'),
 ('screen pls: Seoul Garden Korean BBQ LLC', 'invented restaurant'),
 ('need ofac check on Andes Trekking Tours SAC (Cusco)', 'invented Peruvian tour operator'),
]
P = 'person_as_company'
person = [
 ('Lucía Martín S.L.', 'invented person name + Spanish legal form'), ('Pieter de Vries B.V.', 'invented Dutch'),
 ('Emma Laine Oy', 'invented Finnish'), ('Tomáš Novák s.r.o.', 'invented Czech'), ('Ingrid Berg AS', 'invented Norwegian'),
 ('Chloé Lefèvre SARL', 'invented French'), ('Greta Hoffmann GmbH', 'invented German'), ('Joana Costa Unipessoal Lda', 'invented Portuguese'),
 ('Marek Kowalczyk Sp. z o.o.', 'invented Polish'), ('Sean Murphy Ltd', 'invented Irish'), ('Elif Yıldız Ltd. Şti.', 'invented Turkish'),
 ('Kenji Sato K.K.', 'invented Japanese'),
]
B = 'brand_product'
brand = [
 ('Kindle Paperwhite', 'e-reader'), ('Dyson V11', 'vacuum cleaner'), ('Nespresso Vertuo', 'coffee machine'), ('Instant Pot Duo', 'cooker'),
 ('GoPro Hero 7', 'camera'), ('Leatherman Wave', 'multitool'), ('Zippo lighter', 'lighter'), ('Moleskine notebook', 'stationery'),
 ('Victorinox Swiss Army knife', 'knife'), ('Bose QuietComfort 35', 'headphones'), ('Fitbit Charge 3', 'fitness tracker'),
 ('Thermos flask', 'flask'),
]
NEG = ([(F, q, d) for q, d in famous] + [(O, q, d) for q, d in other] + [(NM, q, t) for q, t in near]
       + [(S, q, d) for q, d in shares] + [(G, q, d) for q, d in generic] + [(C, q, d) for q, d in chat]
       + [(P, q, d) for q, d in person] + [(B, q, d) for q, d in brand])

famous += [
 ('Nongshim Co., Ltd.', 'Korean noodle maker'), ('Alpina Productos Alimenticios', 'Colombian dairy'), ('Tiger Brands', 'South African food group'),
 ('Fiskars', 'Finnish tools maker'), ('Kikkoman Corporation', 'Japanese soy sauce maker'), ('Juhayna Food Industries', 'Egyptian dairy'),
 ('Greggs plc', 'British bakery chain'), ('Tsingtao Brewery', 'Chinese brewer'), ('Alicorp', 'Peruvian food company'),
 ('Arla Foods', 'Danish-Swedish dairy'), ('Charoen Pokphand Foods', 'Thai agribusiness'), ('Canadian Tire Corporation', 'Canadian retailer'),
 ('Podravka', 'Croatian food company'), ('Haldiram\'s', 'Indian snack maker'), ('Concha y Toro', 'Chilean winery'),
 ('Lotus Bakeries', 'Belgian biscuit maker'), ('Savola Group', 'Saudi food group'), ('Bunnings Warehouse', 'Australian hardware chain'),
 ('Ricola', 'Swiss sweets maker'), ('Masan Group', 'Vietnamese consumer group'), ('Magazine Luiza', 'Brazilian retailer'),
 ('Zwack Unicum', 'Hungarian distiller'), ('Shimano Inc.', 'Japanese bicycle parts maker'), ('Aramex', 'Jordanian-Emirati courier'),
 ('Grupo Nutresa', 'Colombian food group'), ('Kärcher', 'German cleaning-equipment maker'), ('Want Want China', 'Chinese snack maker'),
 ('Flour Mills of Nigeria', 'Nigerian food company'), ('Whittaker\'s', 'New Zealand chocolatier'), ('Kofola', 'Czech soft-drink maker'),
 ('Dabur India', 'Indian consumer goods'), ('Mahou San Miguel', 'Spanish brewer'), ('Saputo Inc.', 'Canadian dairy'),
 ('Gudang Garam', 'Indonesian tobacco company'), ('Krka d.d.', 'Slovenian drugmaker'), ('Bachoco', 'Mexican poultry producer'),
 ('Marimekko', 'Finnish design house'), ('Jarir Bookstore', 'Saudi retailer'), ('Uni-President Enterprises', 'Taiwanese food group'),
 ('Wedel', 'Polish chocolatier'), ('Havaianas', 'Brazilian sandal brand'), ('Glanbia', 'Irish nutrition group'),
 ('Amorepacific Corporation', 'Korean cosmetics'), ('East African Breweries', 'Kenyan brewer'), ('Jumex', 'Mexican juice maker'),
 ('Emmi AG', 'Swiss dairy'), ('Thai Beverage', 'Thai brewer'), ('Sodimac', 'Chilean home-improvement chain'),
]
other += [
 ('蜜雪冰城', 'Chinese: Mixue tea chain'), ('농심', 'Korean: Nongshim'), ('Вкусвилл', 'Russian: VkusVill grocery'),
 ('תנובה', 'Hebrew: Tnuva dairy'), ('أرامكس', 'Arabic: Aramex'), ('Σκλαβενίτης', 'Greek: Sklavenitis supermarkets'),
 ('สิงห์ คอร์เปอเรชั่น', 'Thai: Singha Corporation'), ('हल्दीराम', 'Hindi: Haldiram'), ('ニトリ', 'Japanese: Nitori furniture'),
 ('海底捞', 'Chinese: Haidilao hotpot'), ('아모레퍼시픽', 'Korean: Amorepacific'), ('Сільпо', 'Ukrainian: Silpo supermarkets'),
 ('אסם', 'Hebrew: Osem food'), ('جرير', 'Arabic: Jarir bookstore'), ('Μασούτης', 'Greek: Masoutis supermarkets'),
 ('บิ๊กซี', 'Thai: Big C'), ('अमूल', 'Hindi: Amul dairy'), ('カルビー', 'Japanese: Calbee snacks'), ('贵州茅台', 'Chinese: Kweichow Moutai'),
 ('빙그레', 'Korean: Binggrae dairy'), ('Ջերմուկ', 'Armenian: Jermuk mineral water'), ('ბორჯომი', 'Georgian: Borjomi mineral water'),
 ('Білла', 'Ukrainian: Billa supermarkets'), ('صافولا', 'Arabic: Savola'),
]
near += [
 ('GEMS Education', ('HONG PANG GEMS & JEWELLERY COMPANY LIMITED', 'gems')),
 ('Davidoff Cigars', ('CUBAN CIGARS TRADE', 'cigars')),
 ('Persian Rug Emporium', ('PERSIAN GULF SHIPPING LINES LTD', 'persian')),
 ('Comfort Keepers Home Care', ('COLD COMFORT FARM TRUST CO-OPERATIVE', 'comfort')),
 ('Allied Van Lines', ('IRAQI ALLIED SERVICES LIMITED', 'allied')),
 ('Worldwide Golf Shops', ('WORLDWIDE SHIPPING & TRANSPORTATION LIMITED', 'worldwide')),
 ('Falcon Crest Vineyards', ('CONSULTORIA EN CAMBIOS FALCON S.A. DE C.V.', 'falcon')),
 ('Economy Inn Motel', ('ECONOMY TODAY LLC', 'economy')),
]
shares += [
 ('Pearl River Dim Sum', 'restaurant'), ('Star Bright Preschool', 'preschool'), ('Red Rose Bridal', 'bridal shop'),
 ('Green Leaf Tea House', 'tea house'), ('Sea Breeze Motel', 'motel'), ('Crown Auto Glass', 'auto glass'),
 ('Northern Lights Bakery', 'bakery'), ('Galaxy Skate Rink', 'skating rink'), ('Blue Moon Bookshop', 'bookshop'),
 ('Paradise Pet Grooming', 'pet groomer'), ('Rainbow Kids Dental', 'dentist'), ('Lighthouse Counseling', 'counsellor'),
 ('Mountain View Chiropractic', 'chiropractor'), ('Silver Spoon Catering', 'caterer'),
]
generic += [
 ('pinball machine repair', 'service'), ('sewing machine repair', 'service'), ('tennis racket restringing', 'service'),
 ('roof moss removal', 'service'), ('lawn aeration', 'service'), ('violin bow rehairing', 'service'), ('clock repair', 'service'),
 ('gravestone cleaning', 'service'), ('pottery classes', 'service'), ('glass etching', 'service'), ('hot tub repair', 'service'),
 ('chandelier cleaning', 'service'), ('luggage repair', 'service'),
]
chat += [
 ('is Lotus Bakeries NV on the OFAC list? client in Ghent', 'Belgian biscuit maker'),
 ('pls screen Green Valley Organic Farm LLC (Oregon)', 'invented US farm'),
 ('KYC hit check: Kyoto Tea House K.K.', 'invented Japanese tea shop'),
 ('new counterparty Riverside Marine Supplies Ltd - clean?', 'invented chandler'),
 ('sanctions check pls — Danube Logistics Kft., Budapest', 'invented Hungarian forwarder'),
 ('¿alguna coincidencia? Ferretería El Martillo S.A.S., Medellín', 'invented Colombian hardware store'),
]
person += [
 ('Aino Korhonen Tmi', 'invented Finnish sole trader'), ('Björn Lindqvist AB', 'invented Swedish'), ('Sofie Jensen ApS', 'invented Danish'),
 ('Matteo Ricci S.n.c.', 'invented Italian'), ('Hana Horvat d.o.o.', 'invented Croatian'), ('Oskar Weber KG', 'invented German'),
]
brand += [
 ('Casio G-Shock', 'watch'), ('Brompton folding bike', 'bicycle'), ('Le Creuset Dutch oven', 'cookware'), ('Weber Spirit grill', 'grill'),
 ('Vitamix blender', 'blender'), ('Rubik\'s Cube', 'toy'), ('Tamagotchi', 'toy'), ('Wacom Intuos', 'tablet'), ('Garmin Forerunner 245', 'watch'),
 ('Logitech MX Master', 'mouse'), ('Hydro Flask', 'bottle'), ('Crocs Classic Clog', 'shoe'),
]
NEG = ([(F, q, d) for q, d in famous] + [(O, q, d) for q, d in other] + [(NM, q, t) for q, t in near]
       + [(S, q, d) for q, d in shares] + [(G, q, d) for q, d in generic] + [(C, q, d) for q, d in chat]
       + [(P, q, d) for q, d in person] + [(B, q, d) for q, d in brand])

other += [
 ('ロッテ免税店', 'Japanese: Lotte Duty Free'), ('李宁体育用品有限公司', 'Chinese: Li Ning sporting goods co.'),
 ('Сбарро Пицца', 'Russian: Sbarro pizza'), ('משביר לצרכן', 'Hebrew: Hamashbir department store'),
 ('إعمار العقارية', 'Arabic: Emaar Properties'), ('Παπαστράτος', 'Greek: Papastratos tobacco'),
 ('হলদিরাম', 'Bengali: Haldiram'), ('ไทยเบฟเวอเรจ', 'Thai: ThaiBev'),
]
person += [
 ('Lars Nilsen ENK', 'invented Norwegian sole trader'), ('Ewa Zielińska Sp. k.', 'invented Polish'),
 ('Gintarė Kazlauskienė UAB', 'invented Lithuanian'), ('Andrei Popescu SRL', 'invented Romanian'),
]
brand += [
 ('Stanley Quencher tumbler', 'cup'), ('Sonos Era 100', 'speaker'), ('Kobo Clara HD', 'e-reader'), ('Polaroid Now+', 'camera'),
 ('Yeti Rambler mug', 'mug'), ('Osprey Atmos backpack', 'backpack'), ('Fjällräven Kånken', 'backpack'), ('Birkenstock Arizona', 'sandal'),
 ('Ray-Ban Wayfarer', 'sunglasses'), ('Montblanc Meisterstück', 'pen'),
]
NEG = ([(F, q, d) for q, d in famous] + [(O, q, d) for q, d in other] + [(NM, q, t) for q, t in near]
       + [(S, q, d) for q, d in shares] + [(G, q, d) for q, d in generic] + [(C, q, d) for q, d in chat]
       + [(P, q, d) for q, d in person] + [(B, q, d) for q, d in brand])

brand += [('Tefal ActiFry', 'fryer'), ('Bialetti Moka Express', 'coffee pot'), ('Opinel No. 8', 'knife'), ('Ortlieb Back-Roller', 'bike bag'),
          ('Smeg kettle', 'kettle'), ('Staub cocotte', 'cookware')]
NEG = ([(F, q, d) for q, d in famous] + [(O, q, d) for q, d in other] + [(NM, q, t) for q, t in near]
       + [(S, q, d) for q, d in shares] + [(G, q, d) for q, d in generic] + [(C, q, d) for q, d in chat]
       + [(P, q, d) for q, d in person] + [(B, q, d) for q, d in brand])
