"""Name pools of Asian origin countries (invented combinations of common names).

Entries are ``(native, latin_variants, katakana)``; see :mod:`tipnet.core.synthetic.names`.
The pools below hold the common head names; longer lists, built forms and published weights
come from :mod:`~tipnet.core.synthetic.name_parts_th_vn_cn` and
:mod:`~tipnet.core.synthetic.name_parts_south_southeast_asia`.
"""

from __future__ import annotations

from tipnet.core.synthetic import name_parts_south_southeast_asia as ssea
from tipnet.core.synthetic import name_parts_th_vn_cn as thvncn
from tipnet.core.synthetic.name_pool import NamePool, extend_head

THAI = NamePool(
    country="TH",
    script="Thai",
    language="th",
    given_feminine=(
        ("มาลี", ("Malee", "Mali", "Malii"), "マリー"),
        ("ศิริพร", ("Siriporn", "Siriphon", "Siripon"), "シリポーン"),
        ("สมศรี", ("Somsri", "Somsree", "Somsi"), "ソムシー"),
        ("วันเพ็ญ", ("Wanpen", "Wanphen", "Vanpen"), "ワンペン"),
        ("นภา", ("Napa", "Napha", "Naphaa"), "ナパー"),
        ("สุดา", ("Suda", "Sudaa"), "スダー"),
        ("กาญจนา", ("Kanchana", "Kanjana", "Karnchana"), "カンチャナー"),
        ("ปราณี", ("Pranee", "Prani", "Pranii"), "プラニー"),
        ("พรทิพย์", ("Porntip", "Phonthip", "Pornthip"), "ポーンティップ"),
    ),
    given_masculine=(
        ("สมชาย", ("Somchai", "Somchay", "Somchaai"), "ソムチャイ"),
        ("สมศักดิ์", ("Somsak", "Somsakdi"), "ソムサック"),
        ("ประเสริฐ", ("Prasert", "Prasoet", "Prasoed"), "プラスート"),
        ("วิชัย", ("Wichai", "Vichai", "Wichay"), "ウィチャイ"),
        ("สุรชัย", ("Surachai", "Surachay"), "スラチャイ"),
        ("บุญมี", ("Boonmee", "Bunmi", "Boonmi"), "ブンミー"),
        ("อนันต์", ("Anan", "Anant"), "アナン"),
        ("ชัยวัฒน์", ("Chaiwat", "Chaiwath", "Chaiyawat"), "チャイワット"),
    ),
    family=(
        ("ศรีสุข", ("Srisuk", "Sisuk", "Srisook"), "シースック"),
        ("แซ่ตั้ง", ("Saetang", "Sae-tang", "Saetung"), "セータン"),
        ("วงศ์สวัสดิ์", ("Wongsawat", "Wongsawad", "Vongsavat"), "ウォンサワット"),
        ("บุญมา", ("Boonma", "Bunma"), "ブンマー"),
        ("ทองดี", ("Thongdee", "Tongdee", "Thongdi"), "トンディー"),
        ("สุขสวัสดิ์", ("Suksawat", "Sooksawat"), "スクサワット"),
        ("จันทร์เพ็ญ", ("Chanpen", "Junpen", "Chanphen"), "チャンペン"),
        ("แก้วมณี", ("Kaewmanee", "Kaewmani", "Kaeomani"), "ケーオマニー"),
    ),
    given_feminine_forms=thvncn.THAI_GIVEN_FEMININE_FORMS,
    given_masculine_forms=thvncn.THAI_GIVEN_MASCULINE_FORMS,
    family_forms=thvncn.THAI_FAMILY_FORMS,
)


