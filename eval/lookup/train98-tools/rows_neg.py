"""train98 hand-written negatives (theme: gamelan orchestras, ikebana schools, steelpan bands, cornhole leagues,
sheep-shearing gangs, sugarcraft studios). Lists are in order of use; rows past each quota are spares."""

THEME = 'gamelan orchestras, ikebana (flower-arranging) schools, steelpan bands (panyards), cornhole leagues, sheep-shearing gangs, and sugarcraft (cake-decorating) studios'
PHRASES = ['Gamelan Karawitan', 'Ikebana Kenzan', 'Steelpan Pannists', 'Cornhole Tossers', 'Woolshed Shearers', 'Fondant Sugarcrafters']

FAMOUS = [
    ('Gamelan Sekar Jaya', 'Balinese gamelan ensemble in Berkeley, California'),
    ('Gamelan Son of Lion', 'New York gamelan ensemble'),
    ('Southbank Gamelan Players', 'London gamelan group'),
    ('Gamelan Elektrika', 'Boston electro-acoustic gamelan ensemble'),
    ('Ikenobo', 'oldest school of ikebana, Kyoto'),
    ('Sogetsu Ikebana', 'ikebana school founded by Sofu Teshigahara'),
    ('Ohara School of Ikebana', 'ikebana school in Tokyo'),
    ('Ikebana International', 'ikebana friendship association'),
    ('Desperadoes Steel Orchestra', 'Trinidad steelband'),
    ('Renegades Steel Orchestra', 'Trinidad steelband'),
    ('Phase II Pan Groove', 'Trinidad steelband'),
    ('Pan Trinbago', 'steelband association of Trinidad and Tobago'),
    ('Exodus Steel Orchestra', 'Trinidad steelband'),
    ('American Cornhole League', 'US cornhole league'),
    ('American Cornhole Organization', 'US cornhole governing body'),
    ('Golden Shears', 'New Zealand shearing competition'),
    ('Shearing Sports New Zealand', 'New Zealand shearing sports body'),
    ('Heiniger', 'Swiss shearing equipment maker'),
    ('Lister Shearing', 'English shearing equipment maker'),
    ('British Wool', 'UK wool marketing board'),
    ('Squires Kitchen', 'English sugarcraft school and supplier'),
    ('Renshaw', 'English sugarpaste maker'),
    ('British Sugarcraft Guild', 'UK sugarcraft association'),
    ('PME Sugarcraft', 'English cake-decorating tool maker'),
    ('Satin Ice', 'US fondant brand'),
    # spares
    ('Culpitt', 'English cake-decoration supplier (spare)'),
    ('Trinidad All Stars Steel Orchestra', 'Trinidad steelband (spare)'),
    ('Ikebana Sangetsu', 'ikebana school (spare)'),
]

