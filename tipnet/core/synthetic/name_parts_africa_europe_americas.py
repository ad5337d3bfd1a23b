"""Name tables of Nigeria, Ethiopia and Eritrea, Ukraine and Spanish-speaking America.

Entries are ``native | latin variants | katakana`` lines, most frequent first; generic name
pieces only, assembled at random. Facts behind the shapes: Yoruba and Igbo names are built
from meaningful parts (``Olu-``, ``Ade-``, ``-wale``, ``-tunde``; ``Chi-``, ``-oma``), Hausa
family names are often a father's Muslim given name; an Ethiopian's or Eritrean's second name
is the father's given name, and many given names are Ge'ez compounds (``Gebre-``, ``Wolde-``,
``Haile-`` + ``Mariam``, ``Michael``...); Ukrainian family names are a stem plus ``-enko``,
``-chuk``, ``-yshyn`` or ``-iv`` beside a few very common trade names; Spanish-speaking
people carry a paternal and a maternal surname. Mexican surname counts follow the 2020
registration counts published per surname (Hernández, García, Martínez, López, González,
Pérez, Rodríguez, Sánchez, Ramírez, Cruz...; the top ten cover about 28 % of people).
Nigerian names are written here without tone marks, as most records write them.
"""

from __future__ import annotations

from tipnet.core.synthetic.name_pool import NameEntry, NameForm, NameParts, parse_entries

# --- Nigeria ---------------------------------------------------------------------------------

