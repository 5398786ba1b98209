"""Hand-written negatives for train78 (theme: yurt makers, reindeer herders, tintype studios,
cormorant-fishing boat tours, sheepdog-trial societies, coracle builders). Lists carry spares at the end."""

FAMOUS = [  # (query, description)
 ('Pacific Yurts Inc.', 'Oregon yurt manufacturer'),
 ('Colorado Yurt Company', 'Colorado yurt and tipi maker'),
 ('Rainier Outdoor Yurts', 'Washington yurt maker'),
 ('Blue Ridge Yurts', 'Virginia yurt maker'),
 ('Woodland Yurts', 'English yurt maker'),
 ('Cairngorm Reindeer Herd', "Britain's only free-ranging reindeer herd"),
 ('Association of World Reindeer Herders', 'international herders association'),
 ('Paliskuntain yhdistys', 'Reindeer Herders Association of Finland'),
 ('Salla Reindeer Park', 'Finnish reindeer park'),
 ('Norske Reindriftsamers Landsforbund', 'Norwegian Sami reindeer herders union'),
 ('Penumbra Foundation', 'New York tintype studio and photo centre'),
 ('Bostick & Sullivan', 'alternative-process photo chemistry supplier'),
 ("Photographers' Formulary", 'Montana photo chemistry supplier'),
 ('Nagaragawa Ukai Kanransen Jimusho', 'Gifu cormorant-fishing viewing boat office'),
 ('Inuyama Ukai', 'Inuyama cormorant-fishing boats'),
 ('Uji River Cormorant Fishing', 'Kyoto cormorant-fishing tours'),
 ('International Sheep Dog Society', 'UK sheepdog trial society'),
 ("United States Border Collie Handlers' Association", 'US sheepdog trial body'),
 ('American Border Collie Association', 'US border collie registry'),
 ('Longshaw Sheep Dog Trials Association', 'English sheepdog trial society'),
 ('Bala Sheepdog Trials', 'Welsh sheepdog trial'),
 ('The Coracle Society', 'UK coracle society'),
 ('National Coracle Centre', 'coracle museum at Cenarth'),
 ('Ironbridge Coracle Trust', 'Shropshire coracle trust'),
 ('Groovy Yurts', 'English yurt hire and maker'),
 ('Spirit Yurts', 'spare'),
 ('Reindeer Herders Union of Russia', 'spare'),
]

OTHER_SCRIPT = [  # (query, language, description)
 ('Новосадска радионица за јурте', 'Serbian', 'Novi Sad yurt workshop'),
 ('Скопско студио за тинтајп фотографија', 'Macedonian', 'Skopje tintype studio'),
 ('Алматы киіз үй шеберханасы', 'Kazakh', 'Almaty yurt workshop'),
 ('Улаанбаатар гэр үйлдвэр', 'Mongolian', 'Ulaanbaatar ger (yurt) factory'),
 ('Гродзенская майстэрня юрт', 'Belarusian', 'Hrodna yurt workshop'),
 ('Нарын боз үй устаканасы', 'Kyrgyz', 'Naryn yurt workshop'),
 ('لاہور ٹن ٹائپ فوٹو اسٹوڈیو', 'Urdu', 'Lahore tintype photo studio'),
 ('د کابل د خېمو جوړولو کارخانه', 'Pashto', 'Kabul tent (yurt) making works'),
 ('ווילנער טינטייפּ פֿאָטאָ סטודיע', 'Yiddish', 'Vilnius tintype photo studio'),
 ('અમદાવાદ ઘેટાં કૂતરા તાલીમ કેન્દ્ર', 'Gujarati', 'Ahmedabad sheepdog training centre'),
 ('ਅੰਮ੍ਰਿਤਸਰ ਭੇਡ ਕੁੱਤਾ ਮੁਕਾਬਲਾ ਸਭਾ', 'Punjabi', 'Amritsar sheepdog trial society'),
 ('హైదరాబాద్ టిన్‌టైప్ ఫోటో స్టూడియో', 'Telugu', 'Hyderabad tintype photo studio'),
 ('ಹೊಗೇನಕಲ್ ತೆಪ್ಪ ತಯಾರಕರ ಸಂಘ', 'Kannada', 'Hogenakkal coracle makers association'),
 ('കൊച്ചി നീർക്കാക്ക മീൻപിടുത്ത ടൂർസ്', 'Malayalam', 'Kochi cormorant-fishing tours'),
 ('पुणे मेंढी कुत्रा स्पर्धा मंडळ', 'Marathi', 'Pune sheepdog trial society'),
 ('पोखरा युर्ट निर्माण उद्योग', 'Nepali', 'Pokhara yurt makers'),
 ('台中鸕鶿捕魚觀光船公司', 'Traditional Chinese', 'Taichung cormorant-fishing boat company'),
 ('කොළඹ ටින්ටයිප් ඡායාරූප චිත්‍රාගාරය', 'Sinhala', 'Colombo tintype photo studio'),
 ('ហាងថតរូប ទីនតាយ ភ្នំពេញ', 'Khmer', 'spare'),
]