OTHER_SCRIPT = [  # (language, query, description)
    ('Korean', '부산 가믈란 합주단', 'invented Busan gamelan ensemble, Korean'),
    ('Arabic', 'نادي عمّان لتزيين الكعك بالسكر', 'invented Amman sugarcraft club, Arabic'),
    ('Russian', 'Новосибирская лига корнхола', 'invented Novosibirsk cornhole league, Russian'),
    ('Yiddish', 'בני־בראַקער שאָף־שערער קאָאָפּעראַטיוו', "invented Bnei Brak sheep-shearers' cooperative, Yiddish"),
    ('Telugu', 'విజయవాడ ఇకెబానా పాఠశాల', 'invented Vijayawada ikebana school, Telugu'),
    ('Kannada', 'ಮೈಸೂರು ಗಮೆಲಾನ್ ವಾದ್ಯವೃಂದ', 'invented Mysuru gamelan orchestra, Kannada'),
    ('Malayalam', 'കൊച്ചി സ്റ്റീൽപാൻ ബാൻഡ്', 'invented Kochi steelpan band, Malayalam'),
    ('Gujarati', 'અમદાવાદ કોર્નહોલ લીગ', 'invented Ahmedabad cornhole league, Gujarati'),
    ('Punjabi (Gurmukhi)', 'ਲੁਧਿਆਣਾ ਭੇਡਾਂ ਦੀ ਉੱਨ ਕਤਰਨ ਵਾਲੀ ਟੋਲੀ', 'invented Ludhiana sheep-shearing gang, Punjabi'),
    ('Syriac', 'ܟܢܘܫܬܐ ܕܓܡܠܐܢ ܕܩܡܫܠܝ', 'invented Qamishli gamelan society, Syriac'),
    ('Javanese (Javanese script)', 'ꦥꦱꦒꦾꦤ꧀ ꦒꦩꦼꦭꦤ꧀ ꦪꦺꦴꦒꦾꦏꦂꦠ', 'invented Yogyakarta gamelan group, Javanese script'),
    ('Balinese (Balinese script)', 'ᬲᬾᬓᬳ ᬕᬫᭂᬮᬦ᭄ ᬤᬾᬦ᭄ᬧᬲᬃ', 'invented Denpasar gamelan club (sekaha), Balinese script'),
    ('Adyghe', 'Мыекъуапэ икебанэ еджапӀ', 'invented Maykop ikebana school, Adyghe'),
    ('Kabardian', 'Налшык корнхол лигэ', 'invented Nalchik cornhole league, Kabardian'),
    ('Abkhaz', 'Аҟәа гамелан оркестр', 'invented Sukhum gamelan orchestra, Abkhaz'),
    ('Erzya', 'Саран ош стилпан бэнд', 'invented Saransk steelpan band, Erzya'),
    ('Khakas', 'Абахан хой хырыҷылар артелі', "invented Abakan sheep-shearers' artel, Khakas"),
    ('Altai', 'Улалу торт кеберлеер студия', 'invented Gorno-Altaysk cake-decorating studio, Altai'),
    ('Hill Mari', 'Цикма гамелан ансамбль', 'invented Kozmodemyansk gamelan ensemble, Hill Mari (spare)'),
]

SHARES_FIRST = ['Capital', 'Universal', 'Continental', 'Sky', 'Smart', 'Future', 'Eastern', 'Caspian', 'Vision',
                'Premier', 'Victory', 'Unique', 'Pearl', 'Jupiter', 'Bright', 'Rainbow', 'Horizon']
SHARES = [(w + ' ' + PHRASES[i % len(PHRASES)], 'invented theme firm with a common listed first word')
          for i, w in enumerate(SHARES_FIRST)]

GENERIC = [
    ('how many musicians play in a balinese gamelan', 'question about gamelan'),
    ('why are balinese gamelan instruments tuned in pairs', 'question about gamelan tuning'),
    ('what is the difference between ikebana and western flower arranging', 'question about ikebana'),
    ('how do you use a kenzan pin holder in ikebana', 'question about ikebana tools'),
    ('how is a steelpan tuned after the drum is sunk', 'question about steelpan making'),
    ('what is the panorama steelband competition in trinidad', 'question about steelbands'),
    ('how far apart are the boards in cornhole', 'question about cornhole rules'),
    ('what does cancellation scoring mean in cornhole', 'question about cornhole scoring'),
    ('how many sheep can a gun shearer shear in a day', 'question about sheep shearing'),
    ('why do shearers wear moccasins in the woolshed', 'question about shearing gear'),
    ('what is the difference between fondant and gum paste in sugarcraft', 'question about sugarcraft'),
    ('how do you wire sugar flowers for a wedding cake', 'question about sugarcraft'),
    ('why does royal icing need meringue powder', 'question about cake decorating'),
    ('is ikebana a buddhist practice', 'question about ikebana history'),
    ('how heavy is a regulation cornhole bag', 'question about cornhole equipment'),
    ('what is the gong ageng in a javanese gamelan', 'question about gamelan (spare)'),
]

