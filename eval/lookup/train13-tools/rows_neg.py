N = {
"famous_unlisted": [
'Grupo Salinas','Cinepolis','Grupo Bepensa','Gerdau','Klabin','Suzano Papel e Celulose','Grupo Gloria Peru','Banco de Credito del Peru','Empresas Copec','Celulosa Arauco','Sodimac','مجموعة الفطيم','is Cinepolis on the sanctions list?','Grupo Posadas','Bepensa Bebidas',
'Mabe electrodomesticos','Grupo Elektra','Cerveceria Nacional Panama','Banco Agricola El Salvador','Tigo Guatemala','Claro Colombia','Seguros Sura','Ferreycorp','is Grupo Romero Peru on the OFAC list?','Grupo Herdez',
'is Grupo Herdez sanctioned?','Alpina Productos Alimenticios','Colombina S.A.','Grupo Exito','Terpel','Crepes & Waffles','Corficolombiana','Banco Pichincha','Banco Industrial Guatemala','Pollo Campero','Grupo Lala','Gruma SAB','Alsea','Volaris','Aeromexico','Interbank Peru','Alicorp','Cencosud','LATAM Airlines Group','Arcor','Tenaris','YPF Sociedad Anonima','Itau Unibanco','Bradesco','Adidas AG','Robert Bosch GmbH','Airbus SE','Schneider Electric','Danone','Carrefour','Michelin','Novartis','ABB Ltd','Holcim','Rio Tinto','パナソニック株式会社','엘지전자','طيران الإمارات','ok to pay Cencosud invoice?','we buy from Grupo Lala, any issue?',
"Nestle SA","Unilever PLC","Siemens AG","Toyota Motor Corporation","Samsung Electronics","Banco Santander","BBVA","Cemex SAB de CV","Grupo Modelo","Bimbo Bakeries USA",
"Avianca","Copa Airlines","Banco de Bogota","Bancolombia","Grupo Nutresa","Cementos Argos","Petrobras","Vale S.A.","Embraer","Ambev",
"Volkswagen AG","BASF SE","Heineken N.V.","Philips","Shell plc","BP p.l.c.","TotalEnergies","Repsol","Iberdrola","Telefonica",
"Inditex","Zara Espana","Mercado Libre","Rappi","Grupo Aval","Banco Popular Dominicano","Banistmo","Banco General Panama","Liverpool department stores","Soriana",
"ソニー株式会社","任天堂","トヨタ自動車","삼성전자","현대자동차","شركة أرامكو السعودية","ธนาคารกรุงเทพ","Grupo Mexico","Oxxo","Walmart de Mexico",
"Accenture","Deloitte","KPMG","Maersk Line","DHL Express","FedEx","UPS","Hapag-Lloyd","Nokia","Lufthansa",
],
"shares_one_word": [
"Industria Maderera del Sur Ltda","Confecciones Maria Luisa Ltda","Goldi Toys S.A.","Easy Credit S. de R.L.","Litografia Moderna","Inversiones El Roble S.A.","Orimar Seafood Inc","Morexpress Courier Chile",
"Rosagro Trading GmbH","Coalsa Minerals","Conusa Ingenieria","Global Trading Partners LLC","Overseas Shipping Company","Canal View Apartments","Blue Star Catering Ltd","El Kairo Restaurante",
"Digital Systems Advisors Inc","Marine World Aquarium","Holy Spirit Academy","Tres Reyes Bakery","Farmaceutica del Norte SA","Cima Consultores","Cifuentes Abogados","Davidov Vodka Co",
"Audio Visual Pro S.A. de C.V.","Punto Verde S.A.","Nueva Italia Ristorante",
],
"near_miss": [
"Inmobiliaria Linares Norte Ltda.","Valle de Plata S.A.","Gestora Financiera S.A.","Asesorias Contables Ltda.","Tecnicar Automotriz S.A.","Ruta 66 Motocicletas","Doll Import Ltda.","Andrea Yari Textiles S.A.",
"Inversiones Grame Hermanos","Autotransportes JYM Express","Residencial Canal Park, S.A.","Grupo Mundo Animal S.A.","Corporacion Maritima de Panama S.A.","Comercial Estilo y Hogar","Distribuidora Medica del Pacifico","Finca Los Dos Reyes",
"Servicios Educativos del Bajio","Euro Exchange Bureau Ltd","Hacienda Las Palmas S.A. de C.V.","Joyeria Manuela Gold","Cacique 2 S.A.","Agricola Tavo Norte",
],
"generic": [
'Taller de Carpinteria','Lavanderia Express','Ferreteria La Economica',
'Servicios Generales Ltda','Comercial Internacional S.A.','Soluciones Empresariales','Agencia de Viajes',
"Inversiones y Servicios S.A.","Trading Company LLC","Comercializadora General","Import Export Ltd","Grupo Empresarial","Holding Corp","Servicios Integrales S.A. de C.V.","Constructora del Norte",
"Distribuidora Central","Consultores Asociados","Agropecuaria Santa Rosa","Global Logistics Inc","Inmobiliaria Central","Medical Supplies Co","Auto Parts Store","Taller Mecanico",
],
"person_as_company": [
"Juan Carlos Pereira Ltda","Maria Fernanda Ospina S.A.S.","Roberto Zambrano y Cia","Hernan Quintero e Hijos","Laura Benitez Consulting","Carlos Villamizar SA de CV","Patricia Londono Diseños","Esteban Arango Importaciones",
"Ricardo Moncada Asociados","Gloria Urrego EIRL","Andres Echeverri Transportes","Sofia Mendieta Joyeria","Fernando Palacios & Sons","Tomas Uribe Restrepo Abogados","Diana Castellanos Eventos","Mauricio Lozada Agro","Pablo Arboleda Holdings",
],
"city_country": [
'Cucuta Norte de Santander','Ciudad del Este Paraguay','Quetzaltenango','Mazatlan Sinaloa','Tijuana BC','Puerto Cortes Honduras','Cartagena de Indias','Pereira Risaralda','Panama Pacifico','Κέρκυρα',
"Cali Colombia","Bogota D.C.","Ciudad de Panama","Guadalajara Jalisco","Tegucigalpa","San Pedro Sula","Culiacan Sinaloa","Medellin","Barranquilla","Lima Peru","Guatemala City","Colon Free Zone",
"Αθήνα","大阪","ירושלים","Monterrey Nuevo Leon",
],
"brand_product": [
"Bonafont agua","Sabritas","Tajin seasoning","Chokis galletas",
'Quilmes cerveza','Tang refresco','Sprite','Pringles','Dove soap','Pantene shampoo','Gillette razors','Lipton tea','Kelloggs Corn Flakes','Fanta','Ritz crackers','Bic pens','Zucaritas','Choco Krispis','Jumex nectar',
'Nivea cream','Lays chips','Oreo cookies','Bimbo Pan Blanco','Rexona deodorant','Ajinomoto seasoning','Fab detergente',
'Maggi cubes','Pony Malta','Doritos','Head & Shoulders','Milo chocolate','Huggies diapers','Tecate beer','Chocoramo','Yamaha outboard motors','Canon EOS camera','Kit Kat','Heinz ketchup',
"Coca-Cola Zero","iPhone 15","Nescafe","Corona Extra","Aguila beer","Juan Valdez Cafe","Club Colombia","Tequila Jose Cuervo","Gatorade","PlayStation 5","Toyota Hilux","Red Bull",
"Colgate Total","Nutella","Bon Bon Bum","Postobon Manzana","Jet chocolatinas",
],
}
