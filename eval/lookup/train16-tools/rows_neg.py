# negatives: kind -> list of (query, note). build.py takes the first clean N per kind.
N={}
N['famous_unlisted']=[(q,'well-known company, not in the 2019 SDN data') for q in [
 "Novozymes A/S","Carlsberg Breweries A/S","Orkla ASA","Yara International ASA","Wärtsilä Oyj","Fiskars Oyj",
 "Husqvarna AB","Autoliv Inc.","Randstad N.V.","Umicore SA","Ageas SA/NV","NV Bekaert SA","Legrand SA","Beiersdorf AG",
 "Knorr-Bremse AG","Zalando SE","Symrise AG","Brenntag SE","Sartorius AG","Andritz AG","Geberit AG","Givaudan SA",
 "Straumann Holding AG","Barry Callebaut AG","Temenos AG","Galp Energia SGPS","Jerónimo Martins SGPS","Sonae SGPS",
 "Ebro Foods S.A.","Viscofan S.A.","Prosegur Compañía de Seguridad","Mediobanca S.p.A.","Prysmian S.p.A.","Brembo S.p.A.",
 "Moncler S.p.A.","Gerdau S.A.","WEG S.A.","Falabella S.A.","Cencosud S.A.","Alicorp S.A.A.","Globant S.A.","Arcor S.A.I.C.",
 "Wesfarmers Limited","Fortescue Metals Group","Fonterra Co-operative Group","Shoprite Holdings","Safaricom PLC",
 "Maroc Telecom","Hindalco Industries","Asian Paints Limited","Jollibee Foods Corporation","Siam Cement Group",
 "Vinamilk","Koç Holding A.Ş.","Arçelik A.Ş.","Check Point Software Technologies","Nidec Corporation","Kyocera Corporation",
 "Amorepacific Corporation","Kakao Corp.",
 "日立製作所","花王株式会社","京セラ株式会社","삼성전자","현대자동차","카카오","鴻海精密工業","華碩電腦",
 "Київстар","Укрзалізниця","Эйр Астана","საქართველოს ბანკი","Οργανισμός Τηλεπικοινωνιών Ελλάδος","טבע תעשיות פרמצבטיות"]]
N['shares_one_word']=[(q,'real firm sharing one word with a listed name') for q in [
 "Puma SE","Orange S.A.","Pandora A/S","Target Corporation","Delta Air Lines","Alpha Bank","Piedmont Airlines",
 "Maples Group","Marshall Amplification","Concord Music Group","Harmony Gold Mining","Diamond Offshore Drilling",
 "Pacific Gas and Electric Company","Empire State Realty Trust","Universal Music Group","Premier Foods plc",
 "Pioneer Natural Resources","Orient Overseas Container Line","Falcon Northwest","Crown Holdings Inc.","Sigma-Aldrich",
 "Liberty Global plc","Echo Global Logistics","Royal Caribbean Cruises","Viajes Marsans S.A.","Apollo Tyres Ltd",
 "Tamil Nadu Newsprint and Papers","Future Electronics","Belize Bank Limited","Polo Ralph Lauren"]]
N['near_miss']=[(q,'close to a listed name but a different firm') for q in [
 "Atlas Air Worldwide Holdings","Iron Mountain Incorporated","Grace Bay Club","New Age Beverages Corporation",
 "Industrial Bank of Korea","Agricultural Development Bank of Ghana","Korea Development Bank","Star Oil Ghana Limited",
 "Tara Mines Limited","KB Financial Group","Mr. Handyman International LLC","Safari Club International",
 "Green Motion Car Rental","Concretos Medellín S.A.","Viajes Mercurial Tours S.A.","Hotelito Escondido Tulum",
 "Valparque S.A. de C.V.","Largo Resorts Inc.","Lama Foods Italia S.r.l.","Blue Point Brewing Company",
 "Organic Valley Cooperative","Global Relief Fund for Children","Saving Banks Association of Norway","Playa del Carmen Hotels S.A."]]
