# -*- coding: utf-8 -*-
"""train107 hand-written negatives (theme: hanbok tailors, shaved-ice stands, lucha libre gyms,
bachata dance schools, hotpot restaurants, lovespoon carvers). (query, description) per category, spares at the end."""

THEME_PHRASES = ['Hanbok Jeogori', 'Kakigori Bingsu', 'Luchadores Cuadrilatero', 'Bachata Guira', 'Hotpot Malatang', 'Lovespoon Llwy']

FAMOUS = [
    ('Tchai Kim', 'modern hanbok label of designer Kim Young-jin'),
    ('Leesle Modern Hanbok', 'Korean everyday-hanbok brand'),
    ('Hanbok Advancement Center', 'Korean public body promoting hanbok'),
    ('Kim Hye Soon Hanbok', 'Seoul hanbok couture house'),
    ('Matsumoto Shave Ice', 'Haleiwa shave-ice store'),
    ('Waiola Shave Ice', 'Honolulu shave-ice stand'),
    ('Sulbing Korean Dessert Cafe', 'Korean bingsu cafe chain'),
    ('Himitsudo Kakigori', 'Tokyo kakigori shop in Yanaka'),
    ("Hansen's Sno-Bliz", 'New Orleans shaved-ice stand'),
    ('Ice Monster Taipei', 'Taipei shaved-ice dessert shop'),
    ('Meet Fresh', 'Taiwanese dessert chain with shaved ice'),
    ('Arena Mexico', 'Mexico City lucha libre arena'),
    ('Consejo Mundial de Lucha Libre', 'oldest lucha libre promotion'),
    ('Lucha Libre AAA Worldwide', 'Mexican lucha libre promotion'),
    ('Arena Coliseo Guadalajara', 'Guadalajara lucha libre arena'),
    ('Juan Luis Guerra y 440', 'Dominican band known for bachata'),
    ('Monchy y Alexandra', 'Dominican bachata duo'),
    ('Korke y Judith Bachata Sensual', 'Spanish dance couple who created bachata sensual'),
    ('Haidilao Hot Pot', 'Chinese hotpot restaurant chain'),
    ('Xiabuxiabu', 'Chinese solo-hotpot chain'),
    ('Little Sheep Mongolian Hot Pot', 'Inner Mongolian hotpot chain'),
    ('Liuyishou Hotpot', 'Chongqing hotpot chain'),
    ('Shabu Shabu Onyasai', 'Japanese shabu-shabu chain'),
    ('The Lovespoon Gallery Mumbles', 'Welsh lovespoon shop near Swansea'),
    ('St Fagans National Museum of History', 'Welsh museum holding old lovespoons'),
    ('Arena Naucalpan', 'lucha libre arena near Mexico City'),
    ('Dezhuang Hot Pot', 'Chongqing hotpot chain'),
]

OTHER_SCRIPT = [
    ('दिल्ली हानबोक सिलाई घर', 'Hindi (Devanagari): Delhi hanbok tailoring house'),
    ('पुणे बर्फाचा गोळा केंद्र', 'Marathi (Devanagari): Pune shaved-ice (gola) stand'),
    ('काठमाडौं हटपट भोजनालय', 'Nepali (Devanagari): Kathmandu hotpot eatery'),
    ('ঢাকা বাচাটা নৃত্য বিদ্যালয়', 'Bengali: Dhaka bachata dance school'),
    ('গুৱাহাটী লুচাডৰ কুস্তি কেন্দ্ৰ', 'Assamese: Guwahati luchador wrestling centre'),
    ('ଭୁବନେଶ୍ୱର ହାନବୋକ ଦରଜି ଦୋକାନ', 'Odia: Bhubaneswar hanbok tailor shop'),
    ('කොළඹ හොට්පොට් අවන්හල', 'Sinhala: Colombo hotpot restaurant'),
    ('ហាងទឹកកកឈូសភ្នំពេញ', 'Khmer: Phnom Penh shaved-ice shop'),
    ('አዲስ አበባ ባቻታ ዳንስ ትምህርት ቤት', 'Amharic (Ethiopic): Addis Ababa bachata dance school'),
    ('د کابل هاټ پاټ رستورانت', 'Pashto (Arabic script): Kabul hotpot restaurant'),
    ('Бишкек ханбок тигүү устаканасы', 'Kyrgyz (Cyrillic): Bishkek hanbok sewing workshop'),
    ('Өфө лучадорҙар клубы', 'Bashkir (Cyrillic): Ufa luchadors club'),
    ('Скопска работилница за љубовни лажици', 'Macedonian (Cyrillic): Skopje love-spoon workshop'),
    ('Мінская школа бачаты', 'Belarusian (Cyrillic): Minsk bachata school'),
    ('Аҟәа хотпот ресторан', 'Abkhaz (Cyrillic): Sukhumi hotpot restaurant'),
    ('محل الراسبادو ديال كازا', 'Moroccan Arabic (Arabic script): Casablanca raspado shop'),
    ('سِرینَگَر لَو سپوٗن کارخانہ', 'Kashmiri (Perso-Arabic): Srinagar love-spoon workshop'),
    ('މާލެ ހޮޓްޕޮޓް ރެސްޓޯރަންޓް', 'Dhivehi (Thaana): Male hotpot restaurant'),
    ('ምጽዋዕ ቤት ባቻታ', 'Tigre (Ethiopic): Massawa bachata house'),
]

