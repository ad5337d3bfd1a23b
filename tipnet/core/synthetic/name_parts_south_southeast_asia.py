"""Name tables of Nepal, Bangladesh, Cambodia, Myanmar and the Philippines.

Entries are ``native | latin variants | katakana`` lines, most frequent first; generic name
pieces only, assembled at random. Facts behind the shapes: Nepali and Bangladeshi family
names are caste, clan or title names, moderately concentrated, while given names are many
(Nepali men's names often end in ``Bahadur`` or ``Prasad``, women's in ``Maya`` or
``Kumari``; Bangladeshi men's often start with ``Md.``); Khmer family names are a modest set;
Burmese names have no family name and are one to four syllables; a Filipino's middle name is
the mother's maiden family name, and Filipino family names are spread widely (the 1849
Claveria catalogue assigned surnames across the islands).
"""

from __future__ import annotations

from tipnet.core.synthetic.name_pool import NameForm, NameParts, parse_entries

# --- Nepal -----------------------------------------------------------------------------------

NEPALI_FAMILY_EXTRA = parse_entries("""
    कार्की | Karki
    खड्का | Khadka, Khadga
    भण्डारी | Bhandari, Bhandary
    यादव | Yadav
    चौधरी | Chaudhary, Chaudhari, Choudhary
    पौडेल | Poudel, Paudel, Paudyal
    शर्मा | Sharma
    भट्टराई | Bhattarai
    घिमिरे | Ghimire
    खत्री | Khatri
    पोखरेल | Pokharel, Pokhrel
    दाहाल | Dahal
    कोइराला | Koirala
    सुवेदी | Subedi, Subedee
    आचार्य | Acharya
    लिम्बू | Limbu
    शेर्पा | Sherpa
    विष्ट | Bista, Bisht
    विश्वकर्मा | Bishwakarma, BK, Biswakarma
    परियार | Pariyar
    सापकोटा | Sapkota
    न्यौपाने | Neupane, Neupaney
    रिजाल | Rijal
    गिरी | Giri
    पाण्डे | Pandey, Pande
    भट्ट | Bhatt, Bhatta
    ओली | Oli
    महतो | Mahato, Mahto
    राना | Rana
    बुढा | Budha
    रावल | Rawal
    साह | Sah, Shah
    थारू | Tharu
    केसी | KC, K.C.
    महर्जन | Maharjan
    वज्राचार्य | Bajracharya, Vajracharya
    शाक्य | Shakya, Sakya
    जोशी | Joshi
    प्रधान | Pradhan
    पुन | Pun
    आले | Ale
    घर्ती | Gharti
    मोक्तान | Moktan
    रोकाया | Rokaya
    ढकाल | Dhakal
    तिमल्सिना | Timilsina, Timalsina
    भुसाल | Bhusal
    अर्याल | Aryal
    गौतम | Gautam
    लामिछाने | Lamichhane, Lamichane
    कुँवर | Kunwar, Kuwar
    ठकुरी | Thakuri
    मल्ल | Malla
    हमाल | Hamal
    शाही | Shahi
    रावत | Rawat
    डाँगी | Dangi
    बानियाँ | Baniya, Baniyan
    घले | Ghale
    सुनार | Sunar
    नेपाली | Nepali
    सार्की | Sarki
    माझी | Majhi
    कुमाल | Kumal
""")
NEPALI_GIVEN_FEMININE_EXTRA = parse_entries("""
    सविना | Sabina, Sabeena
    अनिता | Anita, Aneeta
    बिमला | Bimala
    सुशीला | Sushila, Susila
    राधा | Radha
    पार्वती | Parbati, Parvati
    दुर्गा | Durga
    मीना | Mina, Meena
    रीता | Rita, Reeta
    सपना | Sapana, Sapna
    अस्मिता | Asmita
    सृजना | Srijana, Sirjana
    संगीता | Sangita, Sangeeta
    निर्मला | Nirmala
    सम्झना | Samjhana
    बिना | Bina, Beena
    शर्मिला | Sharmila
    कविता | Kabita, Kavita
    जानुका | Januka
    रञ्जना | Ranjana
    उषा | Usha
    इन्दिरा | Indira
    यशोदा | Yashoda, Jashoda
    मनिषा | Manisha
    सरस्वती | Saraswati, Sarswati
    गंगा | Ganga
    यमुना | Yamuna, Jamuna
    अनु | Anu
    रेखा | Rekha
    शान्ति | Shanti, Santi
    कल्पना | Kalpana
    सरला | Sarala
    सुमित्रा | Sumitra
    पुष्पा | Pushpa, Puspa
    भगवती | Bhagawati, Bhagwati
    हिरा | Hira, Heera
    तुलसी | Tulasi, Tulsi
    सुमन | Suman
    प्रतिमा | Pratima
    रुपा | Rupa, Roopa
    निशा | Nisha, Nisa
    अञ्जना | Anjana
    सुस्मिता | Susmita, Sushmita
    प्रमिला | Pramila
    मन्दिरा | Mandira
    दीपा | Dipa, Deepa
    अम्बिका | Ambika
    करुणा | Karuna
    शोभा | Shobha, Sobha
""")
NEPALI_GIVEN_MASCULINE_EXTRA = parse_entries("""
    सन्तोष | Santosh, Santos
    रमेश | Ramesh
    दिनेश | Dinesh
    प्रकाश | Prakash
    कुमार | Kumar
    विवेक | Bibek, Vivek
    सागर | Sagar
    रविन | Rabin, Robin
    विजय | Bijay, Vijay
    सञ्जय | Sanjay
    नवीन | Nabin, Naveen
    सुनिल | Sunil
    अनिल | Anil
    गोपाल | Gopal
    नारायण | Narayan
    श्याम | Shyam, Syam
    गणेश | Ganesh
    राजु | Raju
    सुजन | Sujan
    मनोज | Manoj
    उमेश | Umesh
    किशोर | Kishor, Kishore
    भरत | Bharat
    रोशन | Roshan, Rosan
    सुदीप | Sudip, Sudeep
    प्रदीप | Pradip, Pradeep
    राजन | Rajan
    सुरज | Suraj, Sooraj
    अर्जुन | Arjun
    बिनोद | Binod, Vinod
    कमल | Kamal
    नरेश | Naresh
    महेश | Mahesh
    मुकेश | Mukesh
    योगेश | Yogesh
    लक्ष्मण | Laxman, Lakshman
    केशव | Keshav, Keshab
    शिव | Shiva, Shiv
    युवराज | Yubaraj, Yuvraj
    सरोज | Saroj
    दिलिप | Dilip, Dileep
    हेमन्त | Hemanta, Hemant
    जीवन | Jiwan, Jeevan
    प्रेम | Prem
    नवराज | Nabaraj, Navaraj
    सूर्य | Surya, Suriya
    रविन्द्र | Rabindra, Ravindra
""")
_NEPALI_COMPOUND_HEADS = NameParts(
    parse_entries("""
        मान | Man
        दिल | Dil
        राम | Ram
        टेक | Tek
        जित | Jit
        हरि | Hari
        चन्द्र | Chandra
        लाल | Lal
        खड्ग | Khadga
        पदम | Padam
        भीम | Bhim
        गंगा | Ganga
        फुल | Phul
        सुन | Sun
        धन | Dhan
    """),
)
NEPALI_GIVEN_FEMININE_FORMS = (
    NameForm(
        (_NEPALI_COMPOUND_HEADS, NameParts(parse_entries("माया | Maya\nकुमारी | Kumari"))),
        share=0.2,
        native_joiner=" ",
        latin_systems=((0, " "), (0, "")),
    ),
)
NEPALI_GIVEN_MASCULINE_FORMS = (
    NameForm(
        (
            _NEPALI_COMPOUND_HEADS,
            NameParts(parse_entries("बहादुर | Bahadur, Bdr.\nप्रसाद | Prasad, Pd.")),
        ),
        share=0.25,
        native_joiner=" ",
        latin_systems=((0, " "), (1, " ")),
    ),
)

