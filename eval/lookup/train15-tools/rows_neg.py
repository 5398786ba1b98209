# kind -> list of (query, note); more candidates than needed; build.py takes first clean ones
N = {
"famous_unlisted": [
("Vestas Wind Systems A/S","Danish wind-turbine maker"),("Kone Oyj","Finnish elevator maker"),("Wartsila Corporation","Finnish engine maker"),
("Stora Enso","Finnish-Swedish paper group"),("Atlas Copco AB","Swedish industrial group"),("Husqvarna Group","Swedish tools maker"),
("Skanska AB","Swedish construction group"),("Yara International ASA","Norwegian fertiliser company"),("Orkla ASA","Norwegian consumer goods"),
("Geberit AG","Swiss sanitary products"),("Schindler Holding","Swiss elevator maker"),("Givaudan SA","Swiss flavours company"),
("Kuehne + Nagel International AG","Swiss logistics"),("Wienerberger AG","Austrian brick maker"),("Andritz AG","Austrian plant engineering"),
("Mapfre S.A.","Spanish insurer"),("Ferrovial","Spanish infrastructure group"),("Grifols S.A.","Spanish plasma company"),("Indra Sistemas","Spanish IT/defence"),
("Ebro Foods","Spanish food group"),("Grupo Nutresa","Colombian food group"),("Grupo Argos","Colombian conglomerate"),("Copa Airlines","Panamanian airline"),
("Embraer S.A.","Brazilian aircraft maker"),("Cencosud","Chilean retailer"),("Arcor","Argentine confectioner"),("Tenaris","steel pipe maker"),
("Globant","Argentine IT company"),("Alsea S.A.B. de C.V.","Mexican restaurant operator"),("Grupo Bimbo","Mexican bakery group"),
("Larsen & Toubro","Indian engineering group"),("Bajaj Auto","Indian motorcycle maker"),("Godrej Industries","Indian conglomerate"),
("Jollibee Foods Corporation","Philippine fast food"),("Ayala Land","Philippine developer"),("Siam Cement Group","Thai conglomerate"),
("Vinamilk","Vietnamese dairy"),("Shoprite Holdings","South African retailer"),("Attijariwafa Bank","Moroccan bank"),("Elsewedy Electric","Egyptian cable maker"),
("Almarai Company","Saudi dairy"),("Arcelik A.S.","Turkish appliance maker"),("Check Point Software Technologies","Israeli software"),
("Koc Holding","Turkish conglomerate"),("Ecobank Transnational","pan-African bank"),("Kenya Airways","Kenyan airline"),
("任天堂","Nintendo, Japanese script"),("日立製作所","Hitachi, Japanese script"),("네이버","Naver, Korean script"),("카카오","Kakao, Korean script"),
("Τράπεζα Πειραιώς","Piraeus Bank, Greek script"),("Οργανισμός Τηλεπικοινωνιών Ελλάδος","OTE, Greek script"),("אל על","El Al, Hebrew script"),
("Нова Пошта","Nova Poshta, Ukrainian Cyrillic"),("Казахтелеком","Kazakhtelecom, Cyrillic"),("台灣積體電路製造","TSMC, Traditional Chinese (Taiwan)"),
("ปตท.","PTT, Thai script"),("टाटा मोटर्स","Tata Motors, Devanagari"),("鴻海精密工業","Foxconn/Hon Hai, Traditional Chinese (Taiwan)"),
("Телеком Србија","Telekom Srbija, Serbian Cyrillic"),("Ahold Delhaize","Dutch retailer"),("Wolters Kluwer","Dutch publisher"),
],
"shares_one_word": [
("Citadel Securities","shares CITADEL"),("Renta 4 Banco","shares RENTA"),("Paulista Futebol Clube","shares PAULISTA"),
("La Quinta Inns & Suites","shares LA QUINTA"),("Maduro & Curiel's Bank","shares MADURO"),("Parque Tematico Hacienda Napoles","shares HACIENDA"),
("Optima Health","shares OPTIMA"),("Banco Atlantico","shares ATLANTICO"),("Miranda Technologies","shares MIRANDA"),
("Valencia Club de Futbol","shares VALENCIA"),("Carbones del Cerrejon Limited","shares CERREJON"),("The Durango Herald","shares DURANGO"),
("Terra Networks","shares TERRA"),("Life Insurance Corporation of India","shares LIFE"),("Junior Achievement","shares JUNIOR"),
("Exchange Bank Santa Rosa","shares EXCHANGE"),("EagleBank Bethesda","shares EAGLE (as Eagle)"),("Nueva Pescanova","shares NUEVA"),
("Humanity First","shares HUMANITY (alias WELFARE OF HUMANITY)"),("Casa Ley","shares CASA"),("Quinta do Crasto","shares QUINTA"),
("Plaza Vea","shares PLAZA"),("Eagle Brokerage Services","shares EAGLE, BROKER"),
],
"near_miss": [
("Almacen Picasso","cf. ALMACEN PICIS"),("Inversiones Ganadera Ltda","cf. INVERSIONES GANAGRO LTDA."),("Eagle Communications Inc.","cf. EAGLE COMMUNICATION BROKERS INC."),
("Grupo MPX","Brazilian group (EBX), cf. GRUPO MPV"),("Plaza Mayor Ltda.","cf. PLAZA REAL LTDA."),("Renta Fija S.A.S.","cf. RENTA LIQUIDA S.A.S."),
("Los Guerreros","cf. LOS GUEROS"),("Jehovah Jireh Ltda","cf. JEHOVA LTDA."),("Casa Gallardo S.A.","cf. CASA GRAJALES S.A."),
("Farber Communications","cf. FARBE COMUNICACIONES LTDA"),("Vigilancia Colombiana Ltda","cf. VIGILAR COLOMBIA LTDA."),("Hacienda Paulina S.A.","cf. HACIENDA PAULISTA, S.A."),
("Lorena del Sol S.A. de C.V.","cf. LORENA DEL MAR, S.A. DE C.V."),("Villas del Valle S.A. de C.V.","cf. VILLAS DEL COLLI"),("Energeticos Vallarta SA de CV","cf. ENERGETICOS VAGO"),
("Induitalia Ltda","cf. INDUITEX LTDA."),("Constructora Joya S.A. de C.V.","cf. CONSTRUCTORA JOEL"),("Inversiones La Quintana Ltda","cf. INVERSIONES LA QUINTA Y CIA. LTDA."),
("Agroespinosa S.A.","cf. AGROESPINAL S.A."),("Saavedra Hermanos S.A.","cf. SAAVEDRA Y CIA. S. EN C."),("Distribuidora Lider S.A.","cf. DISTRIBUIDORA LIFE"),
("Inmobiliaria Estado 30","cf. INMOBILIARIA ESTADO 29"),
],
"generic": [
("Distribuidora S.A.","generic"),("Servicios Empresariales S.A. de C.V.","generic"),("Inmobiliaria Ltda","generic"),("Holding Company","generic"),
("Consulting Group","generic"),("Logistics Solutions Inc","generic"),("Grupo Empresarial","generic"),("Compania Limitada","generic"),
("Investment Bank","generic"),("Credit Union","generic"),("Charitable Foundation","generic"),("Trading House FZE","generic"),
("Financial Services LLC","generic"),("Real Estate Development Corp","generic"),("Transportes y Logistica SAS","generic"),("Repuestos y Accesorios","generic"),
("Almacen General","generic"),("Sociedad Anonima","generic"),
],
"person_as_company": [
("Gabriel Garcia Marquez S.A.S.","writer's name as company"),("Fernando Botero Ltda","painter's name"),("Shakira Mebarak S.A.","singer's name"),
("Carlos Vives y Cia","singer's name"),("James Rodriguez Sports SAS","footballer"),("Radamel Falcao Garcia Ltda","footballer"),
("Luis Miguel Gallego Basteri S.A. de C.V.","singer"),("Vicente Fernandez y Asociados","singer"),("Frida Kahlo Corp","painter"),
("Octavio Paz Ediciones","poet"),("Ruben Blades Productions Inc.","singer, Panama"),("Mariano Rivera Holdings","baseball player, Panama"),
("Isabel Allende LLC","writer"),("Mario Vargas Llosa S.A.","writer"),("Celia Cruz Enterprises","singer"),("Lionel Messi Management SL","footballer"),
("Juan Manuel Fangio S.A.","racing driver"),("Rigoberto Uran Cycling SAS","cyclist"),
],
"city_country": [
("Харків","Kharkiv, Ukrainian Cyrillic"),("القاهرة","Cairo, Arabic"),("Нови Сад","Novi Sad, Serbian Cyrillic"),("Одеса","Odesa, Ukrainian Cyrillic"),("Θεσσαλονίκη","Thessaloniki, Greek"),
("Pereira, Risaralda","Colombian city"),("Bucaramanga","Colombian city"),("Villavicencio, Meta","Colombian city"),("Hermosillo, Sonora","Mexican city"),
("Zapopan Jalisco","Mexican city"),("Santiago de Queretaro","Mexican city"),("David, Chiriqui","Panamanian city"),("Quetzaltenango","Guatemalan city"),
("La Ceiba, Honduras","Honduran city"),("Estados Unidos Mexicanos","official name of Mexico"),("Republica de Honduras","country"),
("Київ","Kyiv, Ukrainian Cyrillic"),("Αθήνα","Athens, Greek"),("الدار البيضاء","Casablanca, Arabic"),("Santa Cruz de la Sierra","Bolivian city"),
("Guayaquil, Ecuador","Ecuadorian city"),("Montevideo","Uruguay capital"),
],
"brand_product": [
("Aguardiente Antioqueno","Colombian spirit"),("Pony Malta","Colombian malt drink"),("Chocoramo","Colombian snack cake"),("Bon Bon Bum","Colombina lollipop"),
("Ron Zacapa","Guatemalan rum"),("Flor de Cana","Nicaraguan rum"),("Inca Kola","Peruvian soda"),("Salsa Valentina","Mexican hot sauce"),
("Gansito Marinela","Mexican snack"),("Jarritos","Mexican soda"),("Cerveza Salva Vida","Honduran beer"),("Cerveza Gallo","Guatemalan beer"),
("Cerveza Balboa","Panamanian beer"),("Havaianas","Brazilian sandals"),("Yerba Mate Taragui","Argentine mate"),("Cafe Britt","Costa Rican coffee"),
("Kola Roman","Colombian soda"),("Quilmes","Argentine beer"),
],
}
def _add(k, names, note):
    for x in names.split('|'):
        x = x.strip()
        if x: N[k].append((x, note))
