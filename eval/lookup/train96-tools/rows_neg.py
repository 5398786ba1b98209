"""train96 hand-written negatives (theme: cheese caves (affineurs), violin luthiers and bowmakers,
jigsaw puzzle makers, airship (zeppelin) societies, nougat (torrone/turron) makers, capoeira schools).
Each list holds (query, description); rows past the quota are spares."""

FAMOUS = [
    ("Neal's Yard Dairy", 'real London cheese maturer and seller with railway-arch cellars'),
    ('Fromagerie Marcel Petite', 'real Comte affineur ageing cheese in Fort Saint-Antoine'),
    ('Jasper Hill Farm', 'real Vermont dairy with underground cheese cellars'),
    ('Societe des Caves de Roquefort', 'real Roquefort cheese cave company'),
    ("Murray's Cheese", 'real New York cheese shop with ageing caves'),
    ('W.E. Hill and Sons', 'real historic London violin makers and dealers'),
    ('Tarisio', 'real auction house for violins and bows'),
    ('Stentor Music', 'real British maker of student violins'),
    ('Eastman Strings', 'real maker of violins, violas and cellos'),
    ('Ravensburger', 'real German jigsaw puzzle and games maker'),
    ('Wentworth Wooden Puzzles', 'real English wooden jigsaw maker'),
    ('Springbok Puzzles', 'real US jigsaw puzzle maker'),
    ('Stave Puzzles', 'real Vermont maker of hand-cut wooden jigsaws'),
    ('Zeppelin Luftschifftechnik', 'real German builder of Zeppelin NT airships'),
    ('Hybrid Air Vehicles', 'real British hybrid airship developer'),
    ('Airship Heritage Trust', 'real British airship history charity'),
    ('Goodyear Blimp', 'real advertising airship fleet (not a firm)'),
    ('Torrons Vicens', 'real Catalan turron (nougat) maker'),
    ('Chabert et Guillot', 'real Montelimar nougat maker'),
    ('Arnaud Soubeyran', 'real Montelimar nougat maker'),
    ('Sperlari', 'real Italian torrone and sweets maker'),
    ('Abadá-Capoeira', 'real international capoeira association'),
    ('Cordão de Ouro', 'real capoeira group founded in Sao Paulo'),
    ('Grupo Senzala', 'real Rio de Janeiro capoeira group'),
    ('Axé Capoeira', 'real international capoeira school network'),
    # spares
    ('Mons Fromager-Affineur', 'real French cheese affineur (spare)'),
    ('Educa Borras', 'real Spanish jigsaw puzzle maker (spare)'),
    ('Lighter Than Air Society', 'real airship enthusiasts society (spare)'),
]

OTHER_SCRIPT = [
    ('Σπήλαια Ωρίμανσης Τυριών Μετσόβου', 'Greek: invented Metsovo cheese-ripening caves'),
    ('סדנת כינורות ומיתרים חיפה', 'Hebrew: invented Haifa violin and strings workshop'),
    ('Львівська майстерня пазлів', 'Ukrainian: invented Lviv jigsaw puzzle workshop'),
    ('Пловдивско дружество за дирижабли', 'Bulgarian: invented Plovdiv airship society'),
    ('Новосадска радионица нугата', 'Serbian (Cyrillic): invented Novi Sad nougat workshop'),
    ('Улаанбаатарын капоэйрагийн сургууль', 'Mongolian (Cyrillic): invented Ulaanbaatar capoeira school'),
    ('Шупашкар чӑкӑт нӳхрепӗ', 'Chuvash: invented Cheboksary cheese cellar'),
    ('Дьокуускай скрипка маастарыскайа', 'Yakut (Sakha): invented Yakutsk violin workshop'),
    ('Соьлжа-ГӀалара пазлаш йоккху цех', 'Chechen: invented Grozny jigsaw puzzle shop'),
    ('Дзӕуджыхъӕуы дирижаблты клуб', 'Ossetian: invented Vladikavkaz airship club'),
    ('قەشقەر نوگات ئۇستىخانىسى', 'Uyghur: invented Kashgar nougat workshop'),
    ('قوتابخانەی کاپۆیرای هەولێر', 'Sorani Kurdish: invented Erbil capoeira school'),
    ('لاہور پنیر غار', 'Urdu: invented Lahore cheese cave'),
    ('ናይ ኣስመራ ቫዮሊን መስርሒ', 'Tigrinya: invented Asmara violin workshop'),
    ('ལྷ་སའི་སྦྲེལ་རྩེད་བཟོ་གྲྭ', 'Tibetan: invented Lhasa jigsaw workshop'),
    ('ᐃᖃᓗᐃᑦ ᖃᖓᑕᓲᒃᑯᕕᒃ ᑲᑐᔾᔨᖃᑎᒌᖏᑦ', 'Inuktitut (syllabics): invented Iqaluit airship society'),
    ('Махачкъала нуга цех', 'Kumyk: invented Makhachkala nougat shop'),
    ('Нальчик капоэйра мектеби', 'Karachay-Balkar: invented Nalchik capoeira school'),
    # spare
    ('Черкесск бишлак уьйи', 'Nogai: invented Cherkessk cheese house (spare)'),
]