CHAT = [  # (language, query)
    ('Scots', 'Can ye check gin Dundee Steelpan Collective is on the sanctions leet?'),
    ('Scottish Gaelic', "An urrainn dhut sgrùdadh an e Rùsgairean Chaorach Ìle Earr. a th' air liosta nan smachd-bhannan?"),
    ('Limburgish', 'Kins te nakieke of Ikebana Sjoel Mestreech op de sanctielies steit?'),
    ('Ladin', 'Podesses controlé sce Gamelan Grop Gherdëina é sun la lista dles sanzions?'),
    ('Silesian', 'Mogesz sprawdzić, eli Cornhole Liga Bytōm je na liście sankcyji?'),
    ('Lule Sami', 'Máhttá gus dárkkestit jus Jåhkåmåhke Sugarcraft Searvve l sanksjåvnnålistan?'),
    ('Gagauz', 'Bakabilersiniz mi, Komrat Koyun Kırkıcıları Kooperativi sankţiya listasında mı?'),
    ('Crimean Tatar', 'Aqmescit Ikebana Mektebi sanktsiya cedvelinde barmı, baqıp olur musıñız?'),
    ('Wolof', 'Ndax mën nga seet ndax Dakar Cornhole Mbootaay mungi ci limu sanksiyon yi?'),
    ('Bambara', 'I bɛ se ka a lajɛ ni Bamako Steelpan Ton bɛ sanksiyɔn lisi kɔnɔ wa?'),
    ('Oromo', 'Garee Gamelan Adaamaa tarree adabbii keessa jiraachuu isaa ilaaluu dandeessaa?'),
    ('Kikuyu', 'No ũrore kana Nyeri Ikebana Cukuru ĩrĩ thĩinĩ wa mũtaratara wa ũherithia?'),
    ('Ewe', 'Àte ŋu alé ŋku ɖe Lomé Sugarcraft Habɔbɔ ŋu be eli le tohehe ŋkɔŋlɔgbalẽa me?'),
    ('Twi', 'Wobɛtumi ahwɛ sɛ Kumasi Nnwan Ho Twitwafoɔ Kuo wɔ asotweɛ din krataa no so anaa?'),
    ('Sango', 'Mo lingbi ti bâ wala Bangui Steelpan Bungbi ayeke na yâ ti liste ti asanction?'),
    ('Papiamento', 'Bo por chèk si Kòrsou Steelpan Orkesto ta riba e lista di sankshon?'),
    ('Mauritian Creole', 'Eski to kapav get si Curepipe Cornhole Lig lor lalis sanksion?'),
    ('Seychellois Creole', 'Eski ou kapab verifye si Praslin Sugarcraft Klib i lo lalis sanksyon?'),
    ('Hiligaynon', 'Mahimo bala nimo tan-awon kon ang Iloilo Ikebana Eskwelahan yara sa listahan sang silot?'),
    ('Waray', 'Puydi ka ba magsusi kun an Tacloban Gamelan Grupo aada ha lista han mga silot?'),
    ('Chamorro', 'Siña un rikonosi kao i Hagåtña Cornhole Liga gaige gi lista sanction?'),
    ('Tahitian', "E nehenehe anei ta oe e hi'o e tei roto anei te Papeete Steelpan Pupu i te tapura fa'autu'ara'a?"),
    ('Rapa Nui', "Ka u'i mai ko Hanga Roa Ikebana Ha'api'ira'a i roto i te tapura o te ha'aoa?"),
    ('Kabyle', 'Tzemreḍ ad tesneqdeḍ ma yella Tizi Wezzu Sugarcraft Tamesmunt deg tebdart n yiɛiqaben?'),
    ('Fula', 'Aɗa waawi ƴeewtaade si Labé Baali Ceɗooɓe Fedde ina e doggol sanksiyon?'),
    ('Guadeloupean Creole', 'Ès ou pé gadé si Pwent-a-Pit Steelpan Lakou asou lis sanksyon-la?'),
    ('Tausug', 'Makajari ka magtanaw bang in Jolo Gamelan Kumpulan ha lista sin siksa?'),
]

