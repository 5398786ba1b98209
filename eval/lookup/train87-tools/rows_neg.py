# -*- coding: utf-8 -*-
"""train87 hand-written negatives (with spares). Theme: kayak rental shacks, pumpkin patches, donkey sanctuaries,
koi breeders, lawnmower-racing clubs, rubber-duck races. All written for train87."""

THEME_PHRASES = ['Kayak Paddlers', 'Pumpkin Hayrides', 'Donkey Sanctuary', 'Koi Breeders', 'Lawnmower Racers', 'Duck Derby']

SHARE_FIRST = ['Star', 'Ocean', 'Global', 'Golden', 'Royal', 'New', 'Blue', 'Green', 'Union', 'National',
               'Sky', 'First', 'Pacific', 'Silver', 'Sun', 'Diamond', 'Atlas', 'Eagle']

NEAR_STOP = set('''bank banco banca trading trade industries industrial industry shipping company international general national commercial
group import export imports exports services service investment investments holding holdings trust oil petroleum energy gas
iran iranian korea korean mexico mexican colombia colombian cuba cuban syria syrian iraq iraqi russia russian china chinese
dubai tehran moscow damascus pyongyang caracas bogota medellin cali panama venezuela lebanon beirut kabul afghanistan pakistan
zimbabwe libya sudan yemen somalia belarus ukraine crimea sevastopol kish shiraz isfahan mashhad tabriz culiacan sinaloa
guadalajara tijuana jalisco peru ecuador bolivia paraguay uruguay brazil argentina chile spain italy france germany turkey
farm farms hotel motel travel tours tour airlines airline aviation construction engineering transport transportation
republic ministry state army brigade brigades front movement party foundation
malta montenegro khomeinis residential ulcinj lattakia latakia'''.split())

FAMOUS = [  # (query, description)
    ('American Canoe Association', 'US paddlesport body, runs kayak courses'),
    ('British Canoeing', 'UK canoe and kayak federation'),
    ('Old Town Canoe Company', 'US canoe and kayak maker'),
    ('Wilderness Systems', 'US sit-on-top kayak maker'),
    ('Necky Kayaks', 'sea-kayak brand'),
    ('Half Moon Bay Art & Pumpkin Festival', 'Californian pumpkin festival'),
    ('Great Pumpkin Commonwealth', 'giant-pumpkin growers\' body'),
    ('Keene Pumpkin Festival', 'New Hampshire pumpkin festival'),
    ('Linvilla Orchards', 'Pennsylvania pick-your-own farm with a pumpkin patch'),
    ('Cox Farms', 'Virginia autumn farm with hayrides and pumpkins'),
    ('The Donkey Sanctuary', 'UK donkey charity'),
    ('Peaceful Valley Donkey Rescue', 'US donkey rescue'),
    ('Brooke Action for Working Horses and Donkeys', 'working-equine welfare charity'),
    ('Elisabeth Svendsen Trust', 'donkey-assisted therapy charity'),
    ('Donkey Sanctuary of Canada', 'Ontario donkey refuge'),
    ('Sakai Fish Farm', 'Hiroshima koi breeder'),
    ('Dainichi Koi Farm', 'Niigata koi breeder'),
    ('Momotaro Koi Farm', 'Okayama koi breeder'),
    ('Kodama Koi Farm', 'US koi importer'),
    ('British Koi Keepers Society', 'koi hobbyists\' society'),
    ('British Lawn Mower Racing Association', 'UK lawnmower-racing body'),
    ('U.S. Lawn Mower Racing Association', 'US lawnmower-racing body'),
    ('Great Singapore Duck Race', 'charity rubber-duck race'),
    ('Great Cincinnati Duck Race', 'charity rubber-duck race'),
    ('Derby Duck Race', 'charity rubber-duck race on the Derwent'),
    ('Perception Kayaks', 'spare: kayak maker'),
    ('Lawn Mower Racing Association of Australia', 'spare: lawnmower-racing body'),
]