SHARES_ONE = [
 'Pioneer Yurt Works', 'Northern Reindeer Herders', 'Unity Tintype Studio', 'Phoenix Cormorant Fishing Tours',
 'Horizon Sheepdog Trials', 'Summit Coracle Builders', 'Crescent Yurt Works', 'Falcon Tintype Studio',
 'Liberty Sheepdog Trials', 'Orient Cormorant Fishing Tours', 'Victory Coracle Builders', 'Arctic Reindeer Herders',
 'Alpha Yurt Works', 'Sunrise Tintype Studio', 'Diamond Sheepdog Trials', 'Ocean Coracle Builders',
 'Imperial Reindeer Herders',
]

GENERIC = [
 'how to build a yurt platform', 'yurt vs tipi for winter camping', 'how much does a yurt cost to heat',
 'what do reindeer eat in winter', 'how does reindeer herding work in lapland',
 'why do reindeer eyes change colour in winter', 'how to make a tintype photograph at home',
 'wet plate collodion exposure time in sunlight', 'is tintype chemistry safe indoors',
 'how does cormorant fishing work in japan', 'when is the ukai season on the nagara river',
 'how are sheepdog trials scored', 'whistle commands for a border collie', 'how to build a welsh coracle',
 'can you paddle a coracle in a straight line', 'spare: how old is the coracle',
]

CHAT = [  # (query, language)
 ('Geturðu athugað hvort Norðurljós Hreindýrabú ehf. sé á refsilista?', 'Icelandic'),
 ('Palun kontrolli, kas Saaremaa Jurtatöökoda OÜ on sanktsiooninimekirjas', 'Estonian'),
 ('Lūdzu, pārbaudi, vai Gaujas Jurtu Darbnīca SIA ir sankciju sarakstā', 'Latvian'),
 ('Ar galite patikrinti, ar UAB Nemuno Jurtos yra sankcijų sąraše?', 'Lithuanian'),
 ('Ali je Foto Atelje Kolodij Bled d.o.o. na seznamu sankcij?', 'Slovenian'),
 ('Da li je firma Zlatibor Jurte d.o.o. na listi sankcija?', 'Serbian'),
 ('Проверете дали Родопски юрти ЕООД е в санкционния списък', 'Bulgarian'),
 ('Чи є ТОВ «Карпатські юрти» у санкційному списку?', 'Ukrainian'),
 ('A mund të kontrollosh nëse Studio Tintype Tirana sh.p.k. është në listën e sanksioneve?', 'Albanian'),
 ('Pots comprovar si Iurtes del Montseny SL és a la llista de sancions?', 'Catalan'),
 ('Egiaztatu dezakezu Gorbeiako Artzain Txakur Elkartea zigor zerrendan dagoen?', 'Basque'),
 ('Podes comprobar se Coracles do Miño SL está na lista de sancións?', 'Galician'),
 ('Allwch chi wirio a yw Cwryglau Teifi Cyf ar y rhestr sancsiynau?', 'Welsh'),
 ('An féidir leat a sheiceáil an bhfuil Curacha Chonamara Teo ar an liosta smachtbhannaí?', 'Irish'),
 ("Tista' tiċċekkja jekk Studio Tintype Mdina Ltd hux fuq il-lista tas-sanzjonijiet?", 'Maltese'),
 ('Kan jy kyk of Karoo Skaaphond Proewe (Edms) Bpk op die sanksielys is?', 'Afrikaans'),
 ('Je, unaweza kuangalia kama Arusha Yurt Works Ltd iko kwenye orodha ya vikwazo?', 'Swahili'),
 ('Boleh semak sama ada Syarikat Yurt Cameron Sdn Bhd ada dalam senarai sekatan?', 'Malay'),
 ('Pwede mo bang tingnan kung nasa sanctions list ang Baguio Yurt Makers Inc.?', 'Tagalog'),
 ('Bạn kiểm tra giúp Công ty TNHH Chụp Ảnh Tintype Hội An có trong danh sách trừng phạt không?', 'Vietnamese'),
 ('ช่วยเช็คว่า บริษัท เชียงใหม่ ยูร์ท จำกัด อยู่ในรายชื่อคว่ำบาตรหรือไม่', 'Thai'),
 ('क्या मनाली यर्ट वर्क्स प्राइवेट लिमिटेड प्रतिबंध सूची में है?', 'Hindi'),
 ('آیا شرکت یورت‌سازی تبریز در فهرست تحریم است؟', 'Persian'),
 ('Qəbələ Yurt Emalatxanası MMC sanksiya siyahısındadırmı?', 'Azerbaijani'),
 ('Ĉu vi povas kontroli, ĉu Jurto-Metiejo Verda Stepo estas en la sankcia listo?', 'Esperanto'),
 ("Kanns de kucken ob d'Éislécker Jurtebau S.à r.l. op der Sanktiounslëscht steet?", 'Luxembourgish'),
]

