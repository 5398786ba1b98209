# Negative candidates by category, with spares (order = preference)
NEG = {
"famous_unlisted": """Husqvarna Group|Sandvik AB|Atlas Copco|Alfa Laval|Getinge|Assa Abloy|Securitas AB|Elekta|Boliden|SSAB
|Kone Elevators|Wartsila|Nokian Tyres|Valmet Oyj|Fiskars|Orkla ASA|Yara International|Telenor|Norsk Hydro|Schibsted
|Vestas Wind Systems|Novozymes|Coloplast|Demant A/S|GN Store Nord|Ambu A/S|Chr. Hansen|Jyske Bank|DSV Panalpina|Ahold Delhaize
|Randstad NV|Wolters Kluwer|Akzo Nobel|Umicore|Solvay SA|Ageas|Proximus|Colruyt|Bekaert|Sika AG|Geberit|Schindler Holding
|Lindt & Sprungli|Givaudan|Swatch Group|Logitech|Kuehne + Nagel|Beiersdorf|Fresenius|Zalando|HelloFresh|Symrise|Knorr-Bremse
|Voestalpine|Andritz AG|Swarovski|Erste Group|Kering|Pernod Ricard|Saint-Gobain|Legrand|Capgemini|Dassault Systemes|Sodexo
|Ubisoft|Mercadona|Ferrovial|Acciona|Mapfre|Grifols|Barilla|Pirelli|Campari Group|Jeronimo Martins|Galp Energia|Sonae
|Embraer|Ambev|Grupo Bimbo|Falabella|Cencosud|Wesfarmers|Fortescue Metals|Telstra|Atlassian|Canva|Xero Limited|Fonterra
|Magna International|Lululemon|Loblaw Companies|Wipro|Mahindra & Mahindra|Bajaj Auto|Asian Paints|Haier|Meituan|Acer Inc
|Fast Retailing|Shiseido|Kikkoman|Daikin Industries|Makita|Kyocera|Nidec|Komatsu|Kubota|Suntory|Nissin Foods|Naver Corp
|Bang & Olufsen|Royal Unibrew|Rockwool International|Jysk|Ecco Sko|Hempel A/S|Tryg Forsikring|Netcompany|Sampo Oyj|Kesko
|Neste Oyj|UPM-Kymmene|Outokumpu|Elisa Oyj|Tietoevry|Marimekko|Supercell|Rovio Entertainment|Klarna|Northvolt|Einride|Oatly
|Truecaller|Essity|Scania AB|Autoliv|Kinnevik|Aker BP|Kongsberg Gruppen|Mowi ASA|SalMar|Storebrand|Gjensidige|Tomra Systems
|Marel hf|Ossur|Icelandair|CCP Games|Wise plc|Revolut|Monzo Bank|Deliveroo|Ocado Group|Rightmove|Games Workshop|JD Sports
|Greggs|Pret A Manger|JD Wetherspoon|Halma plc|Spirax-Sarco|Rentokil Initial|Bunzl|Croda International|Smiths Group|Experian
|RELX|Informa plc|Sage Group|Atos SE|Thales Group|Safran|Valeo|Eiffage|Bouygues|Lactalis|Bonduelle|Decathlon|Leroy Merlin
|Yves Rocher|L'Occitane|Clarins|Longchamp|Desigual|Chupa Chups|Freixenet|Naturgy|Indra Sistemas|Glovo|Cabify|Talgo
|Kakao Corp|Coupang|Celltrion|Amorepacific|CJ CheilJedang|ダイキン工業|キッコーマン|資生堂|아모레퍼시픽|셀트리온|美团|海尔集团""",
"shares_one_word": """Oasis Car Wash|Spring Valley Orchards|Target Archery Range|Universe Planetarium Cafe|Marble Countertop Pros
|Bamboo Garden Takeaway|Pimento Jamaican Kitchen|Safari Pet Supplies|Troll Hunter Escape Room|Zest Juice Bar|Wonderland Toy Store
|Vision Optometry Clinic|Crown Dental Care|Liberty Tax Prep Office|Royal Oak Cabinetry|Falcon Ridge Archery|Eagle Ridge Golf Club
|Meridian Pet Grooming|Sapphire Nail Salon|Atlantic Surf School|Ocean Breeze Laundromat|Pearl River Dumpling House|Dolphin Swim Academy
|Tiger Martial Arts Dojo|Rainbow Daycare Centre|Orchid Florist|Jade Palace Buffet|Sniper Paintball Arena|Melon Smoothie Stand
|Doll Hospital Repairs|Apollo Guitar Lessons|Phoenix Pottery Studio|Condor Hang Gliding School|Triton Scuba Diving|Hebron Baptist Church Choir
|Golden Harvest Bakery|Sky Diving Adventures|Polo Ralph Tailors|Galaxy Bowling Alley|Moment Photography|Palm Beach Realty Group""",
"near_miss": """Damavand Persian Restaurant|Sepahan Carpet Gallery|Zanjan Knife Shop|Kuban Cossack Choir|Oplot Fitness Gym
|Paekma Korean Language School|Sanjiang Noodle Bar|Culiacan Taco Truck|Fortia Personal Training|Hilal Halal Butchers
|Gilan Caviar Imports|Neka Beach Villas|Irital Italian Deli|Behsazan Home Renovation|Zhenghua Acupuncture Clinic|Dandong Seafood Market
|Rungrado Karaoke Lounge|Takhteh Backgammon Club|Suraqiya Bakery|Iberia Flamenco Academy|Jalisco Mexican Grill|Pasargad Rug Cleaning
|Gheshm Island Tours|Mingo Surf Shack|Bananero Fruit Stand|Tadbir Accounting Tutors|Riyadus Dates Market|Kish Island Diving Club
|Qom Saffron Traders|Wuhan Hot Dry Noodles|Dalian Seafood Restaurant|Mashhad Saffron House|Parto Yoga Studio|Hamoon Persian Grill|Etezad Driving School|Technotar Robotics Club
|Raahbar Tutoring|Marquez Tire Shop|Sepehr Flower Shop|Toyo Sushi Bar|Mesbah Lighting Store|Tigris Kebab House|Africada Safari Tours
|Seabrass Fish Market|Ellissa Bridal Boutique|Hupad Bicycle Repair|Joumaa Family Bakery""",
"generic": """refrigerated trucking company|solar panel installer|pallet recycling yard|commercial bakery equipment|wedding photography studio
|marine paint supplier|scaffolding rental|kitchen cabinet maker|used tire exporter|payroll outsourcing firm|bicycle courier service
|hydraulic hose repair|grain silo contractor|medical waste disposal|textile dyeing mill|seed potato grower|boat trailer dealer
|tile adhesive manufacturer|forklift training centre|veterinary supply wholesaler|chimney sweep service|roof gutter cleaning""",
"person_as_company": """Maarten Visser BV|Ingrid Halvorsen AS|Tomasz Wojcik Sp. z o.o.|Lucia Ferraro SRL|Henrik Lindqvist AB|Aoife Brennan Ltd
|Pieter Claes BVBA|Elena Popescu SRL|Jana Novakova s.r.o.|Mikko Heikkinen Oy|Greta Schultz GmbH|Sophie Laurent SARL|Baptiste Moreau SAS
|Nuno Ferreira Lda|Carmen Ruiz SL|Dimitris Papadakis EPE|Zeynep Aydin Ltd Sti|Kenji Watanabe KK|Aarav Mehta Pvt Ltd|Freya Nilsson AB
|Lotte Jansen VOF|Ruairi Doyle Ltd""",
"city_country": """Tartu, Estonia|Kaunas Lithuania|Bergen, Norway|Aarhus Denmark|Uppsala Sweden|Tampere, Finland|Ghent Belgium
|Utrecht, Netherlands|Graz Austria|Lucerne Switzerland|Brno, Czech Republic|Kosice Slovakia|Debrecen Hungary|Wroclaw Poland
|Cluj-Napoca Romania|Plovdiv Bulgaria|Split, Croatia|Thessaloniki Greece|Porto, Portugal|Bilbao Spain|Bologna, Italy|Nantes France
|Freiburg Germany|Galway Ireland|Aberdeen, Scotland|Cardiff Wales|Tromso Norway|Oulu, Finland|Linz Austria|Basel, Switzerland
|Leuven Belgium|Eindhoven Netherlands|Maastricht|Innsbruck, Austria|Gdansk Poland|Poznan, Poland|Daugavpils Latvia|Klaipeda, Lithuania
|Parnu Estonia|Odense, Denmark|Lund Sweden|Trondheim Norway|Turku Finland|Akureyri Iceland|Bruges, Belgium|Ostrava Czechia
|Szeged, Hungary|Timisoara Romania|Varna, Bulgaria|Rijeka Croatia|Patras, Greece|Coimbra Portugal|Valladolid, Spain|Perugia Italy
|Kuopio, Finland|Jyvaskyla Finland|Vaasa, Finland|Lahti Finland|Joensuu|Umea, Sweden|Lulea Sweden|Karlstad, Sweden
|Vasteras|Orebro Sweden|Jonkoping|Bodo, Norway|Alesund Norway|Drammen|Esbjerg, Denmark|Aalborg|Vejle Denmark|Roskilde|Kolding
|Viljandi, Estonia|Narva Estonia|Siauliai Lithuania|Panevezys|Jelgava, Latvia|Liepaja|Ventspils Latvia|Kortrijk|Mechelen, Belgium
|Hasselt Belgium|Namur|Zwolle, Netherlands|Groningen|Leeuwarden|Arnhem Netherlands|Nijmegen|Tilburg|Breda, Netherlands|Delft
|Grenoble, France|Heidelberg Germany|Limerick, Ireland|Inverness Scotland|Swansea, Wales""",
"brand_product": """Post-it notes|Bic ballpoint pen|WD-40 spray|Velcro strips|Tupperware container|Zippo lighter|Crocs sandals|Kindle Paperwhite
|Nespresso pods|Roomba vacuum|Thermos flask|Leatherman multitool|Maglite flashlight|Stanley tumbler|Birkenstock sandals|Moleskine notebook
|Ray-Ban Wayfarer|Sriracha sauce|Nutella jar|Vegemite|Tabasco sauce|Pringles chips|Gore-Tex jacket|Fitbit Charge|GoPro Hero camera
|KitchenAid stand mixer|Instant Pot|Vitamix blender|Yeti cooler|Hydro Flask bottle|Brita water filter|Duracell batteries|Febreze spray
|Windex glass cleaner|Q-tips cotton swabs|Band-Aid plasters|Lego Technic set|Scotch-Brite sponge|Weber kettle grill|Le Creuset pot|Pyrex dish|Swiffer mop|Scrabble board game|Jenga blocks|Play-Doh
|Nerf blaster|Hot Wheels cars|Polaroid camera|Sony Walkman|Tamagotchi|Game Boy|Chromecast|AirPods Pro|Kinder Surprise egg|Toblerone
|Haribo gummy bears|Tic Tac mints|Mentos|Aperol Spritz|Baileys Irish Cream|Jagermeister|Tiger Balm|Vicks VapoRub|Nivea cream
|Vaseline jar|Dettol|Zyrtec|Rubik's Cube|Etch A Sketch|Slinky toy""",
}
TARGET = {"famous_unlisted": 40, "shares_one_word": 22, "near_miss": 20, "generic": 16,
          "person_as_company": 16, "city_country": 15, "brand_product": 16}
