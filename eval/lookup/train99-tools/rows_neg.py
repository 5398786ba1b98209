"""train99 hand-written negatives: jai alai frontons, kubb leagues, throat-singing (khoomei) ensembles,
theremin makers, kendo dojos, underwater hockey (octopush) clubs. Lists in order; the tail of each list are spares."""

THEME_PHRASES = ['Fronton Pelotaris', 'Kubb Batons', 'Khoomei Overtones', 'Theremin Etherwaves', 'Kendo Kendoka',
                 'Octopush Stickhandlers']

FAMOUS = [
 ('Dania Jai-Alai', 'jai alai fronton in Dania Beach, Florida'),
 ('Miami Jai-Alai', 'jai alai fronton in Miami'),
 ('Euskal Jai Berri', 'Basque pelota fronton in Markina-Xemein'),
 ('Fronton Mexico', 'historic jai alai fronton in Mexico City'),
 ('Federacion Internacional de Pelota Vasca', 'international Basque pelota federation'),
 ('Kubb United', 'US kubb club and tournament organiser'),
 ('US National Kubb Championship', 'kubb championship in Eau Claire, Wisconsin'),
 ('Kubb-VM Gotland', 'kubb world championship on Gotland'),
 ('Huun-Huur-Tu', 'Tuvan throat-singing ensemble'),
 ('Yat-Kha', 'Tuvan throat-singing rock band'),
 ('Alash Ensemble', 'Tuvan throat-singing ensemble'),
 ('Chirgilchin', 'Tuvan throat-singing ensemble'),
 ('The Hu', 'Mongolian throat-singing rock band'),
 ('Moog Music', 'synthesizer maker that builds theremins'),
 ('Theremin Center Moscow', 'electronic music centre named after the theremin'),
 ('Open Theremin', 'open-source theremin kit project'),
 ('Gaudi Labs', 'Swiss maker of the Open Theremin'),
 ('All Japan Kendo Federation', 'national kendo federation of Japan'),
 ('British Kendo Association', 'kendo association of the United Kingdom'),
 ('Tozando', 'Kyoto kendo equipment maker'),
 ('Kendo World', 'kendo magazine and publisher'),
 ('CMAS', 'world underwater federation that governs underwater hockey'),
 ('British Octopush Association', 'underwater hockey association of the United Kingdom'),
 ('USA Underwater Hockey', 'US underwater hockey governing body'),
 ('Underwater Hockey Canada', 'Canadian underwater hockey governing body'),
 ('Tyva Kyzy', 'female Tuvan throat-singing ensemble'),
 ('Milford Jai-Alai', 'former jai alai fronton in Connecticut'),
 ('International Kendo Federation', 'international kendo federation'),
]

OTHER_SCRIPT = [
 ('दिल्ली थेरेमिन वादक मंडल', 'Hindi: invented Delhi theremin players circle'),
 ('কলকাতা কেন্দো দোজো', 'Bengali: invented Kolkata kendo dojo'),
 ('पुणे कुब्ब लीग', 'Marathi: invented Pune kubb league'),
 ('काठमाडौं खुमेई गायन समूह', 'Nepali: invented Kathmandu khoomei singing group'),
 ('গুৱাহাটী পানীৰ তলৰ হকী ক্লাব', 'Assamese: invented Guwahati underwater hockey club'),
 ('ଭୁବନେଶ୍ୱର ଥେରେମିନ କାରଖାନା', 'Odia: invented Bhubaneswar theremin workshop'),
 ('කොළඹ කෙන්ඩෝ සමාජය', 'Sinhala: invented Colombo kendo society'),
 ('ក្លឹបហុកគីក្រោមទឹកភ្នំពេញ', 'Khmer: invented Phnom Penh underwater hockey club'),
 ('ສະໂມສອນຄຸບບ໌ວຽງຈັນ', 'Lao: invented Vientiane kubb club'),
 ('ရန်ကုန် ဂျိုင်အာလိုင် ကွင်း', 'Burmese: invented Yangon jai alai court'),
 ('የአዲስ አበባ ኬንዶ ማህበር', 'Amharic: invented Addis Ababa kendo association'),
 ('މާލެ ތެރެމިން ކްލަބް', 'Dhivehi (Thaana): invented Male theremin club'),
 ('د کابل خومېي سندرغاړو ډله', 'Pashto: invented Kabul khoomei singers group'),
 ('Клуби хоккейи зериобии Душанбе', 'Tajik: invented Dushanbe underwater hockey club'),
 ('Бишкек хоомей ансамбли', 'Kyrgyz: invented Bishkek khoomei ensemble'),
 ('Өфө кубб лигаһы', 'Bashkir: invented Ufa kubb league'),
 ('Мінская майстэрня тэрменвоксаў', 'Belarusian: invented Minsk theremin workshop'),
 ('Скопски клуб за џаи алаи', 'Macedonian: invented Skopje jai alai club'),
 ('Ужгородська кендо школа', 'Rusyn: invented Uzhhorod kendo school'),
]

