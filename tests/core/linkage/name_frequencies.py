"""A public-style name frequency list for the red-team tests (common-knowledge names only).

The names are frequent first and family names from many countries, listed in an invented
order; frequencies follow Zipf's law with exponent 0.75, as name frequencies roughly do.
No real person's data is involved.
"""

from __future__ import annotations

GIVEN_NAMES = """
maria anna somchai nguyen ali fatima juan jose mohammed ahmed john mary james linda
david sarah michael elena ivan olga sergei natalia dmitri irina alexander tatiana
pedro ana carlos lucia luis carmen jorge rosa miguel isabel antonio teresa manuel
francisco laura ramon patricia rafael andrea somsak malee supaporn wichai nida
kanchana arun siriporn prasert bunmi thanh hoa minh lan tuan huong hung mai duc linh
hassan aisha omar khadija yusuf zainab ibrahim maryam abdullah amina mustafa samira
raj priya amit sunita ravi anita vijay kavita sanjay pooja rahul neha suresh deepa
kiran arjun meera rohan divya grace joy emmanuel blessing chinedu ngozi oluwaseun
funmilayo kwame ama kofi akua tunde yetunde musa halima ibrahima fatou mamadou awa
aung thida kyaw moe zaw nandar htet phyu sokha dara sophea bopha vanna chenda
hiroshi yuki takashi keiko kenji akiko haruto sakura wei li fang jing hao xin yan
lei ming hui peter paul thomas george robert william richard joseph charles daniel
matthew anthony mark steven andrew joshua kevin brian edward jennifer elizabeth
susan jessica karen nancy lisa betty sandra ashley kimberly donna emily michelle
carol amanda melissa deborah stephanie rebecca sharon cynthia kathleen amy angela
shirley brenda pamela nicole samantha katherine christine helen debra rachel
carolyn janet catherine heather diane ruth julie olivia joyce virginia victoria
kelly lauren christina joan evelyn judith megan cheryl hannah jacqueline martha
gloria
"""

FAMILY_NAMES = """
wang li zhang liu chen yang huang zhao wu zhou nguyen tran le pham hoang phan vu
dang bui do ho ngo duong ly kim lee park choi jung kang cho yoon jang lim smith
johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin thompson white harris
sanchez clark ramirez lewis robinson walker young allen king wright scott torres
hill flores green adams nelson baker hall rivera campbell mitchell carter roberts
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov
morozov volkov alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev
khan ahmed ali hussain shah malik qureshi iqbal butt rahman hossain islam akter
begum sultana uddin chowdhury sarkar das roy kumar singh sharma patel gupta verma
yadav mishra reddy rao nair iyer menon pillai bose sen jaidee saelim srisuk
thongdee boonmee wongsawat chaiyaporn rattanakorn suksawat kaewkla intharasuk
phromma sombat santos reyes cruz bautista ocampo garcia mendoza villanueva
delacruz ramos aquino castillo navarro fernandez okafor okonkwo adeyemi ogunleye
mensah asante boateng owusu diallo traore keita coulibaly toure sow ba ndiaye
diop fall sarr win oo aung htun myint soe thein naing sok chan chea heng meas
ouk pich sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi
kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
yamazaki mori abe ikeda hashimoto ishikawa ogawa okada goto hasegawa murakami
kondo sakamoto endo aoki fujii nishimura fukuda ota miura
"""
