"""Hand-written negatives for train90 (theme: quadball teams, korfball clubs, sepak takraw clubs,
shuffleboard clubs, mahjong parlours, dodgeball leagues). Lists carry spares; build.py takes them in order."""
import gen

THEME_PHRASES = ['Quadball Seekers', 'Korfball Shooters', 'Takraw Spikers', 'Shuffleboard Sliders',
                 'Mahjong Tilers', 'Dodgeball Throwers']

FAMOUS = [
 ('US Quadball', 'US governing body of quadball (formerly quidditch)'),
 ('International Quadball Association', 'world governing body of quadball'),
 ('QuadballUK', 'UK governing body of quadball'),
 ('Major League Quidditch', 'North American quidditch/quadball league'),
 ('International Korfball Federation', 'world governing body of korfball'),
 ('England Korfball', 'English korfball governing body'),
 ('Koninklijk Nederlands Korfbalverbond', 'Dutch korfball federation'),
 ('PKC Papendrecht', 'Dutch korfball club'),
 ('Fortuna Delft', 'Dutch korfball club'),
 ('International Sepaktakraw Federation', 'world governing body of sepak takraw'),
 ('Asian Sepaktakraw Federation', 'Asian sepak takraw federation'),
 ('Sepak Takraw Association of Thailand', 'Thai sepak takraw association'),
 ('Royal Palms Shuffleboard Club', 'Brooklyn shuffleboard bar and club'),
 ('St. Petersburg Shuffleboard Club', 'historic Florida shuffleboard club'),
 ('Electric Shuffle', 'UK shuffleboard bar chain'),
 ('International Shuffleboard Association', 'world deck-shuffleboard body'),
 ('National Mah Jongg League', 'US mah jongg league that issues the yearly card'),
 ('Japan Professional Mahjong League', 'Japanese professional mahjong league'),
 ('European Mahjong Association', 'European mahjong association'),
 ('World Riichi Championship', 'riichi mahjong tournament'),
 ('World Dodgeball Federation', 'world dodgeball federation'),
 ('USA Dodgeball', 'US dodgeball body'),
 ('National Dodgeball League', 'US professional dodgeball league'),
 ('Dodgeball England', 'English dodgeball body'),
 ('World Dodgeball Association', 'world dodgeball association'),
 ('Quadball Canada', 'Canadian quadball body (spare)'),
 ('Hudson Shuffleboards', 'shuffleboard table maker (spare)'),
]

def _ind(text, sc):
    return gen.indic(text, sc)

OTHER_SCRIPT = [
 ('Налшык корфбол клуб', 'Kabardian (Cyrillic)'),
 ('부산 마작 동호회', 'Korean (Hangul)'),
 (_ind('amadaavaad dojbol liig', 'Gujarati'), 'Gujarati'),
 (_ind('bengaluru sepak takraa sangha', 'Kannada'), 'Kannada'),
 (_ind('haidaraabaad shafalbord klab', 'Telugu'), 'Telugu'),
 (_ind('kochi korfbaal klab', 'Malayalam'), 'Malayalam'),
 (_ind('amritsar maajong klab', 'Gurmukhi'), 'Punjabi (Gurmukhi)'),
 ('ווילנער מאַדזשאָנג קלוב', 'Yiddish (Hebrew script)'),
 ('باشگاه سپک تکرا کابل', 'Dari (Arabic script)'),
 ('کوئٹہ ءِ ڈاجبال لیگ', 'Balochi (Arabic script)'),
 ('Саранскоень корфбол клубось', 'Erzya (Cyrillic)'),
 ('Торбеевань шафлборд клубсь', 'Moksha (Cyrillic)'),
 ('Абакан маджонг клубы', 'Khakas (Cyrillic)'),
 ('Горно-Алтайсктагы доджбол клуб', 'Altai (Cyrillic)'),
 ('Мыекъуапэ квадбол командэ', 'Adyghe (Cyrillic)'),
 ('Аҟәа акорфбол клуб', 'Abkhaz (Cyrillic)'),
 ('Черкесск сепак такро клубу', 'Karachay-Balkar (Cyrillic)'),
 ('Махачкъала маджонг клубу', 'Kumyk (Cyrillic)'),
 (_ind('darbhangaa dojbol lig', 'Devanagari'), 'Maithili (Devanagari, spare)'),
]

SHARES_FIRST = ['Crown', 'Victory', 'Capital', 'Omega', 'Atlantic', 'Eastern', 'Modern', 'Future', 'Peace',
                'Smart', 'Grand', 'Mega', 'United', 'Jupiter', 'Infinity', 'Imperial']

GENERIC = [
 'how many players are on a quadball team',
 'why did quidditch change its name to quadball',
 'what is the difference between korfball and netball',
 'how high is a korfball post',
 'can you use your hands in sepak takraw',
 'what is a sepak takraw ball made of',
 'how do you score in deck shuffleboard',
 'how long is a table shuffleboard',
 'how many tiles are in a mahjong set',
 'what does riichi mean in japanese mahjong',
 'how do you win at american mah jongg',
 'what are the basic rules of dodgeball',
 'is a caught ball an out in dodgeball',
 'what size ball is used in adult dodgeball',
 'which shuffleboard wax suits a wooden table',
 'how many players on a korfball team',
]

