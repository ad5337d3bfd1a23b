"""Name tables of Thailand, Viet Nam and China: morphemes, syllables and published weights.

Entries are ``native | latin variants | katakana`` lines (see
:func:`tipnet.core.synthetic.name_pool.parse_entries`), most frequent first. They are generic
name pieces, not names of real people; whole names are only ever assembled at random.

Sources of the facts (figures, not text): Thai Surname Act 1913 and Person Name Act B.E. 2505
(a family name may not duplicate a registered one, so Thai family names are nearly unique per
lineage); Vietnamese family-name shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7.1 %,
Hoàng/Huỳnh 5.1 %, Phan 4.5 %, Vũ/Võ 3.9 %, Đặng 2.1 %, Bùi 2 %); China's Ministry of Public
Security surname survey of 2007 (Wang 7.25 %, Li 7.19 %, Zhang 6.83 %; the top 100 cover
84.77 %) and the 2006 Chinese Academy of Sciences list for the order of the rest.
"""

from __future__ import annotations

from tipnet.core.synthetic.name_pool import NameForm, NameParts, parse_entries

# --- Thailand --------------------------------------------------------------------------------

_THAI_FEMININE_FIRST = NameParts(
    parse_entries("""
        ศิริ | Siri | シリ
        สม | Som | ソム
        วัน | Wan, Van | ワン
        ดวง | Duang | ドゥアン
        พร | Porn, Phon | ポーン
        กมล | Kamon, Kamol | カモン
        อร | Ora | オラ
        จันทร์ | Chan, Jan | チャン
        ปิยะ | Piya | ピヤ
        เพ็ญ | Pen, Phen | ペン
        สุดา | Suda | スダー
        มณี | Manee, Mani | マニー
        นง | Nong | ノン
        ศศิ | Sasi | サシ
        ณัฐ | Nat, Natt | ナット
        ทิพ | Thip, Tip | ティップ
        รุ่ง | Rung, Roong | ルン
        เยาว | Yaowa | ヤオワ
        สาย | Sai | サイ
        ชุติ | Chuti | チュティ
    """),
    zipf_exponent=0.7,
)
_THAI_FEMININE_LAST = NameParts(
    parse_entries("""
        พร | porn, phon, pon | ポーン
        ศรี | sri, si, sree | シー
        รัตน์ | rat, rath | ラット
        วรรณ | wan, van | ワン
        ทิพย์ | thip, tip | ティップ
        เพ็ญ | pen, phen | ペン
        ใจ | jai, chai | ジャイ
        ลักษณ์ | luk, lak | ラック
        ธิดา | thida, tida | ティダー
        นภา | napa, napha | ナパー
        ภรณ์ | phorn, porn, pon | ポーン
        ดา | da | ダー
        ธร | thorn, thon | トーン
        มา | ma | マー
        นี | nee, ni | ニー
        วดี | wadee, wadi | ワディー
        ฤดี | ruedee, rudee | ルディー
    """),
    zipf_exponent=0.7,
)
_THAI_MASCULINE_FIRST = NameParts(
    parse_entries("""
        สม | Som | ソム
        สุร | Sura | スラ
        วิ | Wi, Vi | ウィ
        ชัย | Chai, Chay | チャイ
        กิตติ | Kitti | キッティ
        บุญ | Boon, Bun | ブン
        ธน | Thana, Tana | タナ
        ณรงค์ | Narong | ナロン
        อภิ | Api, Aphi | アピ
        ธีร | Thira, Teera | ティーラ
        วีร | Wira, Weera | ウィーラ
        เกียรติ | Kiat, Kiet | キアット
        อุดม | Udom | ウドム
        พงศ์ | Pong, Phong | ポン
        ศุภ | Supha, Suppa | スパ
        อนุ | Anu | アヌ
        ปิยะ | Piya | ピヤ
        ทวี | Thawee, Tawee | タウィー
        ยุทธ | Yut, Yuth | ユット
        สุ | Su | ス
    """),
    zipf_exponent=0.7,
)
_THAI_MASCULINE_LAST = NameParts(
    parse_entries("""
        ชัย | chai, chay | チャイ
        ศักดิ์ | sak, sakdi | サック
        วัฒน์ | wat, wath, vat | ワット
        พงษ์ | phong, pong | ポン
        สิทธิ์ | sit, sith | シット
        ชาย | chai, chay, chaai | チャイ
        พล | phon, pol, pon | ポン
        นันท์ | nan, nant | ナン
        รัตน์ | rat, rath | ラット
        เกียรติ | kiat, kiet | キアット
        เดช | det, dech | デート
        ชาติ | chat, chart | チャート
        ภพ | phop, pop | ポップ
        กร | korn, kon | コーン
        วุฒิ | wut, wuth | ウット
        ศิลป์ | sin, silp | シン
        ยศ | yot, yos | ヨット
    """),
    zipf_exponent=0.7,
)
THAI_GIVEN_FEMININE_FORMS = (NameForm((_THAI_FEMININE_FIRST, _THAI_FEMININE_LAST), share=0.7),)
THAI_GIVEN_MASCULINE_FORMS = (NameForm((_THAI_MASCULINE_FIRST, _THAI_MASCULINE_LAST), share=0.7),)

