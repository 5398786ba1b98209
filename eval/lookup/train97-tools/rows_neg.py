"""train97 hand-written negatives (theme: pub quiz (trivia) leagues, taiko drumming groups, urushi lacquerware workshops,
kimchi makers, mime troupes, cribbage clubs). Lists run in order; rows past the quota are spares."""

FAMOUS = [
 ('Geeks Who Drink', 'US pub quiz company'),
 ('International Quizzing Association', 'international quiz federation'),
 ('Kodo', 'Japanese taiko drumming ensemble on Sado island'),
 ('Ondekoza', 'Japanese taiko drumming group'),
 ('San Francisco Taiko Dojo', 'US taiko drumming school'),
 ('Asano Taiko', 'Japanese taiko drum maker'),
 ('Drum Tao', 'Japanese taiko performance troupe'),
 ('Zohiko', 'Kyoto urushi lacquerware house'),
 ('Yamada Heiando', 'Tokyo urushi lacquerware maker'),
 ('Wajima Kirimoto', 'Wajima urushi lacquer workshop'),
 ('Kuroeya', 'Aizu urushi lacquerware shop'),
 ('Inachu', 'Wajima urushi lacquerware maker'),
 ('Jongga', 'Korean kimchi brand'),
 ('Bibigo', 'Korean food brand known for kimchi'),
 ("Mother-in-Law's Kimchi", 'US kimchi maker'),
 ('World Institute of Kimchi', 'Korean kimchi research institute'),
 ('Museum Kimchikan', 'Seoul kimchi museum'),
 ('Mummenschanz', 'Swiss mask and mime theatre troupe'),
 ('San Francisco Mime Troupe', 'US political theatre and mime troupe'),
 ('Ecole Jacques Lecoq', 'Paris physical theatre and mime school'),
 ('Blue Man Group', 'US performance troupe in the mime tradition'),
 ('Wroclaw Pantomime Theatre', 'Polish pantomime theatre company'),
 ('American Cribbage Congress', 'US cribbage players association'),
 ('Drueke', 'US maker of cribbage boards and game boards'),
 ('Taikoza', 'US taiko drumming group'),
 # spares
 ('Sporcle', 'US online trivia quiz company'),
 ('LearnedLeague', 'online trivia league'),
 ('Yamato The Drummers of Japan', 'Japanese taiko drumming troupe'),
]

OTHER_SCRIPT = [
 ('金沢うるし工房 松風', 'Japanese: invented Kanazawa urushi lacquer workshop'),
 ('青岛辣白菜制作坊', 'Mandarin Chinese (simplified): invented Qingdao kimchi workshop'),
 ('旺角默劇團', 'Cantonese (traditional characters): invented Mong Kok mime troupe'),
 ('ชมรมคริบเบจเชียงใหม่', 'Thai: invented Chiang Mai cribbage club'),
 ('თბილისის ვიქტორინის ლიგა', 'Georgian: invented Tbilisi quiz league'),
 ('Գյումրիի մնջախաղի թատերախումբ', 'Armenian: invented Gyumri mime troupe'),
 ('گروه طبل تایکو شیراز', 'Persian: invented Shiraz taiko drum group'),
 ('மதுரை கிம்ச்சி தயாரிப்பாளர்கள்', 'Tamil: invented Madurai kimchi makers'),
 ('Алматы тайко барабаншылары', 'Kazakh: invented Almaty taiko drummers'),
 ('Казан викторина лигасы', 'Tatar: invented Kazan quiz league'),
 ('Ижкар пантомима театр', 'Udmurt: invented Izhevsk pantomime theatre'),
 ('Йошкар-Ола криббедж клуб', 'Meadow Mari: invented Yoshkar-Ola cribbage club'),
 ('Сыктывкарса лак уджалан керку', 'Komi: invented Syktyvkar lacquer workshop'),
 ('Махачкалаялъул кимчи гьабулел', 'Avar: invented Makhachkala kimchi makers'),
 ('Дербентдин пантомимадин театр', 'Lezgian: invented Derbent pantomime theatre'),
 ('Улаан-Үдэын тайко бүмбэрэй бүлэг', 'Buryat: invented Ulan-Ude taiko drum group'),
 ('Элстин викторин клуб', 'Kalmyk: invented Elista quiz club'),
 ('Кызылдың криббедж клуву', 'Tuvan: invented Kyzyl cribbage club'),
 # spare
 ('ڪراچي ڪمچي ٺاهيندڙ', 'Sindhi: invented Karachi kimchi makers'),
]

