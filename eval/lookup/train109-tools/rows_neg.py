"""train109 hand-written negatives (theme: pencak silat schools, morin khuur makers, schwingen clubs, lefse bakers,
kyudo dojos, laksa stalls). Each list holds (query, description); entries past the quota are spares."""

THEME_PHRASES = ['Pencak Silat', 'Morin Khuur', 'Schwingfest Zwilch', 'Lefse Takka', 'Kyudo Makiwara', 'Laksa Belacan']
SUBJECT_OF = {'Pencak Silat': 'pencak silat school', 'Morin Khuur': 'morin khuur maker',
              'Schwingfest Zwilch': 'Swiss schwingen club', 'Lefse Takka': 'lefse bakery',
              'Kyudo Makiwara': 'kyudo dojo', 'Laksa Belacan': 'laksa stall'}

FAMOUS = [
    ('Ikatan Pencak Silat Indonesia', 'the Indonesian pencak silat federation'),
    ('Perguruan Setia Hati Terate', 'a pencak silat school from Madiun'),
    ('Tapak Suci Putera Muhammadiyah', 'a pencak silat school'),
    ('Persekutuan Silat Kebangsaan Malaysia', 'the Malaysian silat federation'),
    ('Perisai Diri Pencak Silat', 'a pencak silat school'),
    ('Morin Khuur Ensemble of Mongolia', 'a Mongolian horsehead-fiddle ensemble'),
    ('Mongolian Morin Khuur Association', 'a morin khuur players\' association'),
    ('Egschiglen Ensemble', 'a Mongolian folk ensemble'),
    ('Eidgen\u00f6ssischer Schwingerverband', 'the Swiss wrestling federation'),
    ('Eidgen\u00f6ssisches Schwing- und \u00c4lplerfest', 'the national Swiss wrestling festival'),
    ('Kilchberger Schwinget', 'a Swiss wrestling festival'),
    ('Unspunnen-Schwinget', 'a Swiss wrestling festival'),
    ('Br\u00fcnig-Schwinget', 'a Swiss wrestling festival'),
    ('Norsland Lefse', 'a lefse bakery in Minnesota'),
    ('Countryside Lefse', 'a lefse bakery'),
    ('Bethany Housewares', 'a maker of lefse griddles'),
    ("Freddy's Lefse", 'a lefse bakery'),
    ('All Nippon Kyudo Federation', 'the Japanese kyudo federation'),
    ('International Kyudo Federation', 'the world kyudo federation'),
    ('Meiji Jingu Kyudojo', 'a shrine archery hall in Tokyo'),
    ('Sanjusangendo Toshiya', 'a temple archery contest in Kyoto'),
    ('328 Katong Laksa', 'a laksa stall in Singapore'),
    ('Sungei Road Laksa', 'a laksa stall in Singapore'),
    ('Janggut Laksa', 'a laksa stall in Singapore'),
    ('Air Itam Laksa', 'a laksa stall in Penang'),
    ('Prima Taste Laksa', 'a laksa paste brand'),
    ('Kyoto Butokuden', 'a martial-arts hall in Kyoto'),
]