# near-miss theme phrases (none of these words is in a listed org name)
NEAR_PHRASES = [
    ('Cheese Affineurs', 'cheese-cave'),
    ('Violin Bowmakers', 'violin-luthier'),
    ('Jigsaw Puzzlers', 'jigsaw-puzzle'),
    ('Zeppelin Aeronauts', 'airship-society'),
    ('Nougat Confectioners', 'nougat-maker'),
    ('Capoeira Berimbaus', 'capoeira-school'),
]
NEAR_STOP = set('''
general national international trading company commercial industrial services service global group holding
import export investment investments finance financial bank shipping transport energy petroleum oil gas trade
development construction technology technical engineering security resources products production supply
central united union islamic arab iran iranian korea korean syria syrian russia russian china chinese
inversiones comercial comercializadora constructora servicios grupo promotora agropecuaria distribuidora
sociedad empresa industrias importadora exportadora inmobiliaria desarrollos hotel hotels farm
quality educacion diseno arrendadora turquesa cacique pandora limas mazandaran extractiva iberoamericana vinicola acuatico temple pieles casagrande seaways turin alamos speed kairo provisiones metalurgia structures predstavnistvo
'''.split())

SHARES = [  # first word (listed), theme words, description
    ('Star', 'Cheese Cavemasters', 'invented cheese-cave firm'),
    ('Global', 'Violin Luthiers', 'invented violin-making firm'),
    ('Atlas', 'Jigsaw Cutters', 'invented jigsaw-puzzle firm'),
    ('Falcon', 'Zeppelin Aeronauts', 'invented airship society'),
    ('Diamond', 'Nougat Confectioners', 'invented nougat maker'),
    ('Silver', 'Capoeira Berimbaus', 'invented capoeira school'),
    ('Ocean', 'Cheese Affineurs', 'invented cheese-ripening firm'),
    ('Central', 'Violin Bowmakers', 'invented bow-making workshop'),
    ('Golden', 'Jigsaw Puzzlers', 'invented jigsaw club'),
    ('First', 'Dirigible Riggers', 'invented airship rigging firm'),
    ('New', 'Torrone Confectioners', 'invented torrone maker'),
    ('Orion', 'Capoeira Mestres', 'invented capoeira school'),
    ('Peace', 'Cheese Caverns', 'invented cheese-cave firm'),
    ('Majestic', 'Luthier Bowmakers', 'invented luthier workshop'),
    ('Dolphin', 'Zeppelin Blimps', 'invented airship firm'),
    # spares
    ('Harmony', 'Fiddle Luthiers', 'invented fiddle workshop (spare)'),
    ('Swan', 'Nougat Turroneros', 'invented turron maker (spare)'),
]

