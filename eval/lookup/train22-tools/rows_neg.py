# Hand-written negative candidates per kind, in preference order: (query, note)
def L(s, note=''):
    return [(x.strip(), note) for x in s.strip().split('\n') if x.strip()]
NEG = {
'famous_unlisted': L('''
Dangote Cement Plc
Safaricom PLC
Ethiopian Airlines Group
Shoprite Holdings Ltd
Ecobank Transnational Incorporated
Attijariwafa Bank
Flutterwave Inc.
Zenith Bank Plc
Aspen Pharmacare Holdings
Airtel Africa plc
Almarai Company
Aramex PJSC
Emaar Properties PJSC
Koc Holding A.S.
Arcelik A.S.
Check Point Software Technologies Ltd.
Fiverr International
Wix.com Ltd
Ahold Delhaize
Adyen N.V.
Zalando SE
Orsted A/S
Kone Oyj
Vestas Wind Systems A/S
Ferrovial S.A.
Pirelli & C. S.p.A.
Allegro.eu
Bolt Technology OU
Klarna Bank AB
Embraer S.A.
Grupo Bimbo S.A.B. de C.V.
Falabella S.A.
Bancolombia S.A.
Natura &Co Holding
Bombardier Inc.
Tim Hortons
Infosys Limited
Tata Consultancy Services
Grab Holdings
Jollibee Foods Corporation
Ayala Corporation
Vietjet Aviation JSC
Fonterra Co-operative Group
Atlassian Corporation
Maybank Berhad
Andela
Vodacom Group Limited
Equity Group Holdings Kenya
Talabat
Garanti BBVA
Repsol S.A.
Ryanair Holdings plc
Revolut Ltd
Ecopetrol S.A.
Chipotle Mexican Grill
Hon Hai Precision Industry Co., Ltd.
Qantas Airways Limited
DBS Bank Ltd
トヨタ自動車株式会社
현대자동차 주식회사
طيران الإمارات
Τράπεζα Πειραιώς
टाटा मोटर्स लिमिटेड
ธนาคารกสิกรไทย
任天堂株式会社
מגדל ביטוח
''', 'well-known company'),
'shares_one_word': L('''
Royal Caribbean Group
Golden Nugget Casino
Ocean Spray Cranberries
Pioneer Natural Resources
Continental AG
Imperial Brands PLC
Horizon Therapeutics
Summit Materials
Liberty Mutual Insurance
Paramount Global
Matrix Service Company
Vista Outdoor
Titan Company Limited
Crystal Cruises
Diamond Offshore Drilling
Phoenix Contact GmbH
Sunrise Senior Living
Eagle Materials Inc
Falcon Insurance Brokers
Premier Inn
Global Payments Inc
Delta Dental
Blue Bottle Coffee
Green Mountain Power
Atlantic Records
Alliance Boots
Orient Express Hotels
Zenith Electronics
Silver Lake Partners
Pacific Gas and Electric
Western Union
Victoria Plum bathrooms
Oriental Trading Company
Sunshine Coast Airport
'''),
'near_miss': L('''
Moneta Money Bank
Primax Electronics
Hesco Bastion Ltd
Daewon Pharmaceutical
Argus Media Ltd
Green Pine Furniture Co
Blue Marine Foundation
Rixos Hotels
Senator Shipping Lines
Maple Leaf Foods
Avia Solutions Group
ZestMoney
Lerma Textiles
Tatsteel Rolling Mills
Kavehsazan Tiles
Hudson Trading Partners
Staroill Lubricants Lagos
Milenium Energy Solutions Texas
Haejin Seafood Busan
Saving Grace Bank of Ohio
Popular Community Bank
Homestead Refinery Company
Nirvana Battery Works
Transoceanic Cable Ship Company
Bazaar Production Studio
Zvezda Pizzeria Brooklyn
Sahel Kish Travel Agency
Navin Energy Consultants
'''),
'generic': L('''
freight forwarding agent
used car dealership
private security firm
solar panel installer
dental clinic
language school
bakery and pastry shop
construction equipment rental
mobile phone repair shop
insurance brokerage
accounting firm
real estate agency
fish farm
furniture store
veterinary clinic
scrap metal recycling yard
wedding planner
courier and parcel service
plumbing and heating contractor
pharmacy wholesaler
'''),
'person_as_company': L('''
Marek Kowalczyk Sp. z o.o.
Hans Becker GmbH
Jean Dupont SARL
Giovanni Rossi S.r.l.
Pieter de Vries B.V.
Lars Nilsson AB
Mikko Korhonen Oy
Carlos Mendes Lda
Mehmet Ozturk Ltd. Sti.
Rajesh Kumar Pvt Ltd
Nguyen Van Minh Co., Ltd
Ivan Horvat d.o.o.
Nikos Papadopoulos A.E.
Olga Novakova s.r.o.
Sipho Dlamini Holdings (Pty) Ltd
Kwame Mensah Enterprises
Aigerim Nurlanovna LLP
Tomasz Zielinski S.A.
John Smithers & Sons Ltd
Ana Paula Silva ME
'''),
'city_country': L('''
Gdansk
Brno
Ljubljana
Porto, Portugal
Bergen
Aarhus
Cluj-Napoca
Thessaloniki
Izmir
Kigali
Lusaka
Cebu City
Chiang Mai
Da Nang
Kyoto
Adelaide
Christchurch
Valparaiso
Montevideo
Asuncion
Tallinn
Bratislava
Graz
Lyon, France
Bilbao
Halifax, Nova Scotia
'''),
'brand_product': L('''
Nespresso Vertuo
Dyson Airwrap
Kindle Paperwhite
PlayStation 5
Nintendo Switch OLED
Lego Technic
Ray-Ban Wayfarer
Levi's 501
Crocs Classic Clog
Post-it Notes
WD-40
Nutella
Tabasco sauce
Moleskine notebook
GoPro Hero
Instant Pot
KitchenAid stand mixer
Weber grill
Hydro Flask
Le Creuset Dutch oven
Zippo lighter
Rubik's Cube
AirPods Pro
Vespa scooter
'''),
}