OTHER_SCRIPT = [
    ('\u0e2a\u0e21\u0e32\u0e04\u0e21\u0e1b\u0e31\u0e19\u0e08\u0e31\u0e01\u0e2a\u0e35\u0e25\u0e31\u0e15\u0e1b\u0e31\u0e15\u0e15\u0e32\u0e19\u0e35', 'Thai: an invented Pattani pencak silat association'),
    ('\u0423\u043b\u0430\u0430\u043d-\u04ae\u0434\u044b\u043d \u043c\u043e\u0440\u0438\u043d \u0445\u0443\u0443\u0440\u0430\u0439 \u0434\u0430\u0440\u0445\u0430\u043d', 'Buryat: an invented Ulan-Ude morin khuur maker'),
    ('\u042d\u043b\u0441\u0442\u0438\u043d \u043c\u043e\u0440\u0438\u043d\u0445\u0443\u0443\u0440\u0438\u043d \u043c\u0430\u0441\u0442\u0435\u0440\u0441\u043a', 'Kalmyk: an invented Elista morin khuur workshop'),
    ('\u03a3\u03cd\u03bb\u03bb\u03bf\u03b3\u03bf\u03c2 \u039a\u03b9\u03bf\u03cd\u03bd\u03c4\u03bf \u0398\u03b5\u03c3\u03c3\u03b1\u03bb\u03bf\u03bd\u03af\u03ba\u03b7\u03c2', 'Greek: an invented Thessaloniki kyudo club'),
    ('\u0535\u0580\u0587\u0561\u0576\u056b \u056c\u0561\u0584\u057d\u0561 \u0573\u0561\u0577\u0561\u0580\u0561\u0576', 'Armenian: an invented Yerevan laksa eatery'),
    ('\u0b9a\u0bbf\u0b99\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0bc2\u0bb0\u0bcd \u0bb2\u0b95\u0bcd\u0b9a\u0bbe \u0b89\u0ba3\u0bb5\u0b95\u0bae\u0bcd', 'Tamil: an invented Singapore laksa restaurant'),
    ('\u65b0\u52a0\u5761\u52a0\u4e1c\u53fb\u6c99\u5c0f\u5403\u5e97', 'Mandarin (simplified Chinese): an invented Katong laksa stall'),
    ('\u9999\u6e2f\u5f13\u9053\u6703', 'Cantonese (traditional Chinese): an invented Hong Kong kyudo association'),
    ('\u0f50\u0f72\u0f58\u0f0b\u0f55\u0f74\u0f42\u0f0b\u0f40\u0fb1\u0f74\u0f0b\u0f51\u0f7c\u0f0b\u0f5a\u0f7c\u0f42\u0f66\u0f0b\u0f54\u0f0b', 'Dzongkha (Tibetan script): an invented Thimphu kyudo club'),
    ('\u06aa\u0631\u0627\u0686\u064a \u0644\u06aa\u0633\u0627 \u0647\u0648\u067d\u0644', 'Sindhi (Arabic script): an invented Karachi laksa restaurant'),
    ('\u06a9\u0648\u06cc\u0679\u06c1 \u067e\u0646\u0686\u06a9 \u0633\u0644\u0627\u062a \u0645\u062f\u0631\u0633\u06c1', 'Balochi (Arabic script): an invented Quetta pencak silat school'),
    ('\u0628\u0627\u0634\u06af\u0627\u0647 \u067e\u0646\u0686\u06a9 \u0633\u06cc\u0644\u0627\u062a \u06a9\u0627\u0628\u0644', 'Dari (Arabic script): an invented Kabul pencak silat club'),
    ('\u0421\u044b\u043a\u0442\u044b\u0432\u043a\u0430\u0440\u0441\u0430 \u043b\u0435\u0444\u0441\u0435 \u043f\u0435\u043a\u0430\u0440\u043d\u044f', 'Komi (Cyrillic): an invented Syktyvkar lefse bakery'),
    ('\u0418\u0436\u043a\u0430\u0440\u044b\u0441\u044c \u0448\u0432\u0438\u043d\u0433\u0435\u043d \u043a\u043b\u0443\u0431', 'Udmurt (Cyrillic): an invented Izhevsk schwingen club'),
    ('\u041c\u0430\u0445\u04c0\u0430\u0447\u0445\u044a\u0430\u043b\u0430\u044f\u043b\u044a\u0443\u043b \u043f\u0435\u043d\u0447\u0430\u043a-\u0441\u0438\u043b\u0430\u0442 \u043a\u043b\u0443\u0431', 'Avar (Cyrillic): an invented Makhachkala pencak silat club'),
    ('\u041a\u044c\u0430\u0441\u0443\u043c\u0445\u0443\u044c\u0440\u0443\u044c\u043d \u043b\u0430\u043a\u0441\u0430 \u0440\u0435\u0441\u0442\u043e\u0440\u0430\u043d', 'Lezgian (Cyrillic): an invented Kasumkent laksa restaurant'),
    ('\u092c\u0928\u093e\u0930\u0938 \u0915\u0947 \u092a\u0947\u0902\u091a\u0915 \u0938\u093f\u0932\u093e\u091f \u0905\u0916\u093e\u0921\u093c\u093e', 'Bhojpuri (Devanagari): an invented Banaras pencak silat akhara'),
    ('\u092f\u0947\u0902\u092f\u093e \u092e\u094b\u0930\u093f\u0928 \u0916\u0941\u0930 \u091c\u094d\u092f\u093e\u0938\u0903', 'Newari (Devanagari): an invented Kathmandu morin khuur workshop'),
    ('\u041d\u0430\u043b\u044c\u0447\u0438\u043a\u043d\u0438 \u043c\u043e\u0440\u0438\u043d \u0445\u0443\u0443\u0440 \u0443\u0441\u0442\u0430\u0431\u043b\u0430', 'Karachay-Balkar (Cyrillic): an invented Nalchik morin khuur workshop'),
]

