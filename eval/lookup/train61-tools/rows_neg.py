# Hand-written negative candidates: (category, query, description[, near-miss word, target SDN_Name])
N = []
def add(cat, rows):
    for r in rows:
        N.append((cat,) + tuple(r))

add('famous_unlisted', [
 ('James Lock & Co. Ltd', 'London hatters'), ('Borsalino S.p.A.', 'Italian hat maker'), ('John B. Stetson Company', 'US hat maker'),
 ('Philip Treacy Limited', 'Irish-born milliner'), ('James Smith & Sons (Umbrellas) Ltd', 'London umbrella shop'),
 ('Fox Umbrellas Ltd', 'English umbrella maker'), ('Knirps GmbH', 'German folding-umbrella maker'),
 ('Totes Isotoner Corporation', 'US umbrella and glove maker'), ('Whitechapel Bell Foundry', 'former London bell foundry'),
 ('John Taylor & Co (Bellfounders) Ltd', 'Loughborough bell foundry'), ('Grassmayr Glockengie\u00dferei', 'Innsbruck bell foundry'),
 ('Petit & Fritsen', 'Dutch bell foundry'), ('Tonnellerie Fran\u00e7ois Fr\u00e8res', 'French cooperage'),
 ('Independent Stave Company', 'US cooperage'), ('Speyside Cooperage', 'Scottish cooperage'),
 ("Rubie's Costume Company", 'US costume maker'), ('Angels Costumes Limited', 'London costume hire'),
 ('Smiffys', 'UK fancy-dress supplier'), ('Davenports Magic', 'London magic shop'), ("Tannen's Magic", 'New York magic shop'),
 ('Cameron Balloons Ltd', 'Bristol hot-air balloon maker'), ('Virgin Balloon Flights', 'UK balloon ride operator'),
 ('The Yankee Candle Company, Inc.', 'US candle maker'), ('Bolsius International B.V.', 'Dutch candle maker'),
 ('Cire Trudon', 'Paris candle maker'), ('Findmypast Limited', 'genealogy website'), ('MyHeritage Ltd.', 'genealogy website'),
])
add('other_script', [
 ('\u682a\u5f0f\u4f1a\u793e\u30e0\u30fc\u30f3\u30d0\u30c3\u30c8', 'Japanese umbrella maker Moonbat'),
 ('\u30ab\u30e1\u30e4\u30de\u682a\u5f0f\u4f1a\u793e', 'Japanese candle maker Kameyama'),
 ('\u682a\u5f0f\u4f1a\u793e\u30c6\u30f3\u30e8\u30fc', 'Japanese magic-trick maker Tenyo'),
 ('\u5929\u5802\u4f1e', 'Chinese umbrella brand Paradise'),
 ('\u676d\u5dde\u5929\u5802\u4f1e\u4e1a\u96c6\u56e2\u6709\u9650\u516c\u53f8', 'Chinese umbrella group (Hangzhou Paradise)'),
 ('\uc11c\uc6b8\uc6b0\uc0b0\uacf5\ubc29', 'Korean umbrella workshop (invented)'),
 ('\ud55c\uad6d\uc871\ubcf4\uc5f0\uad6c\uc6d0', 'Korean genealogy institute (invented)'),
 ('\u041b\u0438\u0442\u0435\u0439\u043d\u044b\u0439 \u0434\u0432\u043e\u0440 \u00ab\u041f\u044f\u0442\u043a\u043e\u0432 \u0438 \u041a\u00bb', 'Russian bell foundry'),
 ('\u039a\u03b1\u03c0\u03b5\u03bb\u03ac\u03b4\u03b9\u03ba\u03bf \u0391\u03b8\u03b7\u03bd\u03ce\u03bd', 'Greek hat shop (invented)'),
 ('\u092e\u094b\u092e\u092c\u0924\u094d\u0924\u0940 \u0909\u0926\u094d\u092f\u094b\u0917 \u091c\u092f\u092a\u0941\u0930', 'Hindi candle works (invented)'),
 ('\u05d7\u05e0\u05d5\u05ea \u05e7\u05e1\u05de\u05d9\u05dd \u05ea\u05dc \u05d0\u05d1\u05d9\u05d1', 'Hebrew magic shop (invented)'),
 ('\u0645\u0635\u0646\u0639 \u0628\u0631\u0627\u0645\u064a\u0644 \u0627\u0644\u0628\u0644\u0648\u0637', 'Arabic oak-barrel works (invented)'),
 ('\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e17\u0e33\u0e23\u0e48\u0e21\u0e1a\u0e48\u0e2d\u0e2a\u0e23\u0e49\u0e32\u0e07', 'Thai Bo Sang umbrella centre'),
 ('\u0535\u0580\u0587\u0561\u0576\u056b \u0563\u056c\u056d\u0561\u0580\u056f\u0576\u0565\u0580\u056b \u057d\u0580\u0561\u0570', 'Armenian hat salon (invented)'),
 ('\u10d7\u10d1\u10d8\u10da\u10d8\u10e1\u10d8\u10e1 \u10e1\u10d0\u10dc\u10d7\u10da\u10d4\u10d1\u10d8\u10e1 \u10e1\u10d0\u10ee\u10d4\u10da\u10dd\u10e1\u10dc\u10dd', 'Georgian candle workshop (invented)'),
 ('\u06a9\u0644\u0627\u0647\u200c\u062f\u0648\u0632\u06cc \u062a\u0647\u0631\u0627\u0646', 'Persian hat maker (invented)'),
 ('\u0414\u0437\u0432\u043e\u043d\u0430\u0440\u043d\u044f \u00ab\u0414\u0437\u0432\u043e\u043d\u0438 \u041f\u043e\u0434\u0456\u043b\u043b\u044f\u00bb', 'Ukrainian bell workshop (invented)'),
 ('\u0428\u0430\u043f\u043a\u0430\u0440\u043d\u0438\u0446\u0430 \u0421\u043e\u0444\u0438\u044f', 'Bulgarian hat shop (invented)'),
 ('\u4e2d\u534e\u5bb6\u8c31\u7814\u7a76\u4e2d\u5fc3', 'Chinese genealogy centre (invented)'),
])
nm = [
 ('Cruzita Hat Boutique', 'cruzita', 'CRUZITA NOVEDADES'), ('Yosary Costume Hire', 'yosary', 'INVERSIONES YOSARY'),
 ('Panacol Candles', 'panacol', 'INVERSORA PANACOL S.A.'), ('Taladro Bell Foundry', 'taladro', 'INVERSIONES TALADRO LTDA.'),
 ('Escorial Umbrellas', 'escorial', 'INMOBILIARIA EL ESCORIAL LTDA.'), ('Kayum Kites', 'kayum', 'GRUPO MBS - KAYUM CENTRE'),
 ('Desland Cooperage', 'desland', 'DESLAND OVERSEAS, LTD'), ('Sahect Balloon Rides', 'sahect', 'GRUPO SAHECT, C.A.'),
 ('Evcomer Velas Artesanales', 'evcomer', 'EVCOMER, S.A. DE C.V.'), ('Alkala Sombrerer\u00eda', 'alkala', 'ALKALA ASOCIADOS S.A.'),
 ('Bolsak Paraguas', 'bolsak', 'BOLSAK E.U.'), ('Maduro Family History', 'maduro', 'FELIX B. MADURO S.A.'),
 ('Krakern Barrel Works', 'krakern', 'KRAKERN LIMITED'), ('Rajbrook Fancy Dress', 'rajbrook', 'RAJBROOK LIMITED'),
 ('Caprikat Magic Shop', 'caprikat', 'CAPRIKAT LIMITED'), ('Landtek Balloon Flights', 'landtek', 'LANDTEK DEVELOPERS'),
 ('Kafak Candle Works', 'kafak', 'KAFAK ENTERPRISES LIMITED'), ('Rozaro Millinery', 'rozaro', 'ROZARO DEVELOPMENT LIMITED'),
 ('Charso Genealogy', 'charso', 'CHARSO LIMITED'), ('Pimento Candle Co', 'pimento', 'PIMENTO FARM'),
 ('Lothain Hatters', 'lothain', 'LOTHAIN FARM'), ('Sytrol Kite Shop', 'sytrol', 'SYTROL'),
 ('Comoil Costume Rentals', 'comoil', 'COMOIL (PVT) LTD'), ('Sinsms Magic Supplies', 'sinsms', 'SINSMS PTE. LTD.'),
 ('Reyco Glockengie\u00dferei', 'reyco', 'REYCO GMBH.'), ('Sambouk Umbrella House', 'sambouk', 'SAMBOUK SHIPPING FZC'),
 ('Cecep Cooperage', 'cecep', 'CECEP S.A.'), ('Panama Felix Hatters', 'felix', 'FELIX B. MADURO S.A.'),
 ('Seabrass Bell Ringers', 'seabrass', 'SEABRASS LIMITED'), ('Medal Costume Hire', 'medal', 'MEDAL INVERSIONES, S.A.'),
 ('Agroespinal Candles', 'agroespinal', 'AGROESPINAL S.A.'), ('Gales Walking Sticks', 'gales', 'INMOBILIARIA GALES LTDA.'),
]
for q, w, t in nm:
    N.append(('near_miss', q, 'invented theme firm reusing one word of an in-set target', w, t))