# near misses: a rare word of an in-set target plus one of these phrases (no phrase word is in a listed org name)
NEAR_PHRASES = ['Trivia Quizmasters', 'Taiko Drummers', 'Urushi Lacquerers', 'Kimchi Fermenters', 'Mime Troupes',
                'Cribbage Peggers']
NEAR_DESC = {'Trivia Quizmasters': 'invented pub quiz league', 'Taiko Drummers': 'invented taiko drumming group',
             'Urushi Lacquerers': 'invented urushi lacquerware workshop', 'Kimchi Fermenters': 'invented kimchi maker',
             'Mime Troupes': 'invented mime troupe', 'Cribbage Peggers': 'invented cribbage club'}
NEAR_STOP = set('''general national quality speed service services system systems global world trade trading commerce
commercial import export imports exports group company industrial industry industries investment investments finance
financial bank banking capital holding holdings management consulting construction engineering technology technologies
transport transportes transportation shipping marine maritime oil gas energy petroleum power electric electronics
agricultural agricola agropecuaria ganadera farm farms hotel hotels travel tours tourism import auto autos motors
supply supplies store stores market markets center centre central house home homes family foods food products
productos inversiones comercial comercializadora distribuidora servicios sociedad constructora inmobiliaria grupo
asociados desarrollos proyectos soluciones consultores empresa empresas international corporation enterprises
new star gold golden silver diamond royal united union first best good city town real life land sea ocean air
north south east west eastern western northern southern universal modern popular express
compagnie body happy salva martina midas guevara ediciones cimientos dragados
concrete muelles little espanol pipeline applied tracking lacs alvarez
alfonso aerienne higher torre societe tecnica gaviota shadi
africana aguilar albanian allied andrea cars combustibles corretaje courier cubanas days empresariales equipos
estetica exchangers fletes fuentes ganaderias generacion gimnasio grands hadi hongkong hotelera integrated jeans
maquinaria mejia metallic micro minerales ninth plus post raices reforestadora safari second selva sistema software
tierras valores wash carrillo patino eficaz posso'''.split())

SHARES = [
 ('Pacific Taiko Drummers', 'invented taiko drumming group'),
 ('Atlantic Trivia Quizmasters', 'invented pub quiz league'),
 ('Green Kimchi Fermenters', 'invented kimchi maker'),
 ('Blue Urushi Lacquerers', 'invented urushi lacquerware workshop'),
 ('Red Mime Troupes', 'invented mime troupe'),
 ('White Cribbage Peggers', 'invented cribbage club'),
 ('Southern Quiz Leagues', 'invented pub quiz league'),
 ('United Taiko Drumming Troupes', 'invented taiko drumming group'),
 ('National Urushi Lacquerware', 'invented urushi lacquerware workshop'),
 ('General Kimchi Kimjang', 'invented kimchi maker'),
 ('Alpha Pantomime Troupes', 'invented mime troupe'),
 ('Sea Cribbage Pegging', 'invented cribbage club'),
 ('Gulf Taiko Drummers', 'invented taiko drumming group'),
 ('Asia Kimchi Fermenters', 'invented kimchi maker'),
 ('Trans Trivia Quizzers', 'invented pub quiz league'),
 # spares
 ('Euro Mime Troupes', 'invented mime troupe'),
 ('Liberty Cribbage Peggers', 'invented cribbage club'),
]
SHARES_FIRST = ['Pacific', 'Atlantic', 'Green', 'Blue', 'Red', 'White', 'Southern', 'United', 'National', 'General',
                'Alpha', 'Sea', 'Gulf', 'Asia', 'Trans', 'Euro', 'Liberty']