_THAI_FAMILY_MORPHEMES = NameParts(
    parse_entries("""
        วงศ์ | Wong, Vong | ウォン
        ศรี | Sri, Si, Sree | シー
        สุข | Suk, Sook | スック
        บุญ | Boon, Bun | ブン
        ทอง | Thong, Tong | トン
        แก้ว | Kaew, Kaeo, Keaw | ケーオ
        จันทร์ | Chan, Jan, Jun | チャン
        สวัสดิ์ | Sawat, Sawad, Savat | サワット
        ศิริ | Siri | シリ
        เจริญ | Charoen, Jaroen, Charern | チャルーン
        รัตน | Rattana, Ratana | ラッタナ
        ศักดิ์ | Sak | サック
        พร | Phon, Porn | ポーン
        ชัย | Chai, Chay | チャイ
        กุล | Kun, Kul | クン
        วัฒนา | Wattana, Watthana, Vattana | ワッタナー
        สมบัติ | Sombat, Sombut | ソムバット
        พันธ์ | Phan, Pan | パン
        รักษ์ | Rak, Ruk | ラック
        เดช | Det, Dech | デート
        รุ่ง | Rung, Roong | ルン
        เรือง | Ruang, Rueang | ルアン
        มงคล | Mongkhon, Mongkol | モンコン
        ประดิษฐ์ | Pradit, Pradith | プラディット
        พิทักษ์ | Pitak, Phithak | ピタック
        ดี | Dee, Di | ディー
        มณี | Manee, Mani | マニー
        ประเสริฐ | Prasert, Prasoet | プラスート
        สิทธิ์ | Sit, Sith | シット
        ธรรม | Tham, Thum | タム
        สกุล | Sakul, Sakun | サクン
        ภักดี | Pakdee, Phakdi | パックディー
        ไพศาล | Paisan, Phaisan, Paisarn | パイサーン
        เพชร | Phet, Pet, Petch | ペット
        ทรัพย์ | Sap, Sub | サップ
        สุวรรณ | Suwan, Suwanna | スワン
        ปัญญา | Panya, Punya | パンヤー
        กิจ | Kit, Kij | キット
        ไพบูลย์ | Paiboon, Phaibun | パイブーン
        อุดม | Udom | ウドム
        เลิศ | Lert, Loet | ルート
        อนันต์ | Anan | アナン
        เกษม | Kasem | カセーム
        โชติ | Chot, Chote | チョート
        นาค | Nak, Naak | ナーク
        คำ | Kham, Kam | カム
        เงิน | Ngoen, Ngern | グン
        สาย | Sai | サイ
        ยิ่ง | Ying | イン
        วิเศษ | Wiset, Vises | ウィセート
        ศิลป์ | Sin, Silp | シン
        นิยม | Niyom | ニヨム
        ปรีชา | Preecha, Pricha | プリーチャー
        สถิตย์ | Sathit, Satit | サティット
    """),
    zipf_exponent=0.5,
)
_THAI_SAE_CLANS = NameParts(
    parse_entries("""
        ตั้ง | tang, tung | タン
        ลิ้ม | lim | リム
        เฮ้ง | heng | ヘン
        อึ้ง | ung, ueng | ウン
        ลี้ | lee, li | リー
        เล้า | lao, low | ラオ
        ตัน | tan | タン
        โง้ว | ngow, ngao | ゴウ
        จิว | jiw, chiu | チウ
        ฉั่ว | chua | チュア
    """),
    zipf_exponent=0.5,
)
_THAI_SAE = NameParts(parse_entries("แซ่ | Sae | セー"))
THAI_FAMILY_FORMS = (
    # Family names joined from two, three or four auspicious morphemes, almost one per lineage.
    NameForm((_THAI_FAMILY_MORPHEMES,) * 2, share=0.45),
    NameForm((_THAI_FAMILY_MORPHEMES,) * 3, share=0.45),
    NameForm((_THAI_FAMILY_MORPHEMES,) * 4, share=0.06),
    # Sae- plus a Chinese clan name, the Thai-Chinese family names that do recur.
    NameForm((_THAI_SAE, _THAI_SAE_CLANS), share=0.02, latin_systems=((0, ""), (0, "-"), (1, ""))),
)

