# negative candidates per kind, in preference order; build.py keeps the first N that pass
NEG = {
'famous_unlisted': [
 '株式会社ニトリ', 'ソフトバンクグループ株式会社', '中国平安保险', '腾讯控股有限公司', '美团', '삼성전자', '현대자동차', 'ПАО «Северсталь»', 'Яндекс',
 'بنك الإمارات دبي الوطني', 'شركة الاتصالات السعودية', 'Τράπεζα Πειραιώς', 'בזק', 'ธนาคารกสิกรไทย',
 'Grupo Bimbo', 'Femsa', 'Banco de Chile', 'Ecopetrol', 'Natura &Co', 'Mercado Libre', 'Rappi', 'Falabella', 'Cencosud',
 'Arcor', 'YPF Sociedad Anónima', 'Grupo Aval', 'Bancolombia', 'Alicorp', 'Credicorp', 'Scotiabank Peru',
 'Canadian Tire Corporation', 'Loblaw Companies', 'Shopify Inc.', 'Dollarama', 'Saputo Inc', 'Telus', 'WSP Global',
 'Kone Oyj', 'Wärtsilä', 'Orkla ASA', 'Ørsted', 'Vestas Wind Systems', 'Carlsberg Group', 'Novozymes', 'Husqvarna AB',
 'Sandvik', 'Atlas Copco', 'Securitas AB', 'Boliden', 'Ahold Delhaize', 'Wolters Kluwer', 'Randstad', 'Umicore', 'Solvay SA',
 'Colruyt', 'Jerónimo Martins', 'Galp Energia', 'Mapfre', 'Ferrovial', 'Inditex', 'Prosegur', 'Mediobanca', 'Leonardo S.p.A.',
 'Prysmian Group', 'Luxottica', 'Poste Italiane', 'Hellenic Petroleum', 'OTP Bank', 'PKN Orlen', 'CEZ Group', 'Raiffeisen Bank International',
 'Dangote Cement', 'MTN Group', 'Safaricom PLC', 'Ethiopian Airlines', 'Shoprite Holdings', 'Sasol Limited', 'Attijariwafa Bank', 'OCP Group',
 'Tata Steel', 'Infosys Limited', 'Bajaj Auto', 'Reliance Jio', 'HDFC Bank', 'Adani Ports', 'Wipro', 'Larsen & Toubro',
 'PT Telkom Indonesia', 'Bank Central Asia', 'Petronas', 'Genting Berhad', 'Jollibee Foods Corporation', 'SM Investments', 'Vinamilk', 'Thai Beverage',
 'Emirates NBD', 'Aramex', 'Almarai', 'Saudi Aramco', 'Qatar Airways', 'Etisalat', 'Arab Bank', 'Turkcell', 'Koç Holding', 'Sabancı Holding',
 'Kaspi.kz', 'Uzbekistan Airways', 'Air Astana',
],
'shares_one_word': [
 'Pearl Jam Merchandise', 'Atlas Van Lines', 'Falcon Crest Winery', 'Royal Canin', 'Golden Goose Sneakers', 'Pacific Life Insurance',
 'Diamond Foods', 'Spring Valley Vitamins', 'Universe Beauty Salon', 'Target Optical', 'Empire State Realty Trust', 'Monsoon Wallet',
 'Liberty Mutual', 'Phoenix Contact', 'Jupiter Fund Management', 'Nordic Semiconductor', 'Ocean Spray Cranberries', 'Marble Slab Creamery',
 'Palm Beach Tan', 'Hercules Tire', 'Eleven Madison Park', 'Wonderland Bakery', 'Blue Lagoon Iceland', 'Global Payments Inc',
 'Sky Zone Trampoline Park', 'Star Market', 'Green Wave Surf School', 'Miracle-Gro', 'Pandora Jewelry', 'Tiger Balm', 'Orient Express Hotels',
 'Arrow Electronics', 'Unique Vacations', 'Golden Resources Mall', 'Capital Grille', 'Whale Watching Tours Reykjavik', 'Meadow Lark Farm', 'Silver Star Casino', 'Eagle Creek Luggage', 'Crystal Palace FC', 'Sunrise Senior Living', 'Horizon Blue Cross',
],
'near_miss': [
 'Mobarakeh Steel Company', 'Yalta Intourist Hotel', 'Kerch Fishing Port', 'Crimean Wine House', 'Pasargad Insurance Agency',
 'Korea Rungra Trading Hong Kong', 'Mansudae Art Gallery Beijing', 'Cubana Cigars Online', 'Havana Club Rum', 'Sepahan Steel Distributors',
 'Kish Air Travel Agency', 'Tadbir Pharmacy Toronto', 'Dena Tankers Norway', 'Irital Logistics Genoa', 'Ghadir Restaurant London',
 'Sakhalin Energy Investment Company', 'Novorossiysk Commercial Sea Port', 'Donbass Arena', 'Luhansk Regional Hospital', 'Falcon International Logistics Dubai',
 'Naftan Polymers Trading Netherlands', 'Al Baraka Banking Group', 'Mahan Tours Dubai', 'Atlas Copco Iran', 'Tosee Taavon Bank',
 'Sahel Consulting Senegal', 'Rungrado May Day Stadium', 'Bank Sepah Café', 'Zenit St Petersburg', 'Sevastopol Yacht Club',
],
'generic': [
 'freight forwarder in Mersin', 'ship chandler', 'bureau de change', 'used car dealer', 'electronics wholesaler in Shenzhen',
 'import export company', 'oil trading company', 'cement factory', 'travel agency Tehran', 'charity foundation', 'private security company',
 'steel trading LLC', 'tanker ship management company', 'dental clinic', 'hawala agent', 'pharmacy wholesale', 'construction company in Erbil',
 'marine insurance broker', 'gold refinery', 'fertiliser supplier', 'bakery supplies', 'IT outsourcing firm',
],
'person_as_company': [
 'Lukas Becker GmbH', 'Sofia Rossi S.p.A.', 'Mateo Fernández S.L.', 'Camille Laurent SARL', 'Oliver Hughes Ltd', 'Emma Jansen B.V.',
 'Jakub Nowak sp. z o.o.', 'Mikko Virtanen Oy', 'Lars Andersson AB', 'Ana Costa Lda', 'Hiroshi Tanaka K.K.', 'Wei Zhang Trading Co Ltd',
 'Rahul Mehta Pvt Ltd', 'Chinedu Okafor Enterprises', 'Thabo Nkosi Holdings', 'Juan Pablo Herrera SAS', 'Lucía Romero SRL', 'Noah Müller AG',
 'Elif Yıldız Ltd. Şti.', 'Nguyen Van Minh Co., Ltd', 'Siobhan Kelly Consulting', 'Bjørn Hansen AS', 'Greta Lindqvist AB', 'Pieter de Vries Holding B.V.', 'Aoife Byrne Solicitors', 'Tomasz Zielinski Sp. z o.o.', 'Ines Oliveira Unipessoal Lda', 'Kwame Boateng Ventures', 'Freya Nielsen ApS',
],
'city_country': [
 'Bergen, Norway', 'Tampere, Finland', 'Aarhus, Denmark', 'Gothenburg, Sweden', 'Porto, Portugal', 'Bilbao, Spain', 'Lyon, France',
 'Eindhoven, Netherlands', 'Ghent, Belgium', 'Brno, Czech Republic', 'Cluj-Napoca, Romania', 'Varna, Bulgaria', 'Split, Croatia',
 'Cork, Ireland', 'Curitiba, Brazil', 'Mendoza, Argentina', 'Cusco, Peru', 'Da Nang, Vietnam', 'Chiang Mai, Thailand', 'Mombasa, Kenya',
 'Kumasi, Ghana', 'Linz, Austria', 'Tartu, Estonia', 'Olomouc, Czechia', 'Ljubljana, Slovenia', 'Sibiu, Romania', 'Daugavpils, Latvia', 'Córdoba, Argentina', 'Valparaíso, Chile', 'Trondheim, Norway', 'Uppsala, Sweden', 'Salzburg, Austria', 'Nantes, France',
],
'brand_product': [
 'Dyson V15 Detect', 'Nintendo Switch OLED', 'Kindle Paperwhite', 'Sonos Era 100', 'Philips Hue bulbs', 'Nespresso Vertuo', 'Stanley Quencher tumbler',
 'Yeti Rambler', 'GoPro Hero 12', 'DJI Mini 4 Pro', 'Fitbit Charge 6', 'Oral-B iO toothbrush', 'KitchenAid stand mixer', 'Weber Spirit grill',
 'Ray-Ban Wayfarer', 'Crocs Classic Clog', 'Canon EOS R6', 'Lego Technic', 'Samsung Galaxy Buds', 'Sony WH-1000XM5', 'Instant Pot Duo', 'Airpods Pro', 'Theragun Mini', 'Ninja Creami', 'Le Creuset dutch oven', 'Bambu Lab P1S printer', 'Steam Deck OLED', 'Oura Ring Gen 3', 'Roborock S8 vacuum', 'Hydro Flask 32 oz', 'Jabra Elite 85t', 'Brompton folding bike', 'Moccamaster coffee maker', 'Tile Mate tracker', 'Ember mug 2', 'Anker PowerCore 20000', 'Kobo Libra 2', 'Wacom Intuos tablet', 'Garmin inReach Mini', 'Fujifilm X100VI', 'Traeger Pro 575', 'Birkenstock Arizona sandals', 'Vitamix A3500', 'Remarkable 2 tablet', 'Ooni Koda pizza oven', 'Xbox Series S',
],
}
COUNTS = {'famous_unlisted': 40, 'shares_one_word': 22, 'near_miss': 20, 'generic': 16, 'person_as_company': 16, 'city_country': 15, 'brand_product': 16}
