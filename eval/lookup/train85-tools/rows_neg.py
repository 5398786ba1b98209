"""Hand-written negatives for train85 (theme: amateur-radio clubs, orienteering clubs, arborists (tree surgeons),
meteorite hunters, woodturners' guilds, storm-chasing tours). Lists hold spares at the end."""

PHRASES = ['Shortwave Amateurs', 'Orienteering Runners', 'Arborist Climbers', 'Meteorite Hunters',
           'Lathe Woodturners', 'Tornado Chasers']

SHARE_FIRST = ['Golden', 'Royal', 'Star', 'Eagle', 'Ocean', 'Victory', 'Atlas', 'Liberty', 'Green', 'Unity',
               'Pioneer', 'Diamond', 'Falcon', 'Grand', 'Crown', 'Pearl', 'Northern']

STOP = set('''trading shipping industries industrial import export commercial company general services service bank
international group holding holdings investment investments development engineering construction petroleum
iran iranian tehran syria syrian korea korean mexico mexicana mexicano colombia colombiana panama dubai china chinese
russia russian cuba cubana venezuela lebanon beirut baghdad iraq afghanistan pakistan kabul damascus moscow
emirates arab arabian islamic national united republic state ministry'''.split())

FAMOUS = [
    ('American Radio Relay League', 'US national association for amateur radio'),
    ('Radio Society of Great Britain', 'UK amateur radio society'),
    ('Deutscher Amateur-Radio-Club', 'German amateur radio club'),
    ('International Amateur Radio Union', 'world federation of amateur radio societies'),
    ('Wireless Institute of Australia', 'Australian amateur radio body'),
    ('International Orienteering Federation', 'world governing body of orienteering'),
    ('British Orienteering', 'UK orienteering federation'),
    ('Orienteering USA', 'US orienteering federation'),
    ('Svenska Orienteringsförbundet', 'Swedish orienteering federation'),
    ('Orienteering Canada', 'Canadian orienteering federation'),
    ('International Society of Arboriculture', 'international arborists society'),
    ('Arboricultural Association', 'UK arborists association'),
    ('Bartlett Tree Experts', 'US tree-care firm'),
    ('Davey Tree Expert Company', 'US tree-care firm'),
    ('Tree Care Industry Association', 'US tree-care trade association'),
    ('Meteoritical Society', 'scientific society for meteorite research'),
    ('International Meteorite Collectors Association', 'association of meteorite collectors and dealers'),
    ('Aerolite Meteorites', 'US meteorite hunting and dealing firm'),
    ('Center for Meteorite Studies', 'Arizona university meteorite collection'),
    ('American Association of Woodturners', 'US woodturners association'),
    ('Association of Woodturners of Great Britain', 'UK woodturners association'),
    ('Worshipful Company of Turners', 'City of London livery company of turners'),
    ('Robert Sorby', 'Sheffield woodturning tool maker'),
    ('Silver Lining Tours', 'US storm-chasing tour operator'),
    ('Tempest Tours', 'US storm-chasing tour operator'),
    ('Radio Amateurs of Canada', 'Canadian amateur radio association'),
    ('Storm Chasing Adventure Tours', 'US storm-chasing tour operator'),
]

OTHER_SCRIPT = [
    ('札幌アマチュア無線クラブ', 'invented Sapporo amateur radio club, Japanese'),
    ('부산 오리엔티어링 클럽', 'invented Busan orienteering club, Korean'),
    ('สมาคมรุกขกรเชียงใหม่', 'invented Chiang Mai arborists association, Thai'),
    ('თბილისის მეტეორიტების მაძიებელთა საზოგადოება', 'invented Tbilisi meteorite seekers society, Georgian'),
    ('Գյումրիի խառատների համքարություն', 'invented Gyumri woodturners guild, Armenian'),
    ('باشگاه رادیو آماتوری شیراز', 'invented Shiraz amateur radio club, Persian'),
    ('மதுரை மர அறுவை சிகிச்சையாளர்கள் சங்கம்', 'invented Madurai tree surgeons association, Tamil'),
    ('Казан ориентлашу клубы', 'invented Kazan orienteering club, Tatar'),
    ('Йошкар-Ола метеорит кычалше-влак ушем', 'invented Yoshkar-Ola meteorite hunters union, Meadow Mari'),
    ('Сыктывкарса радиолюбительяс котыр', 'invented Syktyvkar radio amateurs circle, Komi'),
    ('Налшык жыг хъумакӀуэхэм я зэгухьэныгъэ', 'invented Nalchik tree keepers association, Kabardian'),
    ('Магас дарц тергамхой тоба', 'invented Magas storm watchers group, Ingush'),
    ('Кызыл радиолюбительдер клуву', 'invented Kyzyl radio amateurs club, Tuvan'),
    ('ཐིམ་ཕུ་རླུང་འཚུབ་རྗེས་འདེད་ལས་འཛིན', 'invented Thimphu storm-chasing company, Dzongkha'),
    ('ᒥᐢᑲᐧᒋᐚᐢ ᒥᑎᑯᐢ ᐅᔑᒋᑫᐤᐊᐧᐠ', 'invented Maskwacis woodturners group, Plains Cree syllabics'),
    ('ߓߡߊ߬ߞߐ߬ ߦߙߌ ߟߊߡߊ߬ߙߊ߬ߟߊ ߕߐ߲', 'invented Bamako tree-care club, N\'Ko (Bambara)'),
    ('Абакан радиолюбительлер клубы', 'invented Abakan radio amateurs club, Khakas'),
    ('Дербентдин ориентирвилин клуб', 'invented Derbent orienteering club, Lezgian'),
    ('Горно-Алтайск метеорит бедреечилер', 'invented Gorno-Altaysk meteorite seekers, Altai'),
]

