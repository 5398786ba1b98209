# -*- coding: utf-8 -*-
"""Hand-written train92 negatives (theme: glacier guides, paper-lantern makers / lantern festivals, skittle alleys,
velodromes (track cycling), wheelwrights, tinsmiths). Lists hold spares after the quota."""

THEME_PHRASES = ['Glacier Alpinists', 'Lampion Lanterns', 'Skittle Keglers', 'Velodrome Sprinters',
                 'Wheelwright Spokes', 'Tinsmith Tinkers']

FAMOUS = [
    ('Franz Josef Glacier Guides', 'glacier-guiding company on the West Coast of New Zealand'),
    ('Fox Glacier Guiding', 'glacier-guiding company at Fox Glacier, New Zealand'),
    ('Compagnie des Guides de Chamonix', 'historic mountain-guide company in Chamonix, France'),
    ('International Federation of Mountain Guides Associations', 'umbrella body of national mountain-guide associations (IFMGA)'),
    ('Icelandic Mountain Guides', 'Icelandic glacier-walk and mountain-guide operator'),
    ('Zigong Lantern Festival', 'annual lantern festival in Zigong, Sichuan'),
    ('Pingxi Sky Lantern Festival', 'sky-lantern festival in Pingxi, Taiwan'),
    ('Taiwan Lantern Festival', 'national lantern festival of Taiwan'),
    ('Magical Lantern Festival', 'touring lantern-festival organiser in the UK'),
    ('Hoi An Full Moon Lantern Festival', 'monthly lantern festival in Hoi An, Vietnam'),
    ('Tianyu Arts and Culture', 'Zigong lantern maker that builds lantern-festival displays'),
    ('World Ninepin Bowling Association', 'world body of ninepin bowling (skittles)'),
    ('Deutscher Kegler- und Bowlingbund', 'German skittles (Kegeln) and bowling federation'),
    ('Lee Valley VeloPark', 'London velodrome and cycling park'),
    ('Manchester Velodrome', 'indoor velodrome, National Cycling Centre, Manchester'),
    ('Herne Hill Velodrome', 'outdoor velodrome in south London'),
    ('Dunc Gray Velodrome', 'indoor velodrome in Sydney'),
    ('Six Days of Ghent', 'six-day track-cycling race at the Kuipke velodrome, Ghent'),
    ('UCI Track Champions League', 'track-cycling race series of the UCI'),
    ('Velodromo Vigorelli', 'historic velodrome in Milan'),
    ('Worshipful Company of Wheelwrights', 'City of London livery company of wheelwrights'),
    ('Hansen Wheel and Wagon Shop', 'wheelwright and wagon-building shop in South Dakota'),
    ('Mike Rowland and Son Wheelwrights', 'wheelwright and coachbuilder in Devon'),
    ('Worshipful Company of Tin Plate Workers', 'City of London livery company of tinplate workers'),
    ('Old Sturbridge Village Tin Shop', 'living-history tinsmith shop in Massachusetts'),
    ('American Mountain Guides Association', 'US mountain-guide training and certification body'),
    ('Kuipke Velodrome', 'indoor velodrome in Ghent'),
]

OTHER_SCRIPT = [  # (query, language, description); all invented firms, my own approximate wording
    ('ናይ መቐለ ፋኑስ ፌስቲቫል', 'Tigrinya', 'Mekelle lantern festival'),
    ('Λέσχη Ποδηλατοδρομίου Πάτρας', 'Greek', 'Patras velodrome club'),
    ('Львівська майстерня бляхарів', 'Ukrainian', 'Lviv tinsmiths workshop'),
    ('Коларска работилница Габрово', 'Bulgarian', 'Gabrovo wheelwright workshop'),
    ('Куглашки клуб Суботица', 'Serbian', 'Subotica skittles club'),
    ('Улаанбаатарын мөсөн голын хөтөч нар', 'Mongolian', 'Ulaanbaatar glacier guides'),
    ('Шупашкар велодромӗ', 'Chuvash', 'Cheboksary velodrome'),
    ('Соьлжа-ГӀалара велодром', 'Chechen', 'Grozny velodrome'),
    ('Дзӕуджыхъӕуы велодром', 'Ossetian', 'Vladikavkaz velodrome'),
    ('Дьокуускай муус хайатын гидтэрэ', 'Yakut', 'Yakutsk ice-mountain guides'),
    ('מועדון כדורת חיפה', 'Hebrew', 'Haifa skittles club'),
    ('لاہور لالٹین میلہ', 'Urdu', 'Lahore lantern festival'),
    ('قەشقەر چىراغ بايرىمى', 'Uyghur', 'Kashgar lantern festival'),
    ('کارگەی تەنەکەچیی هەولێر', 'Sorani Kurdish', 'Erbil tinsmith workshop'),
    ('ལྷ་ས་གངས་འཁྱགས་ལམ་སྟོན་པ', 'Tibetan', 'Lhasa glacier guides'),
    ('ᐃᖃᓗᐃᑦ ᓯᑯ ᐊᖁᑎᒋᔪᑦ', 'Inuktitut', 'Iqaluit ice guides'),
    ('ᏓᎵᏆ ᏗᏨᏍᏙᏗ ᏗᏃᏢᏍᎩ', 'Cherokee', 'Tahlequah lantern makers'),
    ('ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⴼⴰⵡⵉⵏ ⵏ ⴰⴳⴰⴷⵉⵔ', 'Tamazight (Tifinagh)', 'Agadir festival of lights (lanterns)'),
    ('जयपुर लालटेन महोत्सव', 'Hindi', 'Jaipur lantern festival'),
]

