// Titles and issuers of the corpus pages in English (hand-translated), and a Chinese title where the page gives none
// (written here from the page's opening and marked 〔…〕 so it is not mistaken for the page's own words).
type Names = readonly [titleZh: string | null, titleEn: string, issuerEn: string];

export const SOURCE_NAMES: Record<string, Names> = {
  'anyang-2025-1': [
    null,
    'Five angles to raise the quality of mediation, making mediation the first choice of the public',
    'Henan Provincial Department of Justice (article source), on the Anyang Municipal Bureau of Justice',
  ],
  'baoshan-2023-1': [
    '〔保山市2023年度法治政府建设情况报告〕',
    'Baoshan: report on building a rule-of-law government in 2023',
    'Baoshan Municipal People’s Government (2023 rule-of-law government report)',
  ],
  'baotou-2022-1': [
    '〔包头市2022年法治政府建设情况报告〕',
    'Baotou: report on building a rule-of-law government in 2022',
    'Baotou Municipal People’s Government (2022 rule-of-law government report)',
  ],
  'baotou-2024-1': [
    '〔包头市司法局矛盾纠纷化解工作报道〕',
    'Baotou Bureau of Justice: news on dispute resolution',
    'Inner Mongolia Rule of Law Daily (on the Baotou Municipal Bureau of Justice)',
  ],
  'beijing-tongzhou-2022-1': [
    null,
    'Tongzhou District 2022 analysis of administrative reconsideration and litigation',
    'Tongzhou District Bureau of Justice, Beijing',
  ],
  'beijing-tongzhou-2023-1': [
    '〔通州区2023年法治政府建设情况〕',
    'Tongzhou District: building a rule-of-law government in 2023',
    'Tongzhou District People’s Government, Beijing (district bureau of justice)',
  ],
  'bole-2020-1': [
    '〔博乐市司法局巡查整改动员会报道〕',
    'Bole Bureau of Justice: meeting on rectifying inspection findings',
    'Bole Municipal Bureau of Justice',
  ],
  'bozhou-2016_2019-1': [
    null,
    '4,000-plus legal aid cases in four years: city legal aid centre wins a national honour again',
    'Bozhou Evening News (Bozhou Municipal Legal Aid Centre)',
  ],
  'dali-2019-1': [
    null,
    'Dali County Bureau of Justice (Weinan) steps up legal aid for migrant workers',
    'Dali County Bureau of Justice',
  ],
  'ezhou-2021-1': [
    '〔鄂州市司法局2021年人民调解工作〕',
    'Ezhou Bureau of Justice: people’s mediation in 2021',
    'Ezhou Municipal Bureau of Justice',
  ],
  'fuqing-2024-1': [
    '〔2024年福清市法律援助中心工作公示〕',
    'Fuqing Legal Aid Centre: public notice of its 2024 work',
    'Fuqing Legal Aid Centre',
  ],
  'fuzhou-2024-1': [
    null,
    'Fuzhou Municipal Legal Aid Centre: public information on its 2024 work',
    'Fuzhou Municipal Legal Aid Centre',
  ],
  'fuzhou-2025-1': [
    '〔福州市司法局调解工作报道〕',
    'Fuzhou Bureau of Justice: news on mediation work',
    'Fuzhou Municipal Bureau of Justice',
  ],
  'gansu-2020-1': [
    '〔甘肃省疫情期间人民调解工作〕',
    'Gansu: people’s mediation during the epidemic',
    'Gansu Provincial Department of Justice',
  ],
  'gansu-2022-1': [
    '〔甘肃省司法厅2022年工作报道〕',
    'Gansu Department of Justice: 2022 work (news)',
    'China National Radio website (Gansu Provincial Department of Justice)',
  ],
  'ganzhou-2022-1': [
    '〔赣州市司法局2022年工作总结〕',
    'Ganzhou Bureau of Justice: 2022 work summary',
    'Ganzhou Municipal Bureau of Justice (2022 work summary)',
  ],
  'ganzhou-2023-1': [
    null,
    'Reply to proposal No. 036 of the fifth session of the sixth Municipal People’s Congress',
    'Ganzhou Municipal Bureau of Justice (reply to a people’s congress proposal)',
  ],
  'guangxi-2023-1': [
    '〔关于政协提案的办理答复函〕',
    'Reply to a CPPCC proposal on people’s mediation',
    'Department of Justice of Guangxi Zhuang Autonomous Region (reply to a CPPCC proposal)',
  ],
  'guangxi-2023-1-l': [
    '〔广西壮族自治区法律援助中心2023年工作信息公开〕',
    'Guangxi Legal Aid Centre: public information on its 2023 work',
    'Department of Justice / Legal Aid Centre of Guangxi Zhuang Autonomous Region',
  ],
  'guangzhou-2022-1': [
    null,
    'Guangzhou’s administrative litigation cases fall 21.8%, the lowest in five years',
    'Guangzhou Municipal Bureau of Justice (2022 statistical analysis of administrative litigation) and Guangzhou Railway Transport Intermediate Court (Guangzhou Daily)',
  ],
  'gucheng-2022-1': [
    '〔谷城县人民调解中心报道〕',
    'Gucheng County People’s Mediation Centre (news)',
    'Hubei Daily (reprinted by China.com.cn Hubei), on the Gucheng County People’s Mediation Centre',
  ],
  'guilin-2018-1': [
    null,
    'Guilin 2018 annual report on building a rule-of-law government',
    'Guilin (published by the secretariat of the regional committee for law-based governance)',
  ],
  'haikou-xiuying-2021-1': [
    '〔秀英区司法局年鉴条目〕',
    'Xiuying District Bureau of Justice: yearbook entry',
    'Xiuying District Bureau of Justice, Haikou (yearbook entry)',
  ],
  'hainan-2021-1': [
    null,
    'On advancing people’s mediation in our province (reply to a deputy’s proposal)',
    'Hainan Provincial Department of Justice (reply to a people’s congress deputy)',
  ],
  'hangzhou-binjiang-2020-1': [
    '〔滨江区2020年度行政复议行政应诉案件统计分析〕',
    'Binjiang District: 2020 statistical analysis of reconsideration and litigation cases',
    'Binjiang District Bureau of Justice, Hangzhou (inferred)',
  ],
  'hefei-2022-1': [
    '〔合肥法院2020年-2022年行政审判工作白皮书报道〕',
    'Hefei courts’ white paper on administrative trials 2020–2022 (news)',
    'Hefei Intermediate People’s Court (white paper on administrative trials 2020–2022)',
  ],
  'hefei-2023-1': [
    '〔合肥市矛盾纠纷多元调解工作报道〕',
    'Hefei: multiple channels for mediating disputes (news)',
    'News report (Hefei’s multi-channel dispute mediation)',
  ],
  'helan-2024-1': [
    null,
    'Helan County, Ningxia builds mediation rooms on people’s doorsteps',
    'Jiceng Zhizhi website (on the Helan County Bureau of Justice)',
  ],
  'honggutan-2024-1': [
    '〔红谷滩区司法局2024年法治政府建设工作报告〕',
    'Honggutan District Bureau of Justice: 2024 report on building a rule-of-law government',
    'Honggutan District Bureau of Justice, Nanchang (2024 report)',
  ],
  'hunan-2024-1': [
    null,
    'Hunan answers the public’s calls: a strong year for administrative reconsideration',
    'Hunan Rule of Law Daily (reprinted by the Hunan legal publicity website)',
  ],
  'hunan-2024-1-l': [
    null,
    'Hunan’s “Fa Run San Xiang”: eight years on, 20 lawyers go back to grassroots legal aid',
    'Hunan Rule of Law Daily / New Hunan app (Hunan Provincial Department of Justice)',
  ],
  'jiangmen-2024-1': [
    '〔江门市2024年上半年行政复议工作〕',
    'Jiangmen: administrative reconsideration in the first half of 2024',
    'Jiangmen Municipal Bureau of Justice',
  ],
  'jianhu-2021-1': [
    null,
    'County Bureau of Justice named a provincial model unit for administrative litigation work',
    'Jianhu County Bureau of Justice',
  ],
  'jiaozhou-2023-1': [
    null,
    '“People suing officials” keep falling: Jiaozhou court publishes its 2023 white paper on administrative trials',
    'Jiaozhou People’s Court (2023 white paper on administrative trials; NetEase report)',
  ],
  'jilin-2018-1': [
    null,
    'Our province achieves full coverage of convenient legal aid for the poor',
    'Jilin Rural Daily (Jilin Provincial Department of Justice)',
  ],
  'jingzhou-2019-1': [
    '〔云上荆州:纪南文旅区人民调解报道〕',
    'Jingzhou: people’s mediation in the Jinan culture and tourism zone (news)',
    'Yunshang Jingzhou (Jingzhou Municipal Bureau of Justice)',
  ],
  'jingzhou-2025-1': [
    '〔荆州市司法局“十四五”行政复议工作回顾〕',
    'Jingzhou Bureau of Justice: administrative reconsideration over five years',
    'Jingzhou Municipal Bureau of Justice (Chutian Fazhi)',
  ],
  'lasa-2025-1': [
    null,
    'Writing the rule-of-law answer of “the people first”: Lhasa Bureau of Justice’s reconsideration and litigation work',
    'Review and litigation section of the Lhasa Municipal Bureau of Justice (Tibet Legal Daily)',
  ],
  'liaoning-2022-1': [
    null,
    'Liaoning speeds up a modern public legal service system',
    'Liaoning Provincial Department of Justice (provincial meeting on public legal services)',
  ],
  'luquan-na-1': [
    '〔河北法制报:鹿泉区法律援助报道〕',
    'Hebei Legal Daily: legal aid in Luquan District',
    'Hebei Legal Daily (Luquan District Legal Aid Centre)',
  ],
  'mudanjiang-2023-1': [
    '〔牡丹江市人民调解工作报道〕',
    'Mudanjiang: people’s mediation (news)',
    'News report (Mudanjiang political-legal committee and Bureau of Justice; non-litigation dispute resolution centre)',
  ],
  'nanyang-2021-1': [
    '〔南阳市法院2021年度行政案件司法审查报告发布〕',
    'Nanyang courts publish their 2021 judicial review report on administrative cases',
    'Nanyang Intermediate People’s Court (2021 judicial review report on administrative cases)',
  ],
  'neimenggu-2019-1': [
    null,
    'Professional, efficient, smart, convenient: the 2019 white paper on administrative reconsideration in Inner Mongolia',
    'Department of Justice of Inner Mongolia Autonomous Region (2019 white paper on administrative reconsideration)',
  ],
  'neimenggu-2022-1': [
    null,
    'The people’s congress helps people’s mediation improve',
    'Inner Mongolia People’s Congress magazine, 2022 no. 12 (on the standing committee’s review of a mediation report)',
  ],
  'ningshan-2022-1': [
    '〔宁陕县司法局矛盾纠纷化解报道〕',
    'Ningshan County Bureau of Justice: dispute resolution (news)',
    'Ningshan County Bureau of Justice (correspondent’s report)',
  ],
  'ningxia-2020-1': [
    '〔宁夏“塞上枫桥”调解品牌建设〕',
    'Ningxia: building the “Saishang Fengqiao” mediation brand',
    'Department of Justice of Ningxia Hui Autonomous Region',
  ],
  'ningxia-2022-1': [
    '〔宁夏回族自治区2022年法治政府建设情况报告〕',
    'Ningxia: report on building a rule-of-law government in 2022',
    'Party committee and government of Ningxia Hui Autonomous Region (2022 report)',
  ],
  'ningxia-2024-1': [
    null,
    'Ningxia: 298 grassroots reconsideration points help resolve disputes in substance (Xinhua)',
    'Ningxia Department of Justice (Xinhua)',
  ],
  'qijiang-2025-1': [
    null,
    'Innovation in resolving disputes by many channels: the Qijiang way',
    'Chongqing Municipal Bureau of Justice website (Qijiang District Bureau of Justice)',
  ],
  'qinghai-2023-1': [
    null,
    'Qinghai High Court publishes the 2023 white paper on administrative trials',
    'Qinghai High People’s Court (2023 white paper; reprinted by Qinghai Daily)',
  ],
  'r2-bishan-2021-1': [
    null,
    'Bishan District, Chongqing: many measures to advance the rule of law',
    'Bishan District Bureau of Justice (China.com.cn report)',
  ],
  'r2-chuzhou-unk-1': [
    '〔滁州网:滁州市法治政府建设报道〕',
    'Chuzhou: building a rule-of-law government (news)',
    'Chuzhou News website (reporter Wang Taixin)',
  ],
  'r2-dachuan-2019-1': [
    null,
    'Dachuan District Bureau of Justice advances people’s mediation',
    'Dachuan District Bureau of Justice, Dazhou',
  ],
  'r2-daguan-2019-1': [
    '〔大观区法律援助中心2019年工作〕',
    'Daguan District Legal Aid Centre: 2019 work',
    'Legal Aid Centre of the Daguan District Bureau of Justice, Anqing (Anqing legal aid website)',
  ],
  'r2-deyang-2020-1': [
    null,
    'Deyang People’s Mediators Association founded',
    'Deyang Municipal Bureau of Justice (Sichuan News Net; reprinted by Deyang Chang’an Net)',
  ],
  'r2-dianjiang-2024-1': [
    null,
    'Dianjiang County Bureau of Justice brings together “micro forces” for a new model of legal publicity',
    'Dianjiang County Bureau of Justice',
  ],
  'r2-dongli-2022-1': [
    '〔东丽区司法局公共法律服务工作动态〕',
    'Dongli District Bureau of Justice: public legal services (work news)',
    'Dongli District Bureau of Justice, Tianjin (district government news)',
  ],
  'r2-fangxian-2023-1': [
    null,
    'Fang County: the “12345” method cracks the code of resolving disputes',
    'Fang County (Shiyan political-legal committee website)',
  ],
  'r2-fujian-2022-1': [
    null,
    'Provincial Department of Justice: success rate of mediating civil disputes kept above 98.5%',
    'Fujian Provincial Department of Justice (Southeast Net, press conference series)',
  ],
  'r2-ganyu-2025-1': [
    '〔赣榆区司法局矛盾纠纷调处报道〕',
    'Ganyu District Bureau of Justice: dispute mediation (news)',
    'Ganyu District Bureau of Justice, Lianyungang (correspondent Xu Man)',
  ],
  'r2-hechuan-unk-1': [
    '〔合川区司法局春耕矛盾纠纷化解报道〕',
    'Hechuan District Bureau of Justice resolves disputes during spring ploughing (news)',
    'Hechuan District Bureau of Justice (newspaper correspondent’s report)',
  ],
  'r2-huangshan-2018-1': [
    '〔黄山市法律援助工作报道〕',
    'Huangshan: legal aid work (news)',
    'Huangshan Morning Paper (reporter Yao Dasheng, from the Huangshan Legal Aid Centre)',
  ],
  'r2-jiangyin-unk-1': [
    '〔江阴市司法局矛盾纠纷调处化解工作〕',
    'Jiangyin Bureau of Justice: a “terminal station” for dispute resolution',
    'Jiangyin Municipal Bureau of Justice',
  ],
  'r2-jining-unk-1': [
    '〔大众日报:济宁市行政机关负责人出庭应诉报道〕',
    'Dazhong Daily: agency heads appearing in court in Jining',
    'Dazhong Daily (reporter Wang Haoqi; reprinted from Lijin media)',
  ],
  'r2-luan-unk-1': [
    '〔六安市法律援助工作〕',
    'Lu’an: legal aid work',
    'Lu’an Municipal Bureau of Justice (reprint, unsigned)',
  ],
  'r2-luzhou-2021-1': [
    null,
    'Legal aid for people’s livelihood: by 25 August the city had met 107% of this year’s legal aid case target',
    'Legal Aid Service Centre of the Luzhou Municipal Bureau of Justice (reporter’s story)',
  ],
  'r2-nanchong-2019-1': [
    '〔南充市司法局法律援助工作〕',
    'Nanchong Bureau of Justice: legal aid work',
    'Nanchong Municipal Bureau of Justice (contributed)',
  ],
  'r2-nanhu-2023-1': [
    '〔南湖区法律援助中心2023年工作报道〕',
    'Nanhu District Legal Aid Centre: 2023 work (news)',
    'Nanhu District Legal Aid Centre, Jiaxing (reprint)',
  ],
  'r2-qianfeng-unk-1': [
    '〔前锋区司法局惠民体系报道〕',
    'Qianfeng District Bureau of Justice: a three-in-one service system (news)',
    'Qianfeng District Bureau of Justice, Guang’an (People’s Rule of Law Net)',
  ],
  'r2-qingdao-2021-1': [
    '〔青岛市上半年行政机关负责人出庭应诉情况〕',
    'Qingdao: agency heads appearing in court in the first half of the year',
    'Qingdao Municipal Bureau of Justice (reporter Dai Qian, correspondent Yu Liang)',
  ],
  'r2-songming-2025-1': [
    null,
    'Playing governance as one game: Songming resolves disputes together',
    'Songming County People’s Government',
  ],
  'r2-suxian-2018-1': [
    null,
    'Suxian District builds a convenient public legal service network',
    'Suxian District, Chenzhou (Hunan Daily report)',
  ],
  'r2-taicang-2022-1': [
    null,
    'Taicang ranks first in Suzhou on the dispute-mediation indicator; public sense of security at a record high',
    'Taicang Daily (from the Taicang Municipal Bureau of Justice)',
  ],
  'r2-wuxi-2024-1': [
    '〔江苏政法:无锡市司法局综治中心工作报道〕',
    'Jiangsu Politics and Law: Wuxi Bureau of Justice in the comprehensive governance centres',
    'Jiangsu Politics and Law (Jiangsu Legal Daily series; Wuxi Municipal Bureau of Justice)',
  ],
  'r2-xiangyuan-2025-1': [
    null,
    'Xiangyuan County Bureau of Justice (Changzhi): 2025 legal aid report',
    'Xiangyuan County Bureau of Justice',
  ],
  'r2-xuchang-2022-1': [
    null,
    'Xuchang Intermediate People’s Court: annual judicial report on administrative cases (2022)',
    'Xuchang Intermediate People’s Court',
  ],
  'r2-yancheng-2018-1': [
    '〔盐城市提高法律援助经济困难标准报道〕',
    'Yancheng raises the income threshold for legal aid (news)',
    'Yancheng Municipal Bureau of Justice (reporter Zhao Liang)',
  ],
  'r2-yongshun-2023-1': [
    '〔永顺县司法局工作报道〕',
    'Yongshun County Bureau of Justice: work report (news)',
    'Yongshun County Bureau of Justice (Red Net report)',
  ],
  'r2-yuecheng-2022-1': [
    '〔越城区司法局2022年工作情况〕',
    'Yuecheng District Bureau of Justice: work in 2022',
    'Yuecheng District Bureau of Justice, Shaoxing',
  ],
  'r2-yueyang-2020-1': [
    null,
    'Provincial Department of Justice inspects the city’s “legal aid for livelihoods, poverty relief” campaign',
    'Yueyang Municipal Bureau of Justice',
  ],
  'shaanxi-2025-1': [
    '〔陕西省2025年行政复议工作〕',
    'Shaanxi: administrative reconsideration in 2025',
    'Shaanxi Provincial Department of Justice (Rule of Law Shaanxi website)',
  ],
  'shandong-2018-1': [
    null,
    '“People suing officials” can see officials: Binzhou publishes last year’s agency-head court appearances',
    'Shandong High People’s Court (Dazhong.com / Haibao News)',
  ],
  'shandong-2019-1': [
    null,
    '40 collectives and 69 individuals of our province’s mediators commended by the Ministry of Justice',
    'Shandong Provincial Department of Justice',
  ],
  'shanghai-2022-1': [
    null,
    'White paper on the first year of Shanghai’s administrative reconsideration reform',
    'Shanghai Municipal Bureau of Justice (white paper on the first year of the reconsideration reform)',
  ],
  'shanghai-2024-1': [
    null,
    'Agency heads appeared in court in over 80% of Shanghai’s administrative cases last year',
    'Shanghai High People’s Court (2024 white paper on administrative trials; Legal Daily, reprinted by NetEase)',
  ],
  'shanxi-2023-1': [
    null,
    'Upholding the “Fengqiao experience”: a combination of people’s mediation measures',
    'Shanxi Legal Daily (Shanxi Daily group), justice-administration page on the Shanxi Department of Justice',
  ],
  'shengzhou-2020-1': [
    '〔嵊州市矛盾纠纷调处化解工作〕',
    'Shengzhou: resolving disputes (news)',
    'Shengzhou (Shengzhou News Net)',
  ],
  'shenzhen-longgang-2025-1': [
    null,
    'Longgang’s reconsideration year: nearly 30% settled by mediation, over 90% of disputes end at reconsideration',
    'Longgang District Bureau of Justice, Shenzhen',
  ],
  'sheyang-2018-1': [
    '〔射阳县矛盾纠纷排查化解工作〕',
    'Sheyang County: screening and resolving disputes',
    'Sheyang County (Jiangsu provincial government website, voices of cities and counties)',
  ],
  'tianjin-2020-1': [
    '〔天津市司法局“大调解”工作格局建设〕',
    'Tianjin Bureau of Justice: building a “grand mediation” system',
    'Tianjin Municipal Bureau of Justice',
  ],
  'tianjin-2023-1': [null, 'Tianjin legal aid work in 2023', 'Tianjin Municipal Bureau of Justice'],
  'wenshan-na-1': [
    '〔文山市行政复议工作〕',
    'Wenshan: administrative reconsideration work',
    'Wenshan Municipal People’s Government (Wenshan Bureau of Justice)',
  ],
  'xialu-2024-1': [
    null,
    'Xialu District 2024 report on building a rule-of-law government',
    'Xialu District Bureau of Justice (2024 rule-of-law government report)',
  ],
  'xiamen-2023-1': [
    null,
    'Judicial work (Xiamen Special Economic Zone Yearbook 2024)',
    'Xiamen Special Economic Zone Yearbook 2024 (Xiamen Statistics Bureau; Xiamen Bureau of Justice)',
  ],
  'xiamen-xiangan-2025-1': [
    '〔翔安区2025年涉企行政复议工作〕',
    'Xiang’an District: enterprise-related reconsideration in 2025',
    'Xiang’an District, Xiamen (reprinted by NetEase)',
  ],
  'xiangtan-2024-1': [
    null,
    'Resolving disputes at the doorstep',
    'Huasheng Online (information from the Xiangtan Municipal Bureau of Justice)',
  ],
  'xiangyang-2025-1': [
    null,
    '“Three-mediation linkage” weaves a tight net for resolving disputes',
    'Xiangyang Daily (Xiangyang Municipal Bureau of Justice)',
  ],
  'xingqing-2022-1': [
    '〔兴庆区2022年法治政府建设年度报告〕',
    'Xingqing District: 2022 annual report on building a rule-of-law government',
    'Xingqing District People’s Government, Yinchuan (2022 annual report)',
  ],
  'xingtai-2020-1': [
    null,
    'Xingtai, Hebei: a mediation network that unties knots at the grassroots',
    'Xinhua News Agency',
  ],
  'xiushan-2024-1': [
    null,
    'Excellent! Xiushan County Bureau of Justice commended nationally',
    'Xiushan County Bureau of Justice (Chongqing Legal Daily report)',
  ],
  'xizang-2025-1': [
    '〔西藏自治区人民调解工作报道〕',
    'Tibet: people’s mediation (news)',
    'Department of Justice of Tibet Autonomous Region (China Tibet News report)',
  ],
  'yangquan-2021-1': [
    '〔阳泉市“调解七进”工作动态〕',
    'Yangquan: mediation in seven settings (work news)',
    'Yangquan Municipal Bureau of Justice',
  ],
  'yanzhou-2025-1': [
    null,
    'Yanzhou District Bureau of Justice (Jining): report on building a rule-of-law government in 2025',
    'Yanzhou District Bureau of Justice, Jining',
  ],
  'yinchuan-2024-1': [
    '〔银川市2024年法治政府建设年度报告〕',
    'Yinchuan: 2024 annual report on building a rule-of-law government',
    'Yinchuan Municipal People’s Government (2024 annual report)',
  ],
  'yinchuan-xingqing-2022-1': [
    '〔宁夏法治报:兴庆区行政复议应诉工作报道〕',
    'Ningxia Legal Daily: reconsideration and litigation work in Xingqing District',
    'Xingqing District Bureau of Justice, Yinchuan (Ningxia Legal Daily)',
  ],
  'yongjia-2022-1': [
    '〔永嘉县司法局2022年法治政府建设工作报告〕',
    'Yongjia County Bureau of Justice: 2022 report on building a rule-of-law government',
    'Yongjia County Bureau of Justice (2022 report)',
  ],
  'yunnan-2023-1': [
    null,
    'Yunnan High Court and Department of Justice jointly publish their first white paper on reconsideration and administrative trials',
    'Yunnan High People’s Court and Yunnan Department of Justice (2023 white paper; China.com.cn report)',
  ],
  'yunnan-2025-1': [
    '〔云南省人民调解工作报道〕',
    'Yunnan: people’s mediation (news)',
    'News report (reprinted by NetEase, source not named)',
  ],
  'yunnan-2025-1-r': [
    '〔云南省2025年行政复议工作〕',
    'Yunnan: administrative reconsideration in 2025',
    'Yunnan Provincial Department of Justice',
  ],
  'zhenhai-2022-1': [
    null,
    'Zhenhai District Bureau of Justice 2022 report on building a rule-of-law government',
    'Zhenhai District Bureau of Justice, Ningbo',
  ],
  'zhenjiang-2024-1': [
    null,
    'Zhenjiang District Legal Aid Office (Shaoguan): public information on legal aid in 2024',
    'Zhenjiang District Legal Aid Office, Shaoguan',
  ],
  'zhenning-2022-1': [
    '〔镇宁自治县2022年法治政府建设情况报告〕',
    'Zhenning Autonomous County: report on building a rule-of-law government in 2022',
    'Zhenning Buyei and Miao Autonomous County (2022 report)',
  ],
  'zhongshan-2020-1': [
    '〔中山市司法局2020年工作总结〕',
    'Zhongshan Bureau of Justice: 2020 work summary',
    'Zhongshan Municipal Bureau of Justice (2020 work summary)',
  ],
  'zhongyuan-2024-1': [
    '〔中原区2024年度法治政府建设情况报告〕',
    'Zhongyuan District (Zhengzhou): report on building a rule-of-law government in 2024',
    'Zhongyuan District, Zhengzhou (2024 report)',
  ],
};

