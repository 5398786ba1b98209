# -*- coding: utf-8 -*-
"""train102 hand-written negatives (theme: cloud-spotting societies, wife-carrying teams, fistball teams,
pyrography studios, tempeh makers, ringette teams). Lists hold spares; build.py takes them in order up to the quotas."""

PHRASES = ['Cumulus Cloudspotters', 'Eukonkanto Wifecarriers', 'Faustball Fistballers', 'Pyrography Woodburners',
           'Tempeh Kedelai', 'Ringette Ringers']

FAMOUS = [
 ('Cloud Appreciation Society', 'cloud-spotting society founded in 2005 (real), not a listed firm'),
 ('International Cloud Atlas', 'WMO cloud classification atlas (real publication), not a firm'),
 ("The Cloudspotter's Guide", 'cloud-spotting book (real), not a firm'),
 ('Cloud-a-Day', 'cloud-spotting photo app (real), not a listed firm'),
 ('Wife Carrying World Championships', 'wife-carrying event in Sonkajarvi (real), not a firm'),
 ('Eukonkannon MM-kisat', 'Finnish name of the wife-carrying world championships (real event)'),
 ('North American Wife Carrying Championship', 'wife-carrying race in Maine (real event), not a firm'),
 ('Dorking Wife Carrying Race', 'English wife-carrying race (real event), not a firm'),
 ('International Fistball Association', 'world fistball federation (real), not a listed firm'),
 ('Deutsche Faustball-Liga', 'German fistball league (real), not a firm'),
 ('TSV Pfungstadt Faustball', 'German fistball club (real), not a listed firm'),
 ('Faustball Austria', 'Austrian fistball federation (real), not a firm'),
 ('SOGIPA Faustball', 'Brazilian fistball club (real), not a listed firm'),
 ('Razertip Industries', 'Canadian pyrography pen maker (real), not a listed firm'),
 ('Colwood Electronics', 'US pyrography tool maker (real), not a listed firm'),
 ('Burnmaster Pyrography', 'pyrography burner maker (real), not a listed firm'),
 ('Walnut Hollow', 'US craft and wood-burning tool brand (real), not a listed firm'),
 ('Lightlife Foods', 'US tempeh maker (real), not a listed firm'),
 ('Rhapsody Natural Foods', 'US tempeh maker (real), not a listed firm'),
 ('Rumah Tempe Indonesia', 'tempeh production house in Bogor (real), not a listed firm'),
 ('Better Nature Tempeh', 'UK tempeh brand (real), not a listed firm'),
 ('Ringette Canada', 'Canadian ringette federation (real), not a firm'),
 ('International Ringette Federation', 'world ringette federation (real), not a firm'),
 ('Ringette Finland', 'Finnish ringette federation (real), not a firm'),
 ('Cambridge Turbos', 'Canadian ringette team (real), not a firm'),
 ('Calgary RATH', 'Canadian ringette team (real), spare'),
 ('Sonkajarven Eukonkanto', 'wife-carrying event organiser (real), spare'),
]

OTHER_SCRIPT = [
 ('서울 구름 관찰 동호회', 'invented Korean cloud-watching club, Hangul'),
 ('ਅੰਮ੍ਰਿਤਸਰ ਟੈਂਪੇ ਉਦਯੋਗ', 'invented Punjabi tempeh works, Gurmukhi'),
 ('અમદાવાદ પાયરોગ્રાફી સ્ટુડિયો', 'invented Gujarati pyrography studio, Gujarati script'),
 ('ಮೈಸೂರು ಮೋಡ ವೀಕ್ಷಕರ ಸಂಘ', 'invented Kannada cloud-watchers association, Kannada script'),
 ('విజయవాడ టెంపే తయారీ కేంద్రం', 'invented Telugu tempeh making centre, Telugu script'),
 ('കോഴിക്കോട് ഫിസ്റ്റ്ബോൾ ക്ലബ്', 'invented Malayalam fistball club, Malayalam script'),
 ('نادي الإسكندرية لكرة القبضة', 'invented Arabic fistball club, Arabic script'),
 ('Петрозаводский клуб переноски жён', 'invented Russian wife-carrying club, Cyrillic'),
 ('ווילנער וואָלקן־קוקער פֿאַראיין', 'invented Yiddish cloud-watchers society, Hebrew script'),
 ('Мыекъуапэ пирографиемкӏэ студие', 'invented Adyghe pyrography studio, Cyrillic'),
 ('Налшык ринеттымкӏэ командэ', 'invented Kabardian ringette team, Cyrillic'),
 ('Саран ош фистбол команда', 'invented Erzya fistball team, Cyrillic'),
 ('Саранскяйнь ринкетт командась', 'invented Moksha ringette team, Cyrillic'),
 ('Абакан пулыт кӧрҷілер клубы', 'invented Khakas cloud-watchers club, Cyrillic'),
 ('Горно-Алтайсктыҥ ӱй апарар командазы', 'invented Altai wife-carrying team, Cyrillic'),
 ('Избербаш темпе цех', 'invented Dargwa tempeh workshop, Cyrillic'),
 ('Черкесск пирография устаханасы', 'invented Nogai pyrography workshop, Cyrillic'),
 ('ზუგდიდიშ ფისტბოლიშ გუნდი', 'invented Mingrelian fistball team, Georgian script'),
 ('Гъумук ринетт команда', 'invented Lak ringette team, Cyrillic, spare'),
]