N['generic']=[(q,'generic business term') for q in [
 "Trading Company Limited","Import Export S.A.","Holding Group","Inversiones y Proyectos S.A.S.","Comercializadora General",
 "Shipping Services Ltd","Consulting Partners LLC","Transportes y Logistica S.A.","Servicios Integrales S.A. de C.V.",
 "Agricultural Supplies Co.","Business Solutions Inc.","Medical Equipment Distributors","Construction Materials Ltd",
 "Real Estate Investments S.A.","Financial Services Group","Travel Agency","Auto Parts Store","Textiles y Confecciones Ltda.",
 "Pharmacy and Drugstore","Security Services Company"]]
N['person_as_company']=[(q,'famous person with a legal form added; not an SDN individual') for q in [
 "Fernando Botero S.A.S.","Carlos Vives Ltda.","Radamel Falcao S.A.S.","Frida Kahlo S.A. de C.V.","Octavio Paz S.C.",
 "Mario Vargas Llosa S.A.C.","Ayrton Senna Ltda.","Rubén Blades S.A.","Roberto Clemente Corp.","Isabel Allende Ltda.",
 "Pablo Neruda SpA","Jorge Luis Borges S.R.L.","Mercedes Sosa S.R.L.","Cantinflas S.A. de C.V.","Chavela Vargas S.A.",
 "Juan Gabriel S.A. de C.V.","Rigoberta Menchú S.A.","Astor Piazzolla S.A.","Gabriela Mistral Ltda.","Celia Cruz Inc.",
 "Julio Cortázar S.A.","Violeta Parra Ltda."]]
N['city_country']=[(q,'place name only') for q in [
 "Cartagena de Indias","Barranquilla","Guadalajara, Jalisco","Quetzaltenango","Asunción, Paraguay","Valparaíso",
 "Santa Cruz de la Sierra","Guayaquil","Porto Alegre","Rosario, Argentina","Mérida, Yucatán","Tegucigalpa, Honduras",
 "Одеса","Харків","Нови Сад","Θεσσαλονίκη","Kraków","San José, Costa Rica","Cusco, Peru","Oaxaca de Juárez"]]
N['brand_product']=[(q,'brand or product name, not a company on the list') for q in [
 "Inca Kola","Guaraná Antarctica","Postobón","Colombina bon bon bum","Jumex","Sabritas","Havaianas","Quilmes cerveza",
 "Tajín","Salsa Valentina","Pony Malta","Chocoramo","Flor de Caña","Ron Zacapa","Cerveza Gallo","Salva Vida","Cerveza Balboa",
 "Topo Chico","Alpina yogurt","Pisco Capel","Yerba mate Taragüí"]]
N['famous_unlisted']+=[(q,'well-known company, not in the 2019 SDN data') for q in [
 "Kesko Oyj","Valmet Oyj","Huhtamäki Oyj","Ørsted A/S","Demant A/S","Coloplast A/S","Rockwool International","Schibsted ASA",
 "Kongsberg Gruppen","Getinge AB","Alfa Laval AB","Boliden AB","Trelleborg AB","Sodexo S.A.","Eiffage SA","Ipsen S.A.",
 "Rheinmetall AG","Dürr AG","Wacker Chemie AG","Puig Brands S.A.","Acerinox S.A.","Técnicas Reunidas","Amplifon S.p.A.",
 "Recordati S.p.A.","De'Longhi S.p.A.","Lotus Bakeries","Sofina S.A.","Aalberts N.V.","Vopak N.V.","Kuehne + Nagel International AG",
 "Grupo Bolívar S.A.","Organización Terpel","Grupo Nutresa S.A.","Alsea S.A.B. de C.V.","Grupo Lala S.A.B. de C.V.",
 "Gruma S.A.B. de C.V.","Coca-Cola FEMSA","Grupo Herdez","Vitro S.A.B. de C.V.","Embotelladora Andina S.A.",
 "Concha y Toro","Empresas CMPC","Ferreycorp S.A.A.","Grupo Gloria","Cervecería Nacional Dominicana",
 "Japan Tobacco Inc.","Yakult Honsha","Kikkoman Corporation","Shimano Inc.","Unicharm Corporation",
 "무신사","셀트리온","ヤクルト本社","キッコーマン","シマノ","Монобанк","Приватбанк","Казатомпром"]]
