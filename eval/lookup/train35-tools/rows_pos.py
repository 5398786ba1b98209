"""Hand-written positive rows (with spares). (kind, ent_num, query, variant note).
Processed in order script -> word_order -> transliteration -> translation -> partial; the first 12 valid of each kind are kept."""

SCRIPT = [
    (11633, 'شرکت پتروپارس', 'Persian script for Petropars company'),
    (25619, 'بانک دی', 'Persian script for Day (Dey) Bank'),
    (24587, 'گروه برنامه‌نویسی هانیستا', 'Persian script for Hanista Programing Group'),
    (25044, 'شرکت کلسیمین زنجان', 'Persian script for Calcimin, with its city Zanjan'),
    (25680, 'Մելլաթ բանկ ՓԲԸ', 'Armenian script: Mellat Bank CJSC (PBY)'),
    (23725, '제1석유합영회사', 'Korean script: First Oil Joint Venture Company'),
    (18661, '南京凯凯科技有限公司', 'Simplified Chinese: Nanjing Kaikai Technology Co., Ltd. (alias form)'),
    (768, 'エトコ・インターナショナル株式会社', 'Japanese katakana: ETCO International K.K.'),
    (22416, 'ЗАО «ИФД Капитал»', 'Russian Cyrillic: ZAO IFD Kapital (alias form)'),
    (23579, 'Донкоалтрейд', 'Russian Cyrillic for Doncoaltrade'),
    (9539, 'บริษัท ไนซ์ แฟนตาซี การ์เมนท์ จำกัด', 'Thai script: Nice Fantasy Garment Co., Ltd.'),
    (16997, 'شركة ميغاتريد', 'Arabic script: Megatrade company'),
    # spares
    (21623, 'مصنع الصناعات المعدنية', 'Arabic script: metallic manufacturing factory'),
    (9554, 'บริษัท เอ-ทีม เคมิคอลส์ จำกัด', 'Thai script: A-Team Chemicals Co., Ltd.'),
    (12959, 'شرکت توسعه سیماتیک', 'Persian script: Simatic Development Co.'),
]

WORD_ORDER = [
    (10256, 'Distribuidores Yamaha Veranillo', 'generic word moved to the front'),
    (11411, 'Total Market Peru EIRL', 'country moved to the end, legal form unpunctuated'),
    (20207, 'CIMA Agroindustrias S.A.S.', 'brand moved before the activity word'),
    (20209, 'Carnes C.M.V. S.A.S.', 'initials and activity word swapped'),
    (18091, 'Los Tules Plaza', 'English-style order: name before "Plaza"'),
    (16113, 'Barsaterra, Grupo S.A. de C.V.', 'catalogue inversion: "Barsaterra, Grupo"'),
    (16797, 'Omega Internacional Inversiones S.A.', 'activity word moved to the end'),
    (16346, 'A4 Asesoria y Asistencia Agropecuaria y Ambiental', 'code A4 moved to the front'),
    (10361, 'Niebla Cardoza Rosario A. en P.', 'surnames first, given name after'),
    (10452, 'Barrera Rios Alfonso y Cia S en CS', 'surnames first, given name after'),
    (19095, 'Panama Dystry S.A.', 'country moved before the name'),
    (13432, 'Transportes Cordon J.L.', 'initials moved after the surname'),
    # spares
    (16790, 'Investment Eurocambio S.A.', 'words swapped'),
    (11423, 'Peru Lasa SAC', 'country moved to the front'),
    (11842, 'Fuente de Oro Wismotos', 'place moved before the name'),
]