SHARES_ONE = [  # first word is a common listed word; the rest is a theme phrase
    ('Star Glacier Guides', 'invented glacier-guide firm'),
    ('Global Lantern Festival', 'invented lantern-festival organiser'),
    ('Silver Skittle Alley', 'invented skittle alley'),
    ('Diamond Velodrome Sprinters', 'invented track-cycling club'),
    ('Falcon Wheelwright Workshop', 'invented wheelwright workshop'),
    ('Atlas Tinsmith Workshop', 'invented tinsmith workshop'),
    ('Gulf Crevasse Alpinists', 'invented glacier-guide firm'),
    ('Golden Lampion Lanterns', 'invented paper-lantern maker'),
    ('Ocean Ninepin Keglers', 'invented skittles club'),
    ('First Cycling Velodrome', 'invented velodrome'),
    ('Asia Tinware Tinkers', 'invented tinware maker'),
    ('North Glacier Alpinists', 'invented glacier-guide firm'),
    ('Central Skittles Alley', 'invented skittle alley'),
    ('Euro Wheelwright Spokes', 'invented wheel maker'),
    ('Red Lantern Festival', 'invented lantern festival'),
    ('Black Tinplate Tinsmiths', 'invented tinsmith'),
    ('White Velodrome Cyclists', 'invented track-cycling club'),
]

GENERIC = [
    ('how do glacier guides check a snow bridge over a crevasse', 'question about glacier guiding'),
    ('what crampons do you need for a guided glacier walk', 'question about glacier walks'),
    ('how are paper lanterns made for a lantern festival', 'question about lantern making'),
    ('when is the lantern festival celebrated each year', 'question about lantern festivals'),
    ('how many pins are used in a game of skittles', 'question about skittles'),
    ('what is the difference between skittles and ten-pin bowling', 'question about skittles'),
    ('how steep are the banked turns of a velodrome', 'question about velodromes'),
    ('what is a keirin race at the velodrome', 'question about track cycling'),
    ('how does a wheelwright fit an iron tyre to a wooden wheel', 'question about wheelwrighting'),
    ('what wood do wheelwrights use for spokes and felloes', 'question about wheelwrighting'),
    ('how do tinsmiths solder a seam in tinplate', 'question about tinsmithing'),
    ('what tools does a tinsmith use to punch a tin lantern', 'question about tinsmithing'),
    ('is it safe to release a sky lantern near a forest', 'question about sky lanterns'),
    ('how long is a traditional skittle alley', 'question about skittle alleys'),
    ('what is the madison race in track cycling', 'question about track cycling'),
    ('how do you become a certified glacier guide', 'question about glacier guiding'),
]