# --- Bangladesh ------------------------------------------------------------------------------

BANGLADESHI_FAMILY_EXTRA = parse_entries("""
    শেখ | Sheikh, Shaikh, Sk.
    চৌধুরী | Chowdhury, Chowdhuri, Choudhury
    সরকার | Sarkar, Sircar
    মন্ডল | Mondal, Mandal
    দাস | Das
    রায় | Roy, Ray
    খান | Khan
    আলী | Ali
    হক | Haque, Hoque, Huq
    কবির | Kabir
    পারভীন | Parvin, Parveen
    সুলতানা | Sultana
    নাহার | Nahar
    আলম | Alam
    মাহমুদ | Mahmud, Mahmood
    হাসান | Hasan, Hassan
    তালুকদার | Talukder, Talukdar
    মোল্লা | Molla, Mollah
    প্রামানিক | Pramanik
    বিশ্বাস | Biswas
""")
BANGLADESHI_GIVEN_FEMININE_EXTRA = parse_entries("""
    সুমি | Sumi, Shumi
    শিরিন | Shirin, Sirin
    রুমা | Ruma
    মরিয়ম | Moriom, Mariam, Maryam
    জেসমিন | Jesmin, Jasmine
    শাপলা | Shapla
    লাভলী | Lovely, Lavli
    মুক্তা | Mukta
    শিল্পী | Shilpi, Silpi
    পপি | Popy, Popi
    রাবেয়া | Rabeya, Rabea
    সালমা | Salma
    নাজমা | Nazma, Najma
    রেহানা | Rehana
    তাসলিমা | Taslima
    শাহনাজ | Shahnaz
    মাহমুদা | Mahmuda
    সাবিনা | Sabina
    রাজিয়া | Razia, Rajia
    হালিমা | Halima
    নুরজাহান | Nurjahan, Nur Jahan
    কামরুন্নাহার | Kamrunnahar, Kamrun Nahar
    শামসুন্নাহার | Shamsunnahar, Shamsun Nahar
    মেহেরুন্নেসা | Meherunnesa, Meherun Nesa
    খাদিজা | Khadija, Khodeja
    তানিয়া | Tania, Taniya
    সুমাইয়া | Sumaiya, Sumaya
    মিম | Mim, Meem
    শারমিন | Sharmin, Sharmeen
    ফারজানা | Farzana, Farjana
    সাদিয়া | Sadia, Sadiya
    রুবিনা | Rubina, Rubeena
    মমতাজ | Momtaz, Mumtaz
    কুলসুম | Kulsum, Kulsoom
    পারুল | Parul, Parool
    হাসিনা | Hasina, Hasena
    লাইলী | Laily, Laili
    সেলিনা | Selina, Salina
    জান্নাতুল | Jannatul, Jannatun
    মাকসুদা | Maksuda, Maqsuda
    নাসিমা | Nasima, Nasema
    রহিমা | Rahima, Rohima
    আমেনা | Amena, Amina
    জোহরা | Johora, Zohra
    রেশমা | Reshma, Resma
    সাথী | Sathi, Shathi
    বৃষ্টি | Bristi, Brishti
    মৌসুমী | Mousumi, Moushumi
    শিউলি | Shiuli, Sheuli
    আঁখি | Akhi, Ankhi
    লিপি | Lipi, Lipy
    রত্না | Ratna, Rotna
    সীমা | Sima, Seema
    রাশিদা | Rashida, Rasida
    শাহানা | Shahana, Sahana
    হাফসা | Hafsa, Hafsha
    সুরাইয়া | Suraiya, Soraya
    জাহানারা | Jahanara, Jahanera
    ময়না | Moyna, Mayna
    কাকলি | Kakoli, Kakli
    মনোয়ারা | Monowara, Manowara
    আসমা | Asma, Ashma
    রোজিনা | Rozina, Rojina
    নাজনীন | Naznin, Najnin
    তাহমিনা | Tahmina, Tahmeena
""")
_BANGLADESHI_MASCULINE_NAMES = NameParts(
    parse_entries("""
        রহিম | Rahim, Raheem
        করিম | Karim, Kareem
        আলমগীর | Alamgir
        জাহাঙ্গীর | Jahangir
        শফিকুল | Shafiqul, Shofikul, Safiqul
        রফিকুল | Rafiqul, Rofikul
        আমিনুল | Aminul
        নজরুল | Nazrul, Nojrul
        মনিরুল | Monirul, Manirul
        জাহিদ | Jahid, Zahid
        হাবিব | Habib
        কামাল | Kamal
        জামাল | Jamal
        সোহেল | Sohel, Sohail
        রুবেল | Rubel
        মাসুদ | Masud, Masood
        সাইফুল | Saiful
        আনোয়ার | Anwar, Anowar
        মিজানুর | Mizanur, Mijanur
        হাফিজুর | Hafizur
        আরিফ | Arif
        ইমরান | Imran
        রাশেদ | Rashed, Rashid
        শাহীন | Shahin, Shaheen
        ফারুক | Faruk, Farooq
        মামুন | Mamun
        বাবুল | Babul
        জসিম | Josim, Jasim
        সেলিম | Selim, Salim
        নাসির | Nasir
        মিজানুর | Mizanur, Mijanur
        হাবিবুর | Habibur, Habibar
        মাহবুবুর | Mahbubur, Mahbubar
        মোস্তাফিজুর | Mostafizur, Mustafizur
        আনিসুর | Anisur, Anisor
        লুৎফর | Lutfor, Lutfur
        মতিউর | Motiur, Matiur
        আতিকুর | Atikur, Atiqur
        আশরাফুল | Ashraful, Asraful
        আজিজুল | Azizul, Ajijul
        শহিদুল | Shahidul, Sohidul
        জাহিদুল | Zahidul, Jahidul
        তরিকুল | Tarikul, Toriqul
        মাসুম | Masum, Masoom
        রাসেল | Rasel, Russel
        সুমন | Sumon, Suman
        রিপন | Ripon, Ripan
        শাকিল | Shakil, Sakil
        হৃদয় | Hridoy, Ridoy
        রাকিব | Rakib, Raqib
        আবুল | Abul, Abol
        তানভীর | Tanvir, Tanveer
        মাহমুদুল | Mahmudul, Mahmodul
        ফয়সাল | Faisal, Foysal
        নাঈম | Naim, Nayeem
        রিয়াজ | Riaz, Riyaz
        সাব্বির | Sabbir, Shabbir
        তৌহিদ | Touhid, Tauhid
        মিঠু | Mithu, Mitu
        বাদল | Badal, Badol
        আজাদ | Azad, Ajad
        মোস্তফা | Mostofa, Mustafa
        ইকবাল | Iqbal, Ekbal
        দেলোয়ার | Delwar, Dilwar
        মনির | Monir, Manir
        খোকন | Khokon, Khokan
        লিটন | Liton, Litan
        শামীম | Shamim, Shameem
        মিলন | Milon, Milan
    """),
    zipf_exponent=0.5,
)
BANGLADESHI_GIVEN_MASCULINE_EXTRA = _BANGLADESHI_MASCULINE_NAMES.entries
# Many Bangladeshi names have no family name: the last word is a personal name (Md. Abdul
# Karim), so the "family" field holds a man's name about as often as a title or clan name.
BANGLADESHI_FAMILY_FORMS = (NameForm((_BANGLADESHI_MASCULINE_NAMES,), share=0.35),)
BANGLADESHI_GIVEN_MASCULINE_FORMS = (
    # "Md." before the name is the commonest way Bangladeshi men's names are registered.
    NameForm(
        (
            NameParts(parse_entries("মোহাম্মদ | Md., Mohammad, Mohammed, Muhammad")),
            _BANGLADESHI_MASCULINE_NAMES,
        ),
        share=0.4,
        native_joiner=" ",
        latin_systems=((0, " "), (1, " "), (2, " "), (3, " ")),
    ),
)

