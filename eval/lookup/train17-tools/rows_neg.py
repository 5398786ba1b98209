# negative candidates per kind; build.py takes the first N clean ones
N = {
"famous_unlisted": [
"Atlas Copco AB","Sandvik AB","Kone Oyj","Wartsila Oyj","Orkla ASA","Telenor ASA","Carlsberg A/S","Vestas Wind Systems A/S",
"Novozymes A/S","Coloplast A/S","DSV A/S","Orsted A/S","Koninklijke Ahold Delhaize N.V.","Heineken N.V.","Koninklijke Philips N.V.",
"ASML Holding N.V.","Akzo Nobel N.V.","Solvay SA","UCB SA","Umicore","Ageas SA/NV","Lonza Group AG","Givaudan SA","Sika AG",
"Schindler Holding AG","Geberit AG","The Swatch Group AG","Logitech International S.A.","Industria de Diseno Textil S.A. (Inditex)",
"Repsol S.A.","Iberdrola S.A.","Ferrovial S.A.","Acciona S.A.","Grifols S.A.","Mapfre S.A.","Jeronimo Martins SGPS","Galp Energia SGPS",
"EDP - Energias de Portugal","Sonae SGPS","Pirelli & C. S.p.A.","Ferrero SpA","Barilla G. e R. Fratelli","Prada S.p.A.","Davide Campari-Milano",
"Leonardo S.p.A.","Natura &Co Holding S.A.","Embraer S.A.","Gerdau S.A.","Grupo Bimbo S.A.B. de C.V.","Fomento Economico Mexicano (FEMSA)",
"Falabella S.A.","Cencosud S.A.","LATAM Airlines Group S.A.","Ecopetrol S.A.","Bancolombia S.A.","Grupo Argos S.A.","Alicorp S.A.A.",
"Credicorp Ltd.","MercadoLibre Inc.","Infosys Limited","Wipro Limited","Mahindra & Mahindra Ltd.","Jollibee Foods Corporation",
"Ayala Corporation","Siam Cement Public Company","Singapore Airlines Limited","DBS Group Holdings","Fast Retailing Co., Ltd.","Shiseido Company, Limited",
"トヨタ自動車株式会社","삼성전자","台灣積體電路製造股份有限公司","Нова Пошта","טבע תעשיות פרמצבטיות","Ελληνικά Πετρέλαια",
'Husqvarna AB','Essity AB','Alfa Laval AB','Getinge AB','Elekta AB','Boliden AB','Hexagon AB','Assa Abloy AB','Nokian Tyres plc','Fiskars Oyj','Kesko Oyj','Stora Enso Oyj','UPM-Kymmene Oyj','Neste Oyj','Yara International ASA','Norsk Hydro ASA','Schibsted ASA','Mowi ASA','Kongsberg Gruppen ASA','GN Store Nord A/S','Demant A/S','Rockwool A/S','Jyske Bank A/S','Tryg A/S','Genmab A/S','Ambu A/S','Aalberts N.V.','Wolters Kluwer N.V.','Randstad N.V.','Signify N.V.','Royal Vopak N.V.','Royal Boskalis Westminster','Arcadis N.V.','Colruyt Group','NV Bekaert SA','Barco NV','Proximus SA',"D'Ieteren Group",'Kuehne + Nagel International AG','Straumann Holding AG','Sonova Holding AG','Lindt & Sprungli AG','Barry Callebaut AG','Emmi AG','Bucher Industries AG','Georg Fischer AG','Sulzer AG','Helvetia Holding AG','Temenos AG','Ebro Foods S.A.','Viscofan S.A.','Indra Sistemas S.A.','Cellnex Telecom S.A.','Amadeus IT Group S.A.','Bankinter S.A.','Corticeira Amorim SGPS','Mota-Engil SGPS','Brembo S.p.A.','Moncler S.p.A.','Recordati S.p.A.','DiaSorin S.p.A.','Amplifon S.p.A.','Technogym S.p.A.','Mediobanca S.p.A.','Snam S.p.A.','Poste Italiane S.p.A.','Grupo Nutresa S.A.','Grupo Aval Acciones y Valores','Organizacion Terpel S.A.','Arcos Dorados Holdings','Alsea S.A.B. de C.V.','Grupo Lala S.A.B. de C.V.','El Puerto de Liverpool S.A.B. de C.V.','Sociedad Quimica y Minera de Chile','Empresas CMPC S.A.','Aguas Andinas S.A.','Ferreycorp S.A.A.','Totvs S.A.','Localiza Rent a Car S.A.','WEG S.A.','Suzano S.A.','Klabin S.A.','Arcor S.A.I.C.','Globant S.A.','Kikkoman Corporation','Kubota Corporation','Makita Corporation','Daikin Industries','Fanuc Corporation','Keyence Corporation','Murata Manufacturing','Bridgestone Corporation','Asahi Group Holdings','Naver Corporation','Coway Co., Ltd.','Amorepacific Corporation','Genting Berhad','Malayan Banking Berhad','PT Astra International Tbk','PT Bank Central Asia Tbk','Charoen Pokphand Foods','San Miguel Corporation','Globe Telecom, Inc.','Bajaj Auto Limited','Asian Paints Limited',"Dr. Reddy's Laboratories",'ソニーグループ株式会社','네이버','Укрзалізниця','בנק הפועלים','Κωτσόβολος',
],
"shares_one_word": [
"Atlantic Records","Blue Origin LLC","Crown Holdings Inc.","Liberty Mutual Insurance","Empire State Realty Trust","Universal Music Group",
"Pacific Gas and Electric Company","Diamond Offshore Drilling","Target Corporation","Star Alliance","Premier Inn","Polo Ralph Lauren",
"Harmony Gold Mining Company","Fountain Tire","Orange Polska S.A.","Reynolds American Inc.","Sigma-Aldrich","Aqua America Inc.",
"Future Electronics","Monsoon Accessorize Ltd","Alpha Bank","Oriental Trading Company","Hercules Offshore Inc.","Pioneer Natural Resources",
"Tamil Nadu Newsprint and Papers","Midas Muffler","Berlin Brandenburg Airport","Saving Grace Animal Rescue",
'Royal Caribbean Group','Golden Goose S.p.A.','Sky News','Global Payments Inc.','Blue Bottle Coffee','Silver Airways','Producers Dairy Foods','Star Entertainment Group','Synergy Health plc','Ocean Spray Cranberries','Patriot Transportation Holding','The Home Depot','Divine Chocolate Ltd','Crown Resorts Limited','Empire Distribution','Lama Records','Spring Valley Water','Speedo International','Target Australia','Europe Assistance Holding','Kings College Hospital','Falcon Heavy','Bourne Leisure','Harmony Korine Films','Echo Global Logistics','Eyrie Vineyards','Masters Tournament',
],
"near_miss": [
"Atlas Air Worldwide Holdings","Green Island Cement Company","Peru Global Travel S.A.C.","KB Home","Malta Enterprise","Cafe du Monde",
"Hotel Barranquilla Plaza","Constructora El Roble S.A.","Inversiones Santa Lucia Ltda.","Copa de Oro S.A. de C.V.","First Ocean Bank Ltd",
"New Era Shipping Limited","Global United Logistics Inc.","Moku Silver AG","Maputo Port Development Company","Arenas del Mar Resort",
"Plaza Los Arcos S.A.","Hong Kong Electric Company","Belize Bank Limited","Ganaderia El Paraiso Ltda.","Ocean Capital Partners LLC","Diario La Prensa",
'Colombiana de Comercio S.A.','Toys Palace S.A. de C.V.','Copa Holdings S.A.','Silver House Restaurant Group',
'Bodega Aurrera','Comercial Mexicana','Agropecuaria La Ribera S.A.','Canteras del Norte S.A.','Hola Mexico Tours',
],
"generic": [
"Trading Company Ltd","Import Export S.A.","General Services LLC","Holding Group","Shipping Company","Construction Company Limited",
"Investment Fund","Consulting Group S.A.","Logistics Solutions Inc.","Real Estate Developers","Pharmacy","Car Wash","Auto Parts Store",
"Security Services Ltd","Travel Agency","Engineering Works","Textile Mill","Hotel and Spa","Supermarket","Bakery and Pastry Shop",
"Dental Clinic","Law Firm","Insurance Brokers","Freight Forwarding Services","Cleaning Services","Printing House","Furniture Factory",
"Wholesale Distributors","Medical Supplies Ltd","Software Development Company","Catering Services S.A.","Agricultural Cooperative",
'Marketing Agency','Recruitment Services Ltd','Packaging Solutions S.A.','Solar Panel Installers','Fish Market','Coffee Roasters','Pet Store','Plumbing Services','Translation Agency','Event Management Company','Mining Equipment Supplier','Bus Company','Flower Shop','Veterinary Clinic',
],
"person_as_company": [
"Fernando Botero S.A.S.","Frida Kahlo S.A. de C.V.","Octavio Paz S.C.","Pablo Neruda Ltda.","Isabel Allende S.A.","Jorge Luis Borges S.R.L.",
"Mario Vargas Llosa S.A.C.","Diego Rivera S.A. de C.V.","Celia Cruz Inc.","Carlos Santana LLC","Lionel Messi S.L.","Diego Maradona S.R.L.",
"Ayrton Senna Ltda.","Gustavo Cerati S.A.","Mercedes Sosa S.R.L.","Ruben Blades S.A.","Sofia Vergara LLC","Salma Hayek S.A. de C.V.",
"Ricky Martin Inc.","Rigoberta Menchu S.A.","Gabriela Mistral Ltda.","Julio Cortazar S.A.","Violeta Parra Ltda.","Chavela Vargas S.A. de C.V.",
'Gabriel Batistuta S.A.','Carlos Gardel S.R.L.','Astor Piazzolla S.A.',
],
"city_country": [
"Bucaramanga","Pereira, Colombia","Cucuta","Santa Marta","Manizales","Monterrey, Mexico","Tijuana","Mazatlan","Cancun","Arequipa",
"Cusco, Peru","Guayaquil","Tegucigalpa","San Pedro Sula","Managua","Valletta","Cotonou, Benin","Львів","Θεσσαλονίκη","Quito, Ecuador",
"Montevideo","Asuncion, Paraguay",
'Barquisimeto','Valledupar','Popayan','Villavicencio','Ibague, Colombia','Neiva','Pasto, Narino','Puebla, Mexico','Queretaro','Aguascalientes','Morelia','Oaxaca','Merida, Yucatan','Chiclayo','Trujillo, Peru','Piura','Cochabamba','Santa Cruz de la Sierra','Mendoza, Argentina','Cordoba, Argentina','Valparaiso','Antofagasta','Cuenca, Ecuador','Sliema, Malta','Windhoek','Одеса','Харків','Πάτρα',
],
"brand_product": [
"Inca Kola","Club Colombia","Cerveza Aguila","Postobon","Juan Valdez Cafe","Colombina","Jumex","Modelo Especial","Tecate","Havaianas",
"Guarana Antarctica","Quilmes","Ron Zacapa","Flor de Cana","Pisco Capel","Alpina","Chocolate Abuelita","Maizena","Yerba Mate Taragui",
"Cafe Pilao","Sabritas","Don Julio Tequila",
'Ron Medellin','Cusquena','Bon Bon Bum','Chocoramo','Pony Malta','Gansito Marinela','Cerveza Victoria','Jarritos','Boing! jugo','Choco Milk','Cafe Sello Rojo','Galletas Festival','Leche Gloria','Sublime chocolate','Cerveza Pilsen Callao','Vitamalt','Chiclets Adams','Milo drink',
'Cerveza Indio','Topo Chico','Kola Roman','Cerveza Poker','Cafe Aguila Roja','Saltin Noel','Jet chocolatina','Tostacos','Chokis galletas','Galletas Emperador','Marias Gamesa','Churrumais','Takis Fuego','Bubulubu','Duvalin','Mazapan de la Rosa','Pulparindo',
],
}
COUNTS = {"famous_unlisted":40,"shares_one_word":22,"near_miss":20,"generic":16,"person_as_company":16,"city_country":15,"brand_product":16}
EXCLUDE = {"Aqua America Inc.", "Oriental Trading Company", "Green Island Cement Company", "Producers Dairy Foods", "Moku Silver AG", "First Ocean Bank Ltd", "Ocean Capital Partners LLC", "Lama Records", "Silver House Restaurant Group"}