# --- Viet Nam --------------------------------------------------------------------------------

VIETNAMESE_FAMILY_EXTRA = parse_entries("""
    Phan | Phan | ファン
    Hồ | Ho, Hồ | ホー
    Ngô | Ngo, Ngô | ゴー
    Dương | Duong, Dương | ズオン
    Lý | Ly, Lý | リー
    Đinh | Dinh, Đinh | ディン
    Đoàn | Doan, Đoàn | ドアン
    Trịnh | Trinh, Trịnh | チン
    Trương | Truong, Trương | チュオン
    Lâm | Lam, Lâm | ラム
    Mai | Mai | マイ
    Lương | Luong, Lương | ルオン
    Hà | Ha, Hà | ハー
    Cao | Cao | カオ
    Tô | To, Tô | トー
    Lưu | Luu, Lưu | ルー
    Tạ | Ta, Tạ | ター
    Châu | Chau, Châu | チャウ
    Phùng | Phung, Phùng | フン
    Vương | Vuong, Vương | ヴオン
    Thái | Thai, Thái | タイ
    Quách | Quach, Quách | クアック
    Kiều | Kieu, Kiều | キエウ
    Triệu | Trieu, Triệu | チエウ
    Hứa | Hua, Hứa | フア
    La | La | ラー
    Tăng | Tang, Tăng | タン
    Chu | Chu | チュー
    Mạc | Mac, Mạc | マック
    Khúc | Khuc, Khúc | クック
""")
# Shares in per cent: Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Vũ, Võ, Đặng, Bùi, Đỗ (the pool's
# head order), then the extra names above; the 5.1 % of Hoàng/Huỳnh and 3.9 % of Vũ/Võ are
# split, and the last ~11 % spread over the rarer names.
VIETNAMESE_FAMILY_WEIGHTS = (
    38.4, 11.0, 9.5, 7.1, 3.0, 2.1, 2.0, 1.9, 2.1, 2.0, 1.4,
    4.5, 1.3, 1.3, 1.0, 0.5, 0.9, 0.8, 0.7, 0.7, 0.6, 0.6, 0.5, 0.5, 0.5, 0.4, 0.4, 0.4,
    0.3, 0.3, 0.3, 0.3, 0.25, 0.25, 0.2, 0.2, 0.2, 0.2, 0.2, 0.15, 0.15,
)  # fmt: skip
_VIETNAMESE_FEMININE = NameParts(
    parse_entries("""
        Linh | Linh, Lin | リン
        Anh | Anh | アイン
        Hương | Huong, Hương, Houng | フオン
        Trang | Trang | チャン
        Lan | Lan | ラン
        Hằng | Hang, Hằng | ハン
        Thảo | Thao, Thảo | タオ
        Ngọc | Ngoc, Ngọc | ゴック
        Hà | Ha, Hà | ハー
        Mai | Mai | マイ
        Hoa | Hoa, Hoà | ホア
        Nga | Nga | ガー
        Thủy | Thuy, Thủy, Thuỷ | トゥイ
        Hạnh | Hanh, Hạnh | ハイン
        Huyền | Huyen, Huyền | フエン
        Yến | Yen, Yến | イエン
        Dung | Dung | ズン
        Nhung | Nhung | ニュン
        Phương | Phuong, Phương | フオン
        Loan | Loan | ロアン
        Hiền | Hien, Hiền | ヒエン
        Thu | Thu | トゥー
        Vân | Van, Vân | ヴァン
        Trinh | Trinh | チン
        Tuyết | Tuyet, Tuyết | トゥエット
        Quỳnh | Quynh, Quỳnh | クイン
        Nhi | Nhi | ニー
        Oanh | Oanh | オアイン
        Liên | Lien, Liên | リエン
        Hồng | Hong, Hồng | ホン
        Chi | Chi | チー
        My | My | ミー
        Ly | Ly | リー
        Tâm | Tam, Tâm | タム
        Thanh | Thanh | タイン
        Thúy | Thuy, Thúy | トゥイ
        Nhàn | Nhan, Nhàn | ニャン
        Duyên | Duyen, Duyên | ズエン
        Giang | Giang | ザン
        Hậu | Hau, Hậu | ハウ
        Lệ | Le, Lệ | レー
        Nguyệt | Nguyet, Nguyệt | グエット
        Phượng | Phuong, Phượng | フオン
        Tiên | Tien, Tiên | ティエン
        Uyên | Uyen, Uyên | ウエン
        Vy | Vy, Vi | ヴィー
        Xuân | Xuan, Xuân | スアン
        Kim | Kim | キム
        Ngân | Ngan, Ngân | ガン
        Quyên | Quyen, Quyên | クエン
        Thắm | Tham, Thắm | タム
        Trâm | Tram, Trâm | チャム
        Bích | Bich, Bích | ビック
        Cúc | Cuc, Cúc | クック
        Đào | Dao, Đào | ダオ
        Huệ | Hue, Huệ | フエ
        Khánh | Khanh, Khánh | カイン
        Diễm | Diem, Diễm | ジエム
    """),
    zipf_exponent=0.6,
)
_VIETNAMESE_MASCULINE = NameParts(
    parse_entries("""
        Minh | Minh | ミン
        Hùng | Hung, Hùng | フン
        Dũng | Dung, Dũng, Zung | ズン
        Tuấn | Tuan, Tuấn | トゥアン
        Đức | Duc, Đức, Duk | ドゥック
        Nam | Nam | ナム
        Hải | Hai, Hải | ハイ
        Long | Long | ロン
        Sơn | Son, Sơn | ソン
        Quang | Quang, Kuang | クアン
        Thắng | Thang, Thắng | タン
        Thành | Thanh, Thành | タイン
        Trung | Trung | チュン
        Hiếu | Hieu, Hiếu | ヒエウ
        Huy | Huy | フイ
        Khoa | Khoa | コア
        Phong | Phong | フォン
        Tài | Tai, Tài | タイ
        Thịnh | Thinh, Thịnh | ティン
        Tùng | Tung, Tùng | トゥン
        Vinh | Vinh | ヴィン
        Bình | Binh, Bình | ビン
        Cường | Cuong, Cường | クオン
        Đạt | Dat, Đạt | ダット
        Hiệp | Hiep, Hiệp | ヒエップ
        Hoàng | Hoang, Hoàng | ホアン
        Khánh | Khanh, Khánh | カイン
        Kiên | Kien, Kiên | キエン
        Lâm | Lam, Lâm | ラム
        Lộc | Loc, Lộc | ロック
        Mạnh | Manh, Mạnh | マイン
        Nghĩa | Nghia, Nghĩa | ギア
        Phúc | Phuc, Phúc | フック
        Quân | Quan, Quân | クアン
        Quý | Quy, Quý | クイ
        Tâm | Tam, Tâm | タム
        Thái | Thai, Thái | タイ
        Thiện | Thien, Thiện | ティエン
        Toàn | Toan, Toàn | トアン
        Trí | Tri, Trí | チー
        Trọng | Trong, Trọng | チョン
        Tú | Tu, Tú | トゥー
        Việt | Viet, Việt | ヴィエット
        Vũ | Vu, Vũ | ヴー
        An | An | アン
        Bảo | Bao, Bảo | バオ
        Công | Cong, Công | コン
        Hưng | Hung, Hưng | フン
        Luân | Luan, Luân | ルアン
        Nhân | Nhan, Nhân | ニャン
        Phát | Phat, Phát | ファット
        Tiến | Tien, Tiến | ティエン
    """),
    zipf_exponent=0.6,
)
VIETNAMESE_GIVEN_FEMININE_EXTRA = _VIETNAMESE_FEMININE.entries
VIETNAMESE_GIVEN_MASCULINE_EXTRA = _VIETNAMESE_MASCULINE.entries
VIETNAMESE_MIDDLE_FEMININE_FORMS = (
    NameForm(
        (
            NameParts(
                parse_entries("""
                    Ngọc | Ngoc, Ngọc | ゴック
                    Thu | Thu | トゥー
                    Thanh | Thanh | タイン
                    Kim | Kim | キム
                    Phương | Phuong, Phương | フオン
                    Thúy | Thuy, Thúy | トゥイ
                    Hồng | Hong, Hồng | ホン
                    Minh | Minh | ミン
                    Bích | Bich, Bích | ビック
                    Mỹ | My, Mỹ | ミー
                    Hoài | Hoai, Hoài | ホアイ
                    Diệu | Dieu, Diệu | ジエウ
                    Khánh | Khanh, Khánh | カイン
                    Bảo | Bao, Bảo | バオ
                    Hải | Hai, Hải | ハイ
                    Ánh | Anh, Ánh | アイン
                    Quỳnh | Quynh, Quỳnh | クイン
                    Tuyết | Tuyet, Tuyết | トゥエット
                    Xuân | Xuan, Xuân | スアン
                    Lan | Lan | ラン
                """),
            ),
        ),
        # Thị is customary but far from universal among women born since the 1980s.
        share=0.45,
    ),
)
VIETNAMESE_MIDDLE_MASCULINE_FORMS = (
    NameForm(
        (
            NameParts(
                parse_entries("""
                    Minh | Minh | ミン
                    Đức | Duc, Đức | ドゥック
                    Hữu | Huu, Hữu | フウ
                    Quốc | Quoc, Quốc | クオック
                    Thanh | Thanh | タイン
                    Công | Cong, Công | コン
                    Xuân | Xuan, Xuân | スアン
                    Ngọc | Ngoc, Ngọc | ゴック
                    Quang | Quang | クアン
                    Anh | Anh | アイン
                    Trọng | Trong, Trọng | チョン
                    Đình | Dinh, Đình | ディン
                    Hoàng | Hoang, Hoàng | ホアン
                    Tuấn | Tuan, Tuấn | トゥアン
                    Gia | Gia | ザー
                    Duy | Duy | ズイ
                    Thành | Thanh, Thành | タイン
                    Bá | Ba, Bá | バー
                    Mạnh | Manh, Mạnh | マイン
                    Tiến | Tien, Tiến | ティエン
                    Hải | Hai, Hải | ハイ
                    Trung | Trung | チュン
                """),
            ),
        ),
        share=0.5,
    ),
)