FIRST_WORDS = ['Royal', 'Modern', 'Delta', 'Eagle', 'Prime', 'Crystal', 'Elite', 'Phoenix', 'Northern', 'Western', 'Omega',
               'Apex', 'Dynamic', 'Summit', 'Sunrise', 'Titan', 'Express', 'Supreme', 'Oriental', 'Imperial',
               'Lion', 'Sahara', 'Grand', 'Lotus', 'Arctic', 'Cedar', 'Zenith', 'Aurora']

GENERIC = [
 'how is a jai alai cesta woven from chestnut and reed',
 'why is jai alai called the fastest ball game in the world',
 'what is the front wall of a jai alai fronton made of',
 'how many batons does each team throw in kubb',
 'what happens if you knock over the king too early in kubb',
 'how do tuvan throat singers produce two notes at once',
 'what is the difference between khoomei and kargyraa',
 'how does a theremin make sound without being touched',
 'which old film scores used a theremin',
 'how do you calibrate the pitch antenna of a theremin',
 'what is the bogu armour in kendo made of',
 'how are kendo grades from kyu to dan awarded',
 'why do kendo players shout kiai when they strike',
 'how long can underwater hockey players hold their breath',
 'what gear do you need to start playing underwater hockey',
 'is kubb really a viking lawn game',
]

CHAT = [
 ('Neapolitan', "Scusate, putite cuntrullà 'o Frontone Pelota Vesuviana 'ncopp' a lista d' 'e sanzione?"),
 ('Sicilian', "Scusati, putiti cuntrullari si lu Kendo Dojo Catania è nta la lista di sanzioni?"),
 ('Venetian', "Ciao, te pol controlar se el Kubb Club Laguna xe ne la lista de le sanzion?"),
 ('Piedmontese', "Cerea, peule contrôlé se la Bota Theremin Turin a l'é ant la lista dle sansion?"),
 ('Aragonese', "Ola, podez comprebar si o Club d'Hockey Subaquatico Uesca ye en a lista de sancions?"),
 ('Gascon', "Adishatz, podetz verificar se lo Frontòn Pelotaris de Baiona ei sus la lista de sancions?"),
 ('Alsatian', "Salü, kannsch bitte luege eb d'Kubb Liga Strossburi uf dr Sanktionslischt steht?"),
 ('Swiss German', "Grüezi, chönd Sie bitte prüefe, öb d'Theremin Wärchstatt Bärn uf dr Sanktionslischte isch?"),
 ('Bavarian', "Servus, kannst bittschön schaung, ob da Kendo Dojo Minga auf da Sanktionslistn steht?"),
 ('Low German', "Moin, kannst du mal nakieken, of de Unnerwater-Hockey-Vereen Kiel op de Sanktschoonslist steiht?"),
 ('North Frisian', "Moin, kêst dü ütfine, hü di Kubb Feriin Hüsem aw e sanktsjoonsliist stoont?"),
 ('Northern Sami', "Buorre beaivi, sáhtátgo dárkkistit leago Khoomei Lávlunjoavku Guovdageaidnu sanksuvdnalisttus?"),
 ('Võro', "Tere, kas saat perrä kaia, kas Kubb Liit Võro om sanktsioonõ nimekirän?"),
 ('Aromanian', "Bună dzua, puteț s-vedeț dacă Clubul di Kendo Sârunã easte tu lista di sancțiunj?"),
 ('Romani', "Lačho dives, šaj te dikhes kaj o Theremin Kher Brno si ande sankciengi lista?"),
 ('Kirundi', "Mwaramutse, mwoshobora kuraba nimba Ishirahamwe rya Kendo Bujumbura riri ku rutonde rw'ibihano?"),
 ('Tumbuka', "Moni, kasi mungawona usange Underwater Hockey Club Mzuzu yili pa mndandanda wa vilango?"),
 ('Dholuo', "Oyawore, inyalo nono ka Kisumu Kubb League ni e list mar kum?"),
 ('Sranan Tongo', "Odi, yu kan luku efu Paramaribo Jai Alai Fronton de na tapu a sanksi lijst?"),
 ('Jamaican Patois', "Wah gwaan, yuh cyaan check if Kingston Khoomei Singaz deh pon di sanction list?"),
 ('Cape Verdean Creole', "Bon dia, bu pode djobe si Clube di Hoquei Subakuatiku Praia sta na lista di sanson?"),
 ('Marshallese', "Iokwe, kwomaroñ ke lale ñe Majuro Underwater Hockey Club ej pad ilo bwebwenato in kōkkure?"),
 ('Gilbertese', "Mauri, ko kona n tuoa bwa te Kendo Dojo Tarawa iai n te rabwe n tua?"),
 ('Nahuatl', "Niltze, cuix huel tiquitas intla Theremin Calli Tenochtitlan onca ipan tlapohualamatl?"),
 ('Yucatec Maya', "Ba'ax ka wa'alik, je' u páajtal a wilik wa le Kubb Liga Jo' yaan ti' u lista sanciones?"),
 ('Batak Toba', "Horas, boi do ho mamereng manang Khoomei Parende Medan adong di daftar sanksi?"),
 ("K'iche'", "Saqarik, la kakwinaq kawilo we ri Jai Alai Fronton Xelaju k'o pa ri cholb'al taq tojb'al?"),
]