NEPALI = NamePool(
    country="NP",
    script="Devanagari",
    language="ne",
    given_feminine=extend_head(
        (
            ("सीता", ("Sita", "Seeta"), ""),
            ("गीता", ("Gita", "Geeta"), ""),
            ("सुनिता", ("Sunita", "Sunitha"), ""),
            ("कमला", ("Kamala", "Kamla"), ""),
            ("लक्ष्मी", ("Laxmi", "Lakshmi", "Luxmi"), ""),
            ("सरिता", ("Sarita", "Saritaa"), ""),
            ("पूजा", ("Puja", "Pooja"), ""),
            ("मञ्जु", ("Manju", "Manjoo"), ""),
        ),
        ssea.NEPALI_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("राम", ("Ram", "Raam"), ""),
            ("कृष्ण", ("Krishna", "Krisna", "Krishn"), ""),
            ("विष्णु", ("Bishnu", "Vishnu", "Bisnu"), ""),
            ("हरि", ("Hari", "Haree"), ""),
            ("सुरेश", ("Suresh", "Sures"), ""),
            ("दीपक", ("Dipak", "Deepak"), ""),
            ("राजेश", ("Rajesh", "Rajes"), ""),
            ("बिकास", ("Bikash", "Bikas", "Vikas"), ""),
        ),
        ssea.NEPALI_GIVEN_MASCULINE_EXTRA,
    ),
    family=(
        ("श्रेष्ठ", ("Shrestha", "Shresta", "Sherstha"), ""),
        ("गुरुङ", ("Gurung", "Gurang"), ""),
        ("तामाङ", ("Tamang", "Tamaang"), ""),
        ("थापा", ("Thapa", "Thappa"), ""),
        ("राई", ("Rai", "Raai"), ""),
        ("मगर", ("Magar", "Magarr"), ""),
        ("बस्नेत", ("Basnet", "Basnyat"), ""),
        ("अधिकारी", ("Adhikari", "Adhikary"), ""),
        ("लामा", ("Lama", "Laama"), ""),
        *ssea.NEPALI_FAMILY_EXTRA,
    ),
    given_feminine_forms=ssea.NEPALI_GIVEN_FEMININE_FORMS,
    given_masculine_forms=ssea.NEPALI_GIVEN_MASCULINE_FORMS,
    head_zipf_exponent=0.3,
)


VIETNAMESE = NamePool(
    country="VN",
    script="Latin (Vietnamese)",
    language="vi",
    is_family_name_first=True,
    given_feminine=extend_head(
        (
            ("Lan", ("Lan",), "ラン"),
            ("Hoa", ("Hoa", "Hoà"), "ホア"),
            ("Hương", ("Huong", "Hương", "Houng"), "フオン"),
            ("Mai", ("Mai",), "マイ"),
            ("Linh", ("Linh", "Lin"), "リン"),
            ("Thảo", ("Thao", "Thảo"), "タオ"),
            ("Ngọc", ("Ngoc", "Ngọc"), "ゴック"),
            ("Trang", ("Trang",), "チャン"),
        ),
        thvncn.VIETNAMESE_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("Minh", ("Minh",), "ミン"),
            ("Hùng", ("Hung", "Hùng"), "フン"),
            ("Dũng", ("Dung", "Dũng", "Zung"), "ズン"),
            ("Tuấn", ("Tuan", "Tuấn"), "トゥアン"),
            ("Đức", ("Duc", "Đức", "Duk"), "ドゥック"),
            ("Nam", ("Nam",), "ナム"),
            ("Quang", ("Quang", "Kuang"), "クアン"),
            ("Thắng", ("Thang", "Thắng"), "タン"),
        ),
        thvncn.VIETNAMESE_GIVEN_MASCULINE_EXTRA,
    ),
    family=(
        ("Nguyễn", ("Nguyen", "Nguyễn", "Nguyên"), "グエン"),
        ("Trần", ("Tran", "Trần"), "チャン"),
        ("Lê", ("Le", "Lê"), "レー"),
        ("Phạm", ("Pham", "Phạm"), "ファム"),
        ("Hoàng", ("Hoang", "Hoàng", "Huang"), "ホアン"),
        ("Huỳnh", ("Huynh", "Huỳnh"), "フイン"),
        ("Vũ", ("Vu", "Vũ"), "ヴー"),
        ("Võ", ("Vo", "Võ"), "ヴォー"),
        ("Đặng", ("Dang", "Đặng"), "ダン"),
        ("Bùi", ("Bui", "Bùi"), "ブイ"),
        ("Đỗ", ("Do", "Đỗ"), "ドー"),
        *thvncn.VIETNAMESE_FAMILY_EXTRA,
    ),
    middle_feminine=(("Thị", ("Thi", "Thị"), "ティ"),),
    middle_masculine=(("Văn", ("Van", "Văn"), "ヴァン"),),
    middle_feminine_forms=thvncn.VIETNAMESE_MIDDLE_FEMININE_FORMS,
    middle_masculine_forms=thvncn.VIETNAMESE_MIDDLE_MASCULINE_FORMS,
    family_weights=thvncn.VIETNAMESE_FAMILY_WEIGHTS,
    head_zipf_exponent=0.6,
)


