"""Evidence precision on forms met in blind round 20 (session 22: a rural bank, a fund manager, a
property-and-casualty insurer, a futures firm, a payments company, an asset-management company),
each rated wrong before, with text written fresh for these tests: a futures firm's carbon-market
research, services and client courses read as its own carbon work, training or partnerships; a
loan named by the energy or the projects it finances read as the bank's energy structure or
pollutant work; a sink-backed loan or a sink insurance read as the company's sink; what a debtor,
an issuer or a fund's holdings did or emit read as the asset manager's facilities, violations,
co-reductions or GHG monitoring; a plan's lead-in ("下一步，…") or a roadmap's ("路线图：") whose
list was read as done; targets still under SBTi validation read as validated; an ecosystem in
the business sense read as ecology; an accounting offset read as a carbon offset; paper saved at
merchants' tills read as the company's materials; the office's "并不涉及生产性的废气" read as a
pollutant disclosure."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.navigation import navigation_passages
from cnsr.ingest.document import Document, Page, Passage
from cnsr.methodology import LoadedMethodology

from .tagged import carbon_aware, points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # a futures or brokerage firm's carbon-market research, clients' demand and client courses
    pytest.param("研究所成立碳市场研究小组，全年发布碳市场周报48期，跟踪全国碳排放配额价格走势。",
                 {"I14.1": 0, "I09.4": 0}, id="carbon_market_research_zh"),
    pytest.param("Our research team set up a carbon market research desk and published 40 carbon market weekly reports.",
                 {"I14.1": 0}, id="carbon_market_research_en"),
    pytest.param("碳排放配额价格持续上涨，控排企业对碳价风险管理的需求日益增加。", {"I13.2": 0, "I15.1": 0, "I14.1": 0},
                 id="clients_demand_zh"),
    pytest.param("公司与交易所联合举办“碳市场与企业风险管理”客户培训班3期，参训客户180人次。", {"I10.1": 0, "I09.4": 0},
                 id="client_course_zh"),
    pytest.param("We ran four carbon market client workshops with the exchange for 200 corporate hedgers.", {"I10.1": 0},
                 id="client_course_en"),
    pytest.param("公司组织员工参加“双碳”知识专题培训6场，参训员工420人次。", {"I10.1": 1}, id="staff_training_stays"),
    pytest.param("研究所发布的《碳中和背景下的有色金属产业链展望》《新能源材料供需研究》获评年度优秀报告。",
                 {"I09.1": 0, "I09.4": 0}, id="report_titles_zh"),
    pytest.param("公司完成氢能储运关键技术研究，研发投入1.2亿元，获得授权专利15项。", {"I09.1": 1}, id="own_rnd_stays"),
    # a loan named by the energy or the projects it finances
    pytest.param("其中，支持农户屋顶分布式光伏贷款余额6.4亿元，支持农村污水治理项目贷款3.1亿元。",
                 {"I08.2": 0, "I02.2": 0, "I15.4": 1}, id="pv_and_sewage_loans_zh"),
    pytest.param("The balance of our rooftop solar loans reached RMB 640 million, and loans for rural sewage projects RMB 310 million.",
                 {"I08.2": 0}, id="solar_loans_en"),
    pytest.param("公司在总部屋顶建成分布式光伏电站，全年发电86万千瓦时，全部自用。", {"I08.2": 1}, id="own_pv_stays"),
    # a sink-backed loan, a sink insurance, a forest farm's estimate
    pytest.param("本行向县国有林场发放碳汇贷0.8亿元，支持其开展森林抚育。", {"I08.6": 0, "I05.3": 0},
                 id="sink_loan_zh"),
    pytest.param("公司推出林业碳汇指数保险，为林场6.2万亩林地提供碳汇损失保障。", {"I08.6": 0, "I05.3": 0},
                 id="sink_insurance_zh"),
    pytest.param("We launched forest carbon sink insurance covering 40,000 mu of collective forest.", {"I08.6": 0},
                 id="sink_insurance_en"),
    pytest.param("据林场测算，上述林地年固碳量约3.6万吨二氧化碳当量。", {"I08.6": 0}, id="forest_farm_estimate"),
    pytest.param("公司在矿区复垦土地上营造碳汇林1,500亩，年固碳量约2,100吨。", {"I08.6": 1}, id="own_sink_stays"),
    # what a debtor, an issuer or the holdings did
    pytest.param("重组后，企业完成焙烧炉烟气脱硫改造，实现达标排放。", {"I02.4": 0}, id="debtor_retrofit_zh"),
    pytest.param("据企业测算，关停落后产能后每年可减少二氧化碳排放约80万吨、二氧化硫排放约1,900吨。",
                 {"I16.2": 0, "I16.3": 0}, id="debtor_co_reduction_zh"),
    pytest.param("After the restructuring, the debtor completed a desulphurisation retrofit of its kilns.", {"I02.4": 0},
                 id="debtor_retrofit_en"),
    pytest.param("对存在重大环境违法记录的发行人实施一票否决，不纳入核心股票池。", {"I01.3": 0}, id="issuer_violations"),
    pytest.param("公司对权益持仓按行业开展碳强度监测，对高碳行业集中度设置预警线。", {"I12.4": 0},
                 id="holdings_monitored_zh"),
    pytest.param("We monitor the carbon intensity of our portfolio holdings each quarter.", {"I12.4": 0},
                 id="holdings_monitored_en"),
    pytest.param("公司每月统计各营业网点用电量和碳排放数据，建立碳排放台账。", {"I12.4": 1}, id="own_monitoring_stays"),
    pytest.param("该企业于2023年11月宣布，力争到2030年单位熟料碳排放较2020年下降8%。", {"I06.3": 0, "I06.2": 0, "I11.4": 0},
                 id="investee_target_dated_zh"),
    pytest.param("In November 2023 the investee announced a target to cut emissions 30% by 2030.", {"I06.3": 0, "I06.2": 0},
                 id="investee_target_dated_en"),
    pytest.param("公司于2023年11月宣布，力争到2030年单位产品碳排放较2020年下降18%。", {"I06.3": 1}, id="own_dated_target_stays"),
    pytest.param("公司完成2台锅炉脱硫脱硝改造，二氧化硫排放下降30%。", {"I02.4": 1}, id="own_retrofit_stays"),
    # a plan's lead-in or a roadmap's
    # session 23 (gaps): a planned inventory gives no I13.1 at all (plan_silent; d139's label has I13.1 0)
    # session 24 (gaps): nor I12.4 (plan_silent; d139's label has I12.4 0)
    pytest.param("下一步，本行将适时开展碳盘查，建立覆盖全行的能耗与碳排放统计体系。", {"I12.4": 0, "I13.1": 0},
                 id="next_step_lead"),
    pytest.param("公司制定运营碳中和路线图：2025年完成办公场所节能改造，2026年起逐步采购绿色电力。",
                 {"I08.1": 1, "I08.2": 0.5, "I03.4": 0.5}, id="roadmap_lead_zh"),
    pytest.param("Our roadmap: retrofit lighting at all branches in 2025 and buy green electricity from 2026.",
                 {"I08.2": 0.5}, id="roadmap_lead_en"),
    pytest.param("本年度完成办公场所LED照明改造，年节电42万千瓦时。", {"I03.4": 1}, id="done_retrofit_stays"),
    pytest.param("To get there we will raise renewable electricity at our data centre to 60% by 2026, retrofit cooling at "
                 "our office buildings by 2025, and electrify our vehicle fleet by 2027.", {"I08.4": 0.5, "I08.3": 0.5},
                 id="will_list_en"),
    pytest.param("In 2023 we installed rooftop solar at two sites, retrofitted cooling at our office buildings, and "
                 "electrified 40% of our vehicle fleet.", {"I08.4": 1}, id="done_list_en_stays"),
    pytest.param("为摸清自身排放底数，公司参照ISO 14064-1首次对三个生产基地开展温室气体排放核算。", {"I12.2": 1},
                 id="purpose_lead_is_no_plan"),
    # a scenario's figures; adaptation at a data centre
    pytest.param("在有序转型情景下（2030年碳价每吨约300元），高碳行业持仓估值预计下降约8.6%。", {"I06.3": 0, "I13.4": 1},
                 id="scenario_is_no_target"),
    pytest.param("公司承诺以2020年为基准年，到2030年单位产品碳排放下降30%，与1.5°C温控路径一致。", {"I06.3": 1},
                 id="target_on_a_path_stays"),
    pytest.param("In 2023 we added backup power and flood barriers at our data centre.", {"I08.4": 0, "I13.5": 1},
                 id="adaptation_at_data_centre_en"),
    pytest.param("公司为数据中心增设备用电源和防洪挡板，提升应对极端天气的能力。", {"I08.4": 0}, id="adaptation_at_data_centre_zh"),
    pytest.param("We raised the data centre's supply-air temperature, cutting cooling electricity by 8%.", {"I08.4": 1},
                 id="data_centre_saving_stays"),
    # SBTi validation still pending
    pytest.param("公司已将近期减排目标提交科学碳目标倡议组织（SBTi）审核，目前处于审核中。", {"I06.4": 0.5},
                 id="sbti_pending_zh"),
    pytest.param("Our targets were submitted to the SBTi in November and are under validation.", {"I06.4": 0.5},
                 id="sbti_pending_en"),
    pytest.param("Our near-term targets were validated by the SBTi in 2023.", {"I06.4": 1}, id="sbti_validated_stays"),
    # word senses: a business ecosystem, an accounting offset; others' paper
    pytest.param("We will keep building a payments ecosystem that is secure, inclusive and green.", {"I05.2": 0},
                 id="payments_ecosystem_en"),
    pytest.param("公司持续完善支付生态体系，服务商户逾2,000万户。", {"I05.2": 0}, id="payments_ecosystem_zh"),
    pytest.param("We restored 120 hectares of wetland ecosystems around our plant.", {"I05.2": 1}, id="ecology_stays"),
    pytest.param("Merchants' settlement funds are offset against refunds and chargebacks only as the rules permit.",
                 {"I08.6": 0}, id="accounting_offset_en"),
    pytest.param("E-receipts replaced 1.8 billion paper receipts at merchants' tills this year.", {"I04.2": 0},
                 id="merchants_paper_en"),
    pytest.param("本年度推行无纸化办公，减少纸张使用约36吨。", {"I04.2": 1}, id="own_paper_stays"),
    # an office's "no production waste gas or wastewater"
    pytest.param("本集團營運以辦公為主，並不涉及生產性的廢氣、廢水排放。", {"I02.1": 0, "I02.2": 0}, id="not_produced_hant"),
    # a plant built for a village as aid
    pytest.param("公司援建的村级光伏电站于2023年并网发电，发电收益归村集体所有。", {"I08.2": 0}, id="aid_pv_station"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind20_precision(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


@pytest.mark.parametrize("text", [
    "全国碳排放权交易市场启动以来，碳排放配额价格明显上涨，控排企业对碳价风险管理的需求日益增加。",
    "2023年，公司研究所成立碳市场研究小组，发布《全国碳排放权交易市场周报》52期。",
    "公司为辖区内12家控排电力企业客户提供碳排放权交易规则解读和配额价格分析服务。",
    "Our research team published carbon market research for compliance clients every week.",
], ids=["market_demand", "market_research", "services_for_emitters", "research_en"])
def test_carbon_market_services_are_no_carbon_awareness(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not carbon_aware(tmp_path, m, "公司倡导绿色办公，推行无纸化。\n" + text + "\n")


@pytest.mark.parametrize("text", [
    "公司作为控排企业纳入全国碳市场，按时完成2021—2022年度配额清缴履约。",
    "公司已完成首次温室气体排放核算。",
], ids=["own_ets_duty", "own_inventory"])
def test_own_carbon_work_stays_awareness(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert carbon_aware(tmp_path, m, text + "\n")


# ---- a SASB row whose code lost its last digit to the line below -------------------------------

def _doc(texts: list[str]) -> Document:
    return Document(path="b20.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(number=1, text="\n".join(texts),
             passages=[Passage(page=1, index=i, text=t) for i, t in enumerate(texts)])])


def test_a_sasb_code_cut_before_its_digit_opens_the_row() -> None:
    texts = ["Appendix: SASB and GRI Index",
             "TC-SI-130a.",
             "(1) Total energy consumed, (2) percentage grid electricity, (3) percentage renewable Section 4",
             "Our data centre used 24,360 MWh of electricity in 2023, of which 8,200 MWh was renewable."]
    nav = navigation_passages(_doc(texts))
    assert (1, 1) in nav and (1, 2) in nav
    assert (1, 3) not in nav


def test_a_code_with_its_digit_still_alone() -> None:
    nav = navigation_passages(_doc(["TC-SI-130a. 3", "Discussion of environmental considerations in data centre planning"]))
    assert (1, 0) in nav and (1, 1) in nav
