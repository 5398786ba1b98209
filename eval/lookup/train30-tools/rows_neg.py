"""Hand-written negative candidates (with spares) for train30. Written blind."""
FAMOUS_UNLISTED = """Kone Elevators|Vestas Wind Systems|Geberit AG|Kuehne + Nagel|Sika AG|Legrand SA|Wartsila Oyj|Atlas Copco|
Husqvarna Group|Sandvik AB|Grundfos|Danfoss A/S|Carlsberg Breweries|Heineken N.V.|Anheuser-Busch InBev|Diageo plc|
Pernod Ricard|Ferrero SpA|Barilla Group|Lindt & Sprungli|Haribo GmbH|Dr. Oetker|Bosch Rexroth|Continental AG|
ZF Friedrichshafen|Schaeffler Group|Knorr-Bremse|Brembo S.p.A.|Pirelli & C.|Michelin|Valeo SA|Faurecia|Saint-Gobain|
Lafarge Holcim|HeidelbergCement|CRH plc|Kingspan Group|Smurfit Kappa|Ryanair Holdings|easyJet plc|Wizz Air|
Lufthansa Group|Finnair|Icelandair|Qantas Airways|Air New Zealand|Cathay Pacific|Singapore Airlines|Garuda Indonesia|
Thai Airways|Infosys|Wipro Limited|Tata Consultancy Services|Mahindra & Mahindra|Bajaj Auto|Hero MotoCorp|Asian Paints|
Nippon Paint|Kansai Paint|Shiseido|Kao Corporation|Uniqlo|Fast Retailing|Nintendo|Bandai Namco|Square Enix|Capcom|
Konami Holdings|Sega Sammy|Olympus Corporation|Nikon Corporation|Ricoh Company|Kyocera|Murata Manufacturing|
Shimano Inc.|Yamaha Motor|Suzuki Motor|Mazda Motor|Subaru Corporation|Daikin Industries|Makita Corporation|
Tetra Pak|IKEA of Sweden|Spotify Technology|Klarna Bank|Zalando SE|Delivery Hero|Adyen N.V.|Booking Holdings|
Etsy Inc.|Shopify|Atlassian|Canva|Xero Limited|Woolworths Group|Wesfarmers|Fonterra|Zespri|
Mercado Libre|Natura &Co|Embraer|Grupo Bimbo|Cemex|FEMSA|Televisa|Ecopetrol|Bancolombia|Falabella|Cencosud|LATAM Airlines|
Naspers|Shoprite Holdings|MTN Group|Sasol|Dangote Cement|Safaricom|Ethiopian Airlines|Emirates NBD|Etisalat|Almarai|
Aramex|Careem|Turkish Airlines|Arcelik|Koc Holding|Sabanci Holding|Ulker|Orlen|KGHM Polska Miedz|CD Projekt|Skoda Auto|
Dacia|Petrom|OTP Bank|Richter Gedeon|Krka d.d.|Podravka|Gorenje|Nokian Tyres|Fiskars|Marimekko|Stora Enso|UPM-Kymmene|
Samsonite|Rimowa|Tumi|Leica Camera|Zeiss Group|Swarovski|Red Bull GmbH|Rolex SA|Patek Philippe|Swatch Group|Logitech|
Garmin Ltd.|Fitbit|GoPro|Dyson Ltd|Sonos Inc.|Bang & Olufsen|Philips Lighting|ASML Holding|Infineon Technologies|
STMicroelectronics|NXP Semiconductors|Ericsson|Nokia Oyj|Telenor|Telia Company|Vodafone Group|Orange S.A.|Telefonica|
Swisscom|Deutsche Telekom|KPN|Proximus|Elisa Oyj|Tele2""".replace('\n', '').split('|')
FAMOUS_NONLATIN = ["任天堂", "이마트", "小米集团", "ユニクロ"]
SHARES_ONE_WORD = """Harmony Yoga Loft|Maple Leaf Daycare|Golden Star Nail Salon|Blue Energy Smoothies|Liberty Tax Preparers of Ohio|
Spring Valley Orchard Supply|Pelican Bay Kayak Rentals|Orange Grove Senior Living|Phoenix Rising Roofing|Eagle Eye Home Inspections|
Palm Grove Pet Grooming|Royal Pearl Bridal Boutique|Diamond Ridge Landscaping|Crown Point Barber Shop|Silver Star Laundromat|
Atlantic Breeze Window Cleaning|Continental Waffle House|Meadowbrook Piano Lessons|Orchid Garden Florist|Sunrise Bagel Co|
Summit Chiropractic Center|Pioneer Valley Bowling|Emerald City Locksmith|Horizon Tutoring Services|Oasis Car Wash Express|
Galaxy Roller Rink|Cascade Plumbing and Heating|Victory Martial Arts Academy|Global Paws Dog Walking|Unity Credit Counseling|
Pyramid Storage Units|Star Tailoring and Alterations|Ocean Mist Day Spa|Rainbow Preschool""".replace('\n', '').split('|')
NEAR_MISS = """Pasargad Persian Rugs|Mellat Bakery Toronto|Sepanir Catering|Hormoz Seafood Restaurant|Marjan Beauty Salon|
Navid Auto Repair|Qeshm Island Tours|Khuzestan Date Farm|Mapna Yoga Studio|Envigado Coffee Roasters|Michoacan Ice Cream Parlor|
Banyolas Lake Rowing Club|Cascabeles Kindergarten|Turquesa Beach Resort|Gaucho Steakhouse Miami|Haejin Korean BBQ|
Silverstar Bowling Lanes|Danesh Tutoring Center|Tadbir Consulting Engineers Vancouver|Investacast Podcast|Kora Music School|
Yanbian Noodle House|Shinwari Kebab House|Oplot Fitness Club|Kuban Cossack Choir|Mashhad Saffron Imports|Bahonar Dental Clinic""".replace('\n', '').split('|')
GENERIC = """industrial ball bearings wholesaler|cold storage warehouse operator|marine paint supplier|solar inverter distributor|
hospital linen laundry service|organic fertilizer manufacturer|scaffolding rental company|freight forwarding agent Rotterdam|
used tractor exporter|bottled water plant|plastic injection molding shop|HVAC maintenance contractor|crane hire services|
textile dyeing mill|cashew nut processor|veterinary pharmacy wholesaler|stainless steel pipe stockist|printing ink supplier""".replace('\n', '').split('|')
PERSON_AS_COMPANY = """Sigrun Thorsdottir ehf|Aino Lehtonen Oy|Ruairi Gallagher Ltd|Birgit Oberhuber GmbH|Tomasz Wierzbicki Sp. z o.o.|
Eero Koskinen Tmi|Lotte Vermeulen BV|Soren Kragh ApS|Katalin Szucs Kft|Ondrej Dvoracek s.r.o.|Maeve Lenihan Consulting Ltd|
Hamish McTavish & Sons|Ingrid Solberg AS|Rasmus Lindqvist AB|Annelies De Smet BVBA|Jurgis Valaitis UAB|Kadri Tamm OU|
Niamh Brennan Design Ltd|Piotr Zielinski Transport|Gunnar Eriksen Fiskeri AS""".replace('\n', '').split('|')
CITY_COUNTRY = """Tartu, Estonia|Jyvaskyla, Finland|Trondheim, Norway|Aarhus, Denmark|Uppsala, Sweden|Ghent, Belgium|Utrecht, Netherlands|
Graz, Austria|Lausanne, Switzerland|Ljubljana Slovenia|Brno, Czech Republic|Kosice, Slovakia|Debrecen, Hungary|Cluj-Napoca, Romania|
Plovdiv, Bulgaria|Thessaloniki, Greece|Porto, Portugal|Valencia, Spain|Bologna, Italy|Lyon, France|Galway, Ireland|Cork, Ireland|
Wellington, New Zealand|Hobart, Australia|Halifax, Canada|Kaunas, Lithuania|Daugavpils, Latvia|Gdansk, Poland|Bergen, Norway|
Tampere, Finland|Odense, Denmark|Rovaniemi, Finland|Kiruna, Sweden|Bodo, Norway|Esbjerg, Denmark|Leuven, Belgium|
Maastricht, Netherlands|Innsbruck, Austria|Lugano, Switzerland|Maribor, Slovenia|Ostrava, Czech Republic|Zilina, Slovakia|Pecs, Hungary|
Timisoara, Romania|Varna, Bulgaria|Patras, Greece|Braga, Portugal|Zaragoza, Spain|Trieste, Italy|Nantes, France|Limerick, Ireland|
Dunedin, New Zealand|Cairns, Australia|Moncton, Canada|Siauliai, Lithuania|Liepaja, Latvia|Bydgoszcz, Poland|Stavanger, Norway|
Oulu, Finland|Aalborg, Denmark|Linkoping, Sweden|Namur, Belgium|Groningen, Netherlands|Salzburg, Austria|Koper, Slovenia|
Olomouc, Czechia|Sibiu Romania|Haapsalu Estonia|Kristiansand Norway|Vaasa Finland|Kolding Denmark|Umea Sweden""".replace('\n', '').split('|')
BRAND_PRODUCT = """Post-it notes|Sharpie markers|Tupperware containers|Ziploc bags|Band-Aid plasters|Q-tips cotton swabs|Kleenex tissues|
Duracell batteries|Zippo lighter|Moleskine notebook|Stanley thermos|Crocs clogs|Birkenstock sandals|Lego bricks|Rubik's Cube|
Play-Doh|Frisbee disc|Jacuzzi hot tub|Thermos flask|Vaseline jar|Tabasco sauce|Nutella jar|Pringles can|Jenga blocks|Sellotape roll|Velux skylight|Dremel rotary tool|Maglite flashlight|Leatherman multitool|
Nalgene bottle|Yeti cooler|Bic ballpoint pen|Stabilo highlighter|Tipp-Ex correction fluid|Pritt stick|Uhu glue|Thermarest sleeping pad|
Weber kettle grill|Brita water filter|Kindle e-reader""".replace('\n', '').split('|')
NEG = [('famous_unlisted', FAMOUS_NONLATIN[:2] + FAMOUS_UNLISTED, 40), ('shares_one_word', SHARES_ONE_WORD, 22),
       ('near_miss', NEAR_MISS, 20), ('generic', GENERIC, 16), ('person_as_company', PERSON_AS_COMPANY, 16),
       ('city_country', CITY_COUNTRY, 15), ('brand_product', BRAND_PRODUCT, 16)]