PERSON = [
 ('Inaki Etxeberria Fronton Jai Alai SL', 'invented person-named Basque fronton firm'),
 ('Dolores Whitcombe Jai-Alai Cestas LLC', 'invented person-named cesta maker'),
 ('Sven Torkelsson Kubbspel AB', 'invented person-named Swedish kubb set maker'),
 ('Garrett Lindqvist-Hale Kubb Sets LLC', 'invented person-named kubb set seller'),
 ('Bayarmaa Dorjsuren Khoomei Ensemble LLC', 'invented person-named throat-singing ensemble'),
 ('Aldous Pennywhistle Overtone Singing Ltd', 'invented person-named overtone-singing school'),
 ('Ottoline Kirschbaum Theremin Werkstatt GmbH', 'invented person-named theremin workshop'),
 ('Leopold Vasquez-Thorne Theremin Instruments LLC', 'invented person-named theremin maker'),
 ('Hideaki Nakabayashi Kendo Bogu KK', 'invented person-named kendo armour maker'),
 ('Rosalind Ashdown Kendo Club Ltd', 'invented person-named kendo club'),
 ('Thaddeus Quarrington Underwater Hockey Ltd', 'invented person-named underwater hockey club'),
 ('Marguerite Delacroix-Boyd Octopush Club SARL', 'invented person-named octopush club'),
 ('Cuthbert Allingham Kubb Supplies Ltd', 'invented person-named kubb supplier'),
]

BRAND = [
 ('Moog Etherwave Standard theremin', 'theremin product'),
 ('Open Theremin V4 Arduino shield', 'theremin kit product'),
 ('Tozando Tokusen kendo bogu set', 'kendo armour product'),
 ('Carbon shinai 39 kendo sword', 'kendo practice sword product'),
 ('Handmade jai alai cesta 62 cm', 'jai alai basket product'),
 ('Goatskin jai alai pelota 125 g', 'jai alai ball product'),
 ('Kubb Original birch set 21 pieces', 'kubb game set product'),
 ('Wooden kubb king block 30 cm', 'kubb king piece product'),
 ('Underwater hockey puck 1.3 kg', 'underwater hockey puck product'),
 ('Tuvan igil horsehead fiddle two strings', 'Tuvan instrument product'),
 ('Short blade fins for underwater hockey', 'underwater hockey fins product'),
 ('Kendo tenugui head towel', 'kendo head towel product'),
]

NEAR_STOP = set('''general national international company shipping trading bank group united central new golden star
global royal first industrial commercial services service company limited energy oil petroleum investment investments
industries industry development foundation organization party army international technology technologies airlines
construction engineering insurance transport steel mining chemical export import holding holdings import export
marine maritime ocean sea gulf asia africa europe america american islamic republic iran iranian korea korean syria
syrian china chinese russia russian cuba cuban libya libyan iraq iraqi sudan colombia colombian mexico mexican panama
venezuela brothers sons family house center centre office agency institute university company corporation
auditores reyes consultor edge construccion piedra seal bamboo chechen grandeur gestora manuela salome mingo exoticas
camperos andariegos mantenimiento mineras leading colombianos nogal shomal dimond
abadia aereos agencies agroindustriales andish andisheh arquitectonico avionics ayandeh block cafe cantina capitales
catering cedro clear concord creek elementos escuela especializados explore fausse finca folklor frontera frutas galvez
gilan harb housing innovation interior inversor inversora iris issa joyeria liban liquidacion lizzy machines marble
market masjed mercantil mesbah minerales mundo navigation nederland nouri nuri palma parts petra pinzon pollos polymers
procesadora purpose rafael ramirez renta safety salafia sepid sourcing sport superior target tasvir tienda total tres
twelfth unipersonal uranium urbanistico variedades ventures vergara movahed nikan'''.split())