GENERIC = [
    ('how do i get an amateur radio licence', 'question about ham radio licensing'),
    ('what does 73 mean in ham radio', 'question about ham radio slang'),
    ('best antenna for a beginner on 20 metres', 'question about ham radio antennas'),
    ('how does a control card work in orienteering', 'question about orienteering punching'),
    ('what is the difference between sprint and middle distance orienteering', 'question about orienteering formats'),
    ('how to read contour lines on an orienteering map', 'question about map reading'),
    ('how much does it cost to have a tree removed', 'question about tree removal'),
    ('what does an arborist do', 'question about arborists'),
    ('how to tell if a rock is a meteorite', 'question about meteorite identification'),
    ('is it legal to sell meteorites found on public land', 'question about meteorite law'),
    ('what wood is best for turning bowls', 'question about woodturning'),
    ('how to sharpen a bowl gouge', 'question about woodturning tools'),
    ('what month is peak tornado season in oklahoma', 'question about tornado season'),
    ('how close do storm chasers get to tornadoes', 'question about storm chasing'),
    ('what is a supercell thunderstorm', 'question about storm types'),
    ('how do magnets help find meteorites', 'question about meteorite hunting'),
]

CHAT = [
    ('Vel oo abyl dy ronsaghey Club Radio Amateur Doolish son aym?', 'Manx request about an invented Douglas amateur radio club'),
    ('A yllydh jy hwilas Klub Radyo Amatoryon Truru ragov, mar pleg?', 'Cornish request about an invented Truro amateur radio club'),
    ('Móžeš mi prošu přepruwować Orientěrowanski klub Budyšin?', 'Upper Sorbian request about an invented Bautzen orienteering club'),
    ('Mòżesz sprawdzëc Klub Òrientacëji Kartuzë, proszã?', 'Kashubian request about an invented Kartuzy orienteering club'),
    ('Podaressistu controlâ la Societât dai Arboricoltôrs di Udin, par plasê?', 'Friulian request about an invented Udine arborists society'),
    ('Podes controllare sa Sotziedade de sos Arboristas de Casteddu, pro praghere?', 'Sardinian request about an invented Cagliari arborists society'),
    ("Polez-vos verifyî li Soce des Tourneus so Bwès di Lidje, s'i vs plait?", 'Walloon request about an invented Liège woodturners society'),
    ("¿Pues comprobar la Sociedá de Cazadores de Meteoritos d'Uviéu, por favor?", 'Asturian request about an invented Oviedo meteorite hunters society'),
    ('Puodes berificar la Associaçon de Caçadores de Tempestades de Miranda, por fabor?', 'Mirandese request about an invented Miranda storm chasers association'),
    ('Pots s-verifits Clubul di Radio-Amatori di Cruşova, vă rog?', 'Aromanian request about an invented Kruševo radio amateurs club'),
    ("Kātaki 'o sivi'i 'a e Kalapu Letiō 'Amatoa 'o Nuku'alofa?", "Tongan request about an invented Nuku'alofa amateur radio club"),
    ('Kerekere, vakadikeva mada na Kalabu ni Orienteering e Suva?', 'Fijian request about an invented Suva orienteering club'),
    ('Plis yu save jekem Vila Storm Jesa Tua Kampani?', 'Bislama request about an invented Port Vila storm-chasing tour firm'),
    ('Plis, yu ken sekim Lae Meteorite Hanta Kampani?', 'Tok Pisin request about an invented Lae meteorite hunting firm'),
    ('Pangngaasim ta kitaem man ti Kapisanan dagiti Agtaripato ti Kayo iti Laoag?', 'Ilocano request about an invented Laoag tree-care society'),
    ('Maaloo Waldaa Kunuunsitoota Mukaa Adaamaa naaf mirkaneessi?', 'Oromo request about an invented Adama tree-care association'),
    ('Hi kombela u kambela Nhlangano wa Vatshoveri va Mapulanga wa Giyani?', 'Tsonga request about an invented Giyani woodturners association'),
    ('Ke kopa o tlhatlhobe Mokgatlho wa Babeši ba Dikgong wa Gaborone?', 'Tswana request about an invented Gaborone woodturners association'),
    ('Chonde, fufuzani Kalabu ya Wailesi ya Amateur ya Blantyre?', 'Chichewa request about an invented Blantyre amateur radio club'),
    ("Nsaba okebere Ekibiina ky'Abalabirira Emiti e Kampala?", 'Luganda request about an invented Kampala tree-care society'),
    ("Ukhamampi, La Paz markan Meteoritonak Thaqirinak Tamapa uñakipt'ama?", 'Aymara request about an invented La Paz meteorite hunters group'),
    ('Nimitztlatlauhtia, xiquitta in Tlacuauhtlaxinqueh Calpolli Cuauhnahuac?', 'Nahuatl request about an invented Cuernavaca woodturners guild'),
    ('Por bo chek Klub di Radio Amateur di Kòrsou pa mi, por fabor?', 'Papiamento request about an invented Curaçao amateur radio club'),
    ('Ĉu vi povas kontroli la Orientiĝan Klubon de Krakovo, mi petas?', 'Esperanto request about an invented Kraków orienteering club'),
    ('Aşgabat tupan kowalaýjylar syýahatlaryny barlap bilersiňizmi?', 'Turkmen request about invented Ashgabat storm-chasing tours'),
    ('Can ye check the Dundee Wuidturners Guild fur me, please?', 'Scots request about an invented Dundee woodturners guild'),
]