GENERIC = [
    ('how do pencak silat schools grade their students', 'a question about pencak silat'),
    ('what is the difference between pencak and silat', 'a question about pencak silat'),
    ('how is the bow of a morin khuur strung with horsehair', 'a question about morin khuur making'),
    ('why does a morin khuur have a carved horse head', 'a question about morin khuur making'),
    ('how do schwingers grip the zwilch shorts', 'a question about Swiss wrestling'),
    ('why is a schwingfest ring filled with sawdust', 'a question about Swiss wrestling'),
    ('can you make lefse without a takka griddle', 'a question about lefse baking'),
    ('how thin should lefse dough be rolled', 'a question about lefse baking'),
    ('what does a kyudo archer practise on a makiwara', 'a question about kyudo'),
    ('how long is a kyudo bow compared with a western bow', 'a question about kyudo'),
    ('why is belacan toasted before making laksa paste', 'a question about laksa'),
    ('what makes katong laksa different from penang laksa', 'a question about laksa'),
    ('where can beginners try pencak silat in jakarta', 'a question about pencak silat'),
    ('how many strings does a morin khuur have', 'a question about morin khuur making'),
    ('which swiss cantons hold the biggest schwingfest', 'a question about Swiss wrestling'),
    ('how do you store leftover lefse', 'a question about lefse baking'),
]

CHAT = [
    ('Apo ado data tantang Sasaran Silek Harimau Minang di Padang?', 'Minangkabau: an invented silat school'),
    ('Ado kah data pasal Paguruan Kuntau Banjar di Banjarmasin?', 'Banjarese: an invented silat school'),
    ('Araq ke data soal warung Laksa Belacan Mataram?', 'Sasak: an invented laksa stall'),
    ('Adda kadi impormasion maipapan iti Kyudo Makiwara Club idiay Laoag?', 'Ilocano: an invented kyudo dojo'),
    ('Atin kang impormasyun tungkol king Lefse Takka Bakery king San Fernando?', 'Kapampangan: an invented lefse bakery'),
    ('Awn ka kabaytaan pasal sin Pencak Silat Jolo?', 'Tausug: an invented pencak silat school'),
    ('E kite ana koe i te Morin Khuur Workshop i Avarua?', 'Rarotongan: an invented morin khuur maker'),
    ('Kua iloa nakai e koe e Laksa Belacan Kitchen i Alofi?', 'Niuean: an invented laksa stall'),
    ('Oi diba Schwingfest Zwilch Club Port Moresby ena sivarai?', 'Hiri Motu: an invented schwingen club'),
    ('Mo hinga ye na ndo ti Kyudo Makiwara Club na Bangui?', 'Sango: an invented kyudo dojo'),
    ('Oyebi eloko na ntina ya kompani Laksa Belacan na Kinshasa?', 'Lingala: an invented laksa stall'),
    ('Nge zaba mambu ya Pencak Silat Nzo na Matadi?', 'Kikongo: an invented pencak silat school'),
    ('Unayo yini imininingwane ngenkampani Lefse Takka eMbabane?', 'Swati: an invented lefse bakery'),
    ('Xana u na mahungu hi khamphani ya Morin Khuur Atelier le Giyani?', 'Tsonga: an invented morin khuur maker'),
    ('Naa ni na mafhungo nga ha khamphani ya Kyudo Makiwara Dojo ngei Thohoyandou?', 'Venda: an invented kyudo dojo'),
    ('A o na le tshedimosetso ka kompone ya Laksa Belacan Kitchen kwa Gaborone?', 'Setswana: an invented laksa stall'),
    ('Na o na le tlhahisoleseding ka khampani ya Schwingfest Zwilch Club Maseru?', 'Sesotho: an invented schwingen club'),
    ('Kodi muli ndi zambiri za kampani ya Pencak Silat Academy ku Lilongwe?', 'Chichewa: an invented pencak silat school'),
    ('Bushe mwalikwata ifyebo pa kampani ya Lefse Takka Bakery ku Kasama?', 'Bemba: an invented lefse bakery'),
    ('Olina ebikwata ku kkampuni ya Morin Khuur Makers e Kampala?', 'Luganda: an invented morin khuur maker'),
    ('Y mi Kyudo Makiwara Dojo s\u1ebdn be Wagadugu ye?', 'Moor\u00e9: an invented kyudo dojo'),
    ('\u1ecc\u0323fi\u1ecdk n\u0304kp\u1ecd aban\u0304a Laksa Belacan Kitchen ke Calabar?', 'Efik: an invented laksa stall'),
    ('Hawwe jo ynformaasje oer it bedriuw Lefse Takka Bakkerij yn Ljouwert?', 'West Frisian: an invented lefse bakery'),
    ("Avoz des rens\u00e8gnemints so l' soci\u00e9t\u00e9 Schwingfest Zwilch Club a Lidje?", 'Walloon: an invented schwingen club'),
    ('Av\u00e8tz informacions sus la societat Morin Khuur Talhi\u00e8r a Pau?', 'Gascon: an invented morin khuur maker'),
    ('Ma\u0107e informacije wo p\u0159edewza\u0107u Kyudo Makiwara Klub w Budy\u0161inje?', 'Upper Sorbian: an invented kyudo dojo'),
    ('M\u00f4ta wi\u00e9dz\u00e3 \u00f2 firmie Pencak Silat Klub w Kartuzach?', 'Kashubian: an invented pencak silat school'),
]