OTHER_SCRIPT = [  # (query, language, description)
    ('ঢাকা কায়াক ভাড়া ঘর', 'Bengali', 'invented Dhaka kayak rental shack'),
    ('የአዲስ አበባ የአህያ መጠለያ', 'Amharic', 'invented Addis Ababa donkey shelter'),
    ('ናይ መቐለ ኣድጊ መዕቆቢ', 'Tigrinya', 'invented Mekelle donkey refuge'),
    ('މާލެ ކޮއި މަސް ދަނޑު', 'Dhivehi', 'invented Malé koi farm'),
    ('ရန်ကုန် ဖရုံသီး ခြံ', 'Burmese', 'invented Yangon pumpkin patch'),
    ('ក្លឹបប្រណាំងម៉ាស៊ីនកាត់ស្មៅ ភ្នំពេញ', 'Khmer', 'invented Phnom Penh lawnmower-racing club'),
    ('ວຽງຈັນ ເຮືອຄາຢັກ ໃຫ້ເຊົ່າ', 'Lao', 'invented Vientiane kayak rental'),
    ('Улаанбаатарын илжигний хамгаалах төв', 'Mongolian (Cyrillic)', 'invented Ulaanbaatar donkey sanctuary'),
    ('କଟକ କଖାରୁ ବଗିଚା', 'Odia', 'invented Cuttack pumpkin garden'),
    ('पुणे भोपळा शेत', 'Marathi', 'invented Pune pumpkin farm'),
    ('पोखरा कायक भाडा पसल', 'Nepali', 'invented Pokhara kayak rental shop'),
    ('Өфө кои балыҡтары үрсетеү хужалығы', 'Bashkir', 'invented Ufa koi-breeding farm'),
    ('Клуби пойгаи мошинҳои алафдаравии Душанбе', 'Tajik', 'invented Dushanbe lawnmower-racing club'),
    ('Бишкек эшектер үчүн баш калкалоочу жай', 'Kyrgyz', 'invented Bishkek donkey shelter'),
    ('د کابل د خرو پناه ځای', 'Pashto', 'invented Kabul donkey shelter'),
    ('গুৱাহাটী হাঁহ দৌৰ', 'Assamese', 'invented Guwahati duck race'),
    ('Мінскі клуб гонак на газонакасілках', 'Belarusian', 'invented Minsk lawnmower-racing club'),
    ('Охридска трка на гумени патки', 'Macedonian', 'invented Ohrid rubber-duck race'),
    ('Пловдивска ферма за кои шарани', 'Bulgarian', 'spare: invented Plovdiv koi farm'),
]

GENERIC = [
    ('do you need experience to rent a sit-on-top kayak', 'kayak rental question'),
    ('how to get back into a kayak after capsizing', 'kayak question'),
    ('when should you pick pumpkins for halloween', 'pumpkin patch question'),
    ('how to stop a carved pumpkin from rotting', 'pumpkin question'),
    ('why do donkeys bray so loudly', 'donkey question'),
    ('can a donkey live alone in a field', 'donkey sanctuary question'),
    ('how long do donkeys live', 'donkey question'),
    ('how big does a koi carp get in a pond', 'koi question'),
    ('what temperature should a koi pond be in winter', 'koi pond question'),
    ('what is a kohaku koi', 'koi variety question'),
    ('how fast can a racing lawnmower go', 'lawnmower-racing question'),
    ('how do you soup up a ride-on mower for racing', 'lawnmower-racing question'),
    ('how do rubber duck races pick the winner', 'duck race question'),
    ('how many ducks are in a charity duck race', 'duck race question'),
    ('do i need a licence to run a duck derby raffle', 'duck race question'),
    ('is a pumpkin a fruit or a vegetable', 'spare: pumpkin question'),
]