_add("famous_unlisted", "Sonae SGPS|Jeronimo Martins|Galp Energia|Corticeira Amorim|Mota-Engil|Sacyr S.A.|Viscofan|Vidrala|Fluidra|Almirall|Prosegur|Cellnex Telecom|Acerinox|Tubacex|Construcciones y Auxiliar de Ferrocarriles|Patentes Talgo|Gestamp Automocion|Melia Hotels International|Freixenet|Codorniu|Davide Campari-Milano|Barilla G. e R. Fratelli|Luigi Lavazza S.p.A.|Brembo S.p.A.|Fincantieri|Saipem|Prysmian Group|Recordati|Amplifon|Mediobanca|Esselunga|De'Longhi|Legrand SA|Valeo|Faurecia|Capgemini|Sodexo|JCDecaux|Ubisoft Entertainment|Bonduelle|Eiffage|Beiersdorf AG|Knorr-Bremse|Hapag-Lloyd|Sartorius AG|Krones AG|Andreas Stihl AG|Vorwerk|Miele & Cie. KG|Faber-Castell|Coloplast|Danfoss|Grundfos|Rockwool International|Bang & Olufsen|Nokian Tyres|Marimekko|Valio Oy|Kesko Oyj|Alfa Laval|Hexagon AB|Assa Abloy|Essity|Elekta|Getinge|Boliden|Kongsberg Gruppen|Aker Solutions|Mowi ASA|Kerry Group|Glanbia|Smurfit Kappa|Greencore|Whitbread|Greggs plc|Halma plc|Spirax-Sarco Engineering|Croda International|Intertek Group|Bunzl|Ashtead Group|Straumann|Sonova Holding|Barry Callebaut|Emmi AG|Belimo|Bobst Group|Sulzer Ltd|Georg Fischer AG|Strabag SE|Swarovski|Rosenbauer International|Doppelmayr|Umicore|Colruyt Group|Bekaert|Barco NV|Lotus Bakeries|Boskalis|Van Oord|Fugro|Damen Shipyards|Royal Vopak|PostNL|KGHM Polska Miedz|CD Projekt|LPP SA|Asseco Poland|Kofola|Gedeon Richter|Zentiva|Bitdefender|Gorenje|Podravka|Atlantic Grupa", "well-known company, not on the 2019 SDN list")
_add("famous_unlisted", "ソニーグループ|資生堂|味の素|キッコーマン|京セラ|ヤマハ発動機|포스코|아모레퍼시픽|신한은행|롯데제과|Μυτιληναίος|Παπαστράτος|בנק הפועלים|תנובה|אלביט מערכות|საქართველოს ბანკი|ธนาคารกสิกรไทย|การบินไทย|रिलायंस इंडस्ट्रीज|भारतीय स्टेट बैंक|Укрзалізниця|Укрпошта|Эйр Астана|Казатомпром|Български пощи|長榮航空|統一企業|國泰航空", "well-known company written in its native script")
_add("generic", "Agencia de Viajes|Import Export Company|Security Services Ltd|Transport Company|Travel Agency|Construction Company LLC|Servicios Generales|Fundacion Social|Asociacion Civil|Cooperativa Agricola|Comercial Importadora|Business Solutions|Management Services|Money Transfer Services|Empresa de Seguridad|Farm Supplies Ltd|Auto Parts Store|Digital Marketing Agency", "generic term")
_add("city_country", "Manizales|Cucuta, Norte de Santander|Santa Marta|Ibague|Neiva|Popayan|Monteria|Tunja, Boyaca|Mazatlan, Sinaloa|Leon, Guanajuato|Morelia|Toluca|Torreon, Coahuila|Aguascalientes|Merida, Yucatan|Colon, Panama|Chitre|Escuintla|Antigua Guatemala|Comayagua|Choluteca|Puntarenas|Cuenca, Ecuador|Arequipa|Cochabamba|Republica de Panama|Republica Oriental del Uruguay|Харків|القاهرة|Нови Сад", "place name")
_add("brand_product", "Cerveza Aguila|Cerveza Poker|Ron Viejo de Caldas|Colcafe|Cafe Sello Rojo|Nucita|Chocolatina Jet|Galletas Festival|Ponque Ramo|Tostitos|Takis|Sabritas|Tajin|Maseca|La Costena|Herdez|Jumex|Boing|Sidral Mundet|Topo Chico|Carta Blanca|Salsa Lizano|Pinolillo|Cerveza Tona|Bon o Bon|Alfajores Havanna|Fernet Branca|Guarana Antarctica|Natura Ekos|Pacena", "brand/product")
_add("shares_one_word", "Vida Security Seguros|Optima Bank|Estado de Minas|Plaza Lama", "shares one listed word")
