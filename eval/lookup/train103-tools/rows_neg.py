"""train103 hand-written negatives (theme: castellers (human-tower colles), haggis makers, cordwainers (bespoke
shoemakers), bhangra dance troupes, biltong makers and kin-ball clubs). Lists are in build order; rows after the
quota are spares."""

THEME_PHRASES = [('Castellers Enxanetes', 'castellers (human-tower colles)'), ('Haggis Neeps', 'haggis makers'),
                 ('Cordwainers Brogues', 'cordwainers (bespoke shoemakers)'), ('Bhangra Dholis', 'bhangra dance troupes'),
                 ('Biltong Droewors', 'biltong makers'), ('Kinball Omnikins', 'kin-ball clubs')]

SHARE_FIRST = ['Royal', 'Delta', 'Omega', 'Eagle', 'Modern', 'Western', 'Sahara', 'Crystal', 'Everest', 'Dolphin',
               'Swan', 'Universal', 'Imperial', 'Supreme', 'Majestic', 'Vision', 'Express', 'Hilal', 'Grand', 'Elite']

FAMOUS = [
    ('Castellers de Vilafranca', 'human-tower colla of Vilafranca del Penedes (a club, not a firm)'),
    ('Minyons de Terrassa', 'human-tower colla of Terrassa (a club)'),
    ('Castellers de Barcelona', 'human-tower colla of Barcelona (a club)'),
    ('Coordinadora de Colles Castelleres de Catalunya', 'umbrella body of the Catalan human-tower collas'),
    ('Concurs de Castells de Tarragona', 'human-tower competition held in Tarragona (an event)'),
    ('Macsween of Edinburgh', 'haggis maker'),
    ("Hall's of Broxburn", 'haggis and sausage maker'),
    ('Simon Howie Butchers', 'Perthshire butcher known for haggis'),
    ('Stahly Quality Foods', 'canned haggis maker'),
    ('Worshipful Company of Cordwainers', 'London livery company of shoemakers (not a firm)'),
    ('John Lobb Bootmaker', 'bespoke bootmaker'),
    ('George Cleverley', 'bespoke shoemaker'),
    ('Crockett & Jones', 'Northampton shoemaker'),
    ('Edward Green & Co', 'Northampton shoemaker'),
    ('Bhangra Empire', 'bhangra dance team (not a firm)'),
    ('The Dhol Foundation', 'dhol drumming group'),
    ('Alaap', 'bhangra band'),
    ('Heera Group', 'bhangra band'),
    ('Stryve Foods', 'biltong brand owner'),
    ('Ember Snacks', 'biltong brand'),
    ('Cruga Biltong Makers', 'maker of home biltong dryers'),
    ('Federation Internationale de Kin-Ball', 'governing body of kin-ball (not a firm)'),
    ('Kin-Ball Canada', 'national kin-ball federation'),
    ('Omnikin', 'maker of the kin-ball ball'),
    ('Federation Quebecoise de Kin-Ball', 'provincial kin-ball federation'),
    ('Castellers de Sants', 'human-tower colla of Sants (spare)'),
    ('Bhangra Blowout', 'student bhangra competition (spare)'),
]

OTHER_SCRIPT = [
    ('अमृतसर भांगड़ा मंडली', 'invented Amritsar bhangra troupe in Hindi (Devanagari)'),
    ('पुणे कॅस्टेलर्स पथक', 'invented Pune human-tower squad in Marathi (Devanagari)'),
    ('काठमाडौं किनबल क्लब', 'invented Kathmandu kin-ball club in Nepali (Devanagari)'),
    ('ঢাকা বিলটং কারখানা', 'invented Dhaka biltong factory in Bengali'),
    ('গুৱাহাটী ভাংৰা নৃত্য দল', 'invented Guwahati bhangra dance group in Assamese (Bengali-Assamese script)'),
    ('କଟକ ହାଗିସ୍ ଦୋକାନ', 'invented Cuttack haggis shop in Odia'),
    ('කොළඹ කින්බෝල් සමාජය', 'invented Colombo kin-ball society in Sinhala'),
    ('ရန်ကုန် ဖိနပ်ချုပ် လုပ်ငန်း', 'invented Yangon shoemaking business in Burmese'),
    ('ក្លឹបគីនបាល់ភ្នំពេញ', 'invented Phnom Penh kin-ball club in Khmer'),
    ('ຮ້ານເກີບສັ່ງຕັດວຽງຈັນ', 'invented Vientiane bespoke shoe shop in Lao'),
    ('የአዲስ አበባ ቢልቶንግ ፋብሪካ', 'invented Addis Ababa biltong factory in Amharic (Ethiopic)'),
    ('د کابل بنګړا ډله', 'invented Kabul bhangra group in Pashto (Arabic script)'),
    ('Бишкек кинбол клубу', 'invented Bishkek kin-ball club in Kyrgyz (Cyrillic)'),
    ('Устохонаи пойафзолдӯзии Душанбе', 'invented Dushanbe shoemaking workshop in Tajik (Cyrillic)'),
    ('Мінская майстэрня хагіса', 'invented Minsk haggis workshop in Belarusian (Cyrillic)'),
    ('Скопска работилница за чевли по мерка', 'invented Skopje bespoke shoe workshop in Macedonian (Cyrillic)'),
    ('Өфө кастельерҙар төркөмө', 'invented Ufa human-tower group in Bashkir (Cyrillic)'),
    ('މާލޭ ބިލްޓޮންގ ފެކްޓަރީ', 'invented Male biltong factory in Dhivehi (Thaana)'),
    ('Аҟәа кинбол клуб', 'invented Sukhumi kin-ball club in Abkhaz (Cyrillic, spare)'),
]

