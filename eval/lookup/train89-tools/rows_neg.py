# -*- coding: utf-8 -*-
"""train89 hand-written negatives (theme: speedcubing clubs, bobsleigh clubs, moustache-and-beard clubs,
fencing salles, windsurfing schools, parkour gyms). Lists hold spares; build.py takes them in order."""
PHRASES = ['Speedcube Solvers', 'Bobsleigh Sledders', 'Moustache Beardsmen', 'Fencing Epeeists', 'Windsurf Boardsailors', 'Parkour Freerunners']
FAMOUS = [
 ('World Cube Association', 'speedcubing governing body'), ('SpeedCubeShop', 'speedcube retailer'), ('GAN Cube', 'speedcube maker'),
 ('MoYu Cube', 'speedcube maker'), ('QiYi Mofangge', 'speedcube maker'),
 ('International Bobsleigh and Skeleton Federation', 'bobsleigh federation'), ('USA Bobsled and Skeleton', 'bobsleigh federation'),
 ('British Bobsleigh and Skeleton Association', 'bobsleigh federation'), ('Bobsleigh Canada Skeleton', 'bobsleigh federation'),
 ('St. Moritz Tobogganing Club', 'Cresta Run toboggan club'),
 ('World Beard and Moustache Championships', 'facial-hair contest'), ('The Handlebar Club', 'moustache club'),
 ('Austin Facial Hair Club', 'beard and moustache club'), ('American Mustache Institute', 'moustache society'),
 ('Movember Foundation', 'moustache charity'),
 ("Fédération Internationale d'Escrime", 'fencing federation'), ('USA Fencing', 'fencing federation'), ('British Fencing', 'fencing federation'),
 ('Leon Paul', 'fencing equipment maker'), ('Absolute Fencing Gear', 'fencing equipment retailer'),
 ('Professional Windsurfers Association', 'windsurfing tour'), ('Starboard Windsurfing', 'windsurf board maker'),
 ('NeilPryde Windsurfing', 'windsurf sail maker'), ('Parkour Generations', 'parkour coaching company'), ('Parkour UK', 'parkour governing body'),
 ('Tempest Freerunning Academy', 'parkour gym'), ('Fanatic Windsurfing', 'windsurf board maker'),
]
OTHER_SCRIPT = [
 ('თბილისის ფარიკაობის კლუბი', 'Georgian: Tbilisi fencing club'), ('Երևանի սպիդքուբինգի ակումբ', 'Armenian: Yerevan speedcubing club'),
 ('札幌ボブスレー愛好会', 'Japanese: Sapporo bobsleigh society'), ('ชมรมวินด์เซิร์ฟพัทยา', 'Thai: Pattaya windsurf club'),
 ('சென்னை பார்க்கூர் பயிற்சி மையம்', 'Tamil: Chennai parkour training centre'), ('باشگاه شمشیربازی شیراز', 'Persian: Shiraz fencing club'),
 ('ڪراچي مُڇن ۽ ڏاڙهيءَ جو ڪلب', 'Sindhi: Karachi moustache and beard club'), ('Алматы бобслей қауымдастығы', 'Kazakh: Almaty bobsleigh association'),
 ('Казан паркур мәктәбе', 'Tatar: Kazan parkour school'), ('Ижкар спидкубинг котыр', 'Udmurt: Izhevsk speedcubing club'),
 ('Йошкар-Ола виндсёрфинг ушем', 'Mari: Yoshkar-Ola windsurf club'), ('Сыктывкар паркур котыр', 'Komi: Syktyvkar parkour club'),
 ('Улаан-Үдын бобслейн клуб', 'Buryat: Ulan-Ude bobsleigh club'), ('Элстин сахлта күүнәһә холвачан', 'Kalmyk: Elista moustache society'),
 ('Кызылдың фехтование клубу', 'Tuvan: Kyzyl fencing club'), ('МахӀачхъалаялъул паркур клуб', 'Avar: Makhachkala parkour club'),
 ('Дербентдин спидкубинг клуб', 'Lezgian: Derbent speedcubing club'), ('Магасера виндсёрфинг тоба', 'Ingush: Magas windsurf group'),
 ('Налшык шпагэ зэуэ клуб', 'Kabardian: Nalchik fencing club'),
]
GENERIC = [
 ('what is the world record for a 3x3 speedcube solve', 'speedcubing question'), ('which lube makes a speedcube turn faster', 'speedcubing question'),
 ('how many algorithms do you need for cfop', 'speedcubing question'), ('how fast does a four-man bobsleigh go', 'bobsleigh question'),
 ('how do bobsleigh teams push start', 'bobsleigh question'), ('how long does it take to grow a handlebar moustache', 'moustache question'),
 ('which wax holds a curled moustache best', 'moustache question'), ('what is the difference between foil epee and sabre', 'fencing question'),
 ('how do fencing scoring lights work', 'fencing question'), ('what size windsurf sail should a beginner use', 'windsurfing question'),
 ('how do you water start a windsurf board', 'windsurfing question'), ('is parkour safe for teenagers', 'parkour question'),
 ('what is the difference between parkour and freerunning', 'parkour question'), ('what shoes are best for parkour', 'parkour question'),
 ('can you windsurf without a harness', 'windsurfing question'), ('how heavy is a two-man bobsleigh', 'bobsleigh question'),
]
CHAT = [
 ('Tulung cek Sekaa Speedcube Kintamani, napi ia wenten ring daftar?', 'Balinese'),
 ('Móžeće prošu Bobslejowy klub Budyšin přepruwować?', 'Upper Sorbian'),
 ('Podêso controlâ il Club di Scherme Udin prime di paiâ?', 'Friulian'),
 ('Podes controllare sa Scola de Windsurf Poetto, pro praghere?', 'Sardinian'),
 ("Porîz-v' verifyî l' Clube di Parkour di Lidje?", 'Walloon'),
 ('Vod oo abyl jeeaghyn er Cloob Feeasaghyn Doolish?', 'Manx'),
 ('Yw possybyl dhis checkya Klub Mostashow Truru?', 'Cornish'),
 ('¿Pues comprobar la Escuela de Windsurf de Xixón enantes de pagar?', 'Asturian'),
 ('Poate s-tsã videm Clubul di Scrimã Bitulea?', 'Aromanian'),
 ('Mòżesz sprawdzëc Klub Parkour Gdiniô?', 'Kashubian'),
 ('Mabalin nga kitaen mo ti Speedcube a Klub ti Laoag?', 'Ilocano'),
 ('Xana u nga kambela Xivandla xa Bobsleigh xa Tzaneen?', 'Tsonga'),
 ('A o ka tlhola Setlhopha sa Parkour sa Mahikeng pele re duela?', 'Tswana'),
 ('Kodi mungayang\'ane Kalabu ya Masharubu ya Zomba?', 'Chichewa'),
 ('Osobola okukebera Ekibiina kya Windsurf ekya Entebbe?', 'Luganda'),
 ('Garee Fencing Adaamaa ni qorattaa?', 'Oromo'),
 ('Lenda kutala Kimvuka kia Parkour kia Matadi?', 'Kikongo'),
 ('Kasi mungawona Kalabu ya Speedcube ya Mzuzu?', 'Tumbuka'),
 ('Bo por chequeá e Klub di Windsurf Boneiru promé ku nos paga?', 'Papiamento'),
 ('Yu save jekem Mustas Klab blong Luganville?', 'Bislama'),
 ('E mafai o siaki te Kalapu Parkour i Funafuti?', 'Tuvaluan'),
 ('Ka vu povas kontrolar la Bobsleigh-Klubo di Lillehammer?', 'Ido'),
 ('Pote vos verificar le Club de Scherma de Trieste?', 'Interlingua'),
 ('Pòt controlèr al Club ed Windsurf ed Rimini?', 'Emilian'),
 ('Puodes cunfirmar l Clube de Parkour de Miranda?', 'Mirandese'),
 ('Shaj te dikhes o Klubo Bobslejosko ando Poprad?', 'Romani'),
]
PERSON = [
 ('Cornelius Pettigrew Speedcubing Supplies Ltd', 'invented speedcube shop'), ('Haruto Nishimura Speedcube Works KK', 'invented speedcube maker'),
 ('Ingvar Stenmark Bobsleigh Runners AB', 'invented bobsleigh parts maker'), ('Lorenzo Ghedina Bob Club SSD', 'invented bobsleigh club'),
 ('Ambrose Whitlock Moustache Wax Ltd', 'invented moustache-wax maker'), ('Tobias Bartholdy Bartpflege GmbH', 'invented beard-care firm'),
 ('Seraphina Duval Salle d\'Armes SARL', 'invented fencing salle'), ('Kasimir Wolodyjowski Fencing Academy Ltd', 'invented fencing school'),
 ('Jasper Penhallow Windsurf School Ltd', 'invented windsurf school'), ('Mireille Kerjean Planche à Voile SARL', 'invented windsurf school'),
 ('Dashiell Okonkwo Parkour Coaching LLC', 'invented parkour gym'), ('Ottilie Branscombe Freerun Academy Ltd', 'invented parkour gym'),
 ('Fitzroy Abernethy Beard Club CIC', 'invented beard club'),
]
BRAND = [
 ('GAN 356 XS speedcube', 'speedcube product'), ('MoYu WeiLong WR M 3x3 cube', 'speedcube product'),
 ('Leon Paul Apex epee blade', 'fencing product'), ('Absolute Fencing 1600N mask', 'fencing product'),
 ('NeilPryde Atlas windsurf sail 5.3', 'windsurf product'), ('Starboard Carve 131 windsurf board', 'windsurf product'),
 ('Feiyue parkour shoes', 'parkour product'), ('Captain Fawcett moustache wax', 'moustache product'),
 ('Wahl 9818 beard trimmer', 'beard product'), ('Braun BT3221 beard trimmer', 'beard product'), ('Tortolo bobsleigh runner set', 'bobsleigh product'),
]
SHARE_WORDS = ['Pacific', 'Orient', 'Alpha', 'Sky', 'Green', 'Blue', 'Unity', 'Pearl', 'Express', 'Sahara', 'Liberty', 'Premier',
               'Horizon', 'Titan', 'Oasis', 'Vision', 'Magic', 'Jade', 'Nova', 'Venus']
NM_STOP = set('''national general trade trading industrial industries import export commercial company services service international
development investment investments energy bank group holding enterprise management construction engineering technology
mill mills progress warfare court copy data seven copa mateo allan phones cables designers harmony''' .split())