TRANSLITERATION = [
    (25940, 'Pars Qaem Gostar', 'Persian gh/q variant (قائم): Qaem for Gha\'em'),
    (17828, 'Chadi for Cars Trading', 'French-style Lebanese romanisation Chadi for Shadi'),
    (15636, 'Faratek Co.', 'Persian فراتک romanised Faratek'),
    (16825, 'Aviya Grupp OOO', 'Russian romanisation of Авиа Групп with OOO'),
    (12745, "Binaa Properties", 'Arabic بناء romanised Binaa'),
    (23211, 'Wonyu Gongeop Seong', 'Korean Revised Romanisation of 원유공업성 (Ministry of Crude Oil Industry)'),
    (21564, 'Rim Pharmaceutical SAL', 'Arabic ريم romanised Rim'),
    (19733, 'Aida Trading LLC', 'Arabic عائدة romanised Aida'),
    (25879, 'Qadir Investment and Industry Development Co', 'Persian غدیر romanised Qadir'),
    (23722, 'Libaan Trading Co', 'Somali spelling variant Libaan'),
    (6971, 'Barakat Telecommunications Company Somalia Ltd', 'Arabic-style Barakat for Somali Barakaat'),
    (12475, 'Societe Elissa Group Congo', 'common romanisation Elissa for Ellissa'),
    # spares
    (7017, 'Barakaat Post Express', 'Somali spelling Barakaat for Barakat'),
    (12959, 'Simatik Development Co', 'Persian سیماتیک romanised Simatik'),
    (25143, 'Lamaa Foods SARL', 'Arabic لمى romanised Lamaa'),
]

TRANSLATION = [
    (475, 'House of Cuba', 'English translation of Casa de Cuba'),
    (7144, 'Volontaires orange', 'French translation of Orange Volunteers'),
    (7228, 'Fédération internationale de la jeunesse sikh', 'French translation'),
    (8259, 'Al-Haramain, dega e Shqipërisë', 'Albanian: Albania branch'),
    (10453, 'United Architects Ltd', 'English translation of Arquitectos Unidos Ltda.'),
    (10460, 'Financial Consulting S.A.', 'English translation of Consultorias Financieras'),
    (10704, 'Luna Brothers Cattle Ranch Ltd', 'English translation of Ganaderia Luna Hermanos'),
    (25459, 'Neunter Ozean GmbH & Co. KG', 'German translation of Ninth Ocean'),
    (18305, 'Kaakkois-Kauppa Oy', 'Finnish translation of Southeast Trading'),
    (16038, 'Een Visie Beleggings 5 (Edms) Bpk', 'Afrikaans translation with (Edms) Bpk for (Pty) Ltd'),
    (21623, 'Usine de fabrication métallique', 'French translation'),
    (36, 'Aerolíneas Aerocaribbean', 'Spanish: airlines translated'),
    # spares
    (13475, 'Santa Ines Ranch', 'English translation of Hacienda'),
    (24428, 'SAI Asesores Inc.', 'Spanish translation of Advisors'),
    (11481, 'Los Santos Agro-Livestock S.A.', 'English translation of Agroganadera'),
]

PARTIAL = [
    (15676, 'Restaurantes y Bares Rudu', 'leading "Operadora y Administradora" dropped'),
    (12978, 'Euro Exchange Financial Commerce', '"y" and legal form dropped'),
    (13007, 'Inmobiliarios Citadel', '"Desarrollos" and legal form dropped'),
    (21098, 'Producsil', 'only the distinctive word'),
    (13420, 'Impergoza', 'only the distinctive word'),
    (15674, 'Rancho Pachon', '"El Nuevo" and legal form dropped'),
    (11416, 'Continente Movil', '"y Servicios S.R.L." dropped'),
    (18413, 'Valgo Inversion', '"Grupo de" and legal form dropped'),
    (18618, 'Shelimar Real Estate', '"Holdings III, Inc" dropped'),
    (20261, '1425 Brickell Unit 46B', '"Avenue" and LLC dropped'),
    (25807, 'BMIIC Trading', '"International General" dropped'),
    (10997, 'Transportes Gaxgar', '"Fletes y" and legal form dropped'),
    # spares
    (19714, 'Grandeur Trading FZE', '"General" dropped'),
    (12191, 'Express Intercontinental SA de CV', '"Aero" dropped'),
    (19941, 'Munsa International', '"Invesments S.A." dropped'),
]

ALL = [('script', SCRIPT), ('word_order', WORD_ORDER), ('transliteration', TRANSLITERATION),
       ('translation', TRANSLATION), ('partial', PARTIAL)]