GENERIC = [
 ('how do you tell cirrus from cirrostratus clouds', 'cloud-spotting question'),
 ('what makes a lenticular cloud form over a mountain', 'cloud-spotting question'),
 ('how heavy must the wife be in a wife carrying race', 'wife-carrying question'),
 ('what is the estonian carry in wife carrying', 'wife-carrying question'),
 ('how high is the net in fistball', 'fistball question'),
 ('can you hit a fistball with an open hand', 'fistball question'),
 ('which wire tip is best for pyrography shading', 'pyrography question'),
 ('which wood is best for a pyrography beginner', 'pyrography question'),
 ('how long does tempeh take to ferment at home', 'tempeh question'),
 ('can you make tempeh from chickpeas', 'tempeh question'),
 ('why is body checking not allowed in ringette', 'ringette question'),
 ('what is the free play line in ringette', 'ringette question'),
 ('how many players are on a fistball team', 'fistball question'),
 ('is the white mould on tempeh safe to eat', 'tempeh question'),
 ('what are mammatus clouds a sign of', 'cloud-spotting question'),
 ('what is a ringette stick made of', 'ringette question, spare'),
]

CHAT = [
 ('podëis controlé sce Club Nüles Gherdëina é sön la lista dles sanziuns?', 'chat request in Ladin about an invented cloud-spotting club'),
 ("a sit bon ad cuntrulê se la Tempeh Rumagnôla l'è int la lesta dal sanziòn?", 'chat request in Romagnol about an invented tempeh maker'),
 ('¿pueds mirar se la Escuela de Pirografía de Llión ta na llista de sanciones?', 'chat request in Leonese about an invented pyrography school'),
 ('pòs verificar se eth club de fistball de Vielha ei ena lista de sancions?', 'chat request in Aranese about an invented fistball club'),
 ('kins te kieke of Ringette Club Mestreech op de sanctielies stuit?', 'chat request in Limburgish about an invented ringette club'),
 ('kinsto neigean oft Wolkesjoggers Ljouwert op de sanksjelist stiet?', 'chat request in West Frisian about an invented cloud-spotting group'),
 ('can ye check gin the Tempeh Makars o Dundee is on the sanctions leet?', 'chat request in Scots about an invented tempeh maker'),
 ("tchi peux-tu r'gardér si l'Atelier d'Pyrographie d'St Hélyi est sus la liste des sanctions?", 'chat request in Jerriais about an invented pyrography studio'),
 ('idzie sprawdzić, czy Faustball Klub Gliwice je na liście sankcyji?', 'chat request in Silesian about an invented fistball club'),
 ('vȯidõd kaddõ, ku Ringette Kuolka Ūžkilā um sanktsijõd līstas?', 'chat request in Livonian about an invented ringette club'),
 ('máhtá gus dárkkestit jus Balvvageahččit Jåhkåmåhkke l sanksjåvnnålistan?', 'chat request in Lule Sami about invented cloud-watchers'),
 ('bakabilirsin mi, Komrat Eukonkanto takımı sankţiya listasında mı?', 'chat request in Gagauz about an invented wife-carrying team'),
 ('Aqmescit tempe fabrikası sanktsiyalar cedvelinde barmı, baqıp olasıñmı?', 'chat request in Crimean Tatar about an invented tempeh factory'),
 ('eşkenê kontrol bikerê ke Atolyeya Pirografiyê ya Dêrsim lîsteya cezayan de ya?', 'chat request in Zazaki about an invented pyrography workshop'),
 ('no ũthime kana Nyeri Fistball Club kĩrĩ thĩinĩ wa rũthi rwa sanctions?', 'chat request in Kikuyu about an invented fistball club'),
 ('àte ŋu akpɔ ne Ringette Habɔbɔ Lomé le sanctions ŋkɔŋlɔgbalẽ dzi?', 'chat request in Ewe about an invented ringette club'),
 ('i bɛ se ka a lajɛ ni Bamako Sankaba Filɛlaw Tɔn bɛ sanksɔn sɛbɛ kan wa?', 'chat request in Bambara about an invented cloud-watchers group'),
 ('siña un ekkat yanggen i Tempeh Kompaniha Hagåtña gaige gi i lista?', 'chat request in Chamorro about an invented tempeh company'),
 ("e nehenehe ānei ʻoe e hiʻo mai ē tei roto ānei te Fare Pyrographie Papeʻete i te tapura?", 'chat request in Tahitian about an invented pyrography house'),
 ('bo por chek si Fistball Klub Kòrsou ta riba e lista di sankshon?', 'chat request in Papiamento about an invented fistball club'),
 ("la yatikïr nanik'oj we ri Ringette Molaj Chi Xot k'o pa ri cholb'äl?", 'chat request in Kaqchikel about an invented ringette group'),
 ('Tségháhoodzání wife carrying team éí sanctions list bikááʼ sikáá daʼ?', 'chat request in Navajo about an invented wife-carrying team'),
 ('misissorsinnaaviuk Nuummi Nuiat Takornartaat sanktioninik allattorsimaffimmiinnersoq?', 'chat request in Greenlandic about invented cloud-watchers'),
 ('puede mo ma-check kon ang Iloilo Wife Carrying Club yara sa sanctions list?', 'chat request in Hiligaynon about an invented wife-carrying club'),
 ('dados ngecek napi Tempe Denpasar Sari wenten ring daftar sanksi?', 'chat request in Balinese about an invented tempeh maker'),
 ('puede mo ba i-check kun an Tacloban Pyrography Studio aada ha sanctions list?', 'chat request in Waray about an invented pyrography studio, spare'),
 ('nayarin mo ta i-check no say Dagupan Ringette Club et walad sanctions list?', 'chat request in Pangasinan about an invented ringette club, spare'),
]

