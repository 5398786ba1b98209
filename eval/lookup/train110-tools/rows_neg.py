# -*- coding: utf-8 -*-
"""train110 hand-written negatives (with spares), theme phrases, shares-one-word first words, near-miss stop list."""
import unicodedata

def _ol(names):
    return ''.join(unicodedata.lookup('OL CHIKI LETTER ' + n) for n in names.split())

def _chr(names):
    return ''.join(unicodedata.lookup('CHEROKEE LETTER ' + n) for n in names.split())

THEME_PHRASES = ['Alebrije Copal', 'Rakugo Yose', 'Cenote Espeleobuceo', 'Mezcal Palenque', 'Hanafuda Karuta', 'Pintxos Txoko']

FAMOUS = [
    ('Taller Jacobo y María Ángeles', 'alebrije carving workshop in San Martin Tilcajete'),
    ('Museo de Arte Popular', 'folk-art museum in Mexico City that runs the alebrije parade'),
    ('Gran Desfile de Alebrijes Monumentales', 'yearly alebrije parade in Mexico City (an event)'),
    ('Suzumoto Engeijo', 'yose (rakugo) hall in Ueno, Tokyo'),
    ('Asakusa Engei Hall', 'yose (rakugo) hall in Asakusa, Tokyo'),
    ('Shinjuku Suehirotei', 'yose (rakugo) hall in Shinjuku, Tokyo'),
    ('Ikebukuro Engeijo', 'yose (rakugo) hall in Ikebukuro, Tokyo'),
    ('Tenma Tenjin Hanjotei', 'yose (rakugo) hall in Osaka'),
    ('Rakugo Kyokai', 'rakugo performers association in Tokyo'),
    ('Cenote Dos Ojos', 'cenote and cave-diving site near Tulum'),
    ('Gran Cenote', 'cenote swimming site near Tulum'),
    ('Cenote Ik Kil', 'cenote near Chichen Itza'),
    ('Cenote Zacil-Ha', 'cenote near Tulum'),
    ('Sistema Sac Actun', 'underwater cave system in Quintana Roo'),
    ('Del Maguey Single Village Mezcal', 'mezcal brand'),
    ('Montelobos Mezcal', 'mezcal brand'),
    ('Ilegal Mezcal', 'mezcal brand'),
    ('Mezcal Vago', 'mezcal brand'),
    ('Los Danzantes Mezcal', 'mezcal brand and distillery'),
    ('Nintendo Koppai', 'early name of the hanafuda maker that became Nintendo'),
    ('Oishi Tengudo', 'hanafuda and karuta card maker in Kyoto'),
    ('Matsui Tengudo', 'hanafuda card maker in Kyoto'),
    ('La Cuchara de San Telmo', 'pintxo bar in San Sebastian'),
    ('Gandarias Jatetxea', 'pintxo bar and restaurant in San Sebastian'),
    ('Borda Berri', 'pintxo bar in San Sebastian'),
    ('Ganbara Jatetxea', 'pintxo bar in San Sebastian'),
    ('Kamigata Rakugo Kyokai', 'rakugo performers association in Osaka'),
]

OTHER_SCRIPT = [
    ('Кызыл алебрихе чазаар бажың', 'invented alebrije carving shop in Kyzyl, Tuvan (Cyrillic)'),
    ('Налшык пинчос бар', 'invented pintxo bar in Nalchik, Kabardian (Cyrillic)'),
    ('Йошкар-Олан ханафуда карт пашалык', 'invented hanafuda card workshop in Yoshkar-Ola, Meadow Mari (Cyrillic)'),
    ('Саранскоень мескаль теиця', 'invented mezcal maker in Saransk, Erzya (Cyrillic)'),
    ('Магас ракуго театр', 'invented rakugo theatre in Magas, Ingush (Cyrillic)'),
    ('თბილისის ალებრიხეს სახელოსნო', 'invented alebrije workshop in Tbilisi, Georgian'),
    ('ზუგდიდიშ მესკალიშ ოხვამე', 'invented mezcal house in Zugdidi, Mingrelian (Georgian script)'),
    ('અમદાવાદ મેઝકલ ડિસ્ટિલરી', 'invented mezcal distillery in Ahmedabad, Gujarati'),
    ('ਅੰਮ੍ਰਿਤਸਰ ਹਾਨਾਫੂਦਾ ਕਾਰਡ ਕੰਪਨੀ', 'invented hanafuda card company in Amritsar, Punjabi (Gurmukhi)'),
    ('హైదరాబాద్ రకుగో హాల్', 'invented rakugo hall in Hyderabad, Telugu'),
    ('ಬೆಂಗಳೂರು ಪಿಂಚೋಸ್ ಬಾರ್', 'invented pintxo bar in Bengaluru, Kannada'),
    ('കൊച്ചി സെനോട്ടെ ഡൈവിംഗ് ക്ലബ്', 'invented cenote diving club in Kochi, Malayalam'),
    ('מעזקאַל ברענפֿעריי אין ווילנע', 'invented mezcal distillery in Vilnius, Yiddish (Hebrew script)'),
    ('ܒܝܬ ܪܩܘܓܘ ܕܢܘܗܕܪܐ', 'invented rakugo house in Duhok, Assyrian Neo-Aramaic (Syriac)'),
    ('ᐃᖃᓗᐃᑦ ᐊᓕᐳᕆᕼᐃ ᓴᓇᔨᕕᒃ', 'invented alebrije workshop in Iqaluit, Inuktitut (syllabics)'),
    ('ᏓᎵᏆ ' + _chr('HA NA HU DA'), 'invented hanafuda maker in Tahlequah, Cherokee (syllabary)'),
    (_ol('AAJ LAA AAM IS LE UD EP LU IR') + ' ' + _ol('EP LI EN UC LO IS') + ' ' + _ol('OB LAA IR'),
     'invented pintxo bar in Jamshedpur, Santali (Ol Chiki)'),
    ('ملتان میزکال بھٹی', 'invented mezcal distillery in Multan, Saraiki (Arabic script)'),
    ('Абакан сенот сугдагы клуб', 'invented cenote diving club in Abakan, Khakas (Cyrillic)'),
]