PERSON = [
 ('Heather Lindqvist Yurt Co. Ltd', 'invented yurt maker'),
 ('Dolgorsuren Batbayar Ger Manufacturing LLC', 'invented Mongolian ger (yurt) maker'),
 ('Mikkel Haldorsen Reindrift ANS', 'invented Norwegian reindeer herder'),
 ('Tuomas Heikkilä Poroyritys Oy', 'invented Finnish reindeer business'),
 ('Ezra Whitcombe Tintype Studio LLC', 'invented tintype studio'),
 ('Margot Delacroix Ferrotypie SARL', 'invented French tintype studio'),
 ('Haruto Kanazawa Ukai Kankō K.K.', 'invented Japanese cormorant-fishing tour firm'),
 ('Angus McLachlan Sheepdog Training Ltd', 'invented sheepdog trainer'),
 ('Bethan Rhys-Jones Sheepdog Trials CIC', 'invented sheepdog trial organiser'),
 ('Gwilym Pryce Coracles Ltd', 'invented coracle builder'),
 ('Rhodri Evans Cwryglau Cyf.', 'invented Welsh coracle builder'),
 ('Saule Abenova Kiiz Ui Workshop TOO', 'invented Kazakh yurt workshop'),
 ('Ingrid Solbakken Reinkjøtt AS', 'spare'),
]

BRAND = [
 ('Pacific Yurts 24 ft yurt standard package', 'yurt kit'),
 ('Colorado Yurt Company Classic yurt 20 ft', 'yurt kit'),
 ('Rainier Transformer yurt', 'yurt kit'),
 ('Bostick & Sullivan tintype kit', 'tintype chemistry kit'),
 ("Photographers' Formulary wet plate collodion kit", 'tintype chemistry kit'),
 ('Acme 575 shepherd whistle', 'sheepdog whistle'),
 ('Acme 210.5 dog whistle', 'dog whistle'),
 ('Marttiini Lapp knife with reindeer antler handle', 'knife with reindeer antler handle'),
 ('Penumbra tintype portrait gift card', 'tintype portrait session'),
 ('Teifi coracle kit with ash laths', 'coracle kit'),
 ('Border collie sheepdog trial DVD', 'spare'),
]

NEAR_PHRASES = ['Yurt Works', 'Reindeer Herders', 'Tintype Studio', 'Cormorant Fishing Tours', 'Sheepdog Trials',
                'Coracle Builders']
NEAR_STOP = set('''group company trading international industries industrial services service shipping
bank investment construction general national import export limited corporation holding
organization development engineering commercial products technology company's trafficking
oil petroleum energy management center centre global planning race carr troll time park''' .split())