/** News outlets and portals that publish their own stories (not copies of an official page). */
/** Aggregators that republish others' pages: their copies are mirrors. */
export const AGGREGATORS: Record<string, { zh: string; en: string }> = {
  '163.com': { zh: '网易', en: 'NetEase' },
  '360elib.com': { zh: '360elib 数字报刊库', en: '360elib digital newspaper library' },
};

export const NEWS_OUTLETS: Record<string, { zh: string; en: string }> = {
  'xinhuanet.com': { zh: '新华网', en: 'Xinhuanet' },
  'news.cn': { zh: '新华网', en: 'Xinhuanet' },
  'china.com.cn': { zh: '中国网', en: 'China.com.cn' },
  'rednet.cn': { zh: '红网', en: 'Red Net (Hunan)' },
  'jschina.com.cn': { zh: '中国江苏网', en: 'Jschina.com.cn' },
  'dzwww.com': { zh: '大众网', en: 'Dazhong.com' },
  'sxrb.com': { zh: '山西日报数字报', en: 'Shanxi Daily e-paper' },
  'cjyun.org': { zh: '云上荆州', en: 'Yunshang Jingzhou' },
  'jlncb.cn': { zh: '吉林农村报', en: 'Jilin Rural Daily' },
  'nxrb.cn': { zh: '宁夏日报报业集团数字报', en: 'Ningxia Daily group e-paper' },
  'xzxw.com': { zh: '中国西藏新闻网', en: 'China Tibet News' },
  'taicangdaily.com': { zh: '太仓日报', en: 'Taicang Daily' },
  'hunantoday.cn': { zh: '新湖南', en: 'Hunan Today' },
  'hnpfw.com': { zh: '湖南普法网', en: 'Hunan legal publicity website' },
  'nmgfzb.cn': { zh: '内蒙古法治报', en: 'Inner Mongolia Rule of Law Daily' },
  'rmfzw.org.cn': { zh: '人民法治网', en: 'People’s Rule of Law Net' },
  'ctfzzz.com': { zh: '楚天法治', en: 'Chutian Fazhi' },
  'zjol.com.cn': { zh: '浙江在线', en: 'Zhejiang Online' },
  'ahwang.cn': { zh: '安徽网', en: 'Anhui News Net' },
  'jicengzhizhi.com': { zh: '基层治理网', en: 'Jiceng Zhizhi (grassroots governance) website' },
};