GENERIC = [
    ('how tall can a human tower of castellers get', 'generic question about castellers'),
    ('what does the enxaneta do at the top of a castell', 'generic question about castellers'),
    ('why do castellers wear a black sash around the waist', 'generic question about castellers'),
    ('is haggis allowed to be imported into the united states', 'generic question about haggis'),
    ('how long do you simmer a haggis', 'generic question about haggis'),
    ('what goes into a vegetarian haggis', 'generic question about haggis'),
    ('what is the difference between a cordwainer and a cobbler', 'generic question about cordwainers'),
    ('how many times can a goodyear welted shoe be resoled', 'generic question about cordwainers'),
    ('what wood are shoe lasts carved from', 'generic question about cordwainers'),
    ('what are the basic steps of bhangra dancing', 'generic question about bhangra'),
    ('which drum keeps the beat in a bhangra performance', 'generic question about bhangra'),
    ('how long does biltong take to dry at home', 'generic question about biltong'),
    ('is biltong the same thing as beef jerky', 'generic question about biltong'),
    ('how big is the ball used in kin-ball', 'generic question about kin-ball'),
    ('how many teams are on the court in a kin-ball game', 'generic question about kin-ball'),
    ('what does omnikin mean when you call it in kin-ball', 'generic question about kin-ball (spare)'),
]

CHAT = [
    ("Grüess Gott, steht d'Firma Strossburger Haggis-Metzgerei uf dr Sanktionslischt?", 'invented haggis butcher, chat in Alsatian'),
    ('Servus, is de Firma Minga Biltong-Manufaktur auf da Sanktionslistn drauf?', 'invented biltong maker, chat in Bavarian'),
    ('Moin, steiht de Firma Hamborger Schoster-Warkstää op de Sanktschoonslist?', 'invented shoemaker, chat in Low German'),
    ('Ciao, ła ditta Castełeri de Venexia xe so ła lista de łe sansion?', 'invented human-tower colla, chat in Venetian'),
    ("Uè, 'a ditta Kin-Ball Napule sta 'ncoppa â lista d' 'e sanzione?", 'invented kin-ball club, chat in Neapolitan'),
    ('Salutamu, la ditta Bhangra Palermu è nta la lista di sanzioni?', 'invented bhangra troupe, chat in Sicilian'),
    ("Cerea, la dita Scarpe a Mzura Turin a l'é ant la lista dle sansion?", 'invented bespoke shoemaker, chat in Piedmontese'),
    ("Ola, a empresa Castellers d'Uesca ye en a lista de sancions?", 'invented human-tower colla, chat in Aragonese'),
    ('Buorre beaivi, lea go fitnodat Romsa Biltong-buvttadus ráŋggáštanlisttus?', 'invented biltong maker, chat in Northern Sami'),
    ('Tere, kas firma Võro Kinball Klubi om sanktsioonõ nimekirän?', 'invented kin-ball club, chat in Voro'),
    ('Bună dzuua, firma Bhangra Custantsa easti tu lista di sanctsiuni?', 'invented bhangra troupe, chat in Aromanian'),
    ('Shalom, la empreza Kundurajis de Izmir esta en la lista de sanksiones?', 'invented shoemaker, chat in Ladino (Judeo-Spanish)'),
    ('Gude, kampani Haggis Wokabaut Lae i stap long lis bilong sanksen?', 'invented haggis maker, chat in Tok Pisin'),
    ('Kushɛ, di kɔmpini Fritɔn Biltong Wɔkshɔp de na di sankshɔn list?', 'invented biltong maker, chat in Krio'),
    ('Abeg, dis company Lagos Bhangra Crew dey for di sanctions list?', 'invented bhangra troupe, chat in Nigerian Pidgin'),
    ('Odi, a firma Paramaribo Kinball Klupu de na a sanksi lijst?', 'invented kin-ball club, chat in Sranan Tongo'),
    ('Wah gwaan, di company Kingston Cordwainers Shop deh pon di sanction list?', 'invented shoemaker, chat in Jamaican Patois'),
    ('Bonzour, eski konpayi Biltong Rodrig Ltd lor lalis sanksion?', 'invented biltong maker, chat in Mauritian Creole'),
    ('Bon dia, kompanhia Castellers di Praia sta na lista di sanson?', 'invented human-tower colla, chat in Cape Verdean Creole'),
    ('Buenas, el compania Zamboanga Haggis Tienda tiene ba na lista de sanciones?', 'invented haggis shop, chat in Chavacano'),
    ('Maakye, adwumakuo Kumasi Kinball Kuo no wɔ sanction list no so?', 'invented kin-ball club, chat in Twi'),
    ('Oyawore, kompuni mar Kisumu Biltong Ogendini ni e list mar sanctions?', 'invented biltong maker, chat in Dholuo'),
    ('Niltze, in tequitiliztli Tenochtitlan Cactli Tlachiuhqui cah ipan in amatl sanciones?', 'invented sandal maker, chat in Nahuatl'),
    ('Iakwe, kōmpane eo Majuro Kinball Kulob ej pād ilo bukun sanction?', 'invented kin-ball club, chat in Marshallese'),
    ('Marhay na aga, an kompanya na Naga Bhangra Grupo yaon sa listahan nin sanksyon?', 'invented bhangra troupe, chat in Bikol'),
    ('Bonzour, eski konpannyen Mahe Haggis Ltd i lo lalis sanksyon?', 'invented haggis maker, chat in Seychellois Creole (spare)'),
    ('Halo, kampani Honiara Biltong Wokshop hem stap long lis blong sanksin?', 'invented biltong maker, chat in Pijin (spare)'),
]