_YORUBA_PREFIXES = NameParts(
    parse_entries("""
        Olu | Olu
        Ade | Ade
        Oluwa | Oluwa
        Ola | Ola
        Ayo | Ayo
        Akin | Akin
        Fola | Fola
        Oye | Oye
        Ife | Ife
        Bola | Bola
    """),
)
_YORUBA_FEMININE_ENDINGS = NameParts(
    parse_entries("""
        kemi | kemi
        funmi | funmi, funmilayo
        bunmi | bunmi
        yinka | yinka
        sola | sola
        tola | tola
        sade | sade
        nike | nike, nikeh
        toyin | toyin
        seun | seun
        dayo | dayo
        mide | mide
        tobi | tobi
        ke | ke, kemi
    """),
)
_YORUBA_MASCULINE_ENDINGS = NameParts(
    parse_entries("""
        wale | wale
        tunde | tunde
        seun | seun
        segun | segun
        femi | femi
        kunle | kunle
        bayo | bayo, bayor
        dele | dele
        dayo | dayo
        yinka | yinka
        gbenga | gbenga
        tosin | tosin
        mide | mide
        tobi | tobi
        sola | sola
        dapo | dapo
    """),
)
_IGBO_FEMININE = NameParts(
    parse_entries("""
        Chioma | Chioma
        Ngozi | Ngozi, Ngozie
        Nneka | Nneka
        Ifeoma | Ifeoma
        Chidinma | Chidinma
        Adaeze | Adaeze, Ada
        Chinenye | Chinenye
        Amarachi | Amarachi
        Obiageli | Obiageli
        Uchenna | Uchenna
        Nkechi | Nkechi
        Ebere | Ebere
        Chika | Chika
        Ogechi | Ogechi
        Adaobi | Adaobi
        Chinwe | Chinwe
    """),
)
_IGBO_MASCULINE = NameParts(
    parse_entries("""
        Chukwuemeka | Chukwuemeka, Emeka
        Ikechukwu | Ikechukwu, Ike
        Chinonso | Chinonso, Nonso
        Chibuike | Chibuike
        Obinna | Obinna, Obina
        Nnamdi | Nnamdi, Namdi
        Uchenna | Uchenna
        Kelechi | Kelechi
        Chijioke | Chijioke
        Ifeanyi | Ifeanyi, Ifeanyichukwu
        Chidi | Chidi
        Ebuka | Ebuka
        Somto | Somto, Somtochukwu
        Okechukwu | Okechukwu
        Tochukwu | Tochukwu, Tochi
        Uzoma | Uzoma
    """),
)
_HAUSA_FEMININE = NameParts(
    parse_entries("""
        Fatima | Fatima, Fatimah, Fatma
        Maryam | Maryam, Mariam
        Hadiza | Hadiza, Hadizah
        Amina | Amina, Aminah
        Halima | Halima, Halimah
        Rukayya | Rukayya, Rukayat, Ruqayya
        Safiya | Safiya, Safiyya
        Binta | Binta
        Hafsat | Hafsat, Hafsa
        Jamila | Jamila
        Khadija | Khadija, Hadijat
        Asmau | Asmau, Asma'u
        Balaraba | Balaraba
        Saadatu | Saadatu, Sa'adatu
    """),
)
_HAUSA_MASCULINE = NameParts(
    parse_entries("""
        Ibrahim | Ibrahim, Ibraheem
        Abubakar | Abubakar, Abubakr
        Usman | Usman, Usmann, Othman
        Sani | Sani
        Yusuf | Yusuf, Yusufu
        Abdullahi | Abdullahi, Abdulahi
        Aliyu | Aliyu, Aliu
        Garba | Garba
        Lawal | Lawal, Lawan
        Suleiman | Suleiman, Sulaiman
        Bashir | Bashir, Bashiru
        Nasiru | Nasiru, Nasir
        Haruna | Haruna
        Idris | Idris, Idrisu
        Kabiru | Kabiru, Kabir
        Mustapha | Mustapha, Mustafa
        Umar | Umar, Umaru
    """),
)
_NIGERIAN_ENGLISH_FEMININE = NameParts(
    parse_entries("""
        Favour | Favour, Favor
        Mercy | Mercy
        Gift | Gift
        Faith | Faith
        Peace | Peace
        Patience | Patience
        Comfort | Comfort
        Esther | Esther
        Grace | Grace
        Happiness | Happiness
        Deborah | Deborah
        Victoria | Victoria
        Success | Success
        Goodness | Goodness
    """),
)
_NIGERIAN_ENGLISH_MASCULINE = NameParts(
    parse_entries("""
        Emmanuel | Emmanuel, Emanuel
        Samuel | Samuel
        Daniel | Daniel
        Godwin | Godwin
        Sunday | Sunday
        Friday | Friday
        Innocent | Innocent
        Victor | Victor
        Prince | Prince
        Godspower | Godspower, Godpower
        Kingsley | Kingsley
        Lucky | Lucky
        Peter | Peter
        Felix | Felix
    """),
)
_EDO_FEMININE = NameParts(
    parse_entries("""
        Ivie | Ivie
        Osayi | Osayi
        Eki | Eki
        Adesuwa | Adesuwa
        Ewere | Ewere
        Osaretin | Osaretin
        Itohan | Itohan
        Efe | Efe
    """),
)
_EDO_MASCULINE = NameParts(
    parse_entries("""
        Osaro | Osaro
        Efosa | Efosa
        Eghosa | Eghosa
        Osaze | Osaze
        Uyi | Uyi
        Ehi | Ehi
        Osagie | Osagie
        Omoruyi | Omoruyi
    """),
)
NIGERIAN_GIVEN_FEMININE_FORMS = (
    NameForm((_YORUBA_PREFIXES, _YORUBA_FEMININE_ENDINGS), share=0.2),
    NameForm((_IGBO_FEMININE,), share=0.15),
    NameForm((_HAUSA_FEMININE,), share=0.2),
    NameForm((_EDO_FEMININE,), share=0.08),
    NameForm((_NIGERIAN_ENGLISH_FEMININE,), share=0.2),
)
NIGERIAN_GIVEN_MASCULINE_FORMS = (
    NameForm((_YORUBA_PREFIXES, _YORUBA_MASCULINE_ENDINGS), share=0.2),
    NameForm((_IGBO_MASCULINE,), share=0.15),
    NameForm((_HAUSA_MASCULINE,), share=0.2),
    NameForm((_EDO_MASCULINE,), share=0.08),
    NameForm((_NIGERIAN_ENGLISH_MASCULINE,), share=0.2),
)
_YORUBA_FAMILY_PREFIXES = NameParts(
    parse_entries("""
        Ade | Ade
        Ogun | Ogun
        Olu | Olu
        Akin | Akin
        Ola | Ola
        Oye | Oye
        Ayo | Ayo
        Fasan | Fasan
    """),
)
_YORUBA_FAMILY_ENDINGS = NameParts(
    parse_entries("""
        yemi | yemi, yimi
        bayo | bayo
        wale | wale
        leye | leye, leyi
        bode | bode
        tunde | tunde
        sanya | sanya
        kunle | kunle
        ola | ola
        bisi | bisi
        sola | sola
        mola | mola
        dipe | dipe
        jobi | jobi
        femi | femi
        dele | dele
        remi | remi
        bamiji | bamiji
        tayo | tayo
        yinka | yinka
    """),
    zipf_exponent=0.6,
)
_IGBO_FAMILY = NameParts(
    parse_entries("""
        Nwosu | Nwosu
        Okeke | Okeke
        Nwankwo | Nwankwo, Nwanko
        Obi | Obi
        Okoro | Okoro
        Nwachukwu | Nwachukwu
        Okoye | Okoye
        Okoli | Okoli
        Uzor | Uzor
        Onyeka | Onyeka
        Chukwu | Chukwu
        Ezeh | Ezeh, Eze
        Nnaji | Nnaji
        Ugwu | Ugwu
        Anyanwu | Anyanwu
        Onuoha | Onuoha
        Ibe | Ibe
        Agu | Agu
        Obiora | Obiora
        Ezeani | Ezeani
        Nwogu | Nwogu
        Okpara | Okpara
        Iwu | Iwu
        Udeh | Udeh, Ude
        Mbah | Mbah, Mba
        Ogbu | Ogbu
        Nwafor | Nwafor
        Ekwueme | Ekwueme
        Okolie | Okolie
        Nweke | Nweke
        Ezeugwu | Ezeugwu
        Onwuka | Onwuka
    """),
    zipf_exponent=0.6,
)
_EDO_FAMILY = NameParts(
    parse_entries("""
        Omoregie | Omoregie
        Ehigiator | Ehigiator
        Aigbe | Aigbe
        Iyamu | Iyamu
        Ogbeide | Ogbeide
        Osayande | Osayande
        Edosomwan | Edosomwan
        Uwaifo | Uwaifo
        Imasuen | Imasuen
        Eweka | Eweka
        Igbinosa | Igbinosa
        Asemota | Asemota
        Izevbigie | Izevbigie
        Okundaye | Okundaye
        Aghedo | Aghedo
    """),
    zipf_exponent=0.6,
)
_HAUSA_FAMILY = NameParts(
    parse_entries("""
        Musa | Musa
        Usman | Usman, Othman
        Mohammed | Mohammed, Muhammad
        Sani | Sani
        Abdullahi | Abdullahi
        Yusuf | Yusuf, Yusufu
        Aliyu | Aliyu
        Garba | Garba
        Lawal | Lawal
        Suleiman | Suleiman, Sulaiman
        Umar | Umar
        Haruna | Haruna
        Adamu | Adamu
        Danjuma | Danjuma
        Yakubu | Yakubu
        Shehu | Shehu
        Idris | Idris
        Ismaila | Ismaila, Ismail
        Dauda | Dauda
        Tanko | Tanko
        Jibril | Jibril, Jibrin
        Mamman | Mamman
        Audu | Audu
        Saleh | Saleh, Salihu
        Kabir | Kabir
    """),
    zipf_exponent=0.7,
)
NIGERIAN_FAMILY_FORMS = (
    NameForm((_YORUBA_FAMILY_PREFIXES, _YORUBA_FAMILY_ENDINGS), share=0.3),
    NameForm((_IGBO_FAMILY,), share=0.25),
    NameForm((_HAUSA_FAMILY,), share=0.25),
    NameForm((_EDO_FAMILY,), share=0.1),
)