FILIPINO = NamePool(
    country="PH",
    script="Latin",
    language="tl",
    has_maternal_surname=True,
    given_feminine=extend_head(
        (
            ("Maria", ("Maria", "Ma."), "マリア"),
            ("Rowena", ("Rowena", "Roweena"), "ロウェナ"),
            ("Marites", ("Marites", "Maritess", "Maritez"), "マリテス"),
            ("Jocelyn", ("Jocelyn", "Joselyn", "Jocelynn"), "ジョセリン"),
            ("Analyn", ("Analyn", "Annalyn", "Ana Lyn"), "アナリン"),
            ("Cristina", ("Cristina", "Christina", "Kristina"), "クリスティーナ"),
            ("Josephine", ("Josephine", "Josefina"), "ジョセフィン"),
            ("Lorna", ("Lorna",), "ローナ"),
        ),
        ssea.FILIPINO_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("Jose", ("Jose", "José"), "ホセ"),
            ("Juan", ("Juan",), "フアン"),
            ("Mark", ("Mark", "Marc"), "マーク"),
            ("Jayson", ("Jayson", "Jason", "Jaysen"), "ジェイソン"),
            ("Rodel", ("Rodel", "Rodell"), "ロデル"),
            ("Ricardo", ("Ricardo", "Ricardu"), "リカルド"),
            ("Romeo", ("Romeo",), "ロメオ"),
            ("Joel", ("Joel", "Joell"), "ジョエル"),
        ),
        ssea.FILIPINO_GIVEN_MASCULINE_EXTRA,
    ),
    family=extend_head(
        (
            ("Santos", ("Santos",), "サントス"),
            ("Reyes", ("Reyes", "Reyez"), "レイエス"),
            ("Dela Cruz", ("Dela Cruz", "De la Cruz", "Delacruz", "Dela Crus"), "デラクルス"),
            ("Bautista", ("Bautista", "Bautizta"), "バウティスタ"),
            ("Garcia", ("Garcia", "García"), "ガルシア"),
            ("Mendoza", ("Mendoza", "Mendosa"), "メンドーサ"),
            ("Villanueva", ("Villanueva", "Villa Nueva", "Vilanueva"), "ビリャヌエバ"),
            ("Ramos", ("Ramos",), "ラモス"),
            ("Aquino", ("Aquino", "Akino"), "アキノ"),
            ("Castillo", ("Castillo", "Castilio"), "カスティーヨ"),
        ),
        ssea.FILIPINO_FAMILY_EXTRA,
    ),
    head_zipf_exponent=0.6,
)


BURMESE = NamePool(
    country="MM",
    script="Myanmar",
    language="my",
    given_feminine=(
        ("ခင်", ("Khin", "Khinn"), ""),
        ("မြ", ("Mya", "Myah"), ""),
        ("သီတာ", ("Thida", "Thidar"), ""),
        ("နှင်း", ("Hnin", "Nhin"), ""),
        ("စု", ("Su", "Suu"), ""),
        ("နွယ်", ("Nwe", "Nway"), ""),
    ),
    given_masculine=(
        ("အောင်", ("Aung", "Aungg"), ""),
        ("ကျော်", ("Kyaw", "Kyawe"), ""),
        ("ဇော်", ("Zaw", "Zawe"), ""),
        ("ထက်", ("Htet", "Htat", "Het"), ""),
        ("မင်း", ("Min", "Minn"), ""),
        ("သန့်", ("Thant", "Than"), ""),
    ),
    family=(
        ("ဝင်း", ("Win", "Winn"), ""),
        ("ဦး", ("Oo", "U"), ""),
        ("ထွန်း", ("Htun", "Tun", "Htoon"), ""),
        ("နိုင်", ("Naing", "Naig"), ""),
        ("လွင်", ("Lwin", "Lwinn"), ""),
        ("အေး", ("Aye", "Aye Aye"), ""),
        ("မြင့်", ("Myint", "Myin"), ""),
        ("စိုး", ("Soe", "So"), ""),
    ),
    given_feminine_forms=ssea.BURMESE_GIVEN_FEMININE_FORMS,
    given_masculine_forms=ssea.BURMESE_GIVEN_MASCULINE_FORMS,
    family_forms=ssea.BURMESE_SECOND_FORMS,
)


KHMER = NamePool(
    country="KH",
    script="Khmer",
    language="km",
    is_family_name_first=True,
    given_feminine=extend_head(
        (
            ("ស្រីមុំ", ("Sreymom", "Srey Mom", "Sreymum"), ""),
            ("សុភា", ("Sophea", "Sophia"), ""),
            ("បុប្ផា", ("Bopha", "Bupha"), ""),
            ("ចិន្តា", ("Chenda", "Chinda"), ""),
            ("ស្រីនាង", ("Sreyneang", "Srey Neang"), ""),
            ("ធីតា", ("Thida", "Theada"), ""),
        ),
        ssea.KHMER_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("ដារ៉ា", ("Dara", "Darra"), ""),
            ("វណ្ណៈ", ("Vannak", "Vanak"), ""),
            ("ពិសិដ្ឋ", ("Piseth", "Piset"), ""),
            ("សុខា", ("Sokha", "Sokhar"), ""),
            ("រតនា", ("Rathana", "Ratana", "Rattana"), ""),
            ("សម្បត្តិ", ("Sambath", "Sambat"), ""),
        ),
        ssea.KHMER_GIVEN_MASCULINE_EXTRA,
    ),
    family=(
        ("សុខ", ("Sok", "Sokh"), ""),
        ("ចាន់", ("Chan", "Chann"), ""),
        ("គីម", ("Kim", "Keam"), ""),
        ("ហេង", ("Heng", "Hang"), ""),
        ("ជា", ("Chea", "Chia"), ""),
        ("កែវ", ("Keo", "Kaev"), ""),
        ("មាស", ("Meas", "Mias"), ""),
        ("ស៊ុន", ("Sun", "Soun"), ""),
        *ssea.KHMER_FAMILY_EXTRA,
    ),
    given_feminine_forms=ssea.KHMER_GIVEN_FEMININE_FORMS,
    given_masculine_forms=ssea.KHMER_GIVEN_MASCULINE_FORMS,
    head_zipf_exponent=0.4,
)