# --- Cambodia --------------------------------------------------------------------------------

KHMER_FAMILY_EXTRA = parse_entries("""
    លី | Ly, Lee
    សំ | Sam, Som
    សេង | Seng
    ទូច | Touch, Toch
    ប្រាក់ | Prak, Prac
    ពេជ្រ | Pich, Pech
    នួន | Nuon, Noun
    ហែម | Hem
    ឈឹម | Chhim, Chim
    ម៉ៅ | Mao
    ផាន់ | Phan
    អ៊ុក | Ouk, Uk
    រស់ | Ros, Ruos
    ឯក | Ek, Aek
    យិន | Yin
    ឡុង | Long
    គង់ | Kong
    យឹម | Yim
    អ៊ឹម | Im, Em
    ម៉ែន | Men
    ញ៉ែម | Nhem
    ស៊ឹម | Sim, Sem
    ខៀវ | Khieu, Khiev
    សាយ | Say, Sai
    ពៅ | Pov, Pao
    ឆាយ | Chhay, Chay
    ឈុន | Chhun, Chun
    ហុក | Hok, Hoc
    កង | Kang, Kong
    ខេម | Khem, Khim
    ឡាយ | Lay, Lai
    លឹម | Lim, Leum
    មុំ | Mom, Mum
    ញឹម | Nhim, Nhem
    អ៊ូ | Ou, Ouk
    ប៉ែន | Pen, Paen
    ផល | Phal, Phol
    រាម | Ream, Ram
    សៅ | Sao, Sau
    ទេព | Tep, Tip
    ថាច់ | Thach, Thac
    អ៊ុន | Un, Oun
    វង្ស | Vong, Vung
    យស | Yos, Yous
    ហុង | Hong, Houng
    ជ័យ | Chey, Chay
""")
KHMER_GIVEN_FEMININE_EXTRA = parse_entries("""
    សុភាព | Sopheap, Sophiep
    ចាន់ធី | Chanthy, Chanty
    ចាន់ណារី | Channary, Chanary
    សុគន្ធា | Sokunthea, Sokuntheary
    ពិសី | Pisey, Pisei
    គន្ធា | Kunthea, Kanthea
    ណារី | Nary, Neary
    លក្ខិណា | Leakhena, Leakena
    មុន្នី | Mony, Monny
    ធារី | Theary, Thary
    សុផល | Sophal
    វណ្ណា | Vanna, Vana
    រចនា | Rachana, Rachna
    ម៉ាលី | Maly, Mali
    ចរិយា | Chariya, Chareya
    ដាលីន | Dalin, Daline
    ស៊ីណា | Sina, Sinah
    កញ្ញា | Kanha, Kagna
    សុវណ្ណារី | Sovannary, Sovanary
    រស្មី | Reaksmey, Raksmey
    នីតា | Nita, Nitta
    លីណា | Lina, Leena
    សុជាតា | Socheata, Sochata
    ម៉ូលីកា | Molika, Moleka
    ចន្ទ្រា | Chantrea, Chantra
""")
KHMER_GIVEN_MASCULINE_EXTRA = parse_entries("""
    វិសាល | Visal, Vishal
    វិបុល | Vibol, Vibul
    វាសនា | Veasna, Visna
    សុធា | Sothea, Sotheara
    សុភ័ក្ត្រ | Sopheak, Sopheakh
    រិទ្ធី | Rithy, Rithi
    សំណាង | Samnang, Somnang
    កុសល | Kosal, Kosol
    ចាន់ដារ៉ា | Chandara, Chan Dara
    ប៊ុនធឿន | Bunthoeun, Bunthoeurn
    ប៊ុនណា | Bunna, Bunnah
    ប៊ុនរិទ្ធ | Bunrith, Bunrit
    សុវណ្ណ | Sovann, Sovan
    មករា | Makara, Makkara
    ពន្លក | Ponlok, Ponleu
    សុខុម | Sokhom, Sokhum
""")
_KHMER_SREY_ENDINGS = NameParts(
    parse_entries("""
        នាង | Neang, Niang
        ពៅ | Pov, Pao
        លក្ខ | Leak, Lak
        រ័ត្ន | Roth, Rath
        អូន | Oun, Own
        មុំ | Mom, Mum
        ពេជ្រ | Pich, Pech
        និច | Nich, Nic
        ម៉ៅ | Mao
        នី | Ny, Nee
        ល័ក្ខ | Lak, Leak
        ស្រស់ | Sros, Srors
    """),
    zipf_exponent=0.5,
)
_KHMER_FEMININE_FIRST_SYLLABLES = NameParts(
    parse_entries("""
        សុ | So, Sou
        ចាន់ | Chan, Chann
        សុខ | Sok, Sokh
    """),
)
_KHMER_FEMININE_SECOND_SYLLABLES = NameParts(
    parse_entries("""
        ភា | Phea, Phia
        ភាព | Pheap, Phiep
        ណារី | Nary, Neary
        ធី | Thy, Thi
        ធារី | Theary, Thary
        គន្ធា | Kunthea, Kanthea
        ម៉ាលី | Maly, Mali
        ផល្លា | Phalla, Phala
        ធីតា | Thida, Theada
        រស្មី | Reaksmey, Raksmey
        ពិសី | Pisey, Pisei
        នីតា | Nita, Nitta
    """),
    zipf_exponent=0.5,
)
KHMER_GIVEN_FEMININE_FORMS = (
    # Two-syllable Pali-Sanskrit names: So-phea, Chan-nary, So-kunthea, So-maly.
    NameForm(
        (_KHMER_FEMININE_FIRST_SYLLABLES, _KHMER_FEMININE_SECOND_SYLLABLES),
        share=0.35,
        latin_systems=((0, ""), (1, ""), (0, " ")),
    ),
    NameForm(
        (NameParts(parse_entries("ស្រី | Srey, Srei, Sray")), _KHMER_SREY_ENDINGS),
        share=0.25,
        latin_systems=((0, ""), (0, " "), (1, ""), (2, "")),
    ),
)
_KHMER_FIRST_SYLLABLES = NameParts(
    parse_entries("""
        សុ | So, Sou
        ចាន់ | Chan, Chann
        ប៊ុន | Bun, Bunn
        វិ | Vi, Vy
        ពិ | Pi, Py
        សំ | Sam, Som
    """),
)
_KHMER_MASCULINE_SECOND_SYLLABLES = NameParts(
    parse_entries("""
        ភា | Phea, Phia
        ខុម | Khom, Khum
        វណ្ណ | Vann, Van
        ធា | Thea, Tha
        ផល | Phal, Phol
        ធូ | Thou, Thu
        ដារ៉ា | Dara, Darra
        ណា | Na, Nah
        រិទ្ធ | Rith, Rit
        សាល | Sal, Saal
        បុល | Bol, Bul
        សិដ្ឋ | Seth, Set
        ណាង | Nang, Neang
        រ័ត្ន | Rath, Roth
        វុធ | Vuth, Vut
        មុនី | Mony, Moni
    """),
)
KHMER_GIVEN_MASCULINE_FORMS = (
    # Two-syllable Pali-Sanskrit names: So-phea, Chan-thou, Bun-rith, Vi-sal, Pi-seth.
    NameForm(
        (_KHMER_FIRST_SYLLABLES, _KHMER_MASCULINE_SECOND_SYLLABLES),
        share=0.55,
        latin_systems=((0, ""), (1, ""), (0, " ")),
    ),
)

