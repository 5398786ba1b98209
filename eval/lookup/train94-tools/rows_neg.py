"""train94 hand-written negatives (with spares). Theme: sailmakers, heritage tram (tramway) enthusiasts,
vinegar brewers, besom (broom) makers, neon sign benders, miso breweries."""

FAMOUS = [
 ('North Sails', 'sailmaker (sail lofts worldwide)'),
 ('Doyle Sailmakers', 'sailmaker'),
 ('Quantum Sails', 'sailmaker'),
 ('Ratsey and Lapthorn', 'old Cowes sailmaker'),
 ('Hood Sailmakers', 'sailmaker'),
 ('Elvstrom Sails', 'Danish sailmaker (Elvstrøm)'),
 ('Tramway Museum Society', 'heritage tram society (Crich)'),
 ('Seashore Trolley Museum', 'heritage streetcar museum in Maine'),
 ('Light Rail Transit Association', 'tram and light-rail enthusiasts\' association'),
 ('Blackpool Heritage Trams', 'heritage tram tours'),
 ('Melbourne Tram Museum', 'heritage tram museum'),
 ('Acetaia Giusti', 'balsamic vinegar maker in Modena'),
 ('Bragg Live Food Products', 'cider vinegar maker'),
 ('Mizkan', 'Japanese vinegar maker'),
 ('Sakamoto Kurozu', 'Kagoshima black rice vinegar brewery'),
 ('Libman Company', 'broom maker'),
 ('Gebr. Redecker', 'German brush and broom maker'),
 ('Museum of Neon Art', 'neon sign museum'),
 ('The Neon Museum', 'neon sign museum in Las Vegas'),
 ('Neon Muzeum', 'neon sign museum in Warsaw'),
 ("God's Own Junkyard", 'neon sign workshop and gallery'),
 ('Marukome', 'miso brewery'),
 ('Hikari Miso', 'miso brewery'),
 ('Kakukyu Hatcho Miso', 'Okazaki miso brewery'),
 ('South River Miso Company', 'miso brewery in Massachusetts'),
 # spares
 ('UK Sailmakers', 'sailmaker'),
 ('Takeya Miso', 'miso brewery'),
 ('Crich Tramway Village', 'heritage tram museum'),
]

OTHER_SCRIPT = [
 ('부산 돛 제작소', 'Korean: invented Busan sail loft'),
 ('ਅੰਮ੍ਰਿਤਸਰ ਨੀਓਨ ਸਾਈਨ ਕਾਰੀਗਰ', 'Punjabi (Gurmukhi): invented Amritsar neon sign benders'),
 ('અમદાવાદ સરકો બનાવનાર', 'Gujarati: invented Ahmedabad vinegar maker'),
 ('ಮೈಸೂರು ಪೊರಕೆ ತಯಾರಕರು', 'Kannada: invented Mysuru broom makers'),
 ('విజయవాడ ట్రామ్ అభిమానుల సంఘం', 'Telugu: invented Vijayawada tram enthusiasts\' society'),
 ('കൊച്ചി പായ നിർമ്മാണശാല', 'Malayalam: invented Kochi sail workshop'),
 ('Общество любителей трамвая «Ретровагон»', 'Russian: invented tram enthusiasts\' society'),
 ('ورشة أشرعة الإسكندرية', 'Egyptian Arabic: invented Alexandria sail workshop'),
 ('ווילנער עסיק־ברויערײַ', 'Yiddish: invented Vilna vinegar brewery'),
 ('Наьсаре трамвай безам болучийн тоба', 'Ingush: invented Nasran tram enthusiasts\' group'),
 ('Налшык неон тхыгъэ щӀыпӀэ', 'Kabardian: invented Nalchik neon sign workshop'),
 ('Мыекъуапэ пхъэнкӀыпхъэ ашӀхэрэр', 'Adyghe: invented Maykop broom makers'),
 ('Аҟәа аҟәардә ҟазацәа', 'Abkhaz: invented Sukhum sail makers'),
 ('Абахан мисо азыранчызы', 'Khakas: invented Abakan miso brewery'),
 ('Горно-Алтайск мисо азырачы', 'Altai: invented Gorno-Altaysk miso maker'),
 ('Саран ош трамвай вечкицят', 'Erzya: invented Saransk tram enthusiasts'),
 ('Ужгородска трамвайна дружина', 'Rusyn: invented Uzhhorod tram society'),
 ('کوئٹہ ءِ نیون تختی جوڑوک', 'Balochi: invented Quetta neon sign benders'),
 # spare
 ('Саран ош пайпа-тиихть', 'Moksha: invented Saransk broom makers'),
]