BANGLADESHI = NamePool(
    country="BD",
    script="Bengali",
    language="bn",
    given_feminine=extend_head(
        (
            ("ফাতেমা", ("Fatema", "Fatima", "Fatama"), ""),
            ("আয়েশা", ("Ayesha", "Aysha", "Aisha"), ""),
            ("নাসরিন", ("Nasrin", "Nasreen"), ""),
            ("রিনা", ("Rina", "Reena"), ""),
            ("শাহিনা", ("Shahina", "Sahina"), ""),
            ("রোকসানা", ("Roksana", "Rokshana", "Ruksana"), ""),
        ),
        ssea.BANGLADESHI_GIVEN_FEMININE_EXTRA,
    ),
    given_masculine=extend_head(
        (
            ("মোহাম্মদ", ("Mohammad", "Mohammed", "Muhammad", "Md."), ""),
            ("রহিম", ("Rahim", "Raheem"), ""),
            ("করিম", ("Karim", "Kareem"), ""),
            ("আব্দুল", ("Abdul", "Abdool"), ""),
            ("শফিকুল", ("Shafiqul", "Shofikul", "Safiqul"), ""),
            ("জাহিদ", ("Jahid", "Zahid"), ""),
        ),
        ssea.BANGLADESHI_GIVEN_MASCULINE_EXTRA,
    ),
    family=(
        ("হোসেন", ("Hossain", "Hossen", "Hussain", "Hosen"), ""),
        ("রহমান", ("Rahman", "Rahaman"), ""),
        ("ইসলাম", ("Islam", "Eslam"), ""),
        ("আক্তার", ("Akter", "Akhter", "Akhtar"), ""),
        ("বেগম", ("Begum", "Begom"), ""),
        ("খাতুন", ("Khatun", "Khatoon"), ""),
        ("উদ্দিন", ("Uddin", "Uddeen"), ""),
        ("আহমেদ", ("Ahmed", "Ahmad"), ""),
        ("মিয়া", ("Mia", "Miah"), ""),
        *ssea.BANGLADESHI_FAMILY_EXTRA,
    ),
    given_masculine_forms=ssea.BANGLADESHI_GIVEN_MASCULINE_FORMS,
    head_zipf_exponent=0.3,
    family_forms=ssea.BANGLADESHI_FAMILY_FORMS,
)


CHINESE = NamePool(
    country="CN",
    script="Han",
    language="zh",
    is_family_name_first=True,
    given_feminine=(
        ("芳", ("Fang",), ""),
        ("娜", ("Na", "Nah"), ""),
        ("静", ("Jing", "Ching"), ""),
        ("丽", ("Li", "Lee"), ""),
        ("秀英", ("Xiuying", "Xiu Ying", "Hsiu-ying"), ""),
        ("燕", ("Yan", "Yen"), ""),
    ),
    given_masculine=(
        ("伟", ("Wei", "Way"), ""),
        ("强", ("Qiang", "Chiang"), ""),
        ("磊", ("Lei",), ""),
        ("军", ("Jun", "Chun"), ""),
        ("建华", ("Jianhua", "Jian Hua", "Chien-hua"), ""),
        ("志强", ("Zhiqiang", "Zhi Qiang", "Chih-chiang"), ""),
    ),
    # The published top 100, Wang, Li and Zhang first (their shares in family_weights).
    family=thvncn.CHINESE_FAMILY,
    given_feminine_forms=thvncn.CHINESE_GIVEN_FEMININE_FORMS,
    given_masculine_forms=thvncn.CHINESE_GIVEN_MASCULINE_FORMS,
    family_forms=thvncn.CHINESE_FAMILY_FORMS,
    family_weights=thvncn.CHINESE_FAMILY_WEIGHTS,
)