CHAT = [
 ('Romani', 'Lačho dives, šaj te rodes i kompania Brno Korfball Klub ande sankcijengi lista?'),
 ('Scots', 'Can ye hae a keek at Dundee Quadball Seekers for me, is it on the list?'),
 ('Limburgish', 'Kins te efkes nakieke of Mestreechter Korfbalclub Oos Hoes op de lies steit?'),
 ('Silesian', 'Poradzisz mi sprawdzić, eli firma Ślōnski Dodgeball Klub je na liście?'),
 ('Arpitan', 'Porriés-tu controlar se la sociètât Mahjong Lyon Tuiles est sur la lista?'),
 ('Ladin', 'Podesses pa controlé sce la sozietà Shuffleboard Gherdëina é te la lista?'),
 ('Romagnol', "Ta m pu cuntrulê s'la ditta Rimini Takraw Spikers l'è int la lista?"),
 ('Leonese', '¿Pues mirar si la empresa Llión Dodgeball Club ta na llista?'),
 ('Ladino', 'Puedes bushkar si la kompania Mahjong Salonik esta en la lista?'),
 ('Azerbaijani', 'Zəhmət olmasa, Bakı Korfbol Klubu sanksiya siyahısında varmı, yoxla.'),
 ('Karakalpak', 'Nókis Dodjbol Klubı kompaniyasın dizimnen tekserip bere alasız ba?'),
 ('Kirundi', 'Mwoshobora kuraba ko isosiyete Bujumbura Takraw Spikers iri ku rutonde?'),
 ('Dholuo', 'Inyalo neno ka kampuni Kisumu Dodgeball Throwers ni e list?'),
 ('Kikuyu', 'No ũrore kana kampuni ya Nyeri Korfball Shooters ĩrĩ thĩinĩ wa rũgano?'),
 ('Fulfulde', 'A waawi ƴeewde so kompani Maroua Takraw Spikers ina e doggol ngol?'),
 ('Twi', 'Wobɛtumi ahwɛ sɛ Kumasi Quadball Seekers wɔ list no so?'),
 ('Ewe', 'Àte ŋu alé ŋku ɖe Lomé Dodgeball Throwers ŋu be ele list la dzi a?'),
 ('Hiligaynon', 'Puwede mo bala susihon kon ang Iloilo Shuffleboard Sliders yara sa listahan?'),
 ('Waray', 'Puydi mo ba susihon kun an Tacloban Mahjong Tilers aada ha lista?'),
 ('Chamorro', 'Siña un atan kao i kompania Hagåtña Takraw Spikers gaige gi lista?'),
 ('Marshallese', 'Kwomaroñ ke etali ñe Majuro Korfball Shooters ej pād ilo laajrak eo?'),
 ('Gilbertese', 'Ko kona n tarai bwa e mena Tarawa Dodgeball Throwers n te rebwe?'),
 ('Tahitian', 'E nehenehe ānei ʻoe e hiʻo mai e tei roto anei te taiete Papeete Quadball Seekers i te tāpura?'),
 ('Nahuatl', '¿Huelis tiquitas intla Tenochtitlan Shuffleboard Sliders onca ipan amatlahcuilolli?'),
 ('Aymara', '¿Uñjasmati, Chukiyawu Mahjong Tilers empresax listan utjiti?'),
 ('Greenlandic', 'Misissorsinnaaviuk Nuuk Korfball Shooters allattorsimaffimmiinnersoq?'),
]

PERSON = [
 'Octavia Pemberton Quadball Kit Ltd', 'Rasmus Lindgaard Quadball ApS', 'Willemijn Verhoeven Korfbalschool BV',
 'Thaddeus Cromwell Korfball Coaching Ltd', 'Somchai Rattanakorn Takraw Balls Co Ltd',
 'Azlan Hafiz Sepak Takraw Academy Sdn Bhd', 'Mortimer Fairbanks Shuffleboard Tables LLC',
 'Evangeline Whitcombe Shuffleboard Club Ltd', 'Wei Lianhua Mahjong Tiles Co Ltd', 'Rosalind Feingold Mah Jongg Lessons LLC',
 'Barnaby Quackenbush Dodgeball Events Ltd', 'Ignatius Ferreira Dodgeball League LLC',
 'Henrietta Vollmer Korfball Verein eV',
]

BRAND = [
 'Marathon MA-101 sepak takraw ball', 'Mikasa ST-201 sepak takraw ball', 'Mikasa K5 korfball',
 'Hudson Shuffleboards 22 ft table', 'Champion Shuffleboard Qualifier 12 ft', 'Sun-Glo shuffleboard powder speed 4',
 'Yellow Mountain Imports mahjong set', 'American Mahjong Set 166 tiles', 'Champion Sports Rhino Skin dodgeball',
 'Gamma Sports foam dodgeball 6 pack', 'Quadball hoop set 3 pack',
]

NEAR_STOP = set('''data seven copa mateo allan phones cables designers harmony refining court copy thaw mill mills progress
warfare execution directors directories musical profesional manuela montoya malta montenegro residential
nacionales noncommercial tecnologicos grange moderna minero autor taxi quality business
naval instituto taller bosque michael punta quince hercules empleos universe empire begins'''.split())