CHAT = [  # (query, language); invented theme firms, my own approximate wording
    ('Eski ou kapab tyek si Lanpyon Fanal Mahé i lo lalis?', 'Seychellois Creole'),
    ('Móžoš pšeglědowaś, lěc Chóśebuzki kegelski klub jo na lisćinje?', 'Lower Sorbian'),
    ("Te pòdet controlà se la Butega di Lanterne de Bèrgum l'è in de la lista?", 'Lombard'),
    ("Ti peu contrôâ se l'Officinn-a di Lanterne de Zena a l'é inta lista?", 'Ligurian'),
    ("Pudete verificà s'è a Guida di i Ghjacciai di Corti hè nantu à a lista?", 'Corsican'),
    ("Éq vos pouvez vir si l'atelier d'ferblantier d'Amiens, i est dsus l'lisse?", 'Picard'),
    ('Koast du wäl kiekje, of dän Velodrom-Klub Strukelje ap ju Lieste stoant?', 'Saterland Frisian'),
    ('Kaunst du nokjikje, auf de Radmoaka-Wirkstäd Steinbach opp de List es?', 'Plautdietsch'),
    ('Kannscht du gucke, eb die Blechschmidde-Schapp vun Lancaster uff die Lischt is?', 'Pennsylvania Dutch'),
    ('Var tu puorbaudeit, voi Rēzeknis ledus ceļvedi ir sarokstā?', 'Latgalian'),
    ('Ar galėtomė patikrėntė, ar Telšiu kieglu klobs īr sārašė?', 'Samogitian'),
    ('Voib-ik sina kodvda, om-ik Petroskoin velodrom-klub spiskas?', 'Veps'),
    ('Puáhtáčiḿ tun tärhistiđ, lii-uv Avvil jiekŋâoppâšeh listoost?', 'Inari Sami'),
    ('Bu pode djobe si Ofisina di Rodera di Praia sta na lista?', 'Cape Verdean Creole'),
    ('Ou pé gadé si Atelyé Fèblan Pwent-a-Pit asi lis-la?', 'Guadeloupean Creole'),
    ('Puede tu mira si el Zamboanga Farol Festival Inc. ta na lista?', 'Chavacano'),
    ('Malyari mu ing lawan nung ing Angeles Parul Makers atyu king listahan?', 'Kapampangan'),
    ('Bele haree karik Dili Velodromu Klubu iha lista ka lae?', 'Tetum'),
    ('Yu go ebul chek if Freetown Tin Wok Shop de na di list?', 'Krio'),
    ('Abeg check if Lagos Wheelwright Workshop dey for the list?', 'Nigerian Pidgin'),
    ('Okoki kotala soki Atelier ya Ba Lanterne ya Kinshasa ezali na liste?', 'Lingala'),
    ('Kuti mwamona nga Ndola Skittles Club ili pa list?', 'Bemba'),
    ('Ikatúpa rehecha oĩpa Asunción Velódromo Club lístape?', 'Guarani'),
    ('Na o ka sheba hore na Maseru Tinsmith Workshop e lenaneng?', 'Sesotho'),
    ("Ka rauka ia koe i te akara me tei runga te Rarotonga Lantern Festival i te rārangi?", 'Rarotongan'),
    ('Maeke nakai a koe ke kitekite ko e Alofi Lantern Makers i loto he lisi?', 'Niuean'),
]

PERSON = [
    ('Ingeborg Thorvaldsdottir Glacier Guides ehf', 'invented glacier-guide firm named after an invented person'),
    ('Fergus McAllister Crevasse Guiding Ltd', 'invented glacier-guide firm named after an invented person'),
    ('Mei-Ling Zhou Lantern Workshop Co Ltd', 'invented lantern maker named after an invented person'),
    ('Tobias Albrecht Laternenbau GmbH', 'invented lantern maker named after an invented person'),
    ('Reginald Oakhampton Skittle Alley Ltd', 'invented skittle alley named after an invented person'),
    ('Berthold Kranzmeier Kegelbahn GmbH', 'invented skittle alley named after an invented person'),
    ('Ruairi Fitzmaurice Velodrome Coaching Ltd', 'invented track-cycling coach named after an invented person'),
    ('Anneliese Verbruggen Baanwielrennen BV', 'invented track-cycling firm named after an invented person'),
    ('Ebenezer Thornbury Wheelwrights Ltd', 'invented wheelwright named after an invented person'),
    ('Jedediah Hollingsworth Wagon Wheels LLC', 'invented wheelwright named after an invented person'),
    ('Cornelius Ashdown Tinsmiths Ltd', 'invented tinsmith named after an invented person'),
    ('Prudence Whitlock Tinware LLC', 'invented tinsmith named after an invented person'),
    ('Hamish Drummond Lanterns Ltd', 'invented lantern maker named after an invented person'),
]

BRAND = [
    ('Petzl Lynx crampons', 'climbing crampons (product, not a firm on the list)'),
    ('Grivel G12 crampons', 'mountaineering crampons (product)'),
    ('Black Diamond Raven Pro ice axe', 'ice axe (product)'),
    ('Luna Bazaar 14 inch paper lantern', 'paper lantern (product)'),
    ('Jaques of London garden skittles set', 'skittles set (product)'),
    ('Look T20 track bike frame', 'track-cycling frame (product)'),
    ('Vittoria Pista tubular tyre', 'track-cycling tyre (product)'),
    ('Veritas spokeshave', 'wheelwright and woodworking tool (product)'),
    ('Wiss M3R aviation snips', 'tin snips (product)'),
    ('Malco hand seamer', 'sheet-metal seamer used by tinsmiths (product)'),
    ('Sealey tinsmith snips', 'tin snips (product)'),
]

# near-miss stop list: ordinary words I do not want as the reused word
NEAR_STOP = set('''
comercial comercializadora servicios inversiones import export importadora exportadora sociedad empresa industrial
industrias agricola agropecuaria ganadera ganaderia hermanos distribuidora distribuciones constructora construcciones
bienes raices transportes inmobiliaria promotora desarrollos consultores asesores financiera capital trade investment
services holding bank trading development international general company familia nacional central grupo
farmacia drogueria laboratorios productos tecnicos tecnica tecnologia hotel hoteles restaurante restaurantes
ganado estacion servicio clinica medica centro store shop market supermercado supermarket motors auto autos
limited corporation enterprises industries trust finance financial fund foundation group network global
omega orient fernando yacht comercializacion liquida colombianos tejidos freezer catalyst
contractor october varios charter especialidad mantenimiento navy arenas
'''.split())
