"""Name pools of African, European and American origin countries (common names only).

Entries are ``(native, latin_variants, katakana)``; see :mod:`tipnet.core.synthetic.names`.
"""

from __future__ import annotations

from tipnet.core.synthetic.name_pool import NameEntry, NamePool

NIGERIAN = NamePool(
    country="NG",
    script="Latin",
    language="en",
    given_feminine=(
        ("Blessing", ("Blessing",), ""),
        ("Precious", ("Precious",), ""),
        ("Joy", ("Joy",), ""),
        ("Ngozi", ("Ngozi", "Ngozie"), ""),
        ("Chiamaka", ("Chiamaka", "Amaka"), ""),
        ("Fọláké", ("Folake", "Folakemi"), ""),
        ("Hauwa", ("Hauwa", "Hawa", "Hauwau"), ""),
        ("Zainab", ("Zainab", "Zainabu", "Zaynab"), ""),
        ("Aisha", ("Aisha", "Aishat", "Aishatu"), ""),
    ),
    given_masculine=(
        ("Chinedu", ("Chinedu", "Chinedum"), ""),
        ("Obinna", ("Obinna", "Obina"), ""),
        ("Adébáyọ̀", ("Adebayo", "Adebayor"), ""),
        ("Olúwaṣeun", ("Oluwaseun", "Oluseun", "Seun"), ""),
        ("Musa", ("Musa", "Moussa"), ""),
        ("Mohammed", ("Mohammed", "Muhammad", "Mohammad", "Muhammed"), ""),
        ("Aminu", ("Aminu", "Amino"), ""),
        ("Emeka", ("Emeka", "Chukwuemeka"), ""),
        ("Osas", ("Osas", "Osasere"), ""),
    ),
    family=(
        ("Okafor", ("Okafor", "Okafo"), ""),
        ("Okonkwo", ("Okonkwo", "Okonkow"), ""),
        ("Eze", ("Eze",), ""),
        ("Adéyẹmí", ("Adeyemi", "Adeyimi"), ""),
        ("Ògúnlèyẹ", ("Ogunleye", "Ogunleyi"), ""),
        ("Bello", ("Bello", "Belo"), ""),
        ("Abubakar", ("Abubakar", "Abubakr", "Aboubakar"), ""),
        ("Ibrahim", ("Ibrahim", "Ibraheem", "Ibrahima"), ""),
        ("Osagie", ("Osagie", "Osaghie"), ""),
        ("Igbinedion", ("Igbinedion", "Igbinidion"), ""),
    ),
)


_HORN_OF_AFRICA_FEMININE: tuple[NameEntry, ...] = (
    ("አልማዝ", ("Almaz", "Almaze"), ""),
    ("መሰረት", ("Meseret", "Messeret"), ""),
    ("ሰላም", ("Selam", "Salam"), ""),
    ("ትዕግስት", ("Tigist", "Tigest", "Tiegist"), ""),
    ("ሄለን", ("Helen", "Hellen"), ""),
    ("ሙሉ", ("Mulu", "Mulue"), ""),
    ("ፍረወይኒ", ("Freweini", "Frewoini", "Fireweyni"), ""),
)


_HORN_OF_AFRICA_MASCULINE: tuple[NameEntry, ...] = (
    ("አበበ", ("Abebe", "Abbebe"), ""),
    ("ተስፋዬ", ("Tesfaye", "Tesfay"), ""),
    ("ዳዊት", ("Dawit", "Dawitt", "Dawid"), ""),
    ("ዮናስ", ("Yonas", "Yonass", "Jonas"), ""),
    ("ሰሎሞን", ("Solomon", "Selomon"), ""),
    ("ሚካኤል", ("Mikael", "Michael", "Mikiel"), ""),
)


_HORN_OF_AFRICA_PATRONYMICS: tuple[NameEntry, ...] = (
    ("ኃይሌ", ("Haile", "Hayle"), ""),
    ("ገብሬ", ("Gebre", "Gebray", "Ghebre"), ""),
    ("ኪዳኔ", ("Kidane", "Kidanie"), ""),
    ("ብርሃኔ", ("Berhane", "Berhe", "Birhane"), ""),
    ("መኮንን", ("Mekonnen", "Mekonen", "Makonnen"), ""),
    ("ተወልደ", ("Tewolde", "Tewelde"), ""),
    ("ወልዱ", ("Woldu", "Weldu"), ""),
    ("ገብረመድህን", ("Gebremedhin", "Ghebremedhin", "Gebremedin"), ""),
)


