"""train101 hand-written negatives (theme: buzkashi teams, kvass brewers, nyckelharpa makers, kapa haka groups,
mallakhamb schools, yukigassen teams). Lists are in build order; rows past the quota are spares."""

PHRASES = [('Buzkashi Chapandaz', 'buzkashi team'), ('Kvass Kvasniks', 'kvass brewer'), ('Nyckelharpa Keyfiddles', 'nyckelharpa maker'),
           ('Haka Kaihaka', 'kapa haka group'), ('Mallakhamb Akharas', 'mallakhamb school'), ('Yukigassen Snowballers', 'yukigassen team')]

FIRST_WORDS = ['Alpha', 'Blue', 'Green', 'Gulf', 'Pacific', 'Atlantic', 'Sun', 'Gold', 'Union', 'Liberty', 'Victoria', 'Mercury',
               'Neptune', 'Nova', 'Fajr', 'Baltic', 'Nordic', 'Sigma', 'Vector', 'Fortune', 'Heritage', 'Harmony', 'Quantum', 'Legacy']

FAMOUS = [
    ('Afghanistan Buzkashi Federation', 'national buzkashi federation'),
    ('Kazakhstan Kokpar Federation', 'national kokpar (buzkashi) federation'),
    ('Kok-Boru Federation of Kyrgyzstan', 'national kok-boru (buzkashi) federation'),
    ('World Nomad Games', 'games with buzkashi-style events'),
    ('Ochakovo', 'Moscow brewery known for kvass'),
    ('Nikola Kvass', 'kvass brand'),
    ('Kvas Taras', 'kvass brand'),
    ('Lidskae Pivo', 'Belarusian brewery that makes kvass'),
    ('Eric Sahlstr\u00f6m Institutet', 'Swedish folk-music school for the nyckelharpa'),
    ('American Nyckelharpa Association', 'nyckelharpa association'),
    ('Nyckelharpans V\u00e4nner', 'nyckelharpa society'),
    ('V\u00e4sen', 'Swedish band with a nyckelharpa player'),
    ('Te Matatini', 'national kapa haka festival body'),
    ('Te Waka Huia', 'kapa haka group'),
    ('Ng\u0101ti Rangiwewehi Kapa Haka', 'kapa haka group'),
    ('Te Iti Kahurangi', 'kapa haka group'),
    ('Wh\u0101ng\u0101r\u0101-mai-Tawhiti', 'kapa haka group'),
    ('Mallakhamb Federation of India', 'national mallakhamb federation'),
    ('Shree Samarth Vyayam Mandir', 'Mumbai gymnasium known for mallakhamb'),
    ('Vishwa Mallakhamb Federation', 'world mallakhamb federation'),
    ('Akhil Maharashtra Mallakhamb Sanghatana', 'state mallakhamb association'),
    ('Japan Yukigassen Federation', 'national yukigassen federation'),
    ('Showa-Shinzan International Yukigassen', 'yukigassen tournament'),
    ('Yukigassen Finland', 'national yukigassen association'),
    ('Kemij\u00e4rvi Yukigassen Club', 'yukigassen club'),
    ('Deka Kvass', 'kvass brand (spare)'),
    ('Nordic Yukigassen Association', 'yukigassen association (spare)'),
]