# --- Ethiopia and Eritrea --------------------------------------------------------------------

HORN_OF_AFRICA_FEMININE_EXTRA = parse_entries("""
    ሰናይት | Senait, Senayt
    ሃና | Hana, Hanna
    ሳባ | Saba, Sabba
    ሩት | Ruth, Rut
    ማርታ | Marta, Martha
    ሜሮን | Meron, Miron
    ቤተልሔም | Betelhem, Bethlehem
    ኤደን | Eden, Edden
    ሃይማኖት | Haimanot, Haymanot
    ፀሐይ | Tsehay, Tsehai
    ወይኒ | Weini, Weyni
    ዮርዳኖስ | Yordanos, Yordanose
    ራሔል | Rahel, Rachel
    ሕይወት | Hiwot, Hiywot
    ዘውዲቱ | Zewditu, Zewdi
    አበባ | Abeba, Abebba
    ፋና | Fana, Fanna
    ሶስና | Sosina, Sosena
    ምሕረት | Mihret, Mehret
    ኤልሳ | Elsa, Elssa
    ሳራ | Sara, Sarah
    ሊድያ | Lidya, Lydia
    ቅድስት | Kidist, Qidist
    ገነት | Genet, Ghenet
    መቅደስ | Mekdes, Mekdis
    ሰላማዊት | Selamawit, Selamawite
    ብርቱካን | Birtukan, Bertukan
    ትርሓስ | Tirhas, Terhas
    ሰብለ | Seble, Sebele
    ፅዮን | Tsion, Zion
    ቃልኪዳን | Kalkidan, Qalkidan
    ሊያ | Lia, Leah
    ሜላት | Melat, Mellat
    ቤዛ | Beza, Bezza
    ሔዋን | Hewan, Hewen
    ማህሌት | Mahlet, Mahelet
    ሕሊና | Helina, Hilina
    ናርዶስ | Nardos, Nardose
    ብሌን | Bilen, Bileen
    ዮዲት | Yodit, Judith
    ሰሚራ | Semira, Samira
    አስቴር | Aster, Ester
    ኤፍራታ | Efrata, Ephrata
    ሳምራዊት | Samrawit, Samerawit
    ምስራቅ | Misrak, Mesrak
    ጽጌ | Tsige, Tsege
    ፍሬሕይወት | Frehiwot, Firehiwot
""")
HORN_OF_AFRICA_MASCULINE_EXTRA = parse_entries("""
    ዮሐንስ | Yohannes, Yohanes
    ሳሙኤል | Samuel, Samiel
    ዳንኤል | Daniel, Danel
    ሄኖክ | Henok, Henock
    ተክሌ | Tekle, Teklay
    ግርማ | Girma, Germa
    ጌታቸው | Getachew, Getachaw
    ከበደ | Kebede, Kebbede
    በቀለ | Bekele, Bekelle
    ታደሰ | Tadesse, Tadese
    ሙሉጌታ | Mulugeta, Mulegeta
    ጸጋዬ | Tsegaye, Tsegay
    አማኑኤል | Amanuel, Emmanuel
    መስፍን | Mesfin, Mesfen
    ያሬድ | Yared, Yaried
    ቴዎድሮስ | Tewodros, Tewdros
    ቢንያም | Biniam, Biniyam
    ሮቤል | Robel, Robiel
    ናትናኤል | Natnael, Natanael
    ፊልሞን | Filmon, Filimon
    አወት | Awet, Awot
    ሰመረ | Semere, Semre
    ኤፍሬም | Efrem, Ephrem
    ዓለማየሁ | Alemayehu, Alemayhu
    ሃብታሙ | Habtamu, Habtemu
    ብርሃኑ | Birhanu, Berhanu
    ደረጀ | Dereje, Derege
    ሲሳይ | Sisay, Sissay
    አብርሃም | Abraham, Abreham
    ኃይሉ | Hailu, Haylu
    ኢዮብ | Eyob, Iyob
    ዮሴፍ | Yosef, Yoseph
    እንዳለ | Endale, Endalle
    ሽፈራው | Shiferaw, Shifferaw
    ወንድወሰን | Wondwosen, Wendwesen
    አስፋው | Asfaw, Asfew
    ልዑል | Leul, Liul
    ኪሩቤል | Kirubel, Kiroubel
    ዮናታን | Yonatan, Jonathan
    ኤልያስ | Elias, Eliyas
    አብዱ | Abdu, Abdo
    መሐመድ | Mohammed, Mohamed
    ሰይድ | Seid, Seyid
    ፍቅሩ | Fikru, Fiqru
    ተመስገን | Temesgen, Temesghen
    ጌዲዮን | Gedion, Gideon
    በረከት | Bereket, Berket
    ዘርዓይ | Zerai, Zeray
    ተስፋልደት | Tesfaldet, Tesfaldat
""")
_GEEZ_COMPOUND_FIRSTS = NameParts(
    parse_entries("""
        ገብረ | Gebre, Ghebre, Gebra
        ወልደ | Wolde, Welde, Walda
        ኃይለ | Haile, Hayle, Haila
        ተስፋ | Tesfa, Tesfay
        ሀብተ | Habte, Habtay, Habta
        ኪዳነ | Kidane, Kidana
    """),
)
_GEEZ_COMPOUND_SECONDS = NameParts(
    parse_entries("""
        ማርያም | Mariam, Maryam, Mariyam
        ሚካኤል | Michael, Mikael, Mikiel
        ሥላሴ | Selassie, Sellassie, Silassie
        ጊዮርጊስ | Giorgis, Giyorgis, Georgis
        መድኅን | Medhin, Medhn, Medihin
        ኢየሱስ | Yesus, Iyesus
        ኪዳን | Kidan, Kidane
        ትንሣኤ | Tensae, Tinsae
        ጻድቅ | Tsadik, Tsadiq
        እግዚአብሔር | Egziabher, Egziabeher
        ሕይወት | Hiwot, Hiywot
    """),
)
# Ge'ez compounds are written together, apart, or in another transliteration.
_GEEZ_SYSTEMS = ((0, ""), (0, " "), (1, ""), (2, ""))
_AMHARIC_FEMININE_FIRSTS = NameParts(
    parse_entries("""
        ዓለም | Alem, Alam
        ጥሩ | Tiru, Tru
        በላይ | Belay, Belai
        የሺ | Yeshi, Yeshe
        ወርቅ | Work, Werq
        ብርቅ | Birk, Berk
        አዲስ | Addis, Adis
        ሙሉ | Mulu, Mullu
    """),
)
_AMHARIC_FEMININE_ENDINGS = NameParts(
    parse_entries("""
        ነሽ | nesh, nech
        ወርቅ | work, werq
        ፀሐይ | tsehay, tsehai
        ሰላም | selam, salam
    """),
)
HORN_OF_AFRICA_FEMININE_FORMS = (
    # Amharic women's names built on -nesh, -work, -tsehay: Alemnesh, Yeshiwork, Alemtsehay.
    NameForm((_AMHARIC_FEMININE_FIRSTS, _AMHARIC_FEMININE_ENDINGS), share=0.2),
)
HORN_OF_AFRICA_MASCULINE_FORMS = (
    NameForm(
        (_GEEZ_COMPOUND_FIRSTS, _GEEZ_COMPOUND_SECONDS), share=0.3, latin_systems=_GEEZ_SYSTEMS
    ),
)