GENERIC = [
    ('how are alebrije figures carved from copal wood', 'question about alebrije carving'),
    ('why were the first alebrijes made of papier mache', 'question about alebrije history'),
    ('what is the difference between a rakugo storyteller and a manzai duo', 'question about rakugo'),
    ('how long is a typical programme at a yose hall', 'question about yose halls'),
    ('why does a rakugo performer use only a fan and a hand towel', 'question about rakugo props'),
    ('do you need a guide to swim through a cenote', 'question about cenote guiding'),
    ('what causes the halocline effect in a cenote', 'question about cenotes'),
    ('how is agave roasted in a mezcal palenque pit', 'question about mezcal making'),
    ('why is mezcal smokier than other agave spirits', 'question about mezcal'),
    ('how many cards are in a hanafuda deck', 'question about hanafuda'),
    ('how do you score points in a hanafuda game', 'question about hanafuda games'),
    ('what is a txoko in the basque country', 'question about txoko societies'),
    ('why are pintxos held together with a toothpick', 'question about pintxos'),
    ('which paints are used to decorate alebrijes', 'question about alebrije painting'),
    ('what does the hanafuda card for march show', 'question about hanafuda designs'),
    ('how do cenote guides check the water visibility', 'question about cenote guiding'),
]

CHAT = [
    ('Zapotec', 'Nuu tu ndiuxhi ni gabi naa de Alebrijes Guelaguetza Taller?'),
    ('Purépecha', '¿Jarhasïni ambe eska Pintxos Uarhiti Jatetxea?'),
    ('Kaqchikel', '¿La k\'o jun rutzijol chi rij ri Mezcal Ixim Palenque?'),
    ('Garifuna', 'Ka buguya lun abuseragun Cenote Hamati Guias?'),
    ('Papiamento', 'Bo tin informashon tokante e kompania Hanafuda Dushi Kaarten?'),
    ('Jamaican Patois', 'Yuh know anyting bout di company Irie Pintxos Txoko Bar?'),
    ('Louisiana Creole', 'Eske to konnin kichoz sou konpayi Bayou Rakugo Yose Hall?'),
    ('Greenlandic', 'Mezcal Palenque Nuuk pillugu paasissutissaqarpit?'),
    ('Ojibwe', 'Gigikendaan ina Alebrije Copal Waagaakwad Workshop?'),
    ('Lakota', 'Cenote Espeleobuceo Mni Wakan Guides he slolyaya he?'),
    ('Hmong', 'Koj puas paub dab tsi txog lub tuam txhab Hanafuda Paj Ntaub Cards?'),
    ('Javanese', 'Apa sampeyan ngerti babagan perusahaan Rakugo Yose Wayang Omah?'),
    ('Sundanese', 'Naha anjeun terang ngeunaan pausahaan Mezcal Palenque Parahyangan?'),
    ('Balinese', 'Napi uning indik perusahaan Alebrije Copal Ubud Ukiran?'),
    ('Chamorro', 'Kao un tungo\' put i kompania Cenote Espeleobuceo Hagåtña?'),
    ('Tongan', '\'Oku ke \'ilo ha me\'a fekau\'aki mo e kautaha Pintxos Txoko Nuku\'alofa?'),
    ('Fijian', 'E dua beka na ka o kila me baleta na kabani Hanafuda Karuta Suva?'),
    ('Tahitian', 'Ua ite anei oe i te taiete Rakugo Yose Papeete?'),
    ('Bislama', 'Yu save samting long kampani Mezcal Palenque Vila?'),
    ('Bambara', 'I be kunnafoni don Alebrije Copal Bamako baarakela ko wa?'),
    ('Ewe', 'Ènya nane tso Cenote Espeleobuceo Lome dɔwɔƒe ŋu?'),
    ('Kikuyu', 'Wĩ ũũĩ ũhoro wa kambuni ya Pintxos Txoko Nyeri?'),
    ('Oromo', 'Waa\'ee dhaabbata Hanafuda Karuta Adaamaa odeeffannoo qabdaa?'),
    ('Northern Sotho', 'Na o na le tshedimošo ka kgwebo ya Rakugo Yose Polokwane?'),
    ('Scots', 'Ken ye onything aboot the firm Mezcal Palenque Glesca Ltd?'),
    ('Asturian', '¿Tienes información sobre la empresa Alebrije Copal Xixón?'),
    ('Sardinian', 'Tenes informatziones subra de s\'impresa Cenote Espeleobuceo Casteddu?'),
]