OTHER_SCRIPT = [
    ('\u672d\u5e4c\u96ea\u5408\u6226\u30af\u30e9\u30d6', 'invented yukigassen club in Japanese'),
    ('\u5927\u8fde\u683c\u74e6\u65af\u996e\u6599\u5382', 'invented kvass maker in Chinese'),
    ('\u0e2a\u0e42\u0e21\u0e2a\u0e23\u0e1a\u0e38\u0e0b\u0e01\u0e32\u0e0a\u0e35\u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48', 'invented buzkashi club in Thai'),
    ('\u0535\u0580\u0587\u0561\u0576\u056b \u0576\u056b\u056f\u0565\u056c\u0570\u0561\u0580\u057a\u0561\u0575\u056b \u0561\u0580\u0570\u0565\u057d\u057f\u0561\u0576\u0578\u0581', 'invented nyckelharpa workshop in Armenian'),
    ('\u10d7\u10d1\u10d8\u10da\u10d8\u10e1\u10d8\u10e1 \u10d9\u10d5\u10d0\u10e1\u10d8\u10e1 \u10e1\u10d0\u10ee\u10d0\u10e0\u10e8\u10d8', 'invented kvass brewery in Georgian'),
    ('\u0b9a\u0bc6\u0ba9\u0bcd\u0ba9\u0bc8 \u0bae\u0bb2\u0bcd\u0bb2\u0b95\u0bae\u0bcd\u0baa\u0bae\u0bcd \u0baa\u0baf\u0bbf\u0bb1\u0bcd\u0b9a\u0bbf \u0bae\u0bc8\u0baf\u0bae\u0bcd', 'invented mallakhamb school in Tamil'),
    ('\u0628\u0627\u0634\u06af\u0627\u0647 \u0628\u0632\u06a9\u0634\u06cc \u0645\u0634\u0647\u062f', 'invented buzkashi club in Persian'),
    ('\u0410\u043b\u043c\u0430\u0442\u044b \u043a\u04e9\u043a\u043f\u0430\u0440 \u043a\u043e\u043c\u0430\u043d\u0434\u0430\u0441\u044b', 'invented kokpar team in Kazakh'),
    ('\u041a\u0430\u0437\u0430\u043d \u043a\u0432\u0430\u0441 \u0437\u0430\u0432\u043e\u0434\u044b', 'invented kvass works in Tatar'),
    ('\u0418\u0436\u043a\u0430\u0440 \u043a\u0432\u0430\u0441 \u043f\u0443\u043a\u0442\u043e\u043d \u0438\u043d\u0442\u044b', 'invented kvass maker in Udmurt'),
    ('\u0421\u044b\u043a\u0442\u044b\u0432\u043a\u0430\u0440\u0441\u044c \u043d\u044e\u043a\u0435\u043b\u044c\u0445\u0430\u0440\u043f\u0430 \u0432\u04e7\u0447\u0430\u043d\u0456\u043d', 'invented nyckelharpa workshop in Komi'),
    ('\u0423\u043b\u0430\u0430\u043d-\u04ae\u0434\u044d \u044e\u043a\u0438\u0433\u0430\u0441\u0441\u0435\u043d \u0431\u04af\u043b\u044d\u0433', 'invented yukigassen team in Buryat'),
    ('\u041a\u044b\u0437\u044b\u043b \u0431\u0443\u0437\u043a\u0430\u0448\u0438 \u0431\u04e9\u043b\u04af\u043a', 'invented buzkashi team in Tuvan'),
    ('\u042d\u043b\u0441\u0442 \u043a\u0430\u043f\u0430 \u0445\u0430\u043a\u0430 \u0431\u04af\u043b\u0433', 'invented kapa haka group in Kalmyk'),
    ('\u041c\u0430\u0445\u04c0\u0430\u0447\u0445\u044a\u0430\u043b\u0430 \u043c\u0430\u043b\u043b\u0430\u043a\u0445\u0430\u043c\u0431 \u043a\u0440\u0443\u0436\u043e\u043a', 'invented mallakhamb school in Avar'),
    ('\u0414\u0435\u0440\u0431\u0435\u043d\u0442 \u043a\u0432\u0430\u0441 \u0433\u044c\u0430\u0441\u0438\u043b\u0434\u0430\u0439 \u043a\u0430\u0440\u0445\u0430\u043d\u0430', 'invented kvass works in Lezgian'),
    ('\u13e3\u13b3\u13a9 \u13f3\u13a9\u13a6\u13ce\u13c2 \u13a0\u13c2\u13cd\u13a6\u13af', 'invented yukigassen team in Cherokee'),
    ('\u062d\u064a\u062f\u0631\u0622\u0628\u0627\u062f \u0645\u0644\u06aa\u06be\u0645\u0628 \u0627\u06aa\u064a\u068a\u0645\u064a', 'invented mallakhamb academy in Sindhi'),
    ('\u0419\u043e\u0448\u043a\u0430\u0440-\u041e\u043b\u0430 \u043a\u0432\u0430\u0441 \u043f\u0443\u044b\u043c\u0430\u0448', 'invented kvass maker in Meadow Mari (spare)'),
]

GENERIC = [
    ('how many riders take part in a buzkashi match', 'question about buzkashi'),
    ('what is a chapandaz in buzkashi', 'question about buzkashi'),
    ('how long does it take to ferment homemade kvass', 'question about kvass'),
    ('can you make kvass from rye bread crusts', 'question about kvass'),
    ('how many keys does a chromatic nyckelharpa have', 'question about the nyckelharpa'),
    ('what wood is a nyckelharpa body carved from', 'question about the nyckelharpa'),
    ('what do the movements in a kapa haka performance mean', 'question about kapa haka'),
    ('how is kapa haka judged at the national festival', 'question about kapa haka'),
    ('what is the difference between pole and rope mallakhamb', 'question about mallakhamb'),
    ('why is castor oil rubbed on a mallakhamb pole', 'question about mallakhamb'),
    ('how many snowballs does each yukigassen team get', 'question about yukigassen'),
    ('what size is a yukigassen court', 'question about yukigassen'),
    ('is buzkashi played on horses or on yaks', 'question about buzkashi'),
    ('what does kvass taste like', 'question about kvass'),
    ('how do you hold the bow when playing a nyckelharpa', 'question about the nyckelharpa'),
    ('how tall is a wooden mallakhamb pole', 'question about mallakhamb (spare)'),
]