GENERIC = [
    ('how is a hanbok jeogori tied with the otgoreum ribbon', 'question about hanbok'),
    ('what fabric is a summer hanbok usually sewn from', 'question about hanbok'),
    ('is kakigori ice shaved from a single block', 'question about kakigori'),
    ('how is korean bingsu different from japanese kakigori', 'question about shaved ice'),
    ('what syrup goes on a raspado in mexico', 'question about raspados'),
    ('why do luchadores wear masks in the ring', 'question about lucha libre'),
    ('what happens when a luchador loses his mask in a bet', 'question about lucha libre'),
    ('how many steps are in a basic bachata pattern', 'question about bachata'),
    ('what is the guira used for in bachata music', 'question about bachata'),
    ('how do you split a hotpot into spicy and mild broth', 'question about hotpot'),
    ('which dipping sauce goes best with sichuan hotpot', 'question about hotpot'),
    ('what do the symbols carved on a welsh lovespoon mean', 'question about lovespoons'),
    ('why did young men in wales carve lovespoons for their sweethearts', 'question about lovespoons'),
    ('which wood is best for carving a lovespoon by hand', 'question about lovespoons'),
    ('can you make fluffy shaved ice without a machine', 'question about shaved ice'),
    ('what is malatang and how is it different from hotpot', 'question about hotpot'),
]

CHAT = [
    ("Avite quacche notizia 'ncopp'a putega 'e granita Raspado Vommero 'e Napule?", 'Neapolitan: asks about an invented shaved-ice shop'),
    ('Gavé qualcossa su la botega de hanbok Hanbok Rialto de Venessia?', 'Venetian: asks about an invented hanbok tailor'),
    ("Avi-ve quaicòs an sla scòla ëd bachata Bachata Piemont ëd Turin?", 'Piedmontese: asks about an invented bachata school'),
    ('Tenez bella cosa sobre o restaurán de hotpot Hotpot O Tubo de Zaragoza?', 'Aragonese: asks about an invented hotpot restaurant'),
    ('Mocie wy cosik ô szuli bachaty Bachata Gryfno we Katowicach?', 'Silesian: asks about an invented bachata school'),
    ('Hebbt ji wat över de Lepelsnitzeree Leevlepel Warkstee in Bremen?', 'Low German: asks about an invented lovespoon workshop'),
    ('Händ ihr öppis über d Luchador-Halle Luchadores Chäller z Basel?', 'Alemannic: asks about an invented lucha libre gym'),
    ('Una get ɛnitin bɔt di shev ays shɔp Ays Kakigori Salone na Fritong?', 'Krio: asks about an invented shaved-ice shop'),
    ('Unu abi wan sani fu a bachata skoro Bachata Dansi Paramaribo?', 'Sranan Tongo: asks about an invented bachata school'),
    ('Yu gat sampela save long hotpot haus kaikai Hotpot Malatang Pot Mosbi?', 'Tok Pisin: asks about an invented hotpot restaurant'),
    ('Eor ke am melele kōn jikuul in bachata Bachata Majuro Jikuul?', 'Marshallese: asks about an invented bachata school'),
    ('Cuix tiquixmati in luchador calli Luchadores Tenochtitlan Arena?', 'Nahuatl: asks about an invented lucha libre gym'),
    ("Mi oy ava'i li hanbok na Hanbok Jobel ta Jobel?", 'Tzotzil: asks about an invented hanbok shop'),
    ("Luchadores Dinétah Gym baa nił hózin ísh?", 'Navajo: asks about an invented lucha libre gym'),
    ('Aqmescitteki Hotpot Qazan aşhanesi aqqında bir şey bilesizmi?', 'Crimean Tatar: asks about an invented hotpot restaurant'),
    ('Ongo teil midä lovespoon-pajas Lusikkaverstas Petroskois?', 'Karelian: asks about an invented lovespoon workshop'),
    ('Kas teil om midägi hanbokõ ummõldajast Hanbok Õmblus Võrol?', 'Võro: asks about an invented hanbok tailor'),
    ('Nudi ne bualu bua kompanyi wa bachata Bachata Kananga Dance?', 'Tshiluba: asks about an invented bachata school'),
    ('Bende in gi wach moro kuom od chiemo mar hotpot Hotpot Nyanza Kisumu?', 'Dholuo: asks about an invented hotpot restaurant'),
    ('Igwa daw kamo nin impormasyon manungod sa Raspado Naga Yelo sa Naga?', 'Bikol: asks about an invented shaved-ice stand'),
    ('Walay amta yo nipaakar ed luchador gym Luchadores Dagupan Ring?', 'Pangasinan: asks about an invented lucha libre gym'),
    ('Tiene ba ustedes informacion con el escuela de bachata Bachata Zamboanga Baile?', 'Chavacano: asks about an invented bachata school'),
    ('Engka ga informasi ri warung hotpot Hotpot Malatang Mangkasara?', 'Buginese: asks about an invented hotpot restaurant'),
    ('Lea go dis juoga lovespoon-bargobáikki birra Lovespoon Romsa Bargu?', 'Northern Sami: asks about an invented lovespoon workshop'),
    ("Avì quèl in sla butéga ad granita Raspado Rimini Giaz?", 'Romagnol: asks about an invented shaved-ice shop'),
    ("Gh'avì quèl d'la sartoria ad hanbok Hanbok Bulagna Sartoria?", 'Emilian: asks about an invented hanbok tailor'),
    ('Avéz-vous quicourt sus le cllub de luchador Luchadores Rennes Cllub?', 'Gallo: asks about an invented lucha libre gym'),
]