GENERIC = [
    ('how long does a wheel of comte age in a cheese cave', 'generic cheese-cave question'),
    ('why do affineurs wash cheese rinds with brine', 'generic affinage question'),
    ('what humidity should a cheese ripening cave have', 'generic cheese-cave question'),
    ('how does a luthier carve the scroll of a violin', 'generic violin-making question'),
    ('what wood is a violin bow stick made from', 'generic bow-making question'),
    ('how do you glue a cracked violin top plate', 'generic violin-repair question'),
    ('how are wooden jigsaw puzzle pieces cut', 'generic jigsaw question'),
    ('what is the hardest jigsaw puzzle ever made', 'generic jigsaw question'),
    ('how do you glue a finished jigsaw puzzle to frame it', 'generic jigsaw question'),
    ('why did zeppelins use hydrogen instead of helium', 'generic airship question'),
    ('how does an airship steer and climb', 'generic airship question'),
    ('how do you make soft nougat with honey and egg whites', 'generic nougat question'),
    ('what is the difference between torrone and turron', 'generic nougat question'),
    ('what does a berimbau do in a capoeira roda', 'generic capoeira question'),
    ('how long does it take to earn a capoeira cord', 'generic capoeira question'),
    ('how many pieces are in the largest jigsaw puzzle', 'generic jigsaw question (spare)'),
]

CHAT = [
    ("Ciao, ti pêu controlâ se a Grotta di Formaggi Ciàvai de Zena a l'é inte quella lista de sançioin?", 'Ligurian: invented Genoa cheese cave'),
    ("Ciao, te pòdet controlà se la Butega di Viulin Ferrandi de Milan l'è dent in la lista di sanzion?", 'Lombard: invented Milan violin workshop'),
    ("Bojour, ch'est possipe ed vérifier si l'Atelier d'Puzzles Dufossé d'Amiens est din l'liste des sanctions?", 'Picard: invented Amiens jigsaw workshop'),
    ('Hola, ¿pues mirar se la Sociedá de Dirixibles Valdeón de Llión ta na llista de sanciones?', 'Leonese: invented Leon airship society'),
    ('Bon dia, podries comprovar si Torrons Artesans Benlloch de Xixona està en la llista de sancions?', 'Valencian: invented Xixona nougat maker'),
    ('Sveiki, voi varat puorbaudeit, voi kapoeiras škola Dzierkale Rēzeknē ir sankceju sarokstā?', 'Latgalian: invented Rezekne capoeira school'),
    ('Svēks, ar galietumet patėkrintė, ar sūra rūsīs Žemaitės Ūla Telšiūs īr sankcėju sārašė?', 'Samogitian: invented Telsiai cheese cellar'),
    ('Dobry źeń, móžoš pśeglědaś, lěc gusłarska źěłarnja Nowak w Chóśebuzu jo na lisćinje sankcijow?', 'Lower Sorbian: invented Cottbus violin workshop'),
    ('Bok, bi mogel pogledati je li radiona puzzli Kajkaf z Varaždina na popisu sankcij?', 'Kajkavian: invented Varazdin jigsaw workshop'),
    ('Tiervâ, puávtáh-uv tärhistiđ, lii-uv Aanaar Zeppelin-seervi sanktiolistoost?', 'Inari Sami: invented Inari airship society'),
    ('Terveh, voitgo kaččuo, onko nugatan paja Karjalan Makie Petroskoissa sankcijulistas?', 'Karelian: invented Petrozavodsk nougat shop'),
    ('Tervhen, voit-ik kacta, om-ik kapoeiran škol Vepsän Hüpind Šoutjärves sankcijoiden nimikirjuteses?', 'Veps: invented Sheltozero capoeira school'),
    ('Moin, koast du wäil nookiekje, of die Keeskäller Ramsloh Affinage ap ju Sanktionslieste stoant?', 'Saterland Frisian: invented Ramsloh cheese cellar'),
    ('Goondach, kaunst du nokjikje, auf de Fiddelmoakaschtäd Penner en Steinbach opp de Sanktsjoonslist steit?', 'Plautdietsch: invented Steinbach violin workshop'),
    ('Hallo, kannscht du gucke, eb die Lancaster Puzzle Schreinerei Stoltzfus uff die Sanctions-Lischt is?', 'Pennsylvania Dutch: invented Lancaster jigsaw joinery'),
    ('Kushɛ, yu go ebul chɛk if Salone Zeppelin Sosayti na Frituŋ dɛn de na di sankshɔn list?', 'Krio: invented Freetown airship society'),
    ('Abeg, you fit check if Naija Nougat Kitchen for Onitsha dey inside di sanctions list?', 'Nigerian Pidgin: invented Onitsha nougat kitchen'),
    ('Mbote, okoki kotala soki eteyelo ya capoeira Kin Ginga na Kinshasa ezali na liste ya bitumbu?', 'Lingala: invented Kinshasa capoeira school'),
    ('Mulishani, kuti mwamona nga ng\'anda ya cheese Kafue Caves ku Lusaka ili mu lisiti lya sanctions?', 'Bemba: invented Lusaka cheese cave'),
    ('Bondia, ita bele haree karik Atelier Biola Lafaek iha Dili iha lista sansaun nian?', 'Tetum: invented Dili violin workshop'),
    ('Buenas, puede tu chequea si el Taller de Rompecabezas Zamboanga Pieza ta na lista de sanciones?', 'Chavacano: invented Zamboanga jigsaw workshop'),
    ('Mayap a abak, malyari meng lawen nung ing Samahan Zeppelin Pampanga atyu king listahan da reng sanctions?', 'Kapampangan: invented Pampanga airship society'),
    ('Kamisaki, uñjasmati, Nougat Achachila Uta La Paz markana sanciones listan utjiti?', 'Aymara: invented La Paz nougat house'),
    ('Bonjou, ou sa gadé si lékòl capoeira Ginga Sent Lisi an Kastwi asou lis sanksyon an?', 'Saint Lucian Kweyol: invented Castries capoeira school'),
    ('Kia orana, ka rauka ia koe i te akara me tei runga te Are Cheese Rarotonga Ana i te tuatua sanctions?', 'Cook Islands Maori: invented Rarotonga cheese cave'),
    # spares
    ('Fakaalofa atu, maeke nakai a koe ke kumi po ke ha ha ai e Niue Violin Fale he lisi sanctions?', 'Niuean: invented violin house (spare)'),
    ('Wuh gine on, yuh could check if Bim Jigsaw Puzzles in Bridgetown pun de sanctions list?', 'Bajan Creole: invented jigsaw firm (spare)'),
]

