"""Evidence precision on forms met in blind round 26 (session 24), each rated wrong before, with
text written fresh for these tests: a bank's due diligence on clients with a bare 违法 read as its
own compliance record; the reductions of customers' own low-carbon acts that a retail carbon
account records read as savings the company enabled; the English "led by" read as LED lamps;
industrial waste bought or taken in as a cement blending material read as the company's own
solid waste; carbon credits bought read as a supply-chain measure; an energy-saving leading group
read as a dedicated carbon body; 淘汰落后产能 read as an energy-structure measure; an accounting
note naming the emission factor adopted read as a carbon management system (guide §3.6, §3.7,
§3.10, §2.4)."""

from __future__ import annotations

import pytest

from .tagged import points_of


def _check(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert got == want, got


# clients' environmental violations in a bank's due diligence are the clients' (guide §3.7)
CLIENT_CASES = [
    pytest.param("本行在授信审批中对存在重大环境违法的客户实行“一票否决”，全年否决授信申请12笔。", {"I01.3": 0},
                 id="clients_violation_zh"),
    pytest.param("对近三年有环境违法记录的借款企业，本行一律暂停新增授信。", {"I01.3": 0}, id="borrowers_record_zh"),
    pytest.param("We decline new credit to clients found to have major environmental violations.", {"I01.3": 0},
                 id="clients_violation_en"),
    # the company's own record stays
    pytest.param("报告期内，公司未发生环境违法事件，未受到环保行政处罚。", {"I01.3": 1}, id="own_record_stays"),
]


@pytest.mark.parametrize(("text", "want"), CLIENT_CASES)
def test_blind26_clients_violations(text: str, want: dict[str, float]) -> None:
    _check(text, want)


# customers' own reductions a carbon account records are theirs, not savings the company enabled
ACCOUNT_CASES = [
    pytest.param("截至年末，个人碳账户开户客户52万户，客户累计记录碳减排量约3,600吨。", {"I09.3": 0},
                 id="customers_recorded_zh"),
    pytest.param("“绿色足迹”碳账户记录用户线上缴费、乘坐公交等行为产生的碳减排量，全年约5,200吨。", {"I09.3": 0},
                 id="account_records_users_zh"),
    pytest.param("Our carbon account app records cardholders' low-carbon actions and their carbon reductions, about 12,000 tonnes in 2023.",
                 {"I09.3": 0}, id="account_records_en"),
    # the projects the company's loans support stay
    pytest.param("本行绿色贷款支持的项目每年可帮助客户减少二氧化碳排放约62万吨。", {"I09.3": 1}, id="financed_projects_stay"),
]


@pytest.mark.parametrize(("text", "want"), ACCOUNT_CASES)
def test_blind26_carbon_account(text: str, want: dict[str, float]) -> None:
    _check(text, want)


# "led" (the verb) is no LED lamp; LED in capitals stays
LED_CASES = [
    pytest.param("A Fuel and Carbon Working Group led by the Chief Operating Officer manages fuel efficiency and emissions data.",
                 {"I08.3": 0}, id="working_group_led_by"),
    pytest.param("The heatwave led to power rationing that cut output at two plants for 12 days.", {"I08.3": 0},
                 id="heatwave_led_to"),
    pytest.param("We replaced 12,000 lamps with LED lighting in our hangars, saving 1.8 GWh of electricity a year.",
                 {"I08.3": 1}, id="led_lamps_stay"),
]


@pytest.mark.parametrize(("text", "want"), LED_CASES)
def test_blind26_led(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got


# waste bought or taken in as a material is an input (I04.x), not the company's own waste (I02.3)
WASTE_CASES = [
    pytest.param("公司优先采购电厂粉煤灰、脱硫石膏等工业废渣作为混合材，全年消纳工业废渣120万吨。", {"I02.3": 0},
                 id="bought_as_blending_zh"),
    pytest.param("本年度消纳钢渣、矿渣等工业固废36万吨，全部用作水泥混合材。", {"I02.3": 0}, id="taken_in_zh"),
    pytest.param("We bought 1.2 million tonnes of fly ash from power plants as blending materials for our cement.",
                 {"I02.3": 0}, id="bought_as_blending_en"),
    # the company's own waste stays
    pytest.param("公司全年产生一般工业固废3.2万吨、危险废物460吨，全部合规处置。", {"I02.3": 1}, id="own_waste_stays"),
]


@pytest.mark.parametrize(("text", "want"), WASTE_CASES)
def test_blind26_waste_taken_in(text: str, want: dict[str, float]) -> None:
    _check(text, want)


# carbon credits or allowances bought are compliance, not a measure towards suppliers (I08.5)
CREDIT_CASES = [
    pytest.param("针对碳排放履约风险，公司按月跟踪排放量与配额缺口，提前锁定CCER采购价格。", {"I08.5": 0},
                 id="ccer_price_zh"),
    pytest.param("公司全年购买核证自愿减排量5万吨，用于抵销碳排放配额缺口。", {"I08.5": 0}, id="ccer_bought_zh"),
    pytest.param("To cover our carbon allowance shortfall we locked in the procurement of CCERs early.", {"I08.5": 0},
                 id="ccer_procured_en"),
    # a measure towards suppliers stays
    pytest.param("公司要求主要供应商披露碳排放数据，并将碳排放表现纳入供应商年度评价。", {"I08.5": 1},
                 id="suppliers_asked_stay"),
]


@pytest.mark.parametrize(("text", "want"), CREDIT_CASES)
def test_blind26_credits_bought(text: str, want: dict[str, float]) -> None:
    _check(text, want)


# an energy-saving or energy-management body is a mention of I07.2 (guide §3.6, as the corpus labels)
BODY_CASES = [
    pytest.param("公司成立节能减排工作领导小组，由总经理任组长，负责能源计量和能耗考核。", {"I07.2": 0.5},
                 id="energy_saving_group_zh"),
    pytest.param("集团能源管理中心对全流程能源实施集中监控。", {"I07.2": 0.5}, id="energy_centre_zh"),
    pytest.param("An Energy Management Committee chaired by the COO oversees energy use at all plants.", {"I07.2": 0.5},
                 id="energy_committee_en"),
    # a carbon body stays a disclosure
    pytest.param("公司成立碳达峰碳中和工作领导小组，由总经理任组长。", {"I07.2": 1}, id="carbon_group_stays"),
    pytest.param("We set up a Climate Working Group chaired by the CFO.", {"I07.2": 1}, id="climate_group_stays"),
]


@pytest.mark.parametrize(("text", "want"), BODY_CASES)
def test_blind26_energy_bodies(text: str, want: dict[str, float]) -> None:
    _check(text, want)


# 淘汰落后产能 closes production capacity, not coal use (I08.2)
CAPACITY_CASES = [
    pytest.param("公司主动执行错峰生产，坚决淘汰落后产能，全年关停小型水泥磨机6台。", {"I08.2": 0}, id="capacity_zh"),
    pytest.param("全年淘汰落后工艺装备12套，产品合格率提升至99.6%。", {"I08.2": 0}, id="process_equipment_zh"),
    # coal units closed stay
    pytest.param("公司淘汰落后燃煤机组2台，合计60万千瓦。", {"I08.2": 1}, id="coal_units_stay"),
]


@pytest.mark.parametrize(("text", "want"), CAPACITY_CASES)
def test_blind26_capacity_closed(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got


# a note naming the emission factor adopted is the accounting method (I12.3), no MRV process (I13.1)
NOTE_CASES = [
    pytest.param("注：温室气体排放按相关核算指南核算，范围二采用生态环境部公布的全国电网平均排放因子。", {"I13.1": 0},
                 id="factor_note_zh"),
    pytest.param("註1：溫室氣體排放按《鋼鐵企業溫室氣體排放核算方法與報告指南》核算，範圍二採用全國電網平均排放因子（0.5703噸二氧化碳／兆瓦時）。", {"I13.1": 0},
                 id="factor_note_hant"),
    pytest.param("Note: greenhouse gas emissions accounting uses the national average grid emission factor published by the MEE.",
                 {"I13.1": 0}, id="factor_note_en"),
    # an MRV process stays
    pytest.param("公司建立碳排放监测、报告与核查体系，每月统计各厂温室气体排放。", {"I13.1": 1}, id="mrv_stays"),
]


@pytest.mark.parametrize(("text", "want"), NOTE_CASES)
def test_blind26_factor_notes(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got


# a cost named as a risk is a risk (I13.2), no carbon cost incurred (I15.1)
COST_RISK_CASES = [
    pytest.param("公司识别的主要风险为：原料价格风险、环保政策趋严风险及碳排放配额收紧带来的成本风险。", {"I15.1": 0},
                 id="cost_risk_list_zh"),
    pytest.param("全国碳市场扩容后，配额有偿分配比例提高将带来履约成本上升的风险。", {"I15.1": 0}, id="cost_rise_risk_zh"),
    pytest.param("Tighter allocation in the national carbon market is a compliance cost risk for our cement plants.", {"I15.1": 0},
                 id="cost_risk_en"),
    # a carbon cost incurred stays
    pytest.param("2023年公司购买碳排放配额支出1,260万元。", {"I15.1": 1}, id="allowance_cost_stays"),
]


@pytest.mark.parametrize(("text", "want"), COST_RISK_CASES)
def test_blind26_cost_risks(text: str, want: dict[str, float]) -> None:
    _check(text, want)