CHAT = [
    ("Bondjo\u00fb, li br\u00easseuse Kvass L\u00eedjw\u00e8 SPRL est-\u00e8le so l' lisse des sanccions?", 'invented kvass brewer asked about in Walloon'),
    ("Ciao, la ditta Nyckelharpa Emiliana srl l'\u00e8 in dla l\u00e9sta dal sanzi\u00f2un?", 'invented nyckelharpa maker asked about in Emilian'),
    ('B\u00f3s dies, la cumpanhie Buzkashi Tr\u00e1s-os-Montes st\u00e1 na lhista de san\u00e7ones?', 'invented buzkashi team asked about in Mirandese'),
    ('G\u00fcenus d\u00edas, \u00bfla empresa Yukigassen Gredus est\u00e1 en la lista de sancionis?', 'invented yukigassen team asked about in Extremaduran'),
    ('Dobry d\u017a\u0119\u0144, je firma Kvass Budy\u0161in na sankciskej lis\u0107inje?', 'invented kvass brewer asked about in Upper Sorbian'),
    ('Dobri dz\u00e9\u0144, cz\u00eb firma Nyckelharpa Kasz\u00ebb\u00eb je na l\u00ebsce sankcj\u00f3w?', 'invented nyckelharpa maker asked about in Kashubian'),
    ('Terveh, onko Kvassupaja Anuksen firma sankcielistal?', 'invented kvass brewer asked about in Karelian'),
    ('Tervhen, om-ik Vepsan Kvas firm sankcijoiden nimikirjutesas?', 'invented kvass brewer asked about in Veps'),
    ('Ti\u00f5rv, lij-a Yukigassen Nje\u00e4\u02b9llem se\u02b9rvv sankki\u00f5nlistt\u00e2st?', 'invented yukigassen team asked about in Skolt Sami'),
    ('Moghrey mie, vel y chompaynee Kapa Haka Doolish er y rolley smaghtyn?', 'invented kapa haka group asked about in Manx'),
    ('Dydh da, yw an kowethas Mallakhamb Kernow war an rol kessydhyansow?', 'invented mallakhamb school asked about in Cornish'),
    ('Moni, kodi kampani ya Buzkashi Lilongwe ili pa mndandanda wa zilango?', 'invented buzkashi team asked about in Chichewa'),
    ("Gyebale ko, kampuni ya Yukigassen Kampala eri ku lukalala lw'ebibonerezo?", 'invented yukigassen team asked about in Luganda'),
    ('Avuxeni, xana khampani ya Kvass Tzaneen yi le ka nxaxamelo wa swigwevo?', 'invented kvass brewer asked about in Xitsonga'),
    ('Ndaa, naa khamphani ya Nyckelharpa Thohoyandou i kha mutevhe wa ndatiso?', 'invented nyckelharpa maker asked about in Tshivenda'),
    ('Sawubona, ingabe inkampani Kapa Haka Mbabane ikuluhlu lwetijeziso?', 'invented kapa haka group asked about in Siswati'),
    ('Nyiso, kamfani Mallakhamb Maiduguri sankshen listebe dem mbeji?', 'invented mallakhamb school asked about in Kanuri'),
    ('Halo, kampani Buzkashi Vila Limited i stap long list blong sanksen?', 'invented buzkashi team asked about in Bislama'),
    ('Talofa, e i luga i te lisi o fakasalaga te kamupani Yukigassen Funafuti?', 'invented yukigassen team asked about in Tuvaluan'),
    ('Kia orana, tei runga ainei te kamupani Kapa Haka Avarua i te r\u0101ti t\u0101pu?', 'invented kapa haka group asked about in Rarotongan'),
    ('Naimbag nga aldaw, adda kadi ti kompania a Mallakhamb Laoag iti listaan dagiti sanksion?', 'invented mallakhamb school asked about in Ilocano'),
    ('Mayap a aldo, atyu ba ing kumpanyang Kvass Angeles king listaan da reng sanction?', 'invented kvass brewer asked about in Kapampangan'),
    ('Wilujeng enjing, naha pausahaan Nyckelharpa Bandung aya dina daptar sanksi?', 'invented nyckelharpa maker asked about in Sundanese'),
    ('Salamaik pagi, apo parusahaan Buzkashi Padang ado di daftar sanksi?', 'invented buzkashi team asked about in Minangkabau'),
    ('Nyob zoo, lub tuam txhab Yukigassen Hmoob puas nyob rau hauv daim ntawv teev npe raug nplua?', 'invented yukigassen team asked about in Hmong'),
    ('Buiti binafi, ka lidan lista le kompaini Kapa Haka Dangriga?', 'invented kapa haka group asked about in Garifuna (spare)'),
    ('Jamaya, \u00bfMallakhamb Uribia jalain lista?', 'invented mallakhamb school asked about in Wayuu (spare)'),
]