# --- China -----------------------------------------------------------------------------------

CHINESE_FAMILY = parse_entries("""
    王 | Wang, Wong, Ong
    李 | Li, Lee, Lei
    张 | Zhang, Chang, Cheung
    刘 | Liu, Lau, Lew
    陈 | Chen, Chan, Tan
    杨 | Yang, Yeung, Yeo
    赵 | Zhao, Chao, Chiu
    黄 | Huang, Wong, Ng
    周 | Zhou, Chou, Chow
    吴 | Wu, Ng, Goh
    徐 | Xu, Hsu, Tsui
    孙 | Sun, Suen
    胡 | Hu, Woo
    朱 | Zhu, Chu, Choo
    高 | Gao, Kao, Ko
    林 | Lin, Lim, Lam
    何 | He, Ho
    郭 | Guo, Kuo, Kwok
    马 | Ma, Mah
    罗 | Luo, Lo, Law
    梁 | Liang, Leung, Neo
    宋 | Song, Sung
    郑 | Zheng, Cheng, Tay
    谢 | Xie, Hsieh, Tse
    韩 | Han, Hon
    唐 | Tang, Tong
    冯 | Feng, Fung
    于 | Yu, Yue
    董 | Dong, Tung
    萧 | Xiao, Hsiao, Siu
    程 | Cheng, Ching
    曹 | Cao, Tsao, Cho
    袁 | Yuan, Yuen
    邓 | Deng, Teng, Tang
    许 | Xu, Hsu, Hui
    傅 | Fu, Foo
    沈 | Shen, Shum, Sim
    曾 | Zeng, Tseng, Tsang
    彭 | Peng, Pang
    吕 | Lyu, Lu, Lui
    苏 | Su, So, Soo
    卢 | Lu, Lo, Lou
    蒋 | Jiang, Chiang, Tseung
    蔡 | Cai, Tsai, Choi
    贾 | Jia, Chia
    丁 | Ding, Ting
    魏 | Wei, Ngai
    薛 | Xue, Hsueh, Sit
    叶 | Ye, Yeh, Yip
    阎 | Yan, Yen
    余 | Yu, Yee
    潘 | Pan, Poon, Phua
    杜 | Du, Tu, To
    戴 | Dai, Tai
    夏 | Xia, Hsia, Ha
    钟 | Zhong, Chung
    汪 | Wang, Wong
    田 | Tian, Tien
    任 | Ren, Jen, Yam
    姜 | Jiang, Chiang, Keung
    范 | Fan, Faan
    方 | Fang, Fong
    石 | Shi, Shih, Shek
    姚 | Yao, Yiu
    谭 | Tan, Tam, Tham
    廖 | Liao, Liu, Liew
    邹 | Zou, Tsou, Chow
    熊 | Xiong, Hsiung, Hung
    金 | Jin, Chin, Kam
    陆 | Lu, Luk
    郝 | Hao
    孔 | Kong, Kung
    白 | Bai, Pai, Pak
    崔 | Cui, Tsui, Choi
    康 | Kang, Hong
    毛 | Mao, Mo
    邱 | Qiu, Chiu, Yau
    秦 | Qin, Chin, Chun
    江 | Jiang, Chiang, Kong
    史 | Shi, Shih, Sze
    顾 | Gu, Ku, Koo
    侯 | Hou, Hau
    邵 | Shao, Shiu
    孟 | Meng, Mang
    龙 | Long, Lung
    万 | Wan, Man
    段 | Duan, Tuan, Tuen
    雷 | Lei, Lui
    钱 | Qian, Chien, Chin
    汤 | Tang, Tong
    尹 | Yin, Wan
    黎 | Li, Lai
    易 | Yi, Yik
    常 | Chang, Sheung
    武 | Wu, Mo
    乔 | Qiao, Chiao, Kiu
    贺 | He, Ho
    赖 | Lai, Lua
    龚 | Gong, Kung
    文 | Wen, Man, Boon
""")
# Approximate shares in per cent of the population for the entries above, most common first
# (Ministry of Public Security 2007 for the first three, the CAS 2006 order for the rest);
# the 100 listed names sum to about 85 %, the rest is the rare-name form below.
CHINESE_FAMILY_WEIGHTS = (
    7.25, 7.19, 6.83, 5.38, 4.53, 3.08, 2.29, 2.23, 2.12, 2.05, 1.67, 1.54, 1.31, 1.26,
    1.21, 1.18, 1.17, 1.15, 1.05, 0.86, 0.72, 0.63, 0.78, 0.66, 0.54, 0.62, 0.51, 0.43,
    0.43, 0.5, 0.37, 0.53, 0.42, 0.54, 0.6, 0.22, 0.32, 0.48, 0.48, 0.35, 0.36, 0.3, 0.42,
    0.4, 0.23, 0.34, 0.35, 0.19, 0.38, 0.19, 0.39, 0.43, 0.38, 0.14, 0.22, 0.27, 0.25,
    0.41, 0.32, 0.28, 0.25, 0.21, 0.24, 0.3, 0.27, 0.23, 0.21, 0.2, 0.24, 0.26, 0.16,
    0.13, 0.21, 0.27, 0.12, 0.16, 0.2, 0.2, 0.2, 0.17, 0.16, 0.18, 0.15, 0.2, 0.17, 0.15,
    0.18, 0.18, 0.15, 0.14, 0.19, 0.17, 0.12, 0.12, 0.14, 0.12, 0.16, 0.14, 0.15, 0.12,
)  # fmt: skip
CHINESE_FAMILY_FORMS = (
    NameForm(
        (
            NameParts(
                parse_entries("""
                    柳 | Liu, Lau
                    严 | Yan, Yim
                    洪 | Hong, Hung, Ang
                    莫 | Mo, Mok
                    覃 | Qin, Tam
                    韦 | Wei, Wai
                    岳 | Yue, Yueh, Ngok
                    殷 | Yin, Yan
                    欧阳 | Ouyang, Au-yeung
                    上官 | Shangguan
                    司马 | Sima, Szeto
                    诸葛 | Zhuge, Chuko
                    单 | Shan, Sin
                    庞 | Pang, Pong
                    温 | Wen, Wan, Woon
                    甘 | Gan, Kam
                    施 | Shi, Sze, See
                    牛 | Niu, Ngau
                    鲁 | Lu, Lo
                    聂 | Nie, Nip
                    祝 | Zhu, Chuk
                    柴 | Chai, Tsai
                    纪 | Ji, Kei
                    左 | Zuo, Tso
                    车 | Che, Chia
                    葛 | Ge, Kot
                    翟 | Zhai, Chak
                    穆 | Mu, Muk
                    童 | Tong, Tung
                    卜 | Bu, Pok
                """),
                zipf_exponent=0.3,
            ),
        ),
        # The remaining ~15 % of Chinese people bear one of thousands of rarer names.
        share=0.15,
    ),
)