# --- Myanmar ---------------------------------------------------------------------------------

_BURMESE_FEMININE_SYLLABLES = NameParts(
    parse_entries("""
        ခင် | Khin, Khinn
        မြ | Mya, Myah
        နှင်း | Hnin, Nhin
        စု | Su, Suu
        နွယ် | Nwe, Nway
        အေး | Aye, Aie
        ဖြူ | Phyu, Phyo
        မိုး | Moe, Mo
        ရင် | Yin, Yinn
        မေ | May, Mei
        ဇင် | Zin, Zinn
        မြတ် | Myat, Myatt
        ချို | Cho, Kyo
        သူ | Thu, Thuu
        လှ | Hla, Hlaa
        ပွင့် | Pwint, Pwin
        ယု | Yu, Yuu
        စန်း | San, Sann
        မာ | Mar, Ma
        ဝတ် | Wut, Wat
        ရည် | Yee, Yi
        နု | Nu, Nuu
        ထွေး | Htwe, Htway
        ကြည် | Kyi, Kyee
        ဝါ | Wah, Wa
        ရွှေ | Shwe, Shway
        သက် | Thet, That
        သီ | Thi, Thee
        ဦး | Oo, U
        လွင် | Lwin, Lwinn
    """),
    zipf_exponent=0.7,
)
_BURMESE_MASCULINE_SYLLABLES = NameParts(
    parse_entries("""
        အောင် | Aung, Aungg
        ကျော် | Kyaw, Kyawe
        ဇော် | Zaw, Zawe
        ထက် | Htet, Htat, Het
        မင်း | Min, Minn
        သန့် | Thant, Than
        ကို | Ko, Koe
        ထွန်း | Htun, Tun, Htoon
        နိုင် | Naing, Naig
        ဝင်း | Win, Winn
        မျိုး | Myo, Myoe
        စိုး | Soe, So
        သိန်း | Thein, Thain
        မောင် | Maung, Mg
        ညီ | Nyi, Nyee
        လင်း | Lin, Linn
        ရဲ | Ye, Yel
        ဖြိုး | Phyo, Pyo
        သီဟ | Thiha, Thi Ha
        ပိုင် | Paing, Paig
        ကောင်း | Kaung, Kaug
        ဟိန်း | Hein, Hain
        မြင့် | Myint, Myin
        တင် | Tin, Tinn
        သန်း | Than, Thann
        ခန့် | Khant, Khan
        ပြည့် | Pyae, Pye
        နောင် | Naung, Naug
        ဇေယျ | Zeya, Zayar
        သူရ | Thura, Thu Ra
        ချစ် | Chit, Chitt
        ဘ | Ba, Bha
    """),
    zipf_exponent=0.7,
)
_BURMESE_SECOND_SYLLABLES = NameParts(
    parse_entries("""
        ဝင်း | Win, Winn
        ဦး | Oo, U
        ထွန်း | Htun, Tun, Htoon
        နိုင် | Naing, Naig
        လွင် | Lwin, Lwinn
        အေး | Aye, Aie
        မြင့် | Myint, Myin
        စိုး | Soe, So
        သိန်း | Thein, Thain
        မိုး | Moe, Mo
        သူ | Thu, Thuu
        လှိုင် | Hlaing, Hlaig
        ကြည် | Kyi, Kyee
        ဇင် | Zin, Zinn
        လင်း | Lin, Linn
        ထွေး | Htwe, Htway
        ခိုင် | Khaing, Khine
        မွန် | Mon, Mone
        နွယ် | Nwe, Nway
        စန်း | San, Sann
        ငြိမ်း | Nyein, Nyain
        မြတ် | Myat, Myatt
        သန့် | Thant, Than
        ဖြိုး | Phyo, Pyo
        ကို | Ko, Koe
        မောင် | Maung, Mg
        ဇော် | Zaw, Zawe
        ကျော် | Kyaw, Kyawe
    """),
    zipf_exponent=0.7,
)
# Romanised syllables are written apart ("Aung Kyaw") or, less often, together.
_BURMESE_SYSTEMS = ((0, " "), (1, " "), (0, ""))
BURMESE_GIVEN_FEMININE_FORMS = (
    NameForm((_BURMESE_FEMININE_SYLLABLES,), share=0.25),
    NameForm((_BURMESE_FEMININE_SYLLABLES,) * 2, share=0.6, latin_systems=_BURMESE_SYSTEMS),
)
BURMESE_GIVEN_MASCULINE_FORMS = (
    NameForm((_BURMESE_MASCULINE_SYLLABLES,), share=0.25),
    NameForm((_BURMESE_MASCULINE_SYLLABLES,) * 2, share=0.6, latin_systems=_BURMESE_SYSTEMS),
)
BURMESE_SECOND_FORMS = (
    NameForm((_BURMESE_SECOND_SYLLABLES,), share=0.55),
    NameForm((_BURMESE_SECOND_SYLLABLES,) * 2, share=0.35, latin_systems=_BURMESE_SYSTEMS),
)