PERSON = [
    ('Ketut Sudarsana Gamelan Smithy UD', 'invented person-named gamelan workshop'),
    ('Millicent Ormerod Gamelan Ensemble Ltd', 'invented person-named gamelan ensemble'),
    ('Haruko Tsujimoto Ikebana Kyoshitsu KK', 'invented person-named ikebana school'),
    ('Beatrix Hollingworth Ikebana Studio Ltd', 'invented person-named ikebana studio'),
    ('Winston Ollivierre Steelpan Tuning Ltd', 'invented person-named steelpan tuner'),
    ('Cordelia Baptiste Panyard LLC', 'invented person-named steelpan yard'),
    ('Darnell Whitacre Cornhole Boards LLC', 'invented person-named cornhole board maker'),
    ('Brayden Kowalczyk Cornhole League LLC', 'invented person-named cornhole league'),
    ('Hamish McCorquodale Shearing Contractors Ltd', 'invented person-named shearing contractor'),
    ('Tane Ruawhare Shearing Gang Ltd', 'invented person-named shearing gang'),
    ('Ambrose Tilbury Sugarcraft Supplies Ltd', 'invented person-named sugarcraft supplier'),
    ('Sigrun Halvorsrud Kakepynt AS', 'invented person-named cake-decorating firm'),
    ('Eitan Zvuluni Steelpan Studio Ltd', 'invented person-named steelpan studio (spare)'),
]

BRAND = [
    ('Renshaw Extra white sugarpaste 1 kg', 'sugarpaste (product)'),
    ('PME blossom plunger cutters set of 3', 'sugarcraft cutters (product)'),
    ('Heiniger Evo shearing handpiece', 'sheep-shearing handpiece (product)'),
    ('Lister shearing comb 95 mm', 'sheep-shearing comb (product)'),
    ('GoSports regulation cornhole bags set of 8', 'cornhole bags (product)'),
    ('Panyard Inc lead tenor steel pan', 'steelpan (product)'),
    ('Sogetsu kenzan flower frog 8 cm', 'ikebana pin holder (product)'),
    ('Ikenobo ikebana scissors', 'ikebana scissors (product)'),
    ('Balinese gamelan gangsa 10 keys', 'gamelan metallophone (product)'),
    ('Satin Ice white fondant 2 lb', 'fondant (product)'),
    ('Squires Kitchen sugar florist paste 200 g', 'flower paste (product, spare)'),
    ('Sunbeam Stewart shearing comb', 'sheep-shearing comb (product, spare)'),
]

NEAR_DESC = 'invented theme firm reusing one rare word of an in-set target'
NEAR_STOP = set('''happy little concrete pipeline software safari quality speed seaways provisiones structures compagnie body
societe alfonso general national company trading services service group holding international industries industry
commercial bank banco shipping marine maritime energy power petroleum oil gas steel metal mining transport logistics
travel tours tourism hotel hotels house home farm farms garden golden star stars king queen royal real estate best
first new blue white black green red silver gold grand great central north south east west world global united
american arab asia pacific atlantic ocean sea river mountain valley lake island city town park center centre
office agency store stores shop market supermarket import export distribution distribuidora comercial comercializadora
inversiones inversora inmobiliaria constructora construcciones agropecuaria ganadera agricola transportes servicios
importadora exportadora sociedad desarrollo proyectos promotora operadora administradora consultores asesores
farmacia drogueria hacienda finca rancho estacion gasolinera hotelera turismo viajes radio television club deportivo
fundacion asociacion cooperativa editorial publicidad produccion producciones textil textiles confecciones calzado
motors auto autos cars car taxi cargo express courier airlines aviation air airways flight leasing rental finance
financial capital investment investments invest credit money exchange insurance fund funds trust bureau office
foundation institute university college school academy hospital medical clinic pharma pharmaceutical chemical
chemicals electronics electric electrical engineering technology technologies tech systems system solutions network
media press news film films music sport sports games fashion design food foods fruit fruits fish fishing seafood meat
coffee sugar rice flour bakery restaurant cafe bar wine beer water ice cement wood paper plastic glass rubber
machinery equipment tools parts supply supplies trade traders merchant merchants brothers sons family partners
associates union alliance federation council committee movement party front army brigade brigades martyrs islamic
islam republic state ministry department office organization organisation liberation resistance revolutionary
people popular democratic socialist national liberal freedom peace justice development progress future modern
smart power light sun moon sky earth fire stone rock iron diamond crystal pearl
experta ines dispositivos pardo view inmobiliarias departamentos marin complejo segundo progreso competencia
capacitacion matadero piedmont novorossiya ajijic linares systole rich pine dinamicos metropolitano transnational
maison almacenes cross electricos profesional claridad altos goodwill ancona
cumbres minimercado winds turistico gasodiesel transatlantic retiro chapala ases gestores constructor galeria canal manantial inmobiliarios gomez latin
'''.split())
