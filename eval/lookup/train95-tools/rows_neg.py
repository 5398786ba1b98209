# -*- coding: utf-8 -*-
"""train95 hand-written negatives (theme: spinning-top clubs, seed libraries, conker championships,
scything clubs, unicycling clubs, salt-marsh rangers). Lists are longer than the quotas; extras are spares."""

QUOTAS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15,
          'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

FAMOUS = [
 ('Takara Tomy', 'real Japanese toy maker of Beyblade spinning tops'),
 ('Spinning Top and Yo-Yo Museum', 'real museum of spinning tops in Wisconsin'),
 ('World Beyblade Organization', 'real fan organisation that runs spinning-top tournaments'),
 ('Seed Savers Exchange', 'real US seed-saving non-profit'),
 ('Svalbard Global Seed Vault', 'real seed bank in Norway'),
 ('Millennium Seed Bank', 'real seed bank run by Kew'),
 ('Heritage Seed Library', 'real UK seed library of Garden Organic'),
 ('Richmond Grows Seed Lending Library', 'real California seed lending library'),
 ('Navdanya', 'real Indian seed-saving movement'),
 ('World Conker Championships', 'real annual conker contest in Northamptonshire'),
 ('Ashton Conker Club', 'real club that organised the conker championships'),
 ('Scythe Association of Britain and Ireland', 'real scything association'),
 ('Schroeckenfux', 'real Austrian scythe-blade maker'),
 ('The Scythe Shop', 'real UK scythe retailer'),
 ('Scythe Supply', 'real US scythe retailer in Maine'),
 ('International Unicycling Federation', 'real governing body of unicycling'),
 ('Unicycling Society of America', 'real US unicycling body'),
 ('Kris Holm Unicycles', 'real unicycle brand'),
 ('Nimbus Unicycles', 'real unicycle maker'),
 ('Wildfowl and Wetlands Trust', 'real UK wetland conservation charity with salt-marsh reserves'),
 ('Common Wadden Sea Secretariat', 'real Wadden Sea salt-marsh cooperation office'),
 ('Elkhorn Slough Foundation', 'real California salt-marsh conservation foundation'),
 ('Essex Wildlife Trust', 'real county wildlife trust with salt-marsh rangers'),
 ('Royal Society for the Protection of Birds', 'real UK bird charity with salt-marsh wardens'),
 ('Unicon Unicycling Convention', 'real world unicycling convention'),
 ('Baker Creek Heirloom Seeds', 'real US heirloom seed company (spare)'),
 ('Chestnut Tree Conker Festival', 'invented conker event (spare)'),
]

OTHER_SCRIPT = [
 ('जयपुर बीज पुस्तकालय', 'Hindi: invented Jaipur seed library'),
 ('पुणे भोवरा क्लब', 'Marathi: invented Pune spinning-top club'),
 ('पोखरा एकपाङ्ग्रे साइकल क्लब', 'Nepali: invented Pokhara unicycle club'),
 ('খুলনা লবণাক্ত জলাভূমি রক্ষী দল', 'Bengali: invented Khulna salt-marsh ranger team'),
 ('গুৱাহাটী বীজ পুথিভঁৰাল', 'Assamese: invented Guwahati seed library'),
 ('କଟକ ଲାଟୁ କ୍ଲବ', 'Odia: invented Cuttack spinning-top club'),
 ('මහනුවර බීජ පුස්තකාලය', 'Sinhala: invented Kandy seed library'),
 ('မန္တလေး ဂျင်ကစား အသင်း', 'Burmese: invented Mandalay spinning-top club'),
 ('ក្លឹបកង់មួយ សៀមរាប', 'Khmer: invented Siem Reap unicycle club'),
 ('ສະໂມສອນລົດຖີບລໍ້ດຽວ ວຽງຈັນ', 'Lao: invented Vientiane unicycle club'),
 ('የባሕር ዳር ዘር ቤተ መጻሕፍት', 'Amharic: invented Bahir Dar seed library'),
 ('މާލެ ކުޅިގަނޑު ރައްކާތެރިންގެ ޖަމްޢިއްޔާ', 'Dhivehi: invented Male wetland rangers association'),
 ('د کندهار د لور وهونکو کلب', 'Pashto: invented Kandahar scythe mowers club'),
 ('Охридски клуб за косење со коса', 'Macedonian: invented Ohrid scything club'),
 ('Гродзенскі клуб аднаколавых ровараў', 'Belarusian: invented Grodno unicycle club'),
 ('Ош чалгычылар клубу', 'Kyrgyz: invented Osh scythe mowers club'),
 ('Клуби чархакбозони Хуҷанд', 'Tajik: invented Khujand spinning-top club'),
 ('Өфө сабынсылар берләшмәһе', 'Bashkir: invented Ufa mowers union'),
 ('Саранскоень вишка валмасто ванстомо кудо', 'Moksha: invented Saransk seed library (spare)'),
]