GENERIC = [
 'how do sailmakers cut a mainsail from dacron cloth',
 'what weight of sailcloth suits a small dinghy',
 'how are sail battens fitted into a batten pocket',
 'how do heritage tram societies restore a wooden tramcar',
 'why do old trams use a trolley pole instead of a pantograph',
 'can you ride a heritage tram on a museum line',
 'how long does it take to brew vinegar from cider',
 'what is a vinegar mother and how do you keep it alive',
 'how is a besom broom bound with birch twigs',
 'which wood makes the best handle for a besom',
 'how do neon sign benders shape glass tubes over a ribbon burner',
 'which gas gives a neon sign its red glow',
 'how long should miso ferment before it is ready',
 'what is the difference between white and red miso',
 'what is koji and why is it used to make miso',
 # spare
 'how do you store an old besom broom',
]

CHAT = [
 ('Ladin', "Bun dé, podeste controlé sce la Vela Dolomites Sailmakers é te lista dles sanziuns?"),
 ('Franco-Provençal (Arpitan)', "Bonjor, porriâd-vos vèr se Velèrie du Rôno est sur la lista des sanccions ?"),
 ('Norman', "Bouonjour, p\u00e9'-tu r'garder si les Vinaigrièrs d'Cotentin sont sus la liste ?"),
 ('Guernésiais', "Bouonjour, tch'est qu'la Sarnia Besom Faiseurs est sus la liste d'sanctions ?"),
 ('Limburgish', "Hoij, kins te effe kieke of Mestreechter Neonbuigers op de sanctielies sjtaon?"),
 ('Brabantian', "Hedde gij efkes gekeken of de Bossche Trammuseumvrienden op die lijst staon?"),
 ('Scots', "Can ye check gin Auld Reekie Sailmakers is on the sanctions leet?"),
 ('Ulster Scots', "Wud ye luk an see if Belfast Besom Binders is on thon sanctions list?"),
 ('Silesian', "Dej pozōr, czy Ślōnske Tramwajowe Towarzistwo je na liście sankcyj?"),
 ('Aromanian', "Bunã dzua, poţ s-caftsã shi Otsetu di Muscopoli easti tu lista di sanctsiuni?"),
 ('Judaeo-Spanish (Ladino)', "Buen dia, puedes mirar si la Fabrika de Vinagre de Salonik esta en la lista?"),
 ('Arbëresh', "Mirëdita, mund të shohësh nëse Neonat e Horës janë te lista e sanksioneve?"),
 ('Lule Sami', "Buorre biejvve, máhtá gus guoddet jus Jåhkåmåhke Besombarggo l sanksjåvnnålistan?"),
 ('Kven', "Hyvä päivä, saatko kattoa oonko Porsangerin Purjeompelijat sanksjoonilistala?"),
 ('Hiligaynon', "Maayong aga, mahimo mo bala tan-awon kon ang Iloilo Miso Pagawaan ara sa lista sang silot?"),
 ('Waray', "Maupay nga aga, puydi mo ba kitaon kun an Tacloban Neon Paggamas aada ha lista?"),
 ('Balinese', "Om swastiastu, dados ngecek napi Pabrik Cuka Tabanan wenten ring daftar sanksi?"),
 ('Madurese', "Salamet pagi, bisa ngocek ponapa Sapu Lidi Sumenep bada e daftar sanksi?"),
 ('Twi', "Maakye, wobɛtumi ahwɛ sɛ Kumasi Tram Dɔfoɔ Kuo wɔ sanctions list no so?"),
 ('Ewe', "Ŋdi, àte ŋu akpɔ be Lomé Neon Dzesiwɔlawo le sanctions list la dzi a?"),
 ('Kikuyu', "Ũhoro wa rũciinĩ, no ũrore kana Nyeri Mĩthanga ya Miso ĩrĩ thĩinĩ wa list?"),
 ('Dholuo', "Oyawore, inyalo neno ka Kisumu Jochuny Sail ni e list mar sanctions?"),
 ('Gullah', "Mawnin, oona kin check ef Beaufort Besom Makin Shop dey pon de sanction list?"),
 ('Garifuna', "Buiti binafi, ídaba bun ñein Dangriga Vinegar Hayaü lidan lista?"),
 ("K'iche'", "Saqarik, la kakwin kawilo we ri Xelajuj Miso Ja k'o pa ri cholaj?"),
 # spares
 ('Louisiana Creole', "Bonjou, to kapab gade si Bayou Vinaigrié la on lalis sanksyon-la?"),
 ('Kaqchikel', "Xseqër, la yatikïr nanik'oj we ri Chimaltenango Tram Ajk'ayij k'o pa ri cholajem?"),
]

