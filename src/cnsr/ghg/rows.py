"""One function per activity sheet: a validated row → EmissionLines, with its factors recorded.

A name or unit the library does not know becomes a SheetError naming the cell (see `at`).
"""

from __future__ import annotations

from cnsr.errors import SheetError
from cnsr.ghg import calc
from cnsr.ghg.activity import ElectricityRow, FuelRow, HeatRow, ProcessRow, Scope3Row
from cnsr.ghg.context import MEASURED, Context, at, coal_equivalent, num, substitution
from cnsr.ghg.model import EmissionLine
from cnsr.ghg.units import convert, is_dimension, product


def fuel_lines(row: FuelRow, ctx: Context) -> list[EmissionLine]:
    sheet = "fuels"
    with at(sheet, row.row, "fuel"):
        fuel = ctx.lib.fuel(row.fuel)
    keys: list[str] = []
    if row.ncv is not None:
        if not row.ncv_unit:
            raise SheetError("give the unit of the measured NCV, e.g. GJ/t / 请填写发热量单位",
                             sheet=sheet, row=row.row, column="ncv_unit")
        ncv, ncv_unit, ncv_note = row.ncv, row.ncv_unit, MEASURED
    elif fuel.ncv is not None:
        ncv, ncv_unit, ncv_note = fuel.ncv, fuel.ncv_unit, "default"
        keys.append(ctx.use(f"fuel:{fuel.id}:ncv", f"{fuel.zh} 低位发热量", f"{fuel.en} NCV",
                            fuel.ncv, fuel.ncv_unit, fuel.source, fuel.year, fuel.flag))
    else:
        raise SheetError(f"fuel '{fuel.id}' has no default NCV; give the measured value / "
                         f"{fuel.zh}无缺省低位发热量，请填写实测值", sheet=sheet, row=row.row,
                         column="ncv")
    with at(sheet, row.row, "unit"):
        convert(1, row.unit, fuel.unit)  # checks the unit fits the fuel before multiplying
        energy_gj = product(row.quantity, row.unit, ncv, ncv_unit, "GJ")
    if row.carbon_content is not None:
        if not row.carbon_content_unit:
            raise SheetError("give the unit of the carbon content, tC/GJ or tC/TJ / 请填写含碳量单位",
                             sheet=sheet, row=row.row, column="carbon_content_unit")
        with at(sheet, row.row, "carbon_content_unit"):
            carbon = convert(row.carbon_content, row.carbon_content_unit, "tC/GJ")
        cc_text = f"{num(row.carbon_content)} {row.carbon_content_unit} ({MEASURED})"
    else:
        carbon = convert(fuel.carbon_content, fuel.carbon_content_unit, "tC/GJ")
        cc_text = f"{num(fuel.carbon_content)} {fuel.carbon_content_unit}"
        keys.append(ctx.use(f"fuel:{fuel.id}:cc", f"{fuel.zh} 单位热值含碳量",
                            f"{fuel.en} carbon content", fuel.carbon_content,
                            fuel.carbon_content_unit, fuel.source, fuel.year, fuel.flag))
    oxidation = row.oxidation if row.oxidation is not None else fuel.oxidation
    if row.oxidation is None:
        keys.append(ctx.use(f"fuel:{fuel.id}:ox", f"{fuel.zh} 碳氧化率", f"{fuel.en} oxidation",
                            fuel.oxidation, "", fuel.source, fuel.year, fuel.flag))
    co2 = calc.combustion_co2_t(energy_gj, carbon, oxidation)
    if row.ncv is not None:
        tce = convert(energy_gj, "GJ", "tce")
    else:
        with at(sheet, row.row, "unit"):
            tce, tce_key = coal_equivalent(ctx, fuel.id, row.quantity, row.unit,
                                           (fuel.zh, fuel.en))
        tce = tce if tce_key else convert(energy_gj, "GJ", "tce")
        keys += [tce_key] if tce_key else []
    formula = (f"{num(row.quantity)} {row.unit} × {num(ncv)} {ncv_unit} ({ncv_note}) × {cc_text} × "
               f"{num(oxidation)} × 44/12")
    _, _, gwp_key = ctx.gwp("CO2")
    return [EmissionLine(
        year=row.year, site=row.site, scope=1, kind="fuel", source_id=fuel.id,
        label_zh=fuel.zh, label_en=fuel.en, gas="CO2", activity=row.quantity,
        activity_unit=row.unit, gas_t=co2, co2e_t=co2, co2e_market_t=co2, energy_tce=tce,
        energy_label_zh=fuel.zh, energy_label_en=fuel.en, formula=formula,
        factor_keys=(*keys, gwp_key), biogenic=fuel.biogenic, sheet=sheet, row=row.row, data_source=row.data_source,
    )]