PERSON = [
    ('Budi Santoso Pencak Silat Academy PT', 'an invented person-named silat school'),
    ('Siti Rahmawati Silat Training Center CV', 'an invented person-named silat school'),
    ('Batbayar Dorj Morin Khuur Workshop LLC', 'an invented person-named morin khuur maker'),
    ('Oyunchimeg Ganbold Khuur Makers Co Ltd', 'an invented person-named morin khuur maker'),
    ('Reto Zbinden Schwingfest Supplies GmbH', 'an invented person-named schwingen supplier'),
    ('Ueli Aebersold Zwilch Tailoring AG', 'an invented person-named zwilch tailor'),
    ('Ingrid Haugen Lefse Bakery AS', 'an invented person-named lefse bakery'),
    ('Olav Bjornstad Takka Griddles LLC', 'an invented person-named griddle maker'),
    ('Haruki Nakagawa Kyudo Dojo KK', 'an invented person-named kyudo dojo'),
    ('Emiko Ishida Makiwara Works', 'an invented person-named makiwara maker'),
    ('Tan Ah Huat Laksa House Pte Ltd', 'an invented person-named laksa stall'),
    ('Nurul Aini Belacan Kitchen Sdn Bhd', 'an invented person-named laksa kitchen'),
    ('Marius Gerber Schwinger Club Verein', 'an invented person-named schwingen club'),
]

BRAND = [
    ('Pencak silat uniform black size 160', 'a product'),
    ('Foam golok for silat training 45 cm', 'a product'),
    ('Morin khuur horsehair string set', 'a product'),
    ('Morin khuur rosin cake 30 g', 'a product'),
    ('Zwilch wrestling shorts linen size L', 'a product'),
    ('Lefse grill 16 inch electric', 'a product'),
    ('Lefse turning stick 24 inch', 'a product'),
    ('Kyudo yugake glove deerskin size M', 'a product'),
    ('Makiwara straw target 45 cm', 'a product'),
    ('Laksa paste jar 200 g', 'a product'),
    ('Toasted belacan block 250 g', 'a product'),
    ('Kyudo arrows bamboo set of 4', 'a product'),
]

FIRST_WORDS = ['Sun', 'Moon', 'Alpha', 'Crown', 'Summit', 'Liberty', 'Metro', 'Nova', 'Vision', 'Grand', 'Central',
               'Northern', 'Southern', 'Red', 'Blue', 'White', 'Fortune', 'Hope', 'First', 'Sea', 'Noor', 'Sina',
               'Asia', 'Euro', 'Universal', 'Continental', 'Pioneer', 'Lotus', 'Cedar', 'Palm', 'Oasis', 'Alborz']

NEAR_STOP = set('''real estate nueva nuevo organization trafficking drug costa santo maderera litoral turquesa rodajes crisol
corona data rail vogue fernando jimenez contreras juma kabir evin gaviota additives ingenieria fantasy alarmas wolves
eurasian motorcycle reposterias vestimenta moroccan hierros movil lounge rich running polymer atunera megastore night dawn'''.split())

HAND = {'famous_unlisted': FAMOUS, 'other_script': OTHER_SCRIPT, 'generic': GENERIC, 'chat_request': CHAT,
        'person_as_company': PERSON, 'brand_product': BRAND}