_CHINESE_FEMININE_CHARACTERS = NameParts(
    parse_entries("""
        丽 | Li, Lee
        秀 | Xiu, Hsiu
        英 | Ying
        芳 | Fang
        静 | Jing, Ching
        燕 | Yan, Yen
        红 | Hong, Hung
        敏 | Min
        玲 | Ling
        霞 | Xia, Hsia
        梅 | Mei
        婷 | Ting
        雪 | Xue, Hsueh
        慧 | Hui
        琳 | Lin
        欣 | Xin, Hsin
        晶 | Jing, Ching
        颖 | Ying
        莉 | Li
        佳 | Jia, Chia
        倩 | Qian, Chien
        萍 | Ping
        云 | Yun
        凤 | Feng
        兰 | Lan
        琴 | Qin, Chin
        月 | Yue, Yueh
        洁 | Jie, Chieh
        璐 | Lu
        瑶 | Yao
        怡 | Yi
        雨 | Yu
        涵 | Han
        思 | Si, Ssu
        悦 | Yue, Yueh
        梦 | Meng
        晓 | Xiao, Hsiao
        春 | Chun
        海 | Hai
        娟 | Juan, Chuan
        华 | Hua
        桂 | Gui, Kuei
        珍 | Zhen, Chen
        淑 | Shu
        彩 | Cai, Tsai
        美 | Mei
        婉 | Wan
        诗 | Shi, Shih
        雅 | Ya
        馨 | Xin, Hsin
    """),
    zipf_exponent=0.7,
)
_CHINESE_MASCULINE_CHARACTERS = NameParts(
    parse_entries("""
        伟 | Wei
        建 | Jian, Chien
        志 | Zhi, Chih
        国 | Guo, Kuo
        华 | Hua
        明 | Ming
        军 | Jun, Chun
        强 | Qiang, Chiang
        文 | Wen
        平 | Ping
        杰 | Jie, Chieh
        海 | Hai
        磊 | Lei
        斌 | Bin, Pin
        涛 | Tao
        浩 | Hao
        宇 | Yu
        鹏 | Peng
        辉 | Hui
        峰 | Feng
        超 | Chao
        勇 | Yong, Yung
        刚 | Gang, Kang
        林 | Lin
        东 | Dong, Tung
        亮 | Liang
        俊 | Jun, Chun
        晨 | Chen
        博 | Bo, Po
        洋 | Yang
        鑫 | Xin, Hsin
        龙 | Long, Lung
        成 | Cheng
        德 | De, Te
        永 | Yong, Yung
        立 | Li
        新 | Xin, Hsin
        天 | Tian, Tien
        子 | Zi, Tzu
        嘉 | Jia, Chia
        宏 | Hong, Hung
        家 | Jia, Chia
        光 | Guang, Kuang
        振 | Zhen, Chen
        世 | Shi, Shih
        金 | Jin, Chin
        安 | An
        兵 | Bing, Ping
        凯 | Kai
    """),
    zipf_exponent=0.7,
)
# Pinyin written together, pinyin written apart, Wade-Giles with a hyphen.
_CHINESE_GIVEN_SYSTEMS = ((0, ""), (0, " "), (1, "-"))
CHINESE_GIVEN_FEMININE_FORMS = (
    NameForm((_CHINESE_FEMININE_CHARACTERS,), share=0.12, latin_systems=((0, ""), (1, ""))),
    NameForm((_CHINESE_FEMININE_CHARACTERS,) * 2, share=0.8, latin_systems=_CHINESE_GIVEN_SYSTEMS),
)
CHINESE_GIVEN_MASCULINE_FORMS = (
    NameForm((_CHINESE_MASCULINE_CHARACTERS,), share=0.12, latin_systems=((0, ""), (1, ""))),
    NameForm((_CHINESE_MASCULINE_CHARACTERS,) * 2, share=0.8, latin_systems=_CHINESE_GIVEN_SYSTEMS),
)