PERSON = [
 ('Gwendolyn Ashcombe Cloudspotting Tours Ltd', 'invented person-named cloud-spotting tour firm'),
 ('Haruki Tsunemori Cloud Observatory KK', 'invented person-named cloud observatory'),
 ('Taisto Rautiainen Eukonkanto Oy', 'invented person-named wife-carrying firm'),
 ('Brenna McAlister Wife Carrying Events LLC', 'invented person-named wife-carrying events firm'),
 ('Heinrich Obermaier Faustball GmbH', 'invented person-named fistball firm'),
 ('Luiz Fernando Kessler Punhobol Ltda', 'invented person-named fistball firm (punhobol)'),
 ('Cordelia Thistlewood Pyrography Studio Ltd', 'invented person-named pyrography studio'),
 ('Ezekiel Varnham Woodburning Arts LLC', 'invented person-named wood-burning art firm'),
 ('Dewi Kartikasari Tempe Makmur UD', 'invented person-named tempeh maker'),
 ('Oliver Penhaligon Tempeh Company Ltd', 'invented person-named tempeh company'),
 ('Maelle Fortier-Dubois Ringette Inc.', 'invented person-named ringette firm'),
 ('Kirsi Halonen-Berg Ringette Oy', 'invented person-named ringette firm'),
 ('Ansel Cumberbatch Cloud Atlas Prints Ltd', 'invented person-named cloud print firm, spare'),
]

BRAND = [
 ('Razertip SS-D10 pyrography burner', 'pyrography product'),
 ('Fine writer pyrography tip set 20 pcs', 'pyrography product'),
 ('Tempeh starter culture Rhizopus 50 g', 'tempeh product'),
 ('Lightlife organic tempeh 8 oz', 'tempeh product'),
 ('Fistball leather ball 380 g', 'fistball product'),
 ('Fistball arm guard pair size M', 'fistball product'),
 ('Ringette bladed stick 50 in', 'ringette product'),
 ('Ringette ring blue rubber 6 in', 'ringette product'),
 ('Cloud identification chart A2 poster', 'cloud-spotting product'),
 ('Estonian carry training harness for wife carrying', 'wife-carrying product'),
 ('Cloud spotting pocket guide', 'cloud-spotting product, spare'),
 ('Wooden tempeh fermenting tray', 'tempeh product, spare'),
]

SHARE_FIRST = ['Red', 'Pearl', 'Horizon', 'Rainbow', 'Unity', 'Future', 'Victory', 'Smart', 'Eastern', 'Southern', 'Central',
               'Capital', 'Caspian', 'Persian', 'Continental', 'Premier', 'Sky', 'Rose', 'Hope', 'Jupiter', 'Golden', 'Silk',
               'Iris', 'Zagros', 'Orient']

NEAR_STOP = set('''general national service services trading import export commercial industrial company bank group holding
international development investment investments construction engineering shipping airlines transport energy petroleum
oil gas power security exchange marine maritime technology technologies electronics chemical chemicals foundation
agency research tourism media network mining metals steel insurance industries industry manufacturing factory
comercial inversiones servicios construcciones constructora distribuidora inmobiliaria sociedad productos agropecuaria
transportes hoteles restaurante consultores empresa global world united new first star trust capital management
business solutions systems supply supplies center centre office market station travel project projects organization
association movement army front brigade council committee party islamic republic state ministry directorate
contratistas coalmines tecnologicos fabrics occidental trader lands fountain marinos eurasian ensambladora haram
home limestone isotope motos contadora dorados escorpion pimento
rescates largo parqueadero abarrotero estilo grove arca alfa jota
abiertas textile aerolineas beauty adjustment pelican'''.split())