CHAT = [  # (query, language)
    ('Pakisuri me pin nung atiu ya king listahan ing "Bacolor Kayak Pa-upa"', 'Kapampangan'),
    ('Pakasilew mo pa no walay "Dagupan Kalabasa Patch" ed listaan', 'Pangasinan'),
    ('Paki-check daw kun yaon an "Naga Asno Sanctuary" sa lista', 'Bikol'),
    ('Tabanga aku, tan-awa bang awn in "Jolo Koi Breeders" ha listahan', 'Tausug'),
    ('Kannst du mal kieken, of "Brookmerlander Kajak-Verleih" op de List steiht?', 'Low German'),
    ('Kannsch mol nooluege eb de "Kürbisfeld Hüeberhof" uf de Lischt stehn dät?', 'Alsatian'),
    ('Pouvez-vous èrgarder si "Lé Refuge des Baudets d\'Grouville" est sus la liste?', 'Norman (Jèrriais)'),
    ('Podrías mirar si o "Club de Carreras de Cortacéspedes d\'Uesca" ye en a lista?', 'Aragonese'),
    ('Mi po\' cuntrullari si l\'"Allivamentu di Koi Munriali" è nta lista?', 'Sicilian'),
    ('Me può vedé si "\'A Corsa d\'\'e Papere \'e Pusilleco" sta int\'a lista?', 'Neapolitan'),
    ('Ti pol controlar se "Nolegio Kayak Buran" xe ne la lista?', 'Venetian'),
    ('Peuss-to controlé se "Camp ëd Cosse Carmagnòla" a l\'é ant la lista?', 'Piedmontese'),
    ('Sáhtášitgo dárkkistit leago "Kárášjoga Kajakaláigohus" listtus?', 'Northern Sami'),
    ('Kas sa saat kaeda, kas "Võro Kõrvitsaaid" om nimekirjan?', 'Võro'),
    ('Voitgo kaččuo, onko "Anuksen Kajakkuvuokru" listas?', 'Karelian'),
    ('Bakabilärmisin, "Komrat Eşek Barınaa" listada var mı?', 'Gagauz'),
    ('Şıma şenê kontrol kerê, "Dêrsim Koi Masî Weyiyan" lista de esto?', 'Zazaki'),
    ('Ou pé gèt si "Lakours Kanar Sin-Pyèr" lé dann la lis?', 'Réunion Creole'),
    ('O ka hlahloba gore "Polokwane Botšhabelo bja Dithonki" e gona lenaneong?', 'Northern Sotho'),
    ('Kuti mwapima nga "Kitwe Ukulisha Koi" ili mu lisiti?', 'Bemba'),
    ('La kakwil we k\'o ri "Xelaju Kayak Alquiler" pa ri lista?', "K'iche'"),
    ('Yu kan luku efu "Paramaribo Pompun Gron" de na ini a list?', 'Sranan Tongo'),
    ('Yuh can check if "Mandeville Donkey Yaad" deh pon di list?', 'Jamaican Patois'),
    ('Eski ou kapav get si "Kours Tondez Gazon Curepipe" lor lalis?', 'Mauritian Creole'),
    ('Maeke nakai ke kumi e koe ko "Alofi Kayak Totogi" ha he lisi?', 'Niuean'),
    ('Ariñaga bun ka "Dangriga Duck Race" luma lista?', 'spare: Garifuna'),
]

PERSON = [
    ('Bartholomew Quickenden Kayak Hire Ltd', 'invented person-named kayak hire'),
    ('Sølvi Haugland Kajakkutleie AS', 'invented person-named kayak rental'),
    ('Priscilla Hollingworth Pumpkin Patch LLC', 'invented person-named pumpkin patch'),
    ('Gerrit Vermeulen Pompoenpluktuin BV', 'invented person-named pumpkin patch'),
    ('Winifred Ashby Donkey Sanctuary CIO', 'invented person-named donkey sanctuary'),
    ('Mathurin Le Goff Refuge des Ânes SARL', 'invented person-named donkey refuge'),
    ('Kenji Takamatsu Koi Farm KK', 'invented person-named koi breeder'),
    ('Desmond Pritchard Koi Breeders Ltd', 'invented person-named koi breeder'),
    ('Wilbur Hatchett Mower Racing LLC', 'invented person-named lawnmower-racing team'),
    ('Fenella Stroud Lawnmower Racing Ltd', 'invented person-named lawnmower-racing team'),
    ('Clementine Puddleby Duck Derby Events Ltd', 'invented person-named duck-race organiser'),
    ('Augustin Ferreira Corrida de Patos Lda', 'invented person-named duck-race organiser'),
    ('Ottoline Brackenbury Paddle Tours Ltd', 'spare: invented person-named kayak tours'),
]

BRAND = [
    ('Perception Pescador Pro 10 sit-on-top kayak', 'kayak product'),
    ('Old Town Loon 126 recreational kayak', 'kayak product'),
    ('Werner Camano paddle 230 cm', 'kayak paddle product'),
    ('Atlantic Giant pumpkin seeds 10 pack', 'pumpkin seed product'),
    ('Pumpkin Masters carving kit', 'pumpkin carving product'),
    ('Hikari Saki-Hikari koi food 5 kg', 'koi food product'),
    ('Evolution Aqua Nexus 320 pond filter', 'koi pond product'),
    ('Husqvarna TS 138 ride-on mower', 'ride-on mower product'),
    ('Briggs & Stratton 500E lawnmower engine', 'mower engine product'),
    ('Tubbz collectible rubber duck', 'rubber duck product'),
    ('Oase BioTec 5.1 pond filter', 'spare: koi pond product'),
]