# --- Ukraine ---------------------------------------------------------------------------------

UKRAINIAN_GIVEN_FEMININE_EXTRA = parse_entries("""
    Світлана | Svitlana, Svetlana
    Людмила | Liudmyla, Lyudmila, Ludmila
    Марія | Mariia, Maria, Mariya
    Ганна | Hanna, Anna, Ganna
    Галина | Halyna, Galina
    Вікторія | Viktoriia, Viktoriya, Victoria
    Катерина | Kateryna, Ekaterina, Katerina
    Валентина | Valentyna, Valentina
    Анастасія | Anastasiia, Anastasia, Anastasiya
    Надія | Nadiia, Nadia, Nadiya
    Лариса | Larysa, Larisa
    Марина | Maryna, Marina
    Віра | Vira, Vera
    Любов | Liubov, Lyubov
    Інна | Inna, Ina
    Дарина | Daryna, Darina
    Софія | Sofiia, Sofia, Sofiya
    Христина | Khrystyna, Kristina, Hrystyna
    Аліна | Alina
    Яна | Yana, Iana
    Олеся | Olesia, Olesya
    Алла | Alla
""")
UKRAINIAN_GIVEN_MASCULINE_EXTRA = parse_entries("""
    Володимир | Volodymyr, Vladimir, Wolodymyr
    Іван | Ivan, Iwan
    Юрій | Yurii, Yuriy, Yuri
    Василь | Vasyl, Vasily, Wasyl
    Петро | Petro, Petr, Pyotr
    Михайло | Mykhailo, Mikhail, Mychajlo
    Олег | Oleh, Oleg
    Ігор | Ihor, Igor
    Богдан | Bohdan, Bogdan
    Роман | Roman
    Максим | Maksym, Maksim, Maxim
    Павло | Pavlo, Pavel
    Євген | Yevhen, Evgeny, Yevgen
    Віталій | Vitalii, Vitaliy, Vitaly
    Анатолій | Anatolii, Anatoliy, Anatoly
    Артем | Artem, Artyom
    Денис | Denys, Denis
    Тарас | Taras
    Руслан | Ruslan
    Валерій | Valerii, Valeriy, Valery
    Ярослав | Yaroslav, Jaroslav
    Степан | Stepan
    Назар | Nazar
""")
_UKRAINIAN_STEMS = NameParts(
    parse_entries("""
        Бондар | Bondar
        Іван | Ivan, Iwan
        Степан | Stepan
        Роман | Roman
        Мартин | Martyn, Martin
        Сидор | Sydor, Sidor
        Федор | Fedor, Fiodor
        Гончар | Honchar, Gonchar
        Пономар | Ponomar
        Макар | Makar
        Пилип | Pylyp, Pilip
        Остап | Ostap
        Тарас | Taras
        Назар | Nazar
        Гнат | Hnat, Gnat
        Семен | Semen, Siemien
        Демид | Demyd, Demid
        Давид | Davyd, David
        Прокоп | Prokop
        Карп | Karp
        Нестер | Nester
        Мирон | Myron, Miron
        Антон | Anton
        Клим | Klym, Klim
        Захар | Zakhar, Zahar
        Яким | Yakym, Yakim
        Харитон | Kharyton, Khariton
        Лукаш | Lukash, Lukasz
        Кушнір | Kushnir
        Слюсар | Sliusar, Slusar
        Писар | Pysar, Pisar
        Паламар | Palamar
        Лимар | Lymar, Limar
        Ворон | Voron, Woron
        Артем | Artem
        Богдан | Bohdan, Bogdan
        Кондрат | Kondrat
        Панас | Panas
        Тимош | Tymosh, Timosh
        Ярем | Yarem, Jarem
        Петруш | Petrush
        Дорош | Dorosh
        Олефір | Olefir
        Пархом | Parkhom
        Устим | Ustym, Ustim
        Філон | Filon
        Хом | Khom, Hom
        Юхим | Yukhym, Yukhim
        Явор | Yavor, Jawor
        Микит | Mykyt, Mikit
        Денис | Denys, Denis
        Ігнат | Ihnat, Ignat
        Максим | Maksym, Maksim
        Опанас | Opanas
        Трохим | Trokhym, Trokhim
        Влас | Vlas, Wlas
        Герасим | Herasym, Gerasim
        Борис | Borys, Boris
        Наум | Naum
        Прохор | Prokhor
        Якуб | Yakub, Jakub
        Андрух | Andrukh
        Омелян | Omelian, Omelyan
        Онисим | Onysym, Onisim
        Северин | Severyn, Severin
        Арсен | Arsen
        Лаврин | Lavryn, Lavrin
        Ничипор | Nychypor, Nichipor
        Чабан | Chaban
        Дзюб | Dziub, Dzyub
        Столяр | Stoliar, Stolyar
        Маляр | Maliar, Malyar
        Кобзар | Kobzar
        Сокур | Sokur
        Гарбуз | Harbuz, Garbuz
        Кучер | Kucher
        Білоус | Bilous, Belous
        Руд | Rud
        Мазур | Mazur
    """),
    zipf_exponent=0.3,
)
_UKRAINIAN_SUFFIXES = NameParts(
    parse_entries("""
        енко | enko
        чук | chuk, czuk
        ишин | yshyn, ishin
        ів | iv, iw
        ович | ovych, ovich
    """),
    weights=(0.38, 0.22, 0.12, 0.16, 0.12),
)
_UKRAINIAN_FAMILY_EXTRA = NameParts(
    parse_entries("""
        Мороз | Moroz
        Коваль | Koval, Kowal
        Поліщук | Polishchuk, Polishuk
        Савчук | Savchuk, Sawczuk
        Гнатюк | Hnatiuk, Gnatyuk
        Кравець | Kravets, Kravetz
        Лисенко | Lysenko, Lisenko
        Руденко | Rudenko
        Марченко | Marchenko
        Кузьменко | Kuzmenko
        Литвиненко | Lytvynenko, Litvinenko
        Павленко | Pavlenko
        Левченко | Levchenko
        Харченко | Kharchenko
        Клименко | Klymenko, Klimenko
        Панченко | Panchenko
        Кравчук | Kravchuk, Krawczuk
        Мазур | Mazur
        Ткачук | Tkachuk
        Дорошенко | Doroshenko
        Вакуленко | Vakulenko
        Гребенюк | Hrebeniuk, Grebenyuk
        Кушнір | Kushnir
        Стасюк | Stasiuk, Stasyuk
        Юрченко | Yurchenko, Jurchenko
        Савченко | Savchenko
        Романюк | Romaniuk, Romanyuk
        Шевчук | Shevchuk
        Козак | Kozak
        Гуменюк | Humeniuk, Gumenyuk
    """),
    zipf_exponent=0.3,
)
UKRAINIAN_FAMILY_EXTRA = _UKRAINIAN_FAMILY_EXTRA.entries
UKRAINIAN_FAMILY_FORMS = (
    NameForm((_UKRAINIAN_STEMS, _UKRAINIAN_SUFFIXES), share=0.85, latin_systems=((0, ""), (1, ""))),
)