PERSON = [
    ('Bakhyt Seitkaliyev Kokpar Stables TOO', 'invented person-named kokpar stable'),
    ('Prudence Ashgrove Buzkashi Tours Ltd', 'invented person-named buzkashi tour firm'),
    ('Svetlana Prokhorenko Kvass Brewery OOO', 'invented person-named kvass brewery'),
    ('Gideon Marchbank Kvass Company LLC', 'invented person-named kvass firm'),
    ('Ingrid L\u00f6vgren-Asp Nyckelharpor AB', 'invented person-named nyckelharpa maker'),
    ('Cornelius Whitlow Nyckelharpa Workshop Ltd', 'invented person-named nyckelharpa workshop'),
    ('Hemi Tawhara-R\u0113weti Kapa Haka Ltd', 'invented person-named kapa haka firm'),
    ('Moana P\u0101rata Haka Academy Ltd', 'invented person-named haka academy'),
    ('Dattatray Kulkarni Mallakhamb Akhara Pvt Ltd', 'invented person-named mallakhamb school'),
    ('Imogen Featherstone Mallakhamb Studio Ltd', 'invented person-named mallakhamb studio'),
    ('Haruto Kisaragi Yukigassen Club KK', 'invented person-named yukigassen club'),
    ('Aleksi Ruotsalainen Yukigassen Oy', 'invented person-named yukigassen firm'),
    ('Lorcan Pembridge Kvass Bar Ltd', 'invented person-named kvass bar (spare)'),
]

BRAND = [
    ('Ochakovo kvass 2 l PET bottle', 'kvass product'),
    ('Rye malt kvass concentrate 1 kg', 'kvass product'),
    ('Nyckelharpa 3-row chromatic spruce top', 'nyckelharpa product'),
    ('Nyckelharpa rosin and baroque bow set', 'nyckelharpa product'),
    ('Mallakhamb pole sheesham wood 2.6 m', 'mallakhamb product'),
    ('Rope mallakhamb cotton 5.5 m', 'mallakhamb product'),
    ('Yukigassen snowball maker 90 balls', 'yukigassen product'),
    ('Yukigassen helmet with face shield', 'yukigassen product'),
    ('Buzkashi saddle with wooden tree', 'buzkashi product'),
    ('Kapa haka piupiu flax skirt', 'kapa haka product'),
    ('Chapan quilted riding coat for buzkashi', 'buzkashi product (spare)'),
    ('Poi balls for kapa haka set of 2', 'kapa haka product (spare)'),
]

HAND = {'famous_unlisted': FAMOUS, 'other_script': OTHER_SCRIPT, 'generic': GENERIC, 'chat_request': CHAT,
        'person_as_company': PERSON, 'brand_product': BRAND}

NEAR_STOP = set('''general national services trading import export company bank shipping industries industrial investment development
construction engineering technology petroleum energy group holding commercial comercial inversiones servicios sociedad importadora
exportadora distribuidora constructora inmobiliaria agropecuaria ganadera hacienda finca hotel hoteles restaurante farmacia drogueria
transportes comercializadora productos administradora promotora operadora consultores asesores sistemas soluciones nacional global
central union united unidos nueva nuevo santa santo mundo grande gran norte south north east west oriental occidental river
international american africa asia europe world limited private public pacific atlantic golden royal star
advertising aerea agitation agrario agricultores agropecuarias anstalt architectural banco barbara bodega bodegas broker canarias
carro cigars compra contractor diversion eden electro eleventh empacadora energeticos entertainment espiritu estaciones financiacion
freezer frutas ganaderos gift hijos hotelera invesments leaf luna minerals minero mega news night optronics pacifico palmeras parc perla
pesca planeta porvenir propaganda propiedades responsable revolutionaries shops solar suprema taladro tecnologia tropic vago venta verde
wolves nationwide serb somali tamils turkistan brasilera democratiques bienestar daulah epoca grifos haushaltwaren kimiya kuban millenium
negociamos offenbach'''.split())