PERSON = [
    ('Kim Soo-ah Hanbok Tailoring Co Ltd', 'invented person plus hanbok tailor'),
    ('Park Min-jae Jeogori Atelier LLC', 'invented person plus hanbok atelier'),
    ('Kenji Tanabe Kakigori Honpo KK', 'invented person plus kakigori shop'),
    ('Rosa Castillo Raspados y Nieves LLC', 'invented person plus raspado stand'),
    ('Hector Ramirez Luchadores Gym SA de CV', 'invented person plus lucha libre gym'),
    ('Maria Guadalupe Salinas Lucha Academy LLC', 'invented person plus lucha libre school'),
    ('Yunior Santana Bachata Dance Academy SRL', 'invented person plus bachata school'),
    ('Yesenia Almonte Bachata Studio LLC', 'invented person plus bachata studio'),
    ('Zhang Wei Hotpot Restaurant Co Ltd', 'invented person plus hotpot restaurant'),
    ('Liu Fang Malatang Catering Ltd', 'invented person plus malatang eatery'),
    ('Gareth Pritchard Lovespoons Ltd', 'invented person plus lovespoon carver'),
    ('Eleri Vaughan Lovespoon Carving Studio', 'invented person plus lovespoon studio'),
    ('Choi Eun-ji Bingsu Cafe Co Ltd', 'invented person plus bingsu cafe'),
]

BRAND = [
    ('Silk hanbok set for girls size 120', 'hanbok product'),
    ('Shaved ice machine 300 W electric', 'shaved-ice product'),
    ('Kakigori syrup strawberry 1 l bottle', 'shaved-ice product'),
    ('Lucha libre mask adult size red', 'lucha libre product'),
    ('Bachata dance shoes 7 cm heel', 'bachata product'),
    ('Metal guira scraper for bachata', 'bachata product'),
    ('Hotpot divided pot 30 cm yin yang', 'hotpot product'),
    ('Spicy hotpot soup base 400 g', 'hotpot product'),
    ('Welsh lovespoon blank sycamore 30 cm', 'lovespoon product'),
    ('Chip carving knife for lovespoons', 'lovespoon product'),
    ('Bingsu red bean topping 1 kg', 'shaved-ice product'),
    ('Norigae tassel pendant for hanbok', 'hanbok product'),
]

# shares_one_word first words (common listed words), none in train104-106's examples or spares
FIRST_WORDS = ['Golden', 'Royal', 'Global', 'Eagle', 'Delta', 'Omega', 'Phoenix', 'Green', 'Eastern', 'Western', 'Oriental',
               'Prime', 'Horizon', 'Zagros', 'Khazar', 'Persia', 'Omid', 'Azar', 'Mehr', 'Kimia', 'Pardis', 'Sahar', 'Apex',
               'Zenith', 'Everest', 'Sahara', 'Andes']

# near-miss stop list (ordinary words)
STOP = set('''industries industrial general company national commercial trading development energy services service
engineering construction investment investments bank shipping marine maritime technology technologies electronics
petroleum chemical chemicals products import export exports imports union center centre institute organization
organisation foundation association network airlines airways transport transportation logistics agency office
ministry department army force forces front party brigade brigades martyrs movement islamic republic korea korean
iran iranian syria syrian cuba russia russian china chinese mexico mexican colombia panama
inversiones comercial servicios construcciones constructora distribuidora sociedad agricola ganadera inmobiliaria
grupo hacienda rancho farmacia drogueria laboratorios transportes import exportadora promotora operadora
casa villa santa san rio del los las sur norte oriente occidente nueva nuevo gran grande
court alta moderna financing profesional estaciones cristal dorados andinas carnicos manantial hato medal sony
lineas especialidad espanola mantenimiento auditores gerencia capacitacion explotaciones paper ladrillera karat
farmaceutica mill warfare tradicion'''.split())