# --- Spanish-speaking America ----------------------------------------------------------------

SPANISH_FAMILY_EXTRA = parse_entries("""
    Sánchez | Sanchez, Sánchez
    Gómez | Gomez, Gómez
    Flores | Flores
    Morales | Morales
    Vázquez | Vazquez, Vázquez, Vasquez
    Jiménez | Jimenez, Jiménez
    Reyes | Reyes
    Díaz | Diaz, Díaz
    Torres | Torres
    Gutiérrez | Gutierrez, Gutiérrez
    Ruiz | Ruiz
    Mendoza | Mendoza
    Aguilar | Aguilar
    Ortiz | Ortiz
    Moreno | Moreno
    Castillo | Castillo
    Romero | Romero
    Álvarez | Alvarez, Álvarez
    Méndez | Mendez, Méndez
    Chávez | Chavez, Chávez
    Rivera | Rivera
    Juárez | Juarez, Juárez
    Ramos | Ramos
    Domínguez | Dominguez, Domínguez
    Herrera | Herrera
    Medina | Medina
    Castro | Castro
    Vargas | Vargas
    Guzmán | Guzman, Guzmán
    Velázquez | Velazquez, Velázquez
    Muñoz | Munoz, Muñoz
    Rojas | Rojas
    Contreras | Contreras
    Salazar | Salazar
    Luna | Luna
    Ortega | Ortega
    Santiago | Santiago
    Guerrero | Guerrero
    Estrada | Estrada
    Bautista | Bautista
    Cortés | Cortes, Cortés
    Soto | Soto
    Alvarado | Alvarado
    Espinoza | Espinoza, Espinosa
    Lara | Lara
    Ávila | Avila, Ávila
    Ríos | Rios, Ríos
    Cervantes | Cervantes
    Silva | Silva
    Delgado | Delgado
    Vega | Vega
    Márquez | Marquez, Márquez
    Sandoval | Sandoval
    Fernández | Fernandez, Fernández
    León | Leon, León
    Carrillo | Carrillo
    Mejía | Mejia, Mejía, Megia
    Solís | Solis, Solís
    Núñez | Nunez, Núñez
    Campos | Campos
    Cabrera | Cabrera
    Navarro | Navarro
    Acosta | Acosta
    Pacheco | Pacheco
    Orozco | Orozco
    Molina | Molina
    Valdez | Valdez, Valdés
    Rosales | Rosales
    Padilla | Padilla
    Zúñiga | Zuniga, Zúñiga
    Maldonado | Maldonado
    Ibarra | Ibarra
    Figueroa | Figueroa
    Escobar | Escobar
    Paz | Paz
    Cardona | Cardona
    Ochoa | Ochoa
    Trejo | Trejo
    Miranda | Miranda
    Barrera | Barrera
""")
# Mexican registrations per surname in 2020, in thousands, for the names that have them;
# every other listed name gets slightly less than the 21st. The listed names stand in for
# thousands of rarer ones; this flat remainder keeps the top ten near the published 28 %.
_MEXICAN_SURNAME_THOUSANDS: dict[str, float] = {
    "Hernández": 139.9, "García": 94.3, "Martínez": 91.1, "López": 87.8, "González": 73.3,
    "Pérez": 72.0, "Rodríguez": 60.8, "Sánchez": 59.4, "Ramírez": 53.1, "Cruz": 42.3,
    "Gómez": 40.5, "Flores": 37.2, "Morales": 31.3, "Vázquez": 30.8, "Jiménez": 30.3,
    "Reyes": 29.1, "Díaz": 27.1, "Torres": 26.8, "Gutiérrez": 23.9, "Ruiz": 21.1,
    "Mendoza": 20.6,
}  # fmt: skip
_UNPUBLISHED_THOUSANDS = 20.0
# Honduras and Guatemala: the same names, with the locally most common first.
_CENTRAL_AMERICAN_TOP: dict[str, tuple[str, ...]] = {
    "HN": ("López", "Martínez", "Hernández", "Rodríguez", "García", "Mejía", "Flores", "Reyes"),
    "GT": ("López", "García", "Pérez", "Hernández", "González", "Rodríguez", "Morales", "Ramírez"),
}