ETHIOPIAN = NamePool(
    country="ET",
    script="Ethiopic",
    language="am",
    given_feminine=_HORN_OF_AFRICA_FEMININE,
    given_masculine=_HORN_OF_AFRICA_MASCULINE,
    family=_HORN_OF_AFRICA_PATRONYMICS,
)


ERITREAN = NamePool(
    country="ER",
    script="Ethiopic",
    language="ti",
    given_feminine=_HORN_OF_AFRICA_FEMININE,
    given_masculine=_HORN_OF_AFRICA_MASCULINE,
    family=_HORN_OF_AFRICA_PATRONYMICS,
)


UKRAINIAN = NamePool(
    country="UA",
    script="Cyrillic",
    language="uk",
    given_feminine=(
        ("Олена", ("Olena", "Elena"), ""),
        ("Оксана", ("Oksana", "Oxana"), ""),
        ("Наталія", ("Nataliia", "Natalia", "Nataliya"), ""),
        ("Ірина", ("Iryna", "Irina"), ""),
        ("Тетяна", ("Tetiana", "Tetyana", "Tatiana"), ""),
        ("Юлія", ("Yuliia", "Yulia", "Iuliia", "Julia"), ""),
    ),
    given_masculine=(
        ("Андрій", ("Andrii", "Andriy", "Andrey"), ""),
        ("Олександр", ("Oleksandr", "Olexandr", "Aleksandr"), ""),
        ("Сергій", ("Serhii", "Serhiy", "Sergey", "Sergii"), ""),
        ("Дмитро", ("Dmytro", "Dmitro", "Dmitry"), ""),
        ("Віктор", ("Viktor", "Victor"), ""),
        ("Микола", ("Mykola", "Nikolai", "Mikola"), ""),
    ),
    family=(
        ("Шевченко", ("Shevchenko", "Szewczenko"), ""),
        ("Коваленко", ("Kovalenko", "Kowalenko"), ""),
        ("Бондаренко", ("Bondarenko", "Bondarenco"), ""),
        ("Ткаченко", ("Tkachenko", "Tkatchenko"), ""),
        ("Мельник", ("Melnyk", "Melnik"), ""),
        ("Кравченко", ("Kravchenko", "Krawczenko"), ""),
        ("Бойко", ("Boiko", "Boyko"), ""),
        ("Ковальчук", ("Kovalchuk", "Kowalczuk"), ""),
        ("Олійник", ("Oliinyk", "Oliynyk", "Oleynik"), ""),
    ),
)


_SPANISH_FEMININE: tuple[NameEntry, ...] = (
    ("María", ("Maria", "María"), ""),
    ("Guadalupe", ("Guadalupe", "Guadelupe", "Lupe"), ""),
    ("Ana", ("Ana", "Anna"), ""),
    ("Rosa", ("Rosa",), ""),
    ("Juana", ("Juana", "Juanna"), ""),
    ("Yesenia", ("Yesenia", "Yessenia", "Jesenia"), ""),
    ("Karla", ("Karla", "Carla"), ""),
)


_SPANISH_MASCULINE: tuple[NameEntry, ...] = (
    ("José", ("Jose", "José"), ""),
    ("Juan", ("Juan",), ""),
    ("Luis", ("Luis", "Luiz"), ""),
    ("Carlos", ("Carlos", "Karlos"), ""),
    ("Jesús", ("Jesus", "Jesús"), ""),
    ("Miguel", ("Miguel", "Migel"), ""),
    ("Óscar", ("Oscar", "Óscar"), ""),
    ("Wilmer", ("Wilmer", "Wilmar"), ""),
)


_SPANISH_FAMILY: tuple[NameEntry, ...] = (
    ("García", ("Garcia", "García"), ""),
    ("Hernández", ("Hernandez", "Hernández"), ""),
    ("López", ("Lopez", "López"), ""),
    ("Martínez", ("Martinez", "Martínez"), ""),
    ("González", ("Gonzalez", "González", "Gonzales"), ""),
    ("Pérez", ("Perez", "Pérez"), ""),
    ("Rodríguez", ("Rodriguez", "Rodríguez", "Rodrigues"), ""),
    ("Ramírez", ("Ramirez", "Ramírez"), ""),
    ("Cruz", ("Cruz", "Crus"), ""),
    ("Mejía", ("Mejia", "Mejía", "Megia"), ""),
)


MEXICAN = NamePool(
    country="MX",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
)


GUATEMALAN = NamePool(
    country="GT",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
)


HONDURAN = NamePool(
    country="HN",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
)