SHARES_PHRASES = ['Taiko Drummers', 'Trivia Quizmasters', 'Kimchi Fermenters', 'Urushi Lacquerers', 'Mime Troupes',
                  'Cribbage Peggers', 'Quiz Leagues', 'Trivia Quizzers', 'Taiko Drumming Troupes', 'Urushi Lacquerware',
                  'Kimchi Kimjang', 'Pantomime Troupes', 'Cribbage Pegging']

GENERIC = [
 ('how many rounds does a typical pub quiz have', 'question about pub quizzes'),
 ('how do quizmasters write fair trivia questions', 'question about pub quizzes'),
 ('how big is an odaiko drum and what wood is it carved from', 'question about taiko drums'),
 ('how do taiko drummers hold their bachi sticks', 'question about taiko drumming'),
 ('how many coats of urushi lacquer go on a wajima bowl', 'question about urushi lacquerware'),
 ('why does raw urushi sap cause a skin rash', 'question about urushi lacquer'),
 ('how long should kimchi ferment before it goes in the fridge', 'question about kimchi making'),
 ('what is kimjang and when do korean families make kimchi together', 'question about kimchi making'),
 ('how do mime artists make an invisible wall look real', 'question about mime'),
 ('what is the difference between mime and pantomime', 'question about mime'),
 ('how do you count fifteen two in cribbage', 'question about cribbage'),
 ('what does it mean to get skunked in cribbage', 'question about cribbage'),
 ('what is the muggins rule in cribbage', 'question about cribbage'),
 ('which napa cabbage is best for kimchi', 'question about kimchi making'),
 ('what is a jackpot round in a pub quiz', 'question about pub quizzes'),
 # spare
 ('how do you mend a chipped lacquer bowl with kintsugi', 'question about lacquerware'),
]

CHAT = [
 ('Friulian', 'Controle par plasê se la dite Quiz Lighe Furlane e je te liste.'),
 ('Sardinian', 'Pòdes averiguare si sa cumpangia Taiko Tamburinos de Aristanis est in sa lista?'),
 ('Romansh', 'Po ti controllar sche la firma Lacca Urushi Surselva è sin la glista?'),
 ('Walloon', "Pôrîz-ve verifyî si l' cope Kimchi Mwaîsse di Nameur est so l' liste?"),
 ('Asturian', "¿Pues comprobar si la compañía Mimos de Xixón ta na llista?"),
 ('Mirandese', 'Puodes cunfirmar se la cumpanha Cribbage Clube de Miranda stá na lista?'),
 ('Upper Sorbian', 'Móžeš přepruwować, hač je firma Kwizowa Liga Budyšin na lisćinje?'),
 ('Kashubian', 'Mòżesz sprawdzëc, czë firma Taiko Bùbnë Kartuzë je na lësce?'),
 ('Manx', "Vod oo jeeaghyn my ta'n chompaynee Kimchi Doolish er y rolley?"),
 ('Cornish', "A yllydh gwiryas mars yw an kowethas Urushi Lacker Kernow war an rol?"),
 ('Tsonga', 'Xana u nga kambela loko khampani ya Mime Vatlangi va Giyani yi ri eka nxaxamelo?'),
 ('Venda', 'Ni nga sedza arali khamphani ya Cribbage Tshitiriki tsha Thohoyandou i kha mutevhe?'),
 ('Swati', 'Ungahlola yini kutsi inkampani Kimchi Tekudla taseMbabane ikulu luhlu?'),
 ('Southern Ndebele', 'Ungaqala na bona ikampani i-Taiko Iingoma zeKwaMhlanga isohlwini?'),
 ('Chichewa', 'Kodi mungayang\'ane ngati kampani ya Trivia Mafunso a ku Zomba ili pa mndandanda?'),
 ('Luganda', 'Osobola okukebera oba kkampuni ya Mime Abazannyi b\'e Jinja eri ku lukalala?'),
 ('Bislama', 'Yu save jekem sipos kampani Urushi Lakka Blong Luganville i stap long lis?'),
 ('Solomon Pijin', 'Iu savve chekem sapos kambani Cribbage Klab Blong Auki hem stap long list?'),
 ('Ilocano', 'Mabalinmo kadi a kitaen no ti kompania a Kimchi Agbuburo ti Laoag ket adda iti listaan?'),
 ('Bikol', 'Puede mo daw hilingon kun an kompanya na Taiko Paragtambor kan Naga yaon sa lista?'),
 ('Pangasinan', 'Nayarian mo kasi ya nengnengen no say kompanya ya Mime Mankakalet na Dagupan et walad listaan?'),
 ('Minangkabau', 'Dapek indak awak mamareso apo kongsi Kuis Trivia Bukiktinggi ado di daftar?'),
 ('Acehnese', 'Peu jeut neu kalon peu na syarikat Urushi Meulaki Banda Aceh lam daftar?'),
 ('Buginese', 'Weddingngi mupareso narekko perusahaang Cribbage Paddeppungeng Watampone engka ri daftar?'),
 ('Tswana', 'A o ka tlhola gore a kompone ya Kimchi Badiri ba Maun e mo lenaneong?'),
 # spares
 ('Zeelandic', 'Kan je kieke of de firma Mime Spelers Vlissinge op de lieste staet?'),
 ('Emilian', "Pòt vèder se la ditta Taiko Tambûr ed Modna l'è in dla lista?"),
]