PERSON = [
    ('Gareth Pennington Shortwave Radio Ltd', 'invented one-person ham radio supplier'),
    ('Helmut Kerschbaumer Amateurfunk GmbH', 'invented one-person amateur radio firm'),
    ('Sigrid Bergqvist Orientering AB', 'invented one-person orienteering firm'),
    ('Callum Strachan Orienteering Maps Ltd', 'invented one-person orienteering map maker'),
    ('Philippa Wexcombe Tree Surgery Ltd', 'invented one-person tree surgeon'),
    ('Étienne Roussillon Élagage SARL', 'invented one-person tree surgeon'),
    ('Dustin Harlowe Meteorite Recovery LLC', 'invented one-person meteorite hunter'),
    ('Renata Szczepańska Meteoryty Sp. z o.o.', 'invented one-person meteorite dealer'),
    ('Ambrose Tillingham Woodturning Ltd', 'invented one-person woodturner'),
    ('Lorenz Eichhorn Drechslerei GmbH', 'invented one-person woodturning workshop'),
    ('Cody Brantner Tornado Chase Tours LLC', 'invented one-person storm-chasing tour firm'),
    ('Maribel Okafor-Reyes Storm Safari Tours LLC', 'invented one-person storm-chasing tour firm'),
    ('Aksel Haugland Stormjakt AS', 'invented one-person storm-chasing firm'),
]

BRAND = [
    ('Yaesu FT-991A HF/VHF/UHF transceiver', 'amateur radio product'),
    ('Icom IC-7300 HF transceiver', 'amateur radio product'),
    ('Baofeng UV-5R handheld radio', 'amateur radio product'),
    ('SPORTident SIAC contactless timing card', 'orienteering product'),
    ('Silva 6 Pro thumb compass', 'orienteering product'),
    ('Stihl MS 201 TC-M top-handle chainsaw', 'arborist product'),
    ('Petzl Zillon arborist lanyard', 'arborist product'),
    ('Robert Sorby bowl gouge 3/8 inch', 'woodturning product'),
    ('Record Power DML320 cast iron lathe', 'woodturning product'),
    ('Garrett AT Pro metal detector for meteorite hunting', 'meteorite hunting product'),
    ('Davis Vantage Vue weather station', 'storm-chasing product'),
]
