"""Hand-written negatives for train93 (theme: herbarium volunteers, pipe organ builders, moth-trapping groups,
lichen surveyors, metal detectorists, gold-leaf gilders). Lists hold spares after the quota."""

THEME_PHRASES = ['Herbarium Botanists', 'Organ Voicers', 'Moth Trappers', 'Lichen Surveyors', 'Detectorist Diggers',
                 'Goldleaf Gilders']

FAMOUS = [
    ('Royal Botanic Gardens Kew Herbarium', 'the herbarium of the Royal Botanic Gardens, Kew (London)'),
    ('Harvard University Herbaria', 'the herbaria of Harvard University (Cambridge, Massachusetts)'),
    ('Steere Herbarium', 'the herbarium of the New York Botanical Garden'),
    ('Naturalis Biodiversity Center', 'the Dutch natural history museum and herbarium in Leiden'),
    ('DigiVol', 'the Australian Museum volunteer platform that transcribes herbarium and insect labels'),
    ('Harrison and Harrison Organ Builders', 'a pipe organ builder in Durham, England'),
    ('Rieger Orgelbau', 'an Austrian pipe organ builder (Schwarzach)'),
    ('Casavant Freres', 'a Quebec pipe organ builder (Saint-Hyacinthe)'),
    ('C.B. Fisk', 'a pipe organ builder in Gloucester, Massachusetts'),
    ('Marcussen and Son', 'a Danish pipe organ builder (Aabenraa)'),
    ('Flentrop Orgelbouw', 'a Dutch pipe organ builder (Zaandam)'),
    ('Aeolian-Skinner Organ Company', 'a former American pipe organ builder (Boston)'),
    ('National Moth Recording Scheme', 'the British moth records scheme'),
    ('Butterfly Conservation', 'the British charity for butterflies and moths'),
    ('Moth Night', 'an annual British moth-trapping event'),
    ('British Lichen Society', 'the British society of lichenologists'),
    ('American Bryological and Lichenological Society', 'the American society for mosses and lichens'),
    ('International Association for Lichenology', 'the international lichenologists\' association'),
    ('Portable Antiquities Scheme', 'the British scheme that records finds by metal detectorists'),
    ('National Council for Metal Detecting', 'the British metal detectorists\' council'),
    ('Federation of Independent Detectorists', 'a British metal detectorists\' federation'),
    ('Society of Gilders', 'the American society of gilders'),
    ('Giusto Manetti Battiloro', 'a gold-leaf beater in Florence'),
    ('Hakuichi Kanazawa Gold Leaf', 'a gold-leaf maker in Kanazawa, Japan'),
    ('Sepp Leaf Products', 'a gold-leaf supplier in New York'),
    ('Klais Orgelbau', 'a pipe organ builder in Bonn (spare)'),
    ('Missouri Botanical Garden Herbarium', 'the herbarium in St. Louis (spare)'),
]