N['shares_one_word']+=[(q,'real firm sharing one word with a listed name') for q in [
 "Hermes Parcelnet","Caspian Sunrise plc","Oldham Athletic AFC","Bamboo Airways","Galaxy Entertainment Group",
 "Neptune Energy Group","Eagle Materials Inc.","Fountain Valley Bank","Cobalt International Energy","Leverage Shares plc",
 "Nordstrom Inc.","Hola! magazine","Mercurio Seguros","Pegasus Airlines","Copacabana Palace","Alhambra Palace Hotel",
 "Guadalupe Peak Partners","Primax Electronics","Moku Foods","Sanam Shipping Agency","Lochinvar LLC","Pimento Jerk Kitchen",
 "Bourne Leisure","Eyrie Vineyards","Congo Airways","Uganda Airlines","Piedmont Natural Gas","Hercules Offshore",
 "Spring Healthcare","Speedy Hire plc","Sunrise Senior Living","Interlog USA","Almerina Caffè","Hansa Medical",
 "Syriana Films","Luisa Spagnoli S.p.A.","Villa Azul Resort Holdings","Everest Group Ltd."]]
N['near_miss']+=[(q,'close to a listed name but a different firm') for q in [
 "Concretos Bogotá S.A.","Inmobiliaria Pasaje Ltda.","Ganaderías Bilbao Hermanos","Cables Internacionales S.A.",
 "Turismo Hansen S.A.","Tejar La Moja S.A.","Minera Rio Presto S.A. de C.V.","Viajes Mercedes Ltda.",
 "Agropecuaria El Milo S.A.","Constructora Universidad Ltda.","Blue Point Sail S.A. de C.V.","Valpak Direct Marketing"]]
N['generic']+=[(q,'generic business term') for q in [
 "Logistics and Freight Forwarding","Distribuidora de Alimentos","Bienes y Servicios S.A.","Import and Export Trading LLC",
 "Oil and Gas Services","Marketing Agency Ltd","Engineering Consultants"]]
N['city_country']+=[(q,'place name only') for q in [
 "Bucaramanga","Pereira, Risaralda","Culiacán Rosales","Hermosillo, Sonora","Ciudad del Este","Cochabamba","Maracaibo",
 "Salvador, Bahia","Mar del Plata","Antofagasta","Arequipa","Cuenca, Ecuador","Puerto Montt","Дніпро","Београд",
 "Ηράκλειο","Zaragoza","Porto, Portugal","Limassol"]]
N['brand_product']+=[(q,'brand or product name, not a company on the list') for q in [
 "Aguardiente Antioqueño","Cerveza Poker","Kola Román","Galletas Festival","Chocolisto","Café Sello Rojo","Arequipe Alpina",
 "Ron Medellín Añejo","Cerveza Pacífico","Jarritos","Gansito Marinela","Chiclets Adams","Cerveza Pilsen Callao",
 "Cusqueña","Mantecol","Alfajores Havanna","Dulce de leche La Serenísima","Paçoca Amor","Catupiry","Piracanjuba leite"]]
N['near_miss']+=[(q,'close to a listed name but a different firm') for q in [
 "Orbital Energy Group Inc.","Fox Factory Holding Corp.","Dolphin Entertainment Inc.","Wayside Technology Group","Yakima Federal Savings and Loan","Berlin Brands Group"]]
# removed after review (too close to a listed name, could be the same firm or a typo of it, or contains an SDN person's name)
EXCLUDE={"Ganaderías Bilbao Hermanos","Valparque S.A. de C.V.","Tejar La Moja S.A.","Viajes Mercurial Tours S.A.",
 "Lama Foods Italia S.r.l.","Global Relief Fund for Children","Agropecuaria El Milo S.A.","Blue Point Sail S.A. de C.V.",
 "Valpak Direct Marketing","Juan Gabriel S.A. de C.V."}
for k in N: N[k]=[r for r in N[k] if r[0] not in EXCLUDE]