PERSON = [
 ('Ebenezer Quarrington Sailmakers Ltd', 'invented sailmaker named after a person'),
 ('Birgitta Falkenhjelm Segelmakeri AB', 'invented Swedish sailmaker'),
 ('Mortimer Applegarth Heritage Tramcars Ltd', 'invented tram restorer'),
 ('Wilhelmina Oosterbeek Trammuseum BV', 'invented Dutch tram museum'),
 ('Giacinta Morandini Acetaia SRL', 'invented Italian vinegar maker'),
 ('Thaddeus Wrenfield Vinegar Works LLC', 'invented vinegar brewery'),
 ('Jethro Underhill Besom Makers Ltd', 'invented besom maker'),
 ('Ottilie Brandstaetter Besenbinderei GmbH', 'invented German broom binder'),
 ('Rosalind Featherstonehaugh Neon Signs Ltd', 'invented neon sign bender'),
 ('Caetano Vasconcelos Letreiros Neon Lda', 'invented Portuguese neon sign maker'),
 ('Haruto Kanemitsu Miso Jozo KK', 'invented Japanese miso brewery'),
 ('Delphine Marchetti Miso Artisanal SARL', 'invented French miso brewery'),
 # spare
 ('Augustin Blackwood Sail Loft LLC', 'invented sail loft'),
]

BRAND = [
 ('Dimension-Polyant Dacron sailcloth 7.6 oz', 'sailcloth'),
 ('Hyde sail palm leather', 'sailmaker\'s palm'),
 ('Bachmann trolley car HO scale', 'model streetcar'),
 ('Heinz distilled white vinegar 946 ml', 'vinegar'),
 ('Bragg organic apple cider vinegar 32 oz', 'vinegar'),
 ('Mizkan rice vinegar 500 ml', 'vinegar'),
 ('Marukome Ryotei no Aji miso 750 g', 'miso'),
 ('Hikari organic white miso 500 g', 'miso'),
 ('Libman Precision Angle broom', 'broom'),
 ('Voltarc neon tubing 15 mm', 'neon glass tubing'),
 # spare
 ('Hood waxed polyester sail twine', 'sail twine'),
]

# theme phrases for near misses (none of their words may be in a listed org name)
NEAR_PHRASES = ['Sailmaker Lofts', 'Tramway Motormen', 'Vinegar Brewers', 'Besom Binders', 'Neon Benders', 'Miso Koji']
# shares_one_word: listed first word + unlisted theme words
SHARE_FIRST = ['Universal', 'Capital', 'Smart', 'Future', 'Eastern', 'Grand', 'Victory', 'Imperial', 'Modern',
               'Popular', 'Overseas', 'Alliance', 'Express', 'Crown', 'Sky', 'Jupiter', 'Vista']
SHARE_PHRASES = ['Sailmakers', 'Tramway Motormen', 'Vinegar Brewers', 'Besom Binders', 'Neon Benders', 'Miso Koji',
                 'Sailcloth Lofts', 'Streetcar Restorers', 'Vinegar Acetators', 'Besom Brooms', 'Neon Glassbenders',
                 'Miso Brewers', 'Sailmaking Lofts', 'Trolleybus Restorers', 'Besom Workshop']

NEAR_STOP = set('''group national company trading general international service services industrial industries
investment investments commercial import export limited holding holdings bank trade state world global new
first oriental royal united union central development management technology technologies energy power
petroleum shipping marine airlines transport logistics construction engineering consulting resources
mining metal steel chemical pharmaceutical electronics systems solutions agro agricultural foods farm
market supply supplies finance financial exchange capital partners enterprises enterprise corporation
society foundation institute university office center centre house city star gold golden silver diamond
ocean pacific atlantic gulf north south east west eastern western northern southern middle asia europe
africa america american arab islamic russian chinese korea korean iran iranian syria syrian iraq cuba
volunteer organic laguna invest graphite finca omega orient yacht contractor october navy
inversiones comercial comercializadora servicios sociedad constructora grupo empresa agropecuaria
distribuidora importadora exportadora inmobiliaria promotora operadora desarrollos industrias productos
transportes materiales hermanos nacional internacional mexicana colombiana venezolana
estilo iberica piedra tour inversor lounge outlets managing turquesa hizmetlari tasimacilik doll momento granja litoral movil ingenieria connect facil polish commercio agroganadera suramericana niebla kerman warehouse hoteleras rail fisheries exim
'''.split())
