"""Name pools of African, European and American origin countries.

Entries are ``(native, latin_variants, katakana)``; see :mod:`tipnet.core.synthetic.names`.
The pools below hold the common head names; longer lists, built forms and weights come from
:mod:`~tipnet.core.synthetic.name_parts_africa_europe_americas`.
"""

from __future__ import annotations

from tipnet.core.synthetic import name_parts_africa_europe_americas as aea
from tipnet.core.synthetic.name_pool import NameEntry, NamePool, extend_head

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
    given_feminine_forms=aea.NIGERIAN_GIVEN_FEMININE_FORMS,
    given_masculine_forms=aea.NIGERIAN_GIVEN_MASCULINE_FORMS,
    family_forms=aea.NIGERIAN_FAMILY_FORMS,
    head_zipf_exponent=0.6,
)


_HORN_OF_AFRICA_FEMININE: tuple[NameEntry, ...] = extend_head(
    (
        ("አልማዝ", ("Almaz", "Almaze"), ""),
        ("መሰረት", ("Meseret", "Messeret"), ""),
        ("ሰላም", ("Selam", "Salam"), ""),
        ("ትዕግስት", ("Tigist", "Tigest", "Tiegist"), ""),
        ("ሄለን", ("Helen", "Hellen"), ""),
        ("ሙሉ", ("Mulu", "Mulue"), ""),
        ("ፍረወይኒ", ("Freweini", "Frewoini", "Fireweyni"), ""),
    ),
    aea.HORN_OF_AFRICA_FEMININE_EXTRA,
)


_HORN_OF_AFRICA_MASCULINE: tuple[NameEntry, ...] = extend_head(
    (
        ("አበበ", ("Abebe", "Abbebe"), ""),
        ("ተስፋዬ", ("Tesfaye", "Tesfay"), ""),
        ("ዳዊት", ("Dawit", "Dawitt", "Dawid"), ""),
        ("ዮናስ", ("Yonas", "Yonass", "Jonas"), ""),
        ("ሰሎሞን", ("Solomon", "Selomon"), ""),
        ("ሚካኤል", ("Mikael", "Michael", "Mikiel"), ""),
        ("ኃይሌ", ("Haile", "Hayle"), ""),
        ("ገብሬ", ("Gebre", "Gebray", "Ghebre"), ""),
        ("ኪዳኔ", ("Kidane", "Kidanie"), ""),
        ("ብርሃኔ", ("Berhane", "Berhe", "Birhane"), ""),
        ("መኮንን", ("Mekonnen", "Mekonen", "Makonnen"), ""),
        ("ተወልደ", ("Tewolde", "Tewelde"), ""),
        ("ወልዱ", ("Woldu", "Weldu"), ""),
        ("ገብረመድህን", ("Gebremedhin", "Ghebremedhin", "Gebremedin"), ""),
    ),
    aea.HORN_OF_AFRICA_MASCULINE_EXTRA,
)


ETHIOPIAN = NamePool(
    country="ET",
    script="Ethiopic",
    language="am",
    given_feminine=_HORN_OF_AFRICA_FEMININE,
    given_masculine=_HORN_OF_AFRICA_MASCULINE,
    # The second name is the father's given name: the same distribution as men's names.
    family=_HORN_OF_AFRICA_MASCULINE,
    given_feminine_forms=aea.HORN_OF_AFRICA_FEMININE_FORMS,
    given_masculine_forms=aea.HORN_OF_AFRICA_MASCULINE_FORMS,
    family_forms=aea.HORN_OF_AFRICA_MASCULINE_FORMS,
    head_zipf_exponent=0.5,
)


ERITREAN = NamePool(
    country="ER",
    script="Ethiopic",
    language="ti",
    given_feminine=_HORN_OF_AFRICA_FEMININE,
    given_masculine=_HORN_OF_AFRICA_MASCULINE,
    # The second name is the father's given name: the same distribution as men's names.
    family=_HORN_OF_AFRICA_MASCULINE,
    given_feminine_forms=aea.HORN_OF_AFRICA_FEMININE_FORMS,
    given_masculine_forms=aea.HORN_OF_AFRICA_MASCULINE_FORMS,
    family_forms=aea.HORN_OF_AFRICA_MASCULINE_FORMS,
    head_zipf_exponent=0.5,
)