def spanish_family_weights(country: str, family: tuple[NameEntry, ...]) -> tuple[float, ...]:
    """Relative frequencies of ``family`` (natives in order) for one Spanish-speaking country.

    Args:
        country: ``MX``, ``GT`` or ``HN``.
        family: the surname entries in the pool's head order.

    Returns:
        Weights aligned with ``family``.
    """
    natives = [native for native, _variants, _katakana in family]
    mexican = {
        name: _MEXICAN_SURNAME_THOUSANDS.get(name, _UNPUBLISHED_THOUSANDS) for name in natives
    }
    if country == "MX":
        return tuple(mexican[name] for name in natives)
    # Elsewhere the same curve of weights, handed out in the country's own order.
    local_order = list(_CENTRAL_AMERICAN_TOP.get(country, ()))
    local_order += sorted(set(natives) - set(local_order), key=lambda name: -mexican[name])
    curve = sorted(mexican.values(), reverse=True)
    weight_of = dict(zip(local_order, curve, strict=True))
    return tuple(weight_of[name] for name in natives)


GUATEMALAN_MAYAN_FAMILY_FORMS = (
    NameForm(
        (
            NameParts(
                parse_entries("""
                    Pop | Pop
                    Caal | Caal, Cal
                    Choc | Choc
                    Coc | Coc
                    Tzul | Tzul
                    Cux | Cux
                    Chen | Chen
                    Ixcoy | Ixcoy
                    Quej | Quej
                    Tum | Tum
                    Sic | Sic
                    Chub | Chub
                    Xol | Xol
                    Tiul | Tiul
                    Cac | Cac
                    Tzoc | Tzoc
                    Xicará | Xicara, Xicará
                    Cumes | Cumes
                """),
                zipf_exponent=0.7,
            ),
        ),
        # Maya surnames (Q'eqchi', K'iche'...) are common among Guatemalans.
        share=0.2,
    ),
)
SPANISH_GIVEN_FEMININE_EXTRA = parse_entries("""
    Fernanda | Fernanda
    Gabriela | Gabriela
    Daniela | Daniela
    Alejandra | Alejandra
    Patricia | Patricia
    Verónica | Veronica, Verónica
    Claudia | Claudia
    Leticia | Leticia
    Adriana | Adriana
    Sandra | Sandra
    Silvia | Silvia, Sylvia
    Margarita | Margarita
    Elizabeth | Elizabeth, Elisabeth
    Marta | Marta, Martha
    Teresa | Teresa
    Lucía | Lucia, Lucía
    Carmen | Carmen
    Sofía | Sofia, Sofía
    Valeria | Valeria
    Andrea | Andrea
    Isabel | Isabel
    Paola | Paola
    Mónica | Monica, Mónica
    Laura | Laura
    Diana | Diana
    Gloria | Gloria
    Lorena | Lorena
    Esperanza | Esperanza
    Dolores | Dolores
    Josefina | Josefina
    Xiomara | Xiomara, Ximara
    Maritza | Maritza, Maritsa
    Brenda | Brenda
    Evelyn | Evelyn, Evelin
    Wendy | Wendy, Wendi
""")
SPANISH_GIVEN_MASCULINE_EXTRA = parse_entries("""
    Francisco | Francisco
    Antonio | Antonio
    Jorge | Jorge
    Pedro | Pedro
    Manuel | Manuel
    Alejandro | Alejandro
    Fernando | Fernando
    Ricardo | Ricardo
    Roberto | Roberto
    Eduardo | Eduardo
    Javier | Javier, Xavier
    Rafael | Rafael
    Daniel | Daniel
    David | David
    Mario | Mario
    Sergio | Sergio
    Arturo | Arturo
    Alberto | Alberto
    Raúl | Raul, Raúl
    Héctor | Hector, Héctor
    Rubén | Ruben, Rubén
    Pablo | Pablo
    Marvin | Marvin
    Kevin | Kevin
    Edgar | Edgar
    Érick | Erick, Érick, Eric
    Byron | Byron
    Santos | Santos
    Ángel | Angel, Ángel
    Víctor | Victor, Víctor
""")
_SPANISH_SYSTEMS = ((0, " "), (1, " "))
SPANISH_GIVEN_FEMININE_FORMS = (
    NameForm(
        (
            NameParts(parse_entries("María | Maria, María\nAna | Ana")),
            NameParts(
                parse_entries("""
                    Guadalupe | Guadalupe
                    José | Jose, José
                    Fernanda | Fernanda
                    Elena | Elena
                    Isabel | Isabel
                    Teresa | Teresa
                    Luisa | Luisa
                    del Carmen | del Carmen, Del Carmen
                    de los Ángeles | de los Angeles, de los Ángeles
                    Dolores | Dolores
                    Lucía | Lucia, Lucía
                    Gabriela | Gabriela
                """),
            ),
        ),
        share=0.25,
        native_joiner=" ",
        latin_systems=_SPANISH_SYSTEMS,
    ),
)
SPANISH_GIVEN_MASCULINE_FORMS = (
    NameForm(
        (
            NameParts(parse_entries("José | Jose, José\nJuan | Juan")),
            NameParts(
                parse_entries("""
                    Luis | Luis
                    Antonio | Antonio
                    Carlos | Carlos
                    Manuel | Manuel
                    Ángel | Angel, Ángel
                    Alberto | Alberto
                    Francisco | Francisco
                    Pablo | Pablo
                    Fernando | Fernando
                    Miguel | Miguel
                    Ramón | Ramon, Ramón
                """),
            ),
        ),
        share=0.2,
        native_joiner=" ",
        latin_systems=_SPANISH_SYSTEMS,
    ),
)