def process_lines(row: ProcessRow, ctx: Context) -> list[EmissionLine]:
    sheet = "process"
    material = ctx.lib.material(row.material)
    with at(sheet, row.row, "unit"):
        mass_t = convert(row.quantity, row.unit, "t")
    if material is not None:
        factor = convert(material.value, material.unit, "tCO2e/t")
        purity = row.purity if row.purity is not None else 1.0
        gas_t = calc.calcination_co2_t(mass_t, purity, factor)
        mkey = ctx.use(f"process:{material.id}", material.zh, material.en, material.value,
                       material.unit, material.source, flag=material.flag)
        gas, label_zh, label_en, kind = material.gas, material.zh, material.en, "process"
        formula = f"{num(mass_t)} t × {num(purity)} × {num(material.value)} {material.unit}"
        keys: tuple[str, ...] = (mkey,)
    else:
        if ctx.lib.gas(row.material) is None:
            raise SheetError(f"unknown process material or gas '{row.material}' / "
                             f"未知的原料或气体 '{row.material}'", sheet=sheet, row=row.row,
                             column="material")
        gas_t, gas = mass_t, row.material
        label_zh = label_en = f"{row.source} ({row.material})"
        kind = "process"
        formula = f"{num(mass_t)} t {row.material}"
        keys = ()
    with at(sheet, row.row, "material"):
        gas, gwp, gwp_key = ctx.gwp(gas)
    if material is None and gas != "CO2":
        kind = "fugitive"
    co2e = calc.co2e_t(gas_t, gwp)
    return [EmissionLine(
        year=row.year, site=row.site, scope=1, kind=kind,
        source_id=material.id if material else gas, label_zh=label_zh, label_en=label_en,
        gas=gas, activity=row.quantity, activity_unit=row.unit, gas_t=gas_t, co2e_t=co2e,
        co2e_market_t=co2e, formula=f"{formula} × GWP {num(gwp)}", factor_keys=(*keys, gwp_key),
        sheet=sheet, row=row.row, data_source=row.data_source,
    )]


def electricity_lines(row: ElectricityRow, ctx: Context) -> list[EmissionLine]:
    sheet = "electricity"
    with at(sheet, row.row, "region"):
        region = ctx.lib.region(row.region)
    with at(sheet, row.row, "unit"):
        mwh = convert(row.quantity, row.unit, "MWh")
        green = convert(row.green_power or 0.0, row.unit, "MWh")
    cert = ctx.lib.constant("green_certificate")
    cert_mwh = (row.green_certificates or 0.0) * convert(cert.value, cert.unit, "MWh")
    if green + cert_mwh > mwh * (1 + 1e-9):
        raise SheetError(f"green power + certificates ({green + cert_mwh:g} MWh) exceed purchased "
                         f"electricity ({num(mwh)} MWh) / 绿电与绿证电量超过外购电量", sheet=sheet,
                         row=row.row, column="green_certificates" if cert_mwh else "green_power")
    policy = ctx.options.year_policy
    with at(sheet, row.row, "year"):
        if ctx.options.grid == "regional":
            loc = ctx.lib.grid("regional", region.id, row.year, policy)
            loc_zh, loc_en = f"{region.zh}区域电网平均因子", f"{region.en} regional grid average"
        else:
            loc = ctx.lib.grid("national", "CN", row.year, policy)
            loc_zh, loc_en = "全国电网平均因子", "national grid average"
        residual = ctx.lib.grid("national_excl_market_nonfossil", "CN", row.year, policy)
    keys = [ctx.grid(loc, loc_zh, loc_en)]
    notes = list(substitution(loc))
    if row.supplier_factor is not None:
        market_factor = row.supplier_factor
        keys.append(ctx.use(f"supplier:electricity:{row.site}:{row.year}",
                            f"{row.site} 供电商排放因子", f"{row.site} supplier factor",
                            row.supplier_factor, "tCO2/MWh", row.data_source or "supplier",
                            row.year))
    else:
        market_factor = residual.tco2_per_mwh
        keys.append(ctx.grid(residual, "全国电力因子（不含市场化非化石电量）",
                             "national factor excl. market-traded non-fossil power"))
        notes += [n for n in substitution(residual) if n not in notes]
    if cert_mwh:
        keys.append(ctx.use("misc:green_certificate", "绿证对应电量", "electricity per certificate",
                            cert.value, cert.unit, cert.source, flag=cert.flag))
    location = calc.grid_location_co2_t(mwh, loc.tco2_per_mwh)
    market = calc.grid_market_co2_t(mwh, green + cert_mwh, market_factor)
    tce, tce_key = coal_equivalent(ctx, "electricity", mwh, "MWh", ("电力", "Electricity"))
    keys += [tce_key] if tce_key else []
    formula = (f"location: {num(mwh)} MWh × {loc.tco2_per_mwh:g}; market: ({num(mwh)} − {num(green)} − "
               f"{num(cert_mwh)}) MWh × {num(market_factor)} tCO2/MWh")
    return [EmissionLine(
        year=row.year, site=row.site, scope=2, kind="electricity", source_id=region.id,
        label_zh=f"外购电力（{region.zh}）", label_en=f"Purchased electricity ({region.en})",
        gas="CO2", activity=row.quantity, activity_unit=row.unit, gas_t=location,
        co2e_t=location, co2e_market_t=market, energy_tce=tce, energy_label_zh="电力",
        energy_label_en="Electricity", formula=formula, factor_keys=tuple(keys),
        notes=tuple(notes), green_mwh=green + cert_mwh, sheet=sheet, row=row.row, data_source=row.data_source,
    )]