PERSON = [
    ('Jacinto Mendoza Alebrijes Taller SA de CV', 'invented alebrije workshop with a person name'),
    ('Rosalba Hernández Copal Carvings LLC', 'invented copal carving firm with a person name'),
    ('Kenichi Sakamoto Rakugo Hall KK', 'invented rakugo hall with a person name'),
    ('Yumiko Tachibana Yose Theatre Co Ltd', 'invented yose theatre with a person name'),
    ('Eduardo Canul Cenote Tours SA de CV', 'invented cenote tour firm with a person name'),
    ('Mariana Pech Sinkhole Snorkel Guides LLC', 'invented cenote guide firm with a person name'),
    ('Fausto Lopez Mezcal Palenque SPR', 'invented mezcal palenque with a person name'),
    ('Aurelio Cruz Maguey Spirits LLC', 'invented mezcal maker with a person name'),
    ('Takeshi Moriyama Hanafuda Cards KK', 'invented hanafuda maker with a person name'),
    ('Haruka Oda Karuta Printing Co', 'invented karuta printer with a person name'),
    ('Iñaki Etxeberria Pintxos Bar SL', 'invented pintxo bar with a person name'),
    ('Miren Arrieta Txoko Catering SL', 'invented txoko caterer with a person name'),
    ('Graciela Vasquez Alebrije Studio', 'invented alebrije studio with a person name'),
]

BRAND = [
    ('Hand-painted alebrije jaguar figure 20 cm', 'product: alebrije figure'),
    ('Copal wood carving blank 30 cm', 'product: carving wood'),
    ('Rakugo tenugui towel cotton 90 cm', 'product: rakugo hand towel'),
    ('Rakugo zabuton cushion purple', 'product: rakugo stage cushion'),
    ('Cenote snorkel mask adult', 'product: snorkel mask'),
    ('Snorkel fins for cenote swimming size 42', 'product: snorkel fins'),
    ('Espadin mezcal 750 ml bottle', 'product: mezcal bottle'),
    ('Clay copita for mezcal set of 4', 'product: mezcal cups'),
    ('Hanafuda card deck red back 48 cards', 'product: hanafuda deck'),
    ('Pintxo picks bamboo 12 cm pack of 100', 'product: pintxo picks'),
    ('Txakoli wine glass set of 6', 'product: wine glasses'),
    ('Maguey worm salt 100 g', 'product: mezcal salt'),
]

SHARES_FIRST = ['Black', 'Gold', 'Pacific', 'Atlantic', 'Caspian', 'Gulf', 'Victory', 'Future', 'Modern', 'Standard',
                'United', 'Pearl', 'Rose', 'Jade', 'Iron', 'Mountain', 'River', 'Bright', 'Rainbow', 'Galaxy',
                'Sunrise', 'Dawn', 'Arman', 'Kavir', 'Jupiter', 'Orbit', 'Polar', 'Light', 'Trust']

NEAR_STOP = set('''general national international central service services company trading industrial industries
group holding investment investments development construction engineering import export commercial
management marketing travel hotel energy power transport shipping navigation marine ocean bank
exchange insurance trust foundation charity organization organisation association council committee
front movement party army brigade battalion force forces republic islamic state ministry office
products production productos servicios inversiones comercial comercializadora constructora
inmobiliaria importadora exportadora distribuidora agropecuaria ganadera transportes grupo sociedad
empresa empresas hoteles restaurante restaurantes farmacia farmaceutica laboratorios alimentos
tienda casa centro club deportivo agricola minera estacion servicio combustibles lavado autos
garment supply system systems tech technology technologies global world united new line lines
star sun moon sea gold golden green white black blue red royal crown market store shop center
north south east west eastern western northern southern asia europe africa america pacific
international rent residential economics naval abajo porvenir aerolineas fumigaciones ensambladora
everest hongkong iberica sikh liquida progress musical claridad dinamicos pasadena naranjo'''.split())