OTHER_SCRIPT = [  # query, language, description
    ('Երևանի հերբարիումի կամավորներ', 'Armenian', 'herbarium volunteers of Yerevan'),
    ('თბილისის ორღანის ოსტატები', 'Georgian', 'organ builders of Tbilisi'),
    ('ชมรมดักผีเสื้อกลางคืนเชียงใหม่', 'Thai', 'Chiang Mai moth-trapping club'),
    ('சென்னை தாவரவியல் உலர்தாவரகம்', 'Tamil', 'Chennai botanical herbarium'),
    ('札幌地衣類調査会', 'Japanese', 'Sapporo lichen survey society'),
    ('香港金屬探測愛好者協會', 'Cantonese (Traditional Chinese)', 'Hong Kong metal-detecting enthusiasts\' association'),
    ('انجمن گلسنگ‌شناسان شیراز', 'Persian', 'Shiraz lichenologists\' society'),
    ('ڪراچي پائيپ آرگن ساز', 'Sindhi', 'Karachi pipe organ builders'),
    ('Алматы металл іздеушілер клубы', 'Kazakh', 'Almaty metal-seekers club'),
    ('Казан гербарий волонтерлары', 'Tatar', 'Kazan herbarium volunteers'),
    ('МахӀачхъала меседил пардахъ устарал', 'Avar', 'Makhachkala gold-leaf masters'),
    ('Дербентдин органдин устІарар', 'Lezgian', 'Derbent organ masters'),
    ('Элстин эрвәкә бәрдг хурал', 'Kalmyk', 'Elista moth-catching group'),
    ('Улаан-Үдэын гербариин сайн дуратан', 'Buryat', 'Ulan-Ude herbarium volunteers'),
    ('Кызылдың металл дилээчилер бөлгүмү', 'Tuvan', 'Kyzyl metal-seekers group'),
    ('Ижкарысь лишайник эскерисьёс', 'Udmurt', 'Izhevsk lichen researchers'),
    ('Сыктывкарса кӧрт корсьысьяс', 'Komi', 'Syktyvkar metal seekers'),
    ('Йошкар-Ола гербарий волонтер-влак', 'Mari', 'Yoshkar-Ola herbarium volunteers'),
    ('上海管风琴制造坊', 'Mandarin (Simplified Chinese)', 'Shanghai pipe organ workshop (spare)'),
]

SHARES = [  # listed first word + unlisted theme phrase
    'Pacific', 'Blue', 'Green', 'Continental', 'Unity', 'Vision', 'Southern', 'Premier', 'Alpha', 'Liberty', 'Pearl',
    'Delta', 'Horizon', 'Crystal', 'Rainbow', 'Western']

GENERIC = [
    ('how do herbarium volunteers mount a pressed plant specimen', 'a how-to question about herbarium work'),
    ('what glue is used on herbarium sheets', 'a question about herbarium sheets'),
    ('how is a pipe organ voiced', 'a question about organ building'),
    ('how many stops does a cathedral organ have', 'a question about pipe organs'),
    ('what bulb is best in a moth trap', 'a question about moth trapping'),
    ('how do you identify moths caught overnight', 'a question about moth recording'),
    ('how fast do lichens grow on gravestones', 'a question about lichens'),
    ('which lichens show that the air is clean', 'a question about lichen surveys'),
    ('do you need permission to metal detect on a beach', 'a question about metal detecting'),
    ('what should a detectorist do with a found hoard', 'a question about metal detecting finds'),
    ('how thin is a sheet of gold leaf', 'a question about gilding'),
    ('what is the difference between oil gilding and water gilding', 'a question about gilding methods'),
    ('how do you press flowers for a herbarium without a press', 'a question about pressing plants'),
    ('why do organ pipes have different lengths', 'a question about organ pipes'),
    ('how long should a moth trap run each night', 'a question about moth trapping'),
    ('what is bole used for in gilding', 'a question about gilding (spare)'),
]