UKRAINIAN = NamePool(
    country="UA",
    script="Cyrillic",
    language="uk",
    given_feminine=extend_head(
        (
            ("Олена", ("Olena", "Elena"), ""),
            ("Оксана", ("Oksana", "Oxana"), ""),
            ("Наталія", ("Nataliia", "Natalia", "Nataliya"), ""),
            ("Ірина", ("Iryna", "Irina"), ""),
            ("Тетяна", ("Tetiana", "Tetyana", "Tatiana"), ""),
            ("Юлія", ("Yuliia", "Yulia", "Iuliia", "Julia"), ""),
        ),
        aea.UKRAINIAN_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("Андрій", ("Andrii", "Andriy", "Andrey"), ""),
            ("Олександр", ("Oleksandr", "Olexandr", "Aleksandr"), ""),
            ("Сергій", ("Serhii", "Serhiy", "Sergey", "Sergii"), ""),
            ("Дмитро", ("Dmytro", "Dmitro", "Dmitry"), ""),
            ("Віктор", ("Viktor", "Victor"), ""),
            ("Микола", ("Mykola", "Nikolai", "Mikola"), ""),
        ),
        aea.UKRAINIAN_GIVEN_MASCULINE_EXTRA,
    ),
    family=extend_head(
        (
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
        aea.UKRAINIAN_FAMILY_EXTRA,
    ),
    family_forms=aea.UKRAINIAN_FAMILY_FORMS,
    head_zipf_exponent=0.4,
)


_SPANISH_FEMININE: tuple[NameEntry, ...] = extend_head(
    (
        ("María", ("Maria", "María"), ""),
        ("Guadalupe", ("Guadalupe", "Guadelupe", "Lupe"), ""),
        ("Ana", ("Ana", "Anna"), ""),
        ("Rosa", ("Rosa",), ""),
        ("Juana", ("Juana", "Juanna"), ""),
        ("Yesenia", ("Yesenia", "Yessenia", "Jesenia"), ""),
        ("Karla", ("Karla", "Carla"), ""),
    ),
    aea.SPANISH_GIVEN_FEMININE_EXTRA,
)


_SPANISH_MASCULINE: tuple[NameEntry, ...] = extend_head(
    (
        ("José", ("Jose", "José"), ""),
        ("Juan", ("Juan",), ""),
        ("Luis", ("Luis", "Luiz"), ""),
        ("Carlos", ("Carlos", "Karlos"), ""),
        ("Jesús", ("Jesus", "Jesús"), ""),
        ("Miguel", ("Miguel", "Migel"), ""),
        ("Óscar", ("Oscar", "Óscar"), ""),
        ("Wilmer", ("Wilmer", "Wilmar"), ""),
    ),
    aea.SPANISH_GIVEN_MASCULINE_EXTRA,
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
    *aea.SPANISH_FAMILY_EXTRA,
)


MEXICAN = NamePool(
    country="MX",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
    given_feminine_forms=aea.SPANISH_GIVEN_FEMININE_FORMS,
    given_masculine_forms=aea.SPANISH_GIVEN_MASCULINE_FORMS,
    family_weights=aea.spanish_family_weights("MX", _SPANISH_FAMILY),
    head_zipf_exponent=0.8,
)


GUATEMALAN = NamePool(
    country="GT",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
    given_feminine_forms=aea.SPANISH_GIVEN_FEMININE_FORMS,
    given_masculine_forms=aea.SPANISH_GIVEN_MASCULINE_FORMS,
    family_weights=aea.spanish_family_weights("GT", _SPANISH_FAMILY),
    family_forms=aea.GUATEMALAN_MAYAN_FAMILY_FORMS,
    head_zipf_exponent=0.8,
)


HONDURAN = NamePool(
    country="HN",
    script="Latin",
    language="es",
    given_feminine=_SPANISH_FEMININE,
    given_masculine=_SPANISH_MASCULINE,
    family=_SPANISH_FAMILY,
    has_maternal_surname=True,
    given_feminine_forms=aea.SPANISH_GIVEN_FEMININE_FORMS,
    given_masculine_forms=aea.SPANISH_GIVEN_MASCULINE_FORMS,
    family_weights=aea.spanish_family_weights("HN", _SPANISH_FAMILY),
    head_zipf_exponent=0.8,
)
