"""Every fixed word the reports print, in Chinese and English. Names of indicators, points,
stages and bands come from the methodology file, not from here."""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    # charts
    "ranking_title": ("{year}年企业碳中和社会责任评价排名", "CNSR rating ranking, {year}"),
    "heatmap_title": ("指标得分率热力图", "Indicator scores (% of points)"),
    "distribution_title": ("{year}年企业所处阶段分布", "Companies by stage, {year}"),
    "score_axis": ("企业评分", "Score"),
    "companies_axis": ("企业数量", "Companies"),
    "stage_max": ("阶段满分", "stage maximum"),
    "source_note": ("来源：企业公开披露信息；横轴为企业评分。仅根据公开披露信息评价。",
                    "Source: public disclosures; horizontal axis is the score. "
                    "Rated on public disclosures only."),
    "group_mean": ("组均值", "Group mean"),
    "percent": ("得分率 %", "Percent"),
    "industry": ("行业", "Industry"),
    "size": ("规模", "Size"),
    "unspecified": ("未注明", "unspecified"),
    "other_industries": ("其他 {n} 个行业", "{n} other industries"),
    # store health: what a ranking or card from the store leaves out (issue #13)
    "failed_count": ("另有 {n} 家企业-年度评价失败，未参加排名：",
                     "{n} more company-year(s) failed and are not ranked:"),
    "failed_line": ("  {cy}（{name}）：{error}", "  {cy} ({name}): {error}"),
    # stored checklist results beside a ranking (cnsr batch --check)
    "check_col": ("{framework}\n就绪度，必披露缺项", "{framework}\nreadiness, must missing"),
    "check_cell": ("{share}，缺 {n}/{of} 项", "{share}, {n} of {of} missing"),
    "check_line": ("{title}（{framework}）：已检查 {n} 家企业-年度，平均就绪度 {mean}，"
                   "{k} 家缺必披露条目",
                   "{title} ({framework}): {n} company-year(s) checked, mean readiness {mean}, "
                   "{k} missing must items"),
    "check_most_missed": ("；缺得最多：{items}", "; most often missing: {items}"),
    "check_item_count": ("{item} {name}（{n} 家）", "{item} {name} ({n})"),
    "failed_more": ("  …… 其余 {n} 家见 cnsr batch 的输出或 documents 表",
                    "  ... {n} more: see the cnsr batch output or the documents table"),
    "failed_stale": ("（仍显示其较早的评价）", " (an older rating is still shown)"),
    "interrupted_run": ("注意：批次 {id}（{started} 开始，{manifest}）未完成（被终止或崩溃），"
                        "再次运行 cnsr batch 可补齐",
                        "Note: batch run {id} (started {started}, {manifest}) did not finish "
                        "(killed or crashed); run cnsr batch again to complete it"),
    "card_failed": ("'{cy}' 没有评价结果：评价失败 —— {error}（批次 {run}）；修正文件后重新运行 "
                    "cnsr batch",
                    "no rating for '{cy}': rating it failed — {error} (run {run}); fix the "
                    "document and run cnsr batch again"),
    # card
    "card_title": ("企业碳中和社会责任评价报告", "Carbon-Neutrality Social Responsibility Report Card"),
    "company": ("企业", "Company"),
    "code": ("证券代码", "Stock code"),
    "year": ("年度", "Year"),
    "stage": ("阶段", "Stage"),
    "score": ("得分", "Score"),
    "maximum": ("满分", "Maximum"),
    "share": ("得分率", "Share of maximum"),
    "share_short": ("得分率", "Share"),
    "peer_position": ("同组排名", "Peer position"),
    "percentile": ("百分位", "Percentile"),
    "rank_of": ("第 {rank} 名 / 共 {n} 家", "{rank} of {n}"),
    "tied": ("并列", "tied"),
    "no_peers": ("未提供同组企业评级", "no peer ratings given"),
    "not_ranked": ("第0阶段企业不参与排名", "stage-0 companies are not ranked"),
    "not_scored": ("不评分", "not scored"),
    "stage0_unranked": ("第0阶段（不参与排名、不评分）：{names}", "Stage 0 (not ranked or scored): {names}"),
    "scope_group": ("同组", "Peer group"),
    "scope_industry": ("同行业（各规模）", "Industry, all sizes"),
    "scope_market": ("同阶段全部企业", "Market, same stage"),
    "references": ("参照位置", "Reference positions"),
    "reference_of": ("第 {rank} 名 / 共 {n} 家", "{rank} of {n}"),
    "stage0_needs": ("进入{stage}需满足：{criteria}（该阶段计分指标 {count} 项，满分 {maximum} 分）",
                     "To reach {stage}, meet: {criteria} ({count} indicators counted there, "
                     "maximum {maximum})"),
    "reach_next": ("进入下一阶段所需", "To reach the next stage"),
    "peer_group": ("同组", "Peer group"),
    "peer_group_def": ("同一年度 × 阶段 × 行业 × 规模", "same year × stage × industry × size"),
    "yoy": ("同比", "Year on year"),
    "yoy_text": ("较{year}年 {delta} 分", "{delta} points vs {year}"),
    "rank_change_up": ("排名上升 {n} 位", "up {n} place(s)"),
    "rank_change_down": ("排名下降 {n} 位", "down {n} place(s)"),
    "rank_change_same": ("排名不变", "rank unchanged"),
    "stage_change": ("阶段 {a} → {b}", "stage {a} → {b}"),
    "criteria": ("阶段判定", "Stage criteria"),
    "met": ("满足", "met"),
    "not_met": ("未满足", "not met"),
    "indicators": ("指标得分", "Indicator scores"),
    "indicator": ("指标", "Indicator"),
    "points_max": ("分值", "Points"),
    "level": ("水平", "Level"),
    "band": ("档次", "Band"),
    "dimensions": ("趋势/对比/整合", "Trend/Comp./Integr."),
    "bonus": ("加分", "Bonus"),
    "percent_short": ("得分率", "%"),
    "capped": ("无定量数据，封顶", "no figures: capped"),
    "total": ("合计", "Total"),
    "gaps": ("差距分析与改进建议", "Gap analysis and recommendations"),
    "next_stage": ("进入下一阶段", "Reaching the next stage"),
    "missing_criteria": ("尚需满足", "Missing"),
    "projected": ("按现有披露，进入{stage}后得分约 {total} / {maximum} 分",
                  "With current disclosures the company would score about "
                  "{total} of {maximum} at {stage}"),
    "new_indicators": ("新增指标", "Indicators added"),
    "top_stage": ("已处于最高阶段", "Already at the highest stage"),
    "to_next_band": ("提升一档所需披露", "Disclosures that move each indicator up a band"),
    "readiness_title": ("可持续发展报告披露就绪度", "Sustainability reporting readiness"),
    "readiness": ("就绪度", "Readiness"),
    "items_met": ("已披露 {met} / {items} 项，部分 {partly} 项", "{met} of {items} met, {partly} partly"),
    "item": ("条目", "Item"),
    "status": ("状态", "Status"),
    "evidence_or_reason": ("证据或原因", "Evidence or reason"),
    "cnsr_points": ("对应评级要点", "CNSR points"),
    "article_unconfirmed": ("条款号待核实", "article number not yet confirmed"),
    "requirement_unconfirmed": ("要求待核实", "requirement not yet confirmed"),
    "add_first": ("优先补充", "Add first"),
    "rated_with": ("同次阅读的评级：第 {stage} 阶段，{total} 分", "Rated in the same reading: stage {stage}, {total} points"),
    "also_closes": ("同时满足交易所指引条目", "also meets exchange guideline item"),
    "recommendation": ("建议", "Recommendation"),
    "gain": ("可增分", "Gain"),
    "after": ("提升后", "After"),
    "no_gaps": ("所有计分指标均已达到最高档次", "Every counted indicator is at the top band"),
    "evidence": ("证据摘录", "Evidence"),
    "point": ("披露要点", "Disclosure point"),
    "rating": ("评定", "Rating"),
    "file": ("文件", "File"),
    "page": ("页码", "Page"),
    "page_n": ("第{n}页", "p. {n}"),
    "no_evidence": ("无证据摘录", "no evidence recorded"),
    "check_first": ("优先核实", "check first"),
    "check_first_note": ("{n} 个得分点只有一段证据且未读到该要点的数据。在未见过的报告上，"
                         "此类得分约三分之一有误，建议优先人工核实（标记为“优先核实”）。",
                         "{n} scored point(s) rest on one passage with no figure read for the "
                         "point. On reports the reader had not seen, about a third of such "
                         "points were wrong: check them first (marked “check first”)."),
    "original_language": ("原文引用", "quoted in the original language / 原文引用"),
    "page_label_n": ("第{label}页（文件第{n}页）", "p. {label} (file p. {n})"),
    # dimension reasons (report.reasons): the reader's figures, said in each language
    "reason_trend": ("有利趋势 {good} 项、不利趋势 {bad} 项；多年数据序列 {series} 组",
                     "{good} favourable, {bad} unfavourable trend observation(s); "
                     "{series} multi-year series"),
    "reason_comparison": ("{kinds}", "{kinds}"),  # after the dimension name
    "reason_kind": ("{kind} {n} 处", "{kind} ×{n}"),
    "reason_none": ("无", "none"),
    "cmp_prior_year": ("与上年对比", "prior year"),
    "cmp_target": ("与目标对比", "target"),
    "cmp_industry": ("与行业/同行对比", "industry / peers"),
    "cmp_standard": ("与国家或排放标准对比", "national or emission standard"),
    "cmp_leader": ("领先/标杆表述", "leader / benchmark"),
    "reason_integration": ("{coverage}% 的披露要点有所体现，见于 {passages} 段文字；{future}",
                           "{coverage}% of points found in {passages} passage(s); {future}"),
    "future_stated": ("提及未来计划", "future plans stated"),
    "future_not_stated": ("未提及未来计划", "future plans not stated"),
    "provenance": ("评价依据", "Provenance"),
    "methodology": ("评价体系", "Methodology"),
    "produced_by": ("评价来源", "Produced by"),
    "source_expert": ("专家评分表", "expert sheet"),
    "source_reader": ("自动阅读披露文件", "document reader"),
    "source_override": ("人工复核", "reviewed override"),
    "source_ghg": ("温室气体核算", "GHG accounting"),
    "generated_by": ("由 cnsr {version} 生成", "Generated by cnsr {version}"),
    "disclaimer": ("本报告仅根据企业公开披露信息评价；如按企业实际情况评价，结果可能有所不同。",
                   "Rated on public disclosures only; an assessment of actual performance "
                   "may differ."),
    "rating_absent": ("未披露", "absent"),
    "rating_partial": ("定性/部分", "partial"),
    "rating_full": ("已披露", "disclosed"),
    # study tables / excel
    "rank": ("排名", "Rank"),
    "name": ("企业名称", "Company"),
    "total_score": ("总分", "Total"),
    "change": ("较上年", "Change"),
    "prev_rank": ("上年排名", "Previous rank"),
    "rank_change": ("排名变化", "Rank change"),
    "stage_change_col": ("阶段变化", "Stage change"),
    "summary": ("汇总", "Summary"),
}


def t(key: str, lang: str, **values: object) -> str:
    zh, en = LABELS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def both(key: str, **values: object) -> str:
    """'中文 English', for bilingual headers."""
    return f"{t(key, 'zh', **values)} {t(key, 'en', **values)}"


def check_lang(lang: str) -> Lang:
    if lang not in LANGS:
        from cnsr.errors import InputError

        raise InputError(f"language '{lang}' is not one of zh, en")
    return "zh" if lang == "zh" else "en"
