"""Try extra candidates against the rules (prints only my own candidate strings and verdicts)."""
import sys
from lib import *
from common import *
d = Data()
keys, fulls, uses, _ = load_prior(d)
prior = (keys, fulls, uses)
TRY = [
 ('partial','ORGANIZACION LUIS HERNANDO GOMEZ BUSTAMANTE Y CIA S.C.S.','Organizacion Gomez Bustamante y Cia S.C.S.'),
 ('partial','DESARROLLOS COMERCIALES E INDUSTRIALES HENAO GONZALEZ Y CIA. S.C.S.','Desarrollos Comerciales Henao Gonzalez y Cia. S.C.S.'),
 ('partial','INVERSIONES AGRICOLAS AVICOLAS Y GANADERAS LA CARMELITA LTDA.','Inversiones La Carmelita Ltda.'),
 ('partial','EXPLOTACIONES AGRICOLAS Y GANADERAS LA LORENA S.C.S.','Explotaciones La Lorena S.C.S.'),
 ('partial','OPERADORA Y ADMINISTRADORA DE RESTAURANTES Y BARES RUDU, S.A. DE C.V.','Restaurantes y Bares Rudu, S.A. de C.V.'),
 ('partial','TALLER DE REPARACIONES DE AERODINOS SUS PARTES Y SERVICIOS AEREOS S.A.','Taller de Reparaciones de Aerodinos S.A.'),
 ('partial','CORPORACION DE CONSULTORIA, ASESORIA, PRESTACION DE SERVICIOS Y DOTACION DE ELEMENTOS Y SUMINISTROS CIA. LIMITADA','Corporacion de Consultoria y Asesoria Cia. Limitada'),
 ('partial','FUNDACION CENTRO DE INVESTIGACION HORTIFRUTICOLA DE COLOMBIA','Centro de Investigacion Hortifruticola'),
 ('partial','COOPERATIVA DE SERVICIO DE TRANSPORTE DE CARGA DE COLOMBIA LTDA.','Cooperativa de Transporte de Carga Ltda.'),
 ('partial','DISTRIBUIDORA E IMPORTADORA DE PRODUCTOS MEDICOS DEL NORTE, S.A. DE C.V.','Importadora de Productos Medicos del Norte, S.A. de C.V.'),
 ('partial','COMERCIALIZADORA E INVERSIONES BUSTOS ARIZA Y CIA. S.C.S.','Inversiones Bustos Ariza y Cia. S.C.S.'),
 ('partial','RANCHO AGRICOLA GANADERO LOS MEZQUITES, S.A. DE C.V.','Rancho Los Mezquites, S.A. de C.V.'),
 ('partial','PARQUE ACUATICO LOS CASCABELES, S.A. DE C.V.','Parque Los Cascabeles, S.A. de C.V.'),
 ('partial','ASESORIA Y ASISTENCIA AGROPECUARIA Y AMBIENTAL A4','Asesoria Agropecuaria A4'),
 ('partial','MINERA LA CASTELLANA Y ANEXAS S.A. DE C.V.','Minera La Castellana S.A. de C.V.'),
 ('partial','CENTRO DE DIAGNOSTICO AUTOMOTRIZ EJE BANANERO S.A.','Diagnostico Automotriz Eje Bananero S.A.'),
 ('word_order','LINEA AEREA PUEBLOS AMAZONICOS S.A.S.','Pueblos Amazonicos Linea Aerea S.A.S.'),
 ('word_order','TAXI AEREO NACIONAL DE CULIACAN, S.A.','Taxi Aereo de Culiacan Nacional, S.A.'),
 ('word_order','NUEVA ATUNERA TRITON S.A. DE C.V.','Atunera Nueva Triton S.A. de C.V.'),
 ('punctuation','BOCADOS DE AUTOR, S.A. DE C.V.','BocadosDeAutor, S.A. de C.V.'),
 ('punctuation','GOODY PET S.A.S.','GoodyPet S.A.S.'),
 ('punctuation','MIZU SUSHI LOUNGE','MizuSushi Lounge'),
 ('script','AL-BAKOUN ALA AL-AHD ORGANIZATION','منظمة الباقون على العهد'),
 ('script','SHAHID SHUSTARI INDUSTRIES','صنایع شهید شوشتری'),
 ('script','IRAN POOYA','ایران پویا'),
 ('script','FARS SARPANAH','فارس سرپناه'),
 ('transliteration','SHAHID SANIKHANI INDUSTRIES','Shaheed Sani-Khani Industries'),
 ('transliteration','SHAHID SHUSTARI INDUSTRIES','Shaheed Shooshtari Industries'),
 ('transliteration','SHAHID ALAMOLHODA INDUSTRIES','Shaheed Alamolhoda Industries'),
 ('transliteration','PARDAZESH TASVIR RAYAN CO.','Pardaazesh Tasvir Raayan Co.'),
 ('transliteration','IRAN POOYA','Iran Poja'),
 ('transliteration','ERVIN DANESH ARYAN COMPANY','Ervin Daanesh Aariyan Company'),
 ('transliteration','GHADIR ETEZAD INVESTMENT','Ghadeer Etezad Investment'),
 ('transliteration','GHADIR PISHRO ELECTRICITY GENERATION','Ghadeer Pishrow Electricity Generation'),
 ('transliteration','GHADIR OXIN ELECTRICITY GENERATION DEVELOPMENT','Ghadir Oksin Electricity Generation Development'),
 ('transliteration','FARAYAND TECHNIQUE','Farayand Tekhnik'),
 ('transliteration','RAAHBAR INFORMATICS SERVICES','Rahbar Informatics Services'),
 ('transliteration','FANAVARAN ETEMAAD RAAHBAR CO.','Fanavaran-e Etemad-e Rahbar Co.'),
 ('transliteration','GHARARGAHE SAZANDEGI GHAEM','Qarargah-e Sazandegi-ye Qaem'),
 ('transliteration','SEPEHR MASHAHD CEMENT TRANSPORTATION','Sepehr Mashhad Cement Transportation'),
 ('transliteration','NEKA NOVIN','Nekaa Novin'),
 ('transliteration','3G LOJISTIK VE HAVACILIK HIZMETLARI LTD.','3G Lojistik ve Havacılık Hizmetleri Ltd.'),
 ('messy','CRYMSA - ARGENTINA, S.A.','CRYMSA – ARGENTINA, S.A.\nComercio exterior\nBuenos Aires · Argentina'),
 ('messy','FLEURETTE AFRICA RESOURCES I B.V.',':59:/NL91ABNA0417164300\nFLEURETTE AFRICA RESOURCES I B.V.\nNIEUWKOOP NL'),
 ('messy','AUCHENBURG FARM','Harare auction floor slip - grower: AUCHENBURG FARM, lot 2231, 14 bales'),
 ('messy','LOTHAIN FARM','supplier { name: "Lothain Farm" country: "ZW" }'),
]
for kind, name, q in TRY:
    e = pos_errors(d, prior, kind, q, name, set(), set())
    print('%-5s %-15s %s %s' % ('OK' if not e else 'FAIL', kind, q.replace('\n', ' / ')[:70], '; '.join(e)))