GENERIC = [
 'how do you make a spinning top spin longer',
 'what is a seed library and how do you borrow seeds',
 'how do you pick a winning conker',
 'how do you peen a scythe blade',
 'how do beginners learn to ride a unicycle',
 'what do salt marsh rangers do at high tide',
 'why does a spinning top wobble before it falls',
 'how long do saved tomato seeds stay viable',
 'who strikes first in a game of conkers',
 'what length of snath do i need for a scythe',
 'what wheel size is best for a first unicycle',
 'which birds nest on a salt marsh',
 'how does a beyblade launcher work',
 'can you return seeds to a seed library after the harvest',
 'when are horse chestnuts ripe for conkers',
 'how do you sharpen a scythe with a whetstone',
]

CHAT = [
 ('Venetian', 'Ciao, saveu el numaro del Club dei Trotoli de Mestre? Vorìa iscrivar me fio.'),
 ('Neapolitan', "Uè, sapite addò sta 'a Biblioteca d''e Semmente 'e Pozzuoli? Vulesse piglià 'nu poco 'e semmente."),
 ('Sicilian', "Salutamu, mi putiti dari u nùmmaru di l'Associazzioni Falciaturi dî Madonie?"),
 ('Piedmontese', 'Cerea, chiel a conòss ël Club dij Monociclista ëd Biela? I veuj fé na preuva.'),
 ('Aragonese', "Ola, me podez dar l'adreza d'a Biblioteca de Sements de Chaca?"),
 ('Bavarian', 'Servus, wissts ihr, wann da Kastanienkampf-Verein Straubing sei Turnier hod?'),
 ('Alemannic (Swiss German)', 'Grüezi, händ ihr d Telefonnummere vom Sänseclub Ämmital? Ich wett go mäje lehre.'),
 ('Low German', 'Moin, weet ji, wo de Salzwisch-Wachters vun Husum to finnen sünd?'),
 ('North Frisian', 'Moin, wäät jam, hü ik di Sädjbiblioteek Bräist fu koon?'),
 ('Jèrriais', "Bonjour, savez-vous l'adrèsse du Club d'Toupies d'Saint Hélyi?"),
 ('Gallo', "Bonjou, vous conéssez la Librérie de Grenn de Ploërmel? J'veû y amener des grenn."),
 ('Võro', 'Tere, kas t’iiat, kon om Võro Vikahtõklubi? Ma taha vikahtõga niitä oppi.'),
 ('Northern Sami', 'Bures, diehtágo don gokko Guovdageainnu Ovttajuvllat Searvi lea?'),
 ('Sranan Tongo', 'Odi, yu sabi pe a Paramaribo Wan-Wiel Fietsi Klub de?'),
 ('Jamaican Patois', 'Wah gwaan, unu know weh fi find di Spanish Town Gig Spinnaz Club? Mi waan join.'),
 ('Hawaiian Pidgin', 'Eh brah, you know wea stay da Hilo Seed Lending Hale? I like borrow some seeds.'),
 ('Kirundi', "Mwaramutse, muzi aho isomero ry'imbuto rya Gitega riri?"),
 ('Northern Sotho', 'Thobela, na le tseba moo Laeborari ya Dipeu ya Polokwane e lego gona?'),
 ('Tumbuka', 'Moni, kasi mukumanya uko kuli Mzuzu Njinga ya Gudumu Limoza?'),
 ('Herero', 'Moro, mu nokutjiwa kutja Okahandja Ondjuwo yOmbuto i ri pi?'),
 ('Iban', 'Selamat pagi, nuan nemu dini endur Kelab Gasing Sibu?'),
 ('Batak Toba', 'Horas, boasa hamu mambotoi di dia Pustaha Boni Balige?'),
 ('Mizo', 'Chibai, Aizawl Thlai Chi Dawrna hi khawiah nge a awm tih in hria em?'),
 ('Mapudungun', 'Mari mari, kimimi chew müley ti Temuko Fün Ruka?'),
 ('Palauan', 'Alii, ke medengei a Koror Unicycle Klub el ngar er ker?'),
 ('Marshallese', 'Iakwe, kwōjeļā ia eo Majuro Seed Library ej pād ie?'),
 ('Sasak', 'Tabe, side nenaoq lek embe Klub Gasing Mataram?'),
]