PERSON = [
    ('Jordi Puigventos i Ferrer Castellers SL', 'invented person plus human-tower business'),
    ('Nuria Casals Rovira Colla Castellera SCCL', 'invented person plus human-tower cooperative'),
    ('Fiona MacCrimmon Haggis Ltd', 'invented person plus haggis maker'),
    ('Alasdair Drummond-Keir Haggis Company', 'invented person plus haggis maker'),
    ('Bartholomew Ashdown Cordwainers Ltd', 'invented person plus cordwainer'),
    ('Giulietta Ferrante Calzature su Misura Srl', 'invented person plus bespoke shoemaker'),
    ('Harpreet Kaur Sandhu Bhangra Academy Ltd', 'invented person plus bhangra school'),
    ('Manjit Singh Dhillon Dhol Studio LLP', 'invented person plus dhol studio'),
    ('Pieter van der Merwe Biltong (Pty) Ltd', 'invented person plus biltong maker'),
    ('Thandiwe Nkosi Droewors CC', 'invented person plus dried-sausage maker'),
    ('Mario Gervais Kin-Ball Inc.', 'invented person plus kin-ball business'),
    ('Sophie Tremblay-Ouellet Omnikin Sports Inc.', 'invented person plus kin-ball equipment'),
    ('Eilidh Buchanan Neeps and Tatties Ltd', 'invented person plus haggis side dishes (spare)'),
]

BRAND = [
    ('Kin-Ball ball 1.22 m inflatable', 'kin-ball product'),
    ('Omnikin bladder and cover repair kit', 'kin-ball product'),
    ('Macsween vegetarian haggis 454 g', 'haggis product'),
    ('Haggis neeps and tatties ready meal 400 g', 'haggis product'),
    ('Beef biltong chilli bites 100 g', 'biltong product'),
    ('Droewors sausage sticks 250 g', 'biltong product'),
    ('Goodyear-welted oxford brogue size 9', 'bespoke shoe product'),
    ('Beechwood shoe last pair size 42', 'shoemaking product'),
    ('Castellers faixa black sash 6 m', 'human-tower product'),
    ('Punjabi dhol drum with bamboo sticks', 'bhangra product'),
    ('Bhangra chimta steel clapper', 'bhangra product (spare)'),
    ('Biltong box dryer 5 kg', 'biltong product (spare)'),
]

NEAR_STOP = set('''general national commercial services service industrial import export shipping international investment
development engineering construction trade trading group holding limited comercial servicios inversiones constructora
transportes distribuidora industrias agropecuaria inmobiliaria sociedad empresa compania fundacion organizacion
asociacion productos materiales tecnologia sistemas soluciones consultores hermanos promotora operadora farmacia
drogueria laboratorios estacion hotel restaurante club centro nueva nuevo gran grande santa santo union mundo global
world energy electric electronics power petroleum chemical chemicals steel metal metals mining minerals gas oil
airlines aviation marine maritime transport logistics travel tours agency office bureau center centre company
corporation industries industry manufacturing factory plant products technology technologies systems solutions
network media news television radio bank finance financial insurance exchange money capital credit fund foundation
institute institution university academy school research science scientific medical pharmaceutical health hospital
army forces force brigade battalion front party movement organization organisation committee council ministry
department office management consulting partners associates brothers sons family home house building buildings
real estate property properties land farm farms agricultural agricola ganadera ganaderia food foods fruit fruits
fish fishing textile textiles fabrics clothing fashion beauty jewelry jewellery gems diamonds gold silver
traders mill grands handyman participacoes running fantasy equip peruvian peruana indic showplace
seal especializada paper movil bares ladrillera away tejidos reposterias lacs
aerienne hoteleras garment pecuaria eighty orbital brook
'''.split())