CHAT = [  # query, language
    ('Prošu přepruwuj firmu Budyske Herbarowe Dobrowólnicy', 'Upper Sorbian'),
    ('Proszã, sprawdzë firmã Kaszëbsczé Òrganowé Mëstrze', 'Kashubian'),
    ('Pol favol, mira la empresa Doraoris del Oru de Caçris', 'Extremaduran'),
    ('Por fabor, berifica la ampresa Lhiquenólogos de Miranda', 'Mirandese'),
    ('Par piaṡer, cuntròla la dita Cercadōr ed Metàl ad Mòdna', 'Emilian'),
    ('Kiek ies nae de firma Middelburgse Mottenvangers', 'Zeelandic'),
    ('Kiek even noar t bedrief Grunneger Orgelmoakers', 'Gronings'),
    ('Kun je ne kee kiekn noa de firma Brugse Vergulders', 'West Flemish'),
    ('Guck mol noch dr Firma Stuagerter Flechtakartierer', 'Swabian'),
    ('Luur ens noh dä Firma Kölsche Metallsöker', 'Kölsch (Ripuarian)'),
    ('Sjå ið firman Övdalens Nattfiðrildfangerer', 'Elfdalian'),
    ('Katto firmaa Tornionlaakson Yöperhosten Pyytäjät', 'Meänkieli'),
    ('Mbi hunda mo ti bâ kompanï Bangui Wasarango ti Kete Keke', 'Sango'),
    ('Tala kompani Boma Basadi ya Nsenga ya Wolo', 'Kikongo'),
    ('Hi kombela u kambela khampani ya Giyani Vatlhoti va Nsimbi', 'Tsonga'),
    ('Ri humbela u sedzulusa khamphani ya Thohoyandou Vhatodi vha Tsimbi', 'Venda'),
    ('Ngicela uhlole inkampani yeMbabane Babutsi Bemitsi', 'Swati'),
    ('Ondi pula, tala okampani yaOndangwa Aakongi yOshiyela', 'Oshiwambo'),
    ('Aw ye sosiyete Bamako Sanu Fura Baarakelaw lajɛ', 'Bambara'),
    ('Bɩ y ges kompani Wagadugu Sãnem Vãad Tʋʋmdba', 'Mooré'),
    ('Pakiusisa so kompanya Dagupan Managkalap na Metal', 'Pangasinan'),
    ('Pakiiba tabi an kompanya Naga Parasiyasat kan Lumot', 'Bikol'),
    ('Neu kalon perusahaan Banda Aceh Ureueng Mita Beusoe', 'Acehnese'),
    ('Tolong pareso parusahaan Padang Pambuek Orgen Pipa', 'Minangkabau'),
    ('Por fabor, chek e kompania Willemstad Doradonan di Oro', 'Papiamento'),
    ('Xíimbalt u kúuchil Jo\'il Máako\'ob Ts\'íibol Lichen', 'Yucatec Maya'),
    ('Plis yu jekem kampani Vila Ol Man blong Faenem Aean', 'Bislama (spare)'),
]

PERSON = [
    'Cressida Hollingbourne Herbarium Mounting Ltd', 'Per-Olof Lindqvist Herbariepressar AB',
    'Barnabas Whitlow Organ Builders Ltd', 'Hieronymus Vogelsang Orgelbau GmbH',
    'Ambrose Petherick Moth Traps Ltd', 'Sigrun Haldorsen Nattsvermerfangst AS',
    'Lavinia Ostrowska Lichen Surveys Ltd', 'Caspian Threlkeld Lichenology Consulting LLC',
    'Desmond Arkwright Metal Detecting Tours Ltd', 'Gunnhild Brekke Detektorsok AS',
    'Theodora Castellane Gilding Studio Ltd', 'Lorenzo Benvenuto Doratura SRL',
    'Wilhelmina Pargeter Gold Leaf Supplies LLC']

BRAND = [
    'Minelab Equinox 800 metal detector', 'Garrett AT Pro metal detector', 'XP Deus II search coil',
    'Robinson moth trap 125W MV', 'Skinner moth trap 15W actinic', 'ventilated herbarium press 12 x 18 inch',
    'Manetti 23.75 karat gold leaf book', 'Kolner red burnishing clay bole', 'Mack gilders tip squirrel hair',
    'Watkins and Doncaster pooter', 'Belomo 10x triplet lichen hand lens']

# near-miss words too ordinary to read as a distinctive firm name
NEAR_STOP = set('''general national international company trading services service import export industrial industries
products development investment investments management holding group bank financial finance construction engineering
commercial comercial servicios inversiones desarrollo empresa empresas sociedad compania nacional technical technology
tecnica industrial production transport transportes shipping marine maritime energy petroleum mining exchange money
agricola agropecuaria distribuidora importadora exportadora constructora inmobiliaria hotel restaurante farmacia
drogueria laboratorios laboratorio comercializadora representaciones promotora operadora administradora
internacional unidos united central american capital global world royal golden first star trust
volunteer refreshment informatics gerencia laguna monsoon canteras canarias roseville
invest estaciones graphite alas cerdos castellana southport
mini finca terra liner diversion castings organic dragados acuatico vergel'''.split())