# --- Philippines -----------------------------------------------------------------------------

FILIPINO_FAMILY_EXTRA = parse_entries("""
    Torres | Torres | トーレス
    Flores | Flores | フローレス
    Gonzales | Gonzales, Gonzalez | ゴンザレス
    Cruz | Cruz, Crus | クルス
    Lopez | Lopez, López | ロペス
    Rivera | Rivera | リベラ
    Fernandez | Fernandez, Fernández | フェルナンデス
    Perez | Perez, Pérez | ペレス
    Navarro | Navarro | ナバロ
    Salazar | Salazar | サラザール
    Manalo | Manalo | マナロ
    Dizon | Dizon | ディゾン
    Pascual | Pascual | パスクアル
    Mercado | Mercado | メルカド
    Soriano | Soriano | ソリアノ
    Domingo | Domingo | ドミンゴ
    De Leon | De Leon, Deleon | デレオン
    De Guzman | De Guzman, Deguzman | デグスマン
    Del Rosario | Del Rosario, Delrosario | デルロサリオ
    Santiago | Santiago | サンティアゴ
    Tolentino | Tolentino | トレンティーノ
    Marquez | Marquez, Márquez | マルケス
    Gutierrez | Gutierrez | グティエレス
    Ocampo | Ocampo | オカンポ
    Francisco | Francisco | フランシスコ
    Sarmiento | Sarmiento | サルミエント
    Valdez | Valdez, Valdes | バルデス
    Ignacio | Ignacio | イグナシオ
    Lim | Lim | リム
    Tan | Tan | タン
    Mallari | Mallari, Malari | マリャリ
    Panganiban | Panganiban | パンガニバン
    Lacson | Lacson | ラクソン
    Manalastas | Manalastas | マナラスタス
    Agustin | Agustin, Augustin | アグスティン
    Esguerra | Esguerra | エスゲラ
    Cabrera | Cabrera | カブレラ
    Estrada | Estrada | エストラーダ
    Buenaventura | Buenaventura | ブエナベントゥラ
    Galang | Galang | ガラン
    Samonte | Samonte | サモンテ
    Fajardo | Fajardo | ファハルド
    Sison | Sison | シソン
    Macaraeg | Macaraeg | マカラエグ
    Magbanua | Magbanua | マグバヌア
    Dimaculangan | Dimaculangan | ディマクランガン
    Lualhati | Lualhati | ルアルハティ
    Bernardo | Bernardo | ベルナルド
    Aguilar | Aguilar | アギラール
    Hernandez | Hernandez | エルナンデス
    Morales | Morales | モラレス
    Rosales | Rosales | ロサレス
    Padilla | Padilla, Padila | パディーヤ
    Javier | Javier | ハビエル
    Pineda | Pineda | ピネダ
    Abad | Abad | アバド
    Alvarez | Alvarez | アルバレス
    Evangelista | Evangelista | エバンヘリスタ
    Miranda | Miranda | ミランダ
    Manansala | Manansala | マナンサラ
    Bautista | Bautista | バウティスタ
    Sanchez | Sanchez | サンチェス
    Dela Pena | Dela Pena, Dela Peña, Delapena | デラペーニャ
    Baluyot | Baluyot | バルヨット
    Cortez | Cortez, Cortes | コルテス
    Ramirez | Ramirez | ラミレス
    Tiongson | Tiongson | ティオンソン
    Caballero | Caballero | カバレロ
    Andrada | Andrada | アンドラダ
    Dumalagan | Dumalagan | ドゥマラガン
    Laxamana | Laxamana | ラクサマナ
    Quiambao | Quiambao | キアンバオ
    Bonifacio | Bonifacio | ボニファシオ
    Lagman | Lagman | ラグマン
    Maglaya | Maglaya | マグラヤ
""")
FILIPINO_GIVEN_FEMININE_EXTRA = parse_entries("""
    Mary Grace | Mary Grace, Marygrace | メアリー・グレース
    Angelica | Angelica, Anjelica | アンジェリカ
    Mary Joy | Mary Joy, Maryjoy | メアリー・ジョイ
    Kristine | Kristine, Christine | クリスティン
    Jennifer | Jennifer, Jenifer | ジェニファー
    Michelle | Michelle, Michele | ミシェル
    Rosemarie | Rosemarie, Rose Marie | ローズマリー
    Lovely | Lovely | ラブリー
    Princess | Princess | プリンセス
    Arlene | Arlene, Arleen | アーリーン
    Marilou | Marilou, Marylou | マリールー
    Rhea | Rhea, Ria | リア
    Janeth | Janeth, Janet | ジャネット
    Divina | Divina | ディビナ
    Evangeline | Evangeline | エヴァンジェリン
    Gemma | Gemma, Jemma | ジェマ
    Imelda | Imelda | イメルダ
    Leonora | Leonora | レオノラ
    Merlyn | Merlyn, Merlin | マーリン
    Nerissa | Nerissa, Nerisa | ネリッサ
    Rowena | Rowena | ロウェナ
    Sheila | Sheila, Shiela | シーラ
    Vilma | Vilma, Wilma | ビルマ
    Erlinda | Erlinda | エルリンダ
    Jonalyn | Jonalyn, Jonalynn | ジョナリン
    Mylene | Mylene, Mylin | マイリーン
    Gina | Gina | ジーナ
    Aileen | Aileen, Eileen | アイリーン
    Charmaine | Charmaine, Sharmaine | シャーメイン
    Jasmin | Jasmin, Jasmine | ジャスミン
""")
FILIPINO_GIVEN_MASCULINE_EXTRA = parse_entries("""
    John Paul | John Paul, Johnpaul | ジョン・ポール
    Michael | Michael, Micheal | マイケル
    Jerome | Jerome | ジェローム
    Christian | Christian, Kristian | クリスチャン
    Ronald | Ronald | ロナルド
    Rogelio | Rogelio | ロヘリオ
    Renato | Renato | レナート
    Eduardo | Eduardo | エドゥアルド
    Ernesto | Ernesto | エルネスト
    Danilo | Danilo | ダニロ
    Arnel | Arnel, Arnell | アーネル
    Reynaldo | Reynaldo, Reinaldo | レイナルド
    Alvin | Alvin | アルビン
    Jomar | Jomar | ジョマール
    Marvin | Marvin | マービン
    Rolando | Rolando | ロランド
    Jeffrey | Jeffrey, Jeffery | ジェフリー
    Noel | Noel | ノエル
    Edwin | Edwin | エドウィン
    Ramil | Ramil | ラミル
    Dennis | Dennis, Denis | デニス
    Bong | Bong | ボン
    Junjun | Junjun, Jun Jun | ジュンジュン
    Jun | Jun | ジュン
    Rey | Rey, Ray | レイ
    Randy | Randy, Randie | ランディ
    Allan | Allan, Alan | アラン
    Raymond | Raymond, Raymund | レイモンド
    Emmanuel | Emmanuel, Emanuel | エマニュエル
    Joseph | Joseph | ジョセフ
""")