add('shares_one_word', [
 ('Golden Bell Foundry', 'invented bell foundry'), ('Royal Hatters', 'invented hat maker'), ('Star Magic Shop', 'invented magic shop'),
 ('Crown Umbrellas', 'invented umbrella shop'), ('Eagle Kites', 'invented kite shop'), ('Atlas Costume Hire', 'invented costume hire'),
 ('Pioneer Genealogy', 'invented genealogy service'), ('Silver Cask Cooperage', 'invented cooperage'),
 ('Ocean Balloon Flights', 'invented balloon operator'), ('Global Fancy Dress', 'invented fancy-dress shop'),
 ('Diamond Candle Works', 'invented candle maker'), ('Union Barrel Works', 'invented cooperage'),
 ('Victory Millinery', 'invented milliner'), ('Pearl Parasols', 'invented umbrella maker'), ('Liberty Costumes', 'invented costume shop'),
 ('Phoenix Candles', 'invented candle maker'), ('Falcon Walking Sticks', 'invented stick maker'),
])
add('generic', [
 ('bespoke hat maker', 'generic milliner'), ('umbrella repair', 'generic umbrella repair'), ('church bell restoration', 'generic bell work'),
 ('oak barrel supplier', 'generic cooperage'), ('fancy dress hire', 'generic costume hire'), ('magic tricks shop', 'generic magic shop'),
 ('hot air balloon ride', 'generic balloon ride'), ('stunt kite shop', 'generic kite shop'), ('soy wax candle workshop', 'generic candle maker'),
 ('family tree research', 'generic genealogy'), ('wedding hat hire', 'generic hat hire'), ('walking stick maker', 'generic stick maker'),
 ('whisky cask cooperage', 'generic cooperage'), ('halloween costume rental', 'generic costume hire'), ('parish records lookup service', 'generic genealogy'),
 ('hat block maker', 'generic milliner supply'), ('bell ringing lessons', 'generic bell ringing'), ('candle making class', 'generic candle workshop'),
])
add('chat_request', [
 ('podes verificar Chapeler\u00eda Compostela S.L. antes de pagar?', 'Galician; invented milliner'),
 ('kanns de Luxembourg Bell Works S.\u00e0 r.l. iwwerpr\u00e9iwe ier mir bezuelen?', 'Luxembourgish; invented bell works'),
 ('kanst t\u00fa kanna T\u00f3rshavnar Lj\u00f3sasmi\u00f0ja P/F \u00e1\u00f0renn vit gjalda?', 'Faroese; invented candle maker'),
 ('kinsto Ljouwert Paraplu B.V. neigean foardat wy betelje?', 'West Frisian; invented umbrella maker'),
 ('gallout a rafe gwiria\u00f1 Kemper Kites SARL a-raok paea\u00f1?', 'Breton; invented kite shop'),
 ("an urrainn dhut s\u00f9il a thoirt air Inbhir Nis Cooperage Ltd mus p\u00e0igh sinn?", 'Scottish Gaelic; invented cooperage'),
 ("an f\u00e9idir leat seice\u00e1il a dh\u00e9anamh ar Gaillimh Hat Company Ltd sula n\u00edocfaimid?", 'Irish; invented hat maker'),
 ('\u1e63\u00e9 o l\u00e8 \u1e63\u00e0y\u1eb9\u0300w\u00f2 Ibadan Candle Makers Ltd k\u00ed a t\u00f3 san owo?', 'Yoruba; invented candle maker'),
 ('ungahlola i-Durban Magic Supplies (Pty) Ltd ngaphambi kokuthi sikhokhe?', 'Zulu; invented magic shop'),
 ('ma hubin kartaa Hargeisa Umbrella Traders ka hor intaanan bixin?', 'Somali; invented umbrella trader'),
 ('pakisuri ang Cebu Costume Rentals Inc. bago tayo magbayad', 'Tagalog; invented costume hire'),
 ('mabalinmo kadi nga kitaen ti Vigan Balloon Rides sakbay nga agbayadtayo?', 'Ilocano; invented balloon rides'),
 ('yu save jekem Port Vila Kite Shop bifo yumi pem?', 'Bislama; invented kite shop'),
 ('kan jy asseblief Stellenbosch Kuipery (Edms) Bpk nagaan voor ons betaal?', 'Afrikaans; invented cooperage'),
 ('\u0109u vi povas kontroli Zamenhof Genealogio Ltd anta\u016d ol ni pagas?', 'Esperanto; invented genealogy firm'),
 ('potesne inspicere Roma Campanarum Fusores S.r.l. priusquam solvimus?', 'Latin; invented bell foundry'),
 ("puo' cuntrull\u00e0 Cappellaria Partenope S.r.l. primma 'e pag\u00e0?", 'Neapolitan; invented hat maker'),
 ('ti pol controlar Ombreleri Venessiani S.r.l. prima de pagar?', 'Venetian; invented umbrella maker'),
 ('pu\u00f2i cuntrullari Carnevali Costumi Palermo S.r.l. prima di pagari?', 'Sicilian; invented costume hire'),
 ('s\u00e1httet go d\u00e1rkkistit Romsa Ginttalbargu AS ovdal go m\u00e1ks\u00e1t?', 'Northern Sami; invented candle workshop'),
 ('wobetumi ahw\u025b Kumasi Magic House Ltd ansa na y\u025bat\u0254 ka?', 'Twi; invented magic shop'),
 ('woshobora gusuzuma Bujumbura Family Records SPRL imbere yo kuriha?', 'Kirundi; invented genealogy firm'),
 ('siña un egga\u2019 i Hag\u00e5t\u00f1a Balloon Tours Inc. antes di ta apase?', 'Chamorro; invented balloon operator'),
 ('\u00bftihueliz tiquittaz Tlaxcallan Sombreros S.A. achto ic titlaxtlahuazqueh?', 'Nahuatl; invented hat maker'),
 ('i b\u025b se ka Bamako Parapli Boutiki SARL laj\u025b sani an ka sara?', 'Bambara; invented umbrella shop'),
 ('kannst du Thuringer Kerzenmanufaktur pruefen bevor wir zahlen', 'German without umlauts; invented candle maker'),
])
add('person_as_company', [
 ('Beatrice Lawson Millinery Ltd', 'invented milliner'), ('Giovanni Ferri Ombrelli S.r.l.', 'invented umbrella maker'),
 ('Klaus Becker Glockengie\u00dferei GmbH', 'invented bell foundry'), ("Patrick O'Neill Cooperage Ltd", 'invented cooperage'),
 ('\u00c9lodie Lambert Costumes SARL', 'invented costume hire'), ('Marcus Reed Magic Supplies Ltd', 'invented magic shop'),
 ('Haruto Suzuki Kite K.K.', 'invented kite maker'), ('Ingrid Solberg Lysst\u00f8peri AS', 'invented candle maker'),
 ('Rosa Jim\u00e9nez Genealog\u00eda S.L.', 'invented genealogy firm'), ('Piotr Zieli\u0144ski Balony Sp. z o.o.', 'invented balloon operator'),
 ('Fatma Demir \u015eapka Ltd. \u015eti.', 'invented hat maker'), ('Johan Bergstr\u00f6m Ljusfabrik AB', 'invented candle maker'),
 ('Siobhan Keane Walking Sticks Ltd', 'invented stick maker'),
])
add('brand_product', [
 ('Fulton Tiny-2 compact umbrella', 'umbrella model'), ('Senz Automatic storm umbrella', 'umbrella model'),
 ('Yankee Candle Balsam & Cedar large jar', 'candle product'), ('Bolsius rustic pillar candle 130x68', 'candle product'),
 ('Bicycle Standard poker deck', 'magic/cards product'), ('Stetson Open Road hat', 'hat model'),
 ('Borsalino Alessandria fedora', 'hat model'), ('Prism Quantum 2.0 dual-line kite', 'kite model'),
 ('AncestryDNA test kit', 'genealogy product'), ('Rubie\'s Darth Vader adult costume', 'costume product'),
 ('Fox Umbrellas GT1 maple crook', 'umbrella model'),
])