PERSON = [
 'Barnaby Wickersham Spinning Tops Ltd', 'Yukiko Haraguchi Koma Seisakusho KK', 'Millicent Trelawney Seed Library CIC',
 'Aurelio Pantaleoni Biblioteca dei Semi APS', 'Horatio Dunsworth Conker Supplies Ltd', 'Gwendolyn Pettigrew Conker Club Ltd',
 'Alaric Fenwick Scythe Works Ltd', 'Leopold Hinterberger Sensenschmiede GmbH', 'Cosmo Ravenscroft Unicycles Ltd',
 'Henrike Brandvold Enhjulinger AS', 'Tamsin Oakenshield Saltmarsh Ranger Services Ltd', 'Wouter Kwakernaak Kwelderwachters BV',
 'Fenella Dunmore Whirligig Workshop Ltd',
]

BRAND = [
 'Takara Tomy Beyblade Burst string launcher', 'Duncan wooden spinning top 2 inch', 'Kris Holm KH24 unicycle',
 'Nimbus Oracle 36 inch unicycle', 'Schroeckenfux 70 cm grass scythe blade', 'Falci ash snath 160 cm',
 'Fiskars scythe whetstone', 'Botanical Interests heirloom tomato seed packet', 'Burpee organic seed starting mix 8 qt',
 'Swarovski CL Companion 8x30 binoculars', 'Hasbro Beyblade stadium',
]

# near_miss: rare word of an in-set target + a theme phrase (no phrase word in a listed org name)
NEAR_PHRASES = ['Spintop Whirligigs', 'Seedbank Borrowers', 'Conker Chestnuts', 'Scythe Mowers', 'Unicycle Riders', 'Saltmarsh Wardens']
NEAR_DESC = {'Spintop Whirligigs': 'invented spinning-top club', 'Seedbank Borrowers': 'invented seed library',
             'Conker Chestnuts': 'invented conker championship', 'Scythe Mowers': 'invented scything club',
             'Unicycle Riders': 'invented unicycling club', 'Saltmarsh Wardens': 'invented salt-marsh ranger group'}
NEAR_STOP = set('''general national trade trading service services company international industrial industries import export
group holding bank commercial development investment investments engineering construction technology technologies energy
petroleum petro shipping marine transport logistics security systems consulting management products product import
exportadora importadora inversiones comercial comercializadora servicios grupo desarrollo agropecuaria ganaderia
constructora promotora distribuidora industrias farmacia drogueria hotel restaurant restaurante travel tours
global world united central north south east west eastern western northern southern middle new great star golden
move cold independent mechanics kyrgyz medal quinta shen fomento edificaciones difusion gestores
today echo aryan toyo agricultores frigorifico polymer investigate urbanizacion mercadeo
secundarias consultor delta marbella handyman agrario reactors'''.split())

# shares_one_word: a common listed first word + theme words (theme words not in a listed org name)
SHARES_FIRST = ['Royal', 'Union', 'Orient', 'Eagle', 'Sun', 'Noble', 'Elite', 'Pioneer', 'Oasis', 'Arab', 'Oriental',
                'Mountain', 'Sahara', 'Sunrise', 'Palm', 'Mega', 'Mirage']
SHARES_PHRASES = ['Whirligig Spinners', 'Seedsaver Swappers', 'Conker Stringers', 'Scythe Peeners', 'Unicyclist Jugglers', 'Saltmarsh Rangers']