PERSON = [
    ('Bartholomew Grieveson Cheese Caves Ltd', 'invented person-named cheese-cave firm'),
    ('Clotilde Vermorel Affinage SARL', 'invented person-named French affineur'),
    ('Ignatius Pembridge Violin Makers Ltd', 'invented person-named violin maker'),
    ('Raffaella Guarneschi Liuteria SRL', 'invented person-named Italian luthier'),
    ('Winifred Ashcombe Jigsaw Puzzles Ltd', 'invented person-named jigsaw maker'),
    ('Hendrik Blaauwgeers Legpuzzels BV', 'invented person-named Dutch jigsaw maker'),
    ('Cornelius Fotheringay Airship Works Ltd', 'invented person-named airship builder'),
    ('Ludwig Hammerschlag Luftschiffbau GmbH', 'invented person-named German airship builder'),
    ('Perpetua Lindqvist Nougat Confectionery Ltd', 'invented person-named nougat maker'),
    ('Montserrat Llobregat Torrons SL', 'invented person-named Catalan turron maker'),
    ('Jeronimo Batistela Capoeira Academia Ltda', 'invented person-named Brazilian capoeira school'),
    ('Desmond Okonkwo-Reyes Capoeira School LLC', 'invented person-named capoeira school'),
    ('Aurelie Castagnet Fromagerie SAS', 'invented person-named cheese shop (spare)'),
]

BRAND = [
    ('Ravensburger 1000 piece jigsaw puzzle', 'jigsaw product'),
    ('Wentworth wooden jigsaw 250 pieces', 'jigsaw product'),
    ('Stentor Student II violin 4/4', 'violin product'),
    ('Pirastro Evah Pirazzi violin strings', 'violin strings product'),
    ('Hidersine violin rosin', 'violin rosin product'),
    ('Comte Marcel Petite 18 month wedge', 'cheese product'),
    ('Roquefort Papillon black label 100 g', 'cheese product'),
    ('Vicens soft almond turron 300 g', 'nougat product'),
    ('Sperlari torrone classico 150 g', 'nougat product'),
    ('berimbau verga with cabaca gourd', 'capoeira instrument'),
    ('Revell Zeppelin NT model kit 1:72', 'airship model kit (spare)'),
]