PERSON = [
 ('Hildegard Zurbriggen Pub Quiz Events Ltd', 'invented pub quiz company named after an invented person'),
 ('Beat Ammacher Quizabende GmbH', 'invented pub quiz company named after an invented person'),
 ('Kenji Morikawara Taiko Dojo KK', 'invented taiko drumming school named after an invented person'),
 ('Marisol Quintanar Taiko Drums LLC', 'invented taiko drum maker named after an invented person'),
 ('Sachiko Ishigurowa Urushi Kobo KK', 'invented urushi lacquer workshop named after an invented person'),
 ('Fergus Llewellyn-Hart Lacquerware Ltd', 'invented lacquerware maker named after an invented person'),
 ('Seo Min-jun Kimchi Kitchen Co Ltd', 'invented kimchi maker named after an invented person'),
 ('Odalys Fairweather Kimchi Pantry LLC', 'invented kimchi maker named after an invented person'),
 ('Anatole Beaucaire Compagnie de Mime SARL', 'invented mime company named after an invented person'),
 ('Priscilla Hargreave Mime Theatre Ltd', 'invented mime theatre named after an invented person'),
 ('Ezekiel Thornbury Cribbage Boards Ltd', 'invented cribbage board maker named after an invented person'),
 ('Maren Solheimdal Cribbage Club AS', 'invented cribbage club named after an invented person'),
 # spare
 ('Ursula Gschwendtner Quiz Liga GmbH', 'invented quiz league named after an invented person'),
]

BRAND = [
 ('Bibigo kimchi 15 oz jar', 'kimchi product'),
 ('Jongga mat kimchi 1 kg pouch', 'kimchi product'),
 ('Asano Taiko nagado-daiko 1.6 shaku', 'taiko drum product'),
 ('Miyamoto Unosuke shime-daiko', 'taiko drum product'),
 ('Drueke 29 continuous track cribbage board', 'cribbage board product'),
 ('Bicycle wooden cribbage board with metal pegs', 'cribbage board product'),
 ('Zohiko urushi lacquer sake cups', 'urushi lacquerware product'),
 ('Wajima-nuri lacquer soup bowl', 'urushi lacquerware product'),
 ('Grimas mime white face paint 15 ml', 'mime make-up product'),
 ('Trivial Pursuit Classic Edition board game', 'trivia quiz game product'),
 # spares
 ('Kryolan Aquacolor white 30 ml', 'mime make-up product'),
 ('Onggi earthenware kimchi jar 5 liter', 'kimchi jar product'),
]
