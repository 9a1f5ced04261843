"""The core's message catalogue: key -> {language: template}. Templates use str.format fields.

Add a key here rather than writing a sentence into code; tests check every key has both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "error.unexpected": {
        "en": "Something unexpected went wrong: {detail}",
        "zh_CN": "发生了意外错误：{detail}",
    },
    "error.unexpected_logged": {
        "en": "Something unexpected went wrong ({detail}). Nothing was changed. Details were written to {log}.",
        "zh_CN": "发生了意外错误（{detail}），数据未做任何改动。详细信息已写入 {log}。",
    },
    "cli.bad_arguments": {
        "en": "The command line is not right: {detail}",
        "zh_CN": "命令行参数有误：{detail}",
    },
    "cli.cannot_read": {
        "en": "Cannot read {path}: {detail}",
        "zh_CN": "无法读取 {path}：{detail}",
    },
    "loan.annual_rate_required": {
        "en": "Enter the annual interest rate (0 if the loan is interest-free).",
        "zh_CN": "请填写年利率（免息请填 0）。",
    },
    "loan.monthly_fee_rate_required": {
        "en": "Enter the monthly fee rate for an equal-principal-and-fee (flat fee) loan.",
        "zh_CN": "等本等息贷款请填写月费率。",
    },
    "loan.card_method_needs_card": {
        "en": "A card statement can only be used for a credit card.",
        "zh_CN": "“信用卡账单”还款方式只适用于信用卡。",
    },
    "loan.custom_installments_empty": {
        "en": "Enter at least one instalment.",
        "zh_CN": "请至少填写一期还款。",
    },
    "loan.custom_installments_sum": {
        "en": "The instalments' principal adds up to {total}, but the loan is {principal}.",
        "zh_CN": "各期本金合计 {total}，与贷款本金 {principal} 不一致。",
    },
    # --- the store (app/core/store.py, store_errors.py) ---
    "store.locked": {
        "en": "RepayRadar's data folder {data_dir} is already open in another RepayRadar window. "
        "Switch to that window, or close it and try again.",
        "zh_CN": "数据文件夹 {data_dir} 已在另一个还款雷达窗口中打开。请切换到那个窗口，或将其关闭后重试。",
    },
    "store.corrupt_with_backup": {
        "en": "The data file {path} is damaged (SQLite's integrity check failed), so RepayRadar did not "
        "use or change it: it was moved aside to {moved_to}. The newest good backup is {backup} "
        "(made {created}). RepayRadar's window offers to restore it; on the command line run "
        "\"python -m app restore-backup\". Until then RepayRadar starts with an empty data file.",
        "zh_CN": "数据文件 {path} 已损坏（SQLite 完整性检查未通过），还款雷达没有使用也没有改动它，"
        "已将其移到 {moved_to}。最新的完好备份是 {backup}（{created} 创建）。还款雷达窗口会提供恢复它的选项；"
        "也可在命令行运行 “python -m app restore-backup”。恢复之前，还款雷达将以空白数据文件启动。",
    },
    "store.corrupt_no_backup": {
        "en": "The data file {path} is damaged (SQLite's integrity check failed), so RepayRadar did not "
        "use or change it: it was moved aside to {moved_to}. There is no good backup to restore, so "
        "RepayRadar starts with an empty data file; if you exported a JSON backup, import it.",
        "zh_CN": "数据文件 {path} 已损坏（SQLite 完整性检查未通过），还款雷达没有使用也没有改动它，"
        "已将其移到 {moved_to}。没有可恢复的完好备份，还款雷达将以空白数据文件启动；"
        "如果你导出过 JSON 备份，请导入它。",
    },
    "store.too_new": {
        "en": "The data file {path} was written by a newer version of RepayRadar (data version {found}; "
        "this version knows up to {known}). Nothing was changed. Install the newer RepayRadar to open it.",
        "zh_CN": "数据文件 {path} 由更新版本的还款雷达写入（数据版本 {found}，本版本最高支持 {known}）。"
        "未做任何改动。请安装新版还款雷达后再打开。",
    },
    "store.unwritable.disk_full": {
        "en": "RepayRadar cannot save to {path}: the disk is full ({detail}). Nothing was changed. "
        "Free some space and try again.",
        "zh_CN": "还款雷达无法保存到 {path}：磁盘已满（{detail}）。未做任何改动。请腾出空间后重试。",
    },
    "store.unwritable.read_only": {
        "en": "RepayRadar cannot write to {path}: the folder or file is read-only or you lack permission "
        "({detail}). Nothing was changed. Make it writable or choose another folder with --data-dir.",
        "zh_CN": "还款雷达无法写入 {path}：文件夹或文件为只读，或没有权限（{detail}）。未做任何改动。"
        "请使其可写，或用 --data-dir 选择其他文件夹。",
    },
    "store.unwritable.other": {
        "en": "RepayRadar cannot write to {path} ({detail}). Nothing was changed. Check that the folder "
        "exists and is writable, or choose another folder with --data-dir.",
        "zh_CN": "还款雷达无法写入 {path}（{detail}）。未做任何改动。请确认该文件夹存在且可写，"
        "或用 --data-dir 选择其他文件夹。",
    },
    "store.damaged_in_use": {
        "en": "SQLite reported damage in the data file {path} while it was in use ({detail}). The last "
        "change was not saved. Close RepayRadar: the next start checks the file, sets a damaged file "
        "aside and offers the newest good backup.",
        "zh_CN": "使用过程中 SQLite 报告数据文件 {path} 损坏（{detail}），最后一次改动未保存。请关闭还款雷达："
        "下次启动时会检查该文件，把损坏的文件移到一旁，并提供最新的完好备份供恢复。",
    },
    "store.loan_not_found": {
        "en": "There is no loan with id {record_id}.",
        "zh_CN": "没有 ID 为 {record_id} 的贷款。",
    },
    "store.payment_not_found": {
        "en": "There is no payment with id {record_id}.",
        "zh_CN": "没有 ID 为 {record_id} 的还款记录。",
    },
    "store.contact_not_found": {
        "en": "There is no contact-log entry with id {record_id}.",
        "zh_CN": "没有 ID 为 {record_id} 的联络记录。",
    },
    "store.delivery_not_found": {
        "en": "No reminder with key {record_id} has been shown.",
        "zh_CN": "没有键为 {record_id} 的已发送提醒。",
    },
    "store.loan_exists": {
        "en": "A loan with id {record_id} already exists.",
        "zh_CN": "ID 为 {record_id} 的贷款已存在。",
    },
    "store.payment_exists": {
        "en": "A payment with id {record_id} already exists.",
        "zh_CN": "ID 为 {record_id} 的还款记录已存在。",
    },
    "store.contact_exists": {
        "en": "A contact-log entry with id {record_id} already exists.",
        "zh_CN": "ID 为 {record_id} 的联络记录已存在。",
    },
    "store.backup_unusable": {
        "en": "{path} cannot be restored: {reason} Nothing was changed.",
        "zh_CN": "无法从 {path} 恢复：{reason}未做任何改动。",
    },
    "store.backup_problem.missing": {
        "en": "the file does not exist.",
        "zh_CN": "文件不存在。",
    },
    "store.backup_problem.damaged": {
        "en": "it is damaged or not an SQLite database.",
        "zh_CN": "文件已损坏或不是 SQLite 数据库。",
    },
    "store.backup_problem.not_repayradar": {
        "en": "it is not a RepayRadar database.",
        "zh_CN": "它不是还款雷达的数据文件。",
    },
    "store.backup_problem.too_new": {
        "en": "it was written by a newer version of RepayRadar.",
        "zh_CN": "它由更新版本的还款雷达写入。",
    },
    "store.no_good_backup": {
        "en": "There is no good backup in {folder} to restore.",
        "zh_CN": "{folder} 中没有可恢复的完好备份。",
    },
    "store.restored": {
        "en": "Restored the data from {path}.",
        "zh_CN": "已从 {path} 恢复数据。",
    },
    "store.restored_previous_saved": {
        "en": "Restored the data from {path}. The data as it was before was backed up to {before}.",
        "zh_CN": "已从 {path} 恢复数据。恢复前的数据已备份到 {before}。",
    },
    # --- app.rules: scenarios and rule packs ---
    "scenario.invalid": {
        "en": "The scenario is not valid. {detail}",
        "zh_CN": "场景数据有误。{detail}",
    },
    "scenario.bad_json": {
        "en": "The scenario is not valid JSON (line {line}, column {column}): {detail}.",
        "zh_CN": "场景不是有效的 JSON（第 {line} 行第 {column} 列）：{detail}。",
    },
    "scenario.bad_number": {
        "en": "The scenario contains {value}, which is not a number; amounts must be finite.",
        "zh_CN": "场景中含有 {value}，它不是一个有效数字；金额必须是有限的数。",
    },
    "scenario.not_an_object": {
        "en": "The scenario must be a JSON object with as_of, loan and days_past_due.",
        "zh_CN": "场景必须是一个 JSON 对象，包含 as_of、loan 和 days_past_due。",
    },
    "scenario.overdue_above_outstanding": {
        "en": "The overdue amount {overdue} is more than the whole outstanding amount {outstanding}.",
        "zh_CN": "逾期金额 {overdue} 大于未还总额 {outstanding}。",
    },
    "scenario.principal_above_outstanding": {
        "en": "The outstanding principal {principal} is more than the whole outstanding amount {outstanding}.",
        "zh_CN": "未还本金 {principal} 大于未还总额 {outstanding}。",
    },
    "scenario.cumulative_below_consecutive": {
        "en": "Missed instalments in all ({cumulative}) cannot be fewer than those in a row ({consecutive}).",
        "zh_CN": "累计逾期期数（{cumulative}）不能少于连续逾期期数（{consecutive}）。",
    },
    "rules.pack_invalid": {
        "en": "The rule pack {path} cannot be used ({count} problem(s)):",
        "zh_CN": "规则包 {path} 无法使用（{count} 个问题）：",
    },
    "rules.pack_problem": {
        "en": "{location}: {detail}",
        "zh_CN": "{location}：{detail}",
    },
    "rules.pack_problem_line": {
        "en": "line {line}, {location}: {detail}",
        "zh_CN": "第 {line} 行，{location}：{detail}",
    },
    "rules.pack_syntax": {
        "en": "not valid TOML: {detail}",
        "zh_CN": "不是有效的 TOML：{detail}",
    },
    "rules.pack_unreadable": {
        "en": "the file cannot be read: {detail}",
        "zh_CN": "无法读取该文件：{detail}",
    },
    "rules.pack_duplicate_id": {
        "en": "the id “{id}” is already used (line {first_line})",
        "zh_CN": "id “{id}” 重复（第 {first_line} 行已使用）",
    },
    "rules.pack_unknown_rule": {
        "en": "no rule has the id “{id}”",
        "zh_CN": "没有 id 为 “{id}” 的规则",
    },
    "rules.pack_unknown_level": {
        "en": "“{name}” is not defined in [{table}]",
        "zh_CN": "“{name}” 未在 [{table}] 中定义",
    },
    "rules.pack_duplicate_schedule": {
        "en": "{action} is already scheduled for {kind} (line {first_line})",
        "zh_CN": "{kind} 的 {action} 已经安排过（第 {first_line} 行）",
    },
    "rules.pack_missing_schedule": {
        "en": "no {action} entry covers {kind}",
        "zh_CN": "没有为 {kind} 安排 {action}",
    },
    "rules.pack_kind_twice": {
        "en": "{kind} is already in another classification",
        "zh_CN": "{kind} 已属于另一种分类",
    },
    "rules.pack_kind_unclassified": {
        "en": "{kind} is in no classification",
        "zh_CN": "{kind} 不属于任何分类",
    },
    "rules.pack_stage_gap": {
        "en": "no stage covers day {day} (this stage starts on day {found})",
        "zh_CN": "没有阶段覆盖第 {day} 天（此阶段从第 {found} 天开始）",
    },
    "rules.pack_stage_overlap": {
        "en": "the stage starting on day {day} overlaps another stage",
        "zh_CN": "从第 {day} 天开始的阶段与其他阶段重叠",
    },
    "rules.pack_stage_open_end": {
        "en": "no stage covers day {day} onwards (leave out to_day on the last stage)",
        "zh_CN": "第 {day} 天以后没有阶段覆盖（最后一个阶段不要写 to_day）",
    },
    # --- import and export (app/core/exchange.py) ---
    "exchange.done.export_backup": {
        "en": "Backed up {loans} loans, {payments} payments and {contacts} contact-log entries to {path}.",
        "zh_CN": "已将 {loans} 笔贷款、{payments} 条还款记录和 {contacts} 条联络记录备份到 {path}。",
    },
    "exchange.done.import_backup": {
        "en": "Imported {loans} loans ({added} new, {updated} replaced), {payments} payments and "
        "{contacts} contact-log entries from {path}.",
        "zh_CN": "已从 {path} 导入 {loans} 笔贷款（新增 {added} 笔，替换 {updated} 笔）、{payments} 条还款记录"
        "和 {contacts} 条联络记录。",
    },
    "exchange.done.previous_data_backed_up": {
        "en": "The data as it was before was backed up to {backup}.",
        "zh_CN": "导入前的数据已备份到 {backup}。",
    },
    "exchange.done.export_ics": {
        "en": "Wrote {events} due dates of {loans} loans to {path}. Importing a newer file into your "
        "calendar updates these events instead of adding them twice.",
        "zh_CN": "已将 {loans} 笔贷款的 {events} 个还款日写入 {path}。以后把新文件导入日历时，会更新这些事件而不会重复添加。",
    },
    "exchange.done.export_csv": {
        "en": "Wrote the schedule of {name} ({rows} instalments) to {path}.",
        "zh_CN": "已将“{name}”的还款计划（{rows} 期）写入 {path}。",
    },
    "exchange.cannot_write": {
        "en": "Cannot write {path}: {detail}. Nothing was written.",
        "zh_CN": "无法写入 {path}：{detail}。没有写入任何内容。",
    },
    "exchange.cannot_read": {
        "en": "Cannot read {path}: {detail}. Nothing was imported.",
        "zh_CN": "无法读取 {path}：{detail}。没有导入任何内容。",
    },
    "exchange.not_json": {
        "en": "{path} is not valid JSON: {detail} (line {line}, column {column}). Nothing was imported.",
        "zh_CN": "{path} 不是有效的 JSON：{detail}（第 {line} 行，第 {column} 列）。没有导入任何内容。",
    },
    "exchange.not_backup": {
        "en": "{path} is not a RepayRadar backup (it lacks \"format\": \"repayradar-backup\" with a "
        "format_version). Nothing was imported.",
        "zh_CN": "{path} 不是还款雷达的备份文件（缺少 \"format\": \"repayradar-backup\" 及 format_version）。"
        "没有导入任何内容。",
    },
    "exchange.backup_too_new": {
        "en": "{path} was written by a newer version of RepayRadar (backup format {found}; this version "
        "reads up to {known}). Nothing was imported.",
        "zh_CN": "{path} 由更新版本的还款雷达写入（备份格式 {found}，本版本最高支持 {known}）。没有导入任何内容。",
    },
    "exchange.section_not_list": {
        "en": "{path}: \"{section}\" must be a list of records. Nothing was imported.",
        "zh_CN": "{path}：\"{section}\" 必须是记录列表。没有导入任何内容。",
    },
    "exchange.section_not_object": {
        "en": "{path}: \"{section}\" must be an object. Nothing was imported.",
        "zh_CN": "{path}：\"{section}\" 必须是一个对象。没有导入任何内容。",
    },
    "exchange.record_not_object": {
        "en": "{path}: {record} is not a record (a JSON object). Nothing was imported.",
        "zh_CN": "{path}：{record} 不是一条记录（JSON 对象）。没有导入任何内容。",
    },
    "exchange.record_invalid": {
        "en": "{path}: {detail} Nothing was imported.",
        "zh_CN": "{path}：{detail} 没有导入任何内容。",
    },
    "exchange.duplicate_id": {
        "en": "{path}: {record} has the same id ({record_id}) as {other}. Nothing was imported.",
        "zh_CN": "{path}：{record} 与 {other} 的 ID 相同（{record_id}）。没有导入任何内容。",
    },
    "exchange.unknown_loan": {
        "en": "{path}: {record} belongs to loan {loan_id}, which is neither in this backup nor in "
        "RepayRadar. Nothing was imported.",
        "zh_CN": "{path}：{record} 属于贷款 {loan_id}，但该贷款既不在此备份中，也不在还款雷达中。没有导入任何内容。",
    },
    "exchange.loan_ref_unknown": {
        "en": "No loan matches \"{ref}\". Give the loan's id (or its beginning) or its exact name; "
        "\"python -m app list\" shows them.",
        "zh_CN": "没有与“{ref}”匹配的贷款。请给出贷款的 ID（或其开头部分）或完整名称；"
        "“python -m app list”可列出所有贷款。",
    },
    "exchange.loan_ref_ambiguous": {
        "en": "\"{ref}\" matches {count} loans: {matches}. Give more of the loan's id.",
        "zh_CN": "“{ref}”匹配到 {count} 笔贷款：{matches}。请给出更完整的贷款 ID。",
    },
    "exchange.ics.calendar_name": {
        "en": "RepayRadar due dates",
        "zh_CN": "还款雷达 还款日",
    },
    "exchange.ics.summary": {
        "en": "Repayment due: {name} {amount}",
        "zh_CN": "还款日：{name} {amount}",
    },
    "exchange.ics.description": {
        "en": "Instalment {number} of {name} ({lender}): {amount} due today; paying at least {minimum} "
        "keeps it from being overdue.",
        "zh_CN": "{name}（{lender}）第 {number} 期：今日应还 {amount}；至少还 {minimum} 即可避免逾期。",
    },
}