# spares added after the first build (many first ideas were earlier queries)
NEG['famous_unlisted'] += L('''
Sonatel SA
Maroc Telecom
Cevital SpA
Olam Group Limited
MultiChoice Group
Capitec Bank Holdings
Bidvest Group
Discovery Limited (South Africa)
Oando PLC
Kenya Airways PLC
Royal Air Maroc
Tunisair
Al Rajhi Banking and Investment Corporation
Jarir Marketing Company
Dubai Duty Free
Majid Al Futtaim Holding
Ooredoo Q.P.S.C.
Zain Kuwait
Bank Muscat SAOG
Sabanci Holding
Pegasus Hava Tasimaciligi A.S.
Elbit Systems Ltd.
Inditex (Industria de Diseno Textil S.A.)
Husqvarna AB
Kesko Oyj
Carlsberg A/S
Raiffeisen Bank International AG
OMV Aktiengesellschaft
Skoda Auto a.s.
PKN Orlen S.A.
Magyar Telekom Nyrt.
Grupo Modelo
Copa Airlines
Cencosud S.A.
Alicorp S.A.A.
Banco de Credito del Peru
Petroleos del Peru - Petroperu S.A.
Canadian Tire Corporation
Dollarama Inc.
Wipro Limited
Bajaj Auto Ltd
Mahindra & Mahindra Ltd.
Shopee
Bukalapak
PT Telkom Indonesia
Siam Cement Group
Vinamilk
Genting Berhad
Air New Zealand Limited
Woolworths Group Limited
מכבי שירותי בריאות
بنك مسقط
中国平安保险（集团）股份有限公司
ヤマト運輸株式会社
네이버 주식회사
''', 'well-known company')
NEG['shares_one_word'] += L('''
Golden State Warriors
Silver Airways
Crown Castle International
Sterling Jewelers
Marathon Petroleum
Apex Clearing Corporation
Emerald Expositions
Beacon Roofing Supply
Atlas Copco
Unity Software
Monarch Casino
Victory Capital Management
Heritage Foundation
Rainbow Shops
Carnival Cruise Line
Express Scripts
Frontier Airlines
Capital One Financial
National Grid plc
Falcon Private Bank
Sunrise Bakery Toronto
Alpha Bank A.E.
''', '')
NEG['generic'] += L('''
tyre shop near the port
grain silo operator
cold chain logistics provider
fertilizer dealer
event catering company
printing and packaging plant
timber sawmill
security guard services
''', '')
NEG['person_as_company'] += L('''
Ewa Wisniewska Spolka Jawna
Karel Dvorak s.r.o.
Sanna Lindqvist Handelsbolag
Bjorn Haugen AS
Matteo Ferrari S.a.s.
Deepa Nair Consultancy LLP
Hiroshi Watanabe Kabushiki Kaisha
Marta Fernandez Sociedad Limitada
''', '')
NEG['city_country'] += L('''
Tartu, Estonia
Trondheim
Uppsala
Ghent, Belgium
Maastricht
Debrecen
Timisoara
Varna, Bulgaria
Split, Croatia
Kosice
Innsbruck
Lausanne
Malaga, Spain
Bologna
Nantes
Aberdeen, Scotland
Galway
Tampere
Odense
Bursa, Turkey
Mombasa
Kumasi
Blantyre, Malawi
Curitiba
Rosario, Argentina
Arequipa
Cuenca, Ecuador
Davao City
Hue, Vietnam
Kaohsiung
''', '')
NEG['brand_product'] += L('''
Dyson V15 Detect
Kindle Scribe
Sonos Era 100
Nintendo Game Boy Color
Lego Duplo
Bic Cristal pen
Tamagotchi
Nerf blaster
Tic Tac mints
Maggi noodles
Pringles Sour Cream & Onion
Toblerone
Hermes Birkin bag
Fjallraven Kanken backpack
Dr. Martens 1460 boots
Casio G-Shock
Polaroid Now camera
Vitamix blender
Nalgene bottle
Sharpie marker
Brita water filter
Bialetti Moka Express
Oreo cookies
Pez dispenser
Ninja air fryer
Stabilo Boss highlighter
''', '')