def heat_lines(row: HeatRow, ctx: Context) -> list[EmissionLine]:
    sheet = "heat"
    with at(sheet, row.row, "kind"):
        factor = ctx.lib.heat(row.kind)
    with at(sheet, row.row, "unit"):
        if is_dimension(row.unit, "[mass]"):
            if row.enthalpy is None:
                raise SheetError("steam given by mass needs its enthalpy in GJ/t / 按质量计的蒸汽"
                                 "须填写焓值", sheet=sheet, row=row.row, column="enthalpy")
            gj = convert(row.quantity, row.unit, "t") * row.enthalpy
        else:
            gj = convert(row.quantity, row.unit, "GJ")
    default = convert(factor.value, factor.unit, "tCO2/GJ")
    keys = [ctx.use(f"heat:{factor.id}", factor.zh, factor.en, factor.value, factor.unit,
                    factor.source, flag=factor.flag)]
    market_factor = default if row.supplier_factor is None else row.supplier_factor
    if row.supplier_factor is not None:
        keys.append(ctx.use(f"supplier:heat:{row.site}:{row.year}", f"{row.site} 供热商因子",
                            f"{row.site} heat supplier factor", row.supplier_factor, "tCO2/GJ",
                            row.data_source or "supplier", row.year))
    tce, tce_key = coal_equivalent(ctx, "heat", gj, "GJ", ("热力", "Heat"))
    keys += [tce_key] if tce_key else []
    location = calc.heat_co2_t(gj, default)
    return [EmissionLine(
        year=row.year, site=row.site, scope=2, kind="heat", source_id=factor.id,
        label_zh=factor.zh, label_en=factor.en, gas="CO2", activity=row.quantity,
        activity_unit=row.unit, gas_t=location, co2e_t=location,
        co2e_market_t=calc.heat_co2_t(gj, market_factor), energy_tce=tce,
        energy_label_zh="热力", energy_label_en="Heat",
        formula=f"{num(gj)} GJ × {num(default)} tCO2/GJ", factor_keys=tuple(keys),
        sheet=sheet, row=row.row, data_source=row.data_source,
    )]


def scope3_lines(row: Scope3Row, ctx: Context) -> list[EmissionLine]:
    sheet = "scope3"
    with at(sheet, row.row, "category"):
        category = ctx.lib.scope3_category(row.category)
    if row.factor is not None:
        if not row.factor_unit:
            raise SheetError("give the factor unit, e.g. tCO2e/t or kgCO2e/万元 / 请填写因子单位",
                             sheet=sheet, row=row.row, column="factor_unit")
        value, unit = row.factor, row.factor_unit
        source = row.factor_source or row.data_source or "company-supplied / 企业提供"
        key = ctx.use(f"scope3:{row.description}:{value}:{unit}:{source}",
                      row.description or category.zh, row.description or category.en, value,
                      unit, source)
    elif row.factor_id:
        with at(sheet, row.row, "factor_id"):
            found = ctx.lib.scope3_factor(row.factor_id)
        value, unit = found.value, found.unit
        key = ctx.use(f"scope3:{found.id}", found.zh or found.id, found.en or found.id, value,
                      unit, found.source, found.year, found.flag)
    else:
        raise SheetError("a scope 3 row needs factor + factor_unit or a factor_id / "
                         "范围三数据须提供排放因子或因子编号", sheet=sheet, row=row.row,
                         column="factor")
    with at(sheet, row.row, "factor_unit"):
        co2e = product(row.quantity, row.unit, value, unit, "tCO2e")
    with at(sheet, row.row, "unit"):
        spend = is_dimension(row.unit, "[currency]")
    method = row.method or ("spend" if spend else "activity")
    return [EmissionLine(
        year=row.year, site=row.site, scope=3, kind="scope3", source_id=f"C{category.category}",
        label_zh=f"类别{category.category} {category.zh}",
        label_en=f"Cat. {category.category} {category.en}", gas="CO2e",
        activity=row.quantity, activity_unit=row.unit, gas_t=co2e, co2e_t=co2e,
        co2e_market_t=co2e, formula=f"{num(row.quantity)} {row.unit} × {num(value)} {unit} ({method})",
        factor_keys=(key,), sheet=sheet, row=row.row, data_source=row.data_source,
    )]
