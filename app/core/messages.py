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
    # Why a file cannot be read (app/core/errors.py file_problem), for {detail} above and alike.
    "file.not_found": {"en": "there is no such file", "zh_CN": "没有这个文件"},
    "file.is_folder": {"en": "it is a folder, not a file", "zh_CN": "这是一个文件夹，不是文件"},
    "file.not_allowed": {"en": "you are not allowed to read it", "zh_CN": "你没有读取它的权限"},
    "file.not_utf8": {
        "en": "it is not text in UTF-8 (save it as UTF-8 and try again)",
        "zh_CN": "它不是 UTF-8 编码的文本（请另存为 UTF-8 后再试）",
    },
    "file.no_folder": {"en": "its folder does not exist", "zh_CN": "它所在的文件夹不存在"},
    "file.not_allowed_write": {"en": "you are not allowed to write there", "zh_CN": "你没有在那里写入的权限"},
    "file.unreadable": {"en": "the system could not read it", "zh_CN": "系统无法读取它"},
    # --- `repayradar list` as a table (app/core/loan_table.py) ---
    "cli.list.empty": {"en": "No loans yet.", "zh_CN": "还没有贷款。"},
    "cli.list.none": {"en": "none", "zh_CN": "无"},
    "cli.list.next_due_value": {"en": "{amount} on {date}", "zh_CN": "{date} 应还 {amount}"},
    "cli.list.currency_note": {
        "en": "Amounts are in each loan's own currency (CNY unless shown after the name).",
        "zh_CN": "金额以各笔贷款自己的币种计（名称后未注明的为人民币）。",
    },
    "cli.list.column.name": {"en": "Loan", "zh_CN": "贷款"},
    "cli.list.column.days_past_due": {"en": "Days late", "zh_CN": "逾期天数"},
    "cli.list.column.overdue_amount": {"en": "Overdue", "zh_CN": "逾期金额"},
    "cli.list.column.amount_to_become_current": {"en": "To be current", "zh_CN": "还清逾期需"},
    "cli.list.column.outstanding_principal": {"en": "Principal left", "zh_CN": "剩余本金"},
    "cli.list.column.interest_accrued": {"en": "Interest so far", "zh_CN": "应计利息"},
    "cli.list.column.penalty_interest": {"en": "Penalty", "zh_CN": "罚息"},
    "cli.list.column.next_due": {"en": "Next payment", "zh_CN": "下一期"},
    # --- `repayradar --self-check` (app/ui/self_check.py) ---
    "selfcheck.title": {
        "en": "RepayRadar {version} self-check ({kind}, Qt {qt}, display: {platform})",
        "zh_CN": "还款雷达 {version} 自检（{kind}，Qt {qt}，显示：{platform}）",
    },
    "selfcheck.kind_frozen": {"en": "installed app", "zh_CN": "已安装的应用"},
    "selfcheck.kind_source": {"en": "Python environment", "zh_CN": "Python 环境"},
    "selfcheck.resources": {
        "en": "resources found in {path} ({catalogues} translation catalogues)",
        "zh_CN": "资源目录：{path}（{catalogues} 个翻译文件）",
    },
    "selfcheck.rules": {
        "en": "rule pack {version} loaded and checked: {rules} rules",
        "zh_CN": "规则库 {version} 已加载并通过校验：{rules} 条规则",
    },
    "selfcheck.data": {
        "en": "data file opened in a temporary folder; {loans} sample loans saved and read back; "
        "a loan {days} days late assessed: {stage}",
        "zh_CN": "已在临时文件夹中打开数据文件；{loans} 笔示例贷款已写入并读回；逾期 {days} 天的贷款已评估：{stage}",
    },
    "selfcheck.window": {
        "en": "main window painted at {width}×{height}: the opening page, then the overview",
        "zh_CN": "主窗口已按 {width}×{height} 绘制：先是打开页，然后是总览",
    },
    "selfcheck.translations": {
        "en": "Chinese: {catalogues} catalogues installed (Qt's own included); the menus read {menus}",
        "zh_CN": "中文：已安装 {catalogues} 个翻译文件（含 Qt 自带的）；菜单显示为 {menus}",
    },
    "selfcheck.icons": {
        "en": "icons drawn from SVG: the app icon and {states} tray states",
        "zh_CN": "图标已由 SVG 绘制：应用图标及 {states} 种托盘状态",
    },
    "selfcheck.single_instance": {
        "en": "single-instance guard listening on a local socket",
        "zh_CN": "单实例保护已在本地套接字上监听",
    },
    "selfcheck.passed": {"en": "self-check passed in {seconds} s", "zh_CN": "自检通过，用时 {seconds} 秒"},
    "selfcheck.failed": {
        "en": "self-check FAILED at check {number} of {total}: {detail}",
        "zh_CN": "自检失败（第 {number} 项，共 {total} 项）：{detail}",
    },
    "validation.negative_zero": {
        "en": "must not carry a minus sign (write 0.00)",
        "zh_CN": "不能带负号（请写 0.00）",
    },
    "validation.date_range": {
        "en": "must be a date between {earliest} and {latest}",
        "zh_CN": "日期须在 {earliest} 至 {latest} 之间",
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
    "loan.card_minimum_above_balance": {
        "en": "The statement's minimum payment ({minimum}) cannot be more than its balance ({balance}).",
        "zh_CN": "账单的最低还款额（{minimum}）不能大于账单金额（{balance}）。",
    },
    "loan.card_paid_above_balance": {
        "en": "Already paid ({paid}) cannot be more than the statement balance ({balance}).",
        "zh_CN": "已还金额（{paid}）不能大于账单金额（{balance}）。",
    },
    "loan.card_posting_after_statement": {
        "en": "The posting date cannot be after the statement date.",
        "zh_CN": "记账日不能晚于账单日。",
    },
    "loan.custom_installments_empty": {
        "en": "Enter at least one instalment.",
        "zh_CN": "请至少填写一期还款。",
    },
    "loan.custom_installments_sum": {
        "en": "The instalments' principal adds up to {total}, but the loan is {principal}.",
        "zh_CN": "各期本金合计 {total}，与贷款本金 {principal} 不一致。",
    },
    "loan.custom_due_not_after_start": {
        "en": "must be after the date borrowed ({start})",
        "zh_CN": "须晚于借款日期（{start}）",
    },
    "loan.statement_day_required": {
        "en": "Enter the day of the month your statement is printed on (账单日).",
        "zh_CN": "请填写每月账单日。",
    },
    "loan.rate_changes_same_day": {
        "en": "Two rate changes take effect on the same day; keep one.",
        "zh_CN": "有两次利率调整在同一天生效，请只保留一次。",
    },
    "loan.paid_installments_too_many": {
        "en": "{paid} instalments marked paid, but the loan has only {count}.",
        "zh_CN": "标记已还 {paid} 期，但这笔贷款一共只有 {count} 期。",
    },
    "loan.paid_on_not_paid": {
        "en": "Instalment {number} has a payment date, but only the first {paid} instalments are marked paid.",
        "zh_CN": "第 {number} 期填写了还款日期，但只标记了前 {paid} 期已还。",
    },
    "loan.upfront_fee_too_big": {
        "en": "The fee taken when the loan was made must be less than the amount borrowed ({principal}).",
        "zh_CN": "放款时收取的费用必须小于借款金额（{principal}）。",
    },
    "loan.opening_principal_too_big": {
        "en": "The remaining principal cannot be more than the amount borrowed ({principal}).",
        "zh_CN": "剩余本金不能大于借款金额（{principal}）。",
    },
    "loan.opening_principal_needs_paid": {
        "en": "A remaining principal from the bank needs the number of instalments already paid "
        "(at least one, and fewer than all).",
        "zh_CN": "填写银行给出的剩余本金时，还需填写已还期数（至少 1 期，且少于总期数）。",
    },
    "loan.rework_needs_rate_method": {
        "en": "Rate changes and a remaining principal from the bank work only for equal-instalment, "
        "equal-principal and interest-first loans.",
        "zh_CN": "利率调整和银行给出的剩余本金只适用于等额本息、等额本金和先息后本的贷款。",
    },
    "payment.fee_needs_prepayment": {
        "en": "A prepayment fee belongs to a prepayment: choose shorten the term or lower the instalment.",
        "zh_CN": "提前还款手续费只用于提前还款：请选择“缩短期限”或“减少月供”。",
    },
    # --- validation messages (app/core/validation.py) ---
    "validation.summary": {
        "en": "Some entries are not valid: {problems}.",
        "zh_CN": "填写有误：{problems}。",
    },
    "validation.summary_record": {
        "en": "{record} is not valid: {problems}.",
        "zh_CN": "{record} 有误：{problems}。",
    },
    "validation.problem": {
        "en": "{label}: {message}",
        "zh_CN": "{label}：{message}",
    },
    "validation.problem_with_input": {
        "en": "{message} (entered: {value})",
        "zh_CN": "{message}（输入的是 {value}）",
    },
    "validation.separator": {
        "en": "; ",
        "zh_CN": "；",
    },
    "validation.item": {
        "en": "item {number}",
        "zh_CN": "第 {number} 项",
    },
    "validation.missing": {
        "en": "is required",
        "zh_CN": "必填",
    },
    "validation.empty": {
        "en": "must not be empty",
        "zh_CN": "不能为空",
    },
    "validation.string_too_short": {
        "en": "must be at least {min_length} characters long",
        "zh_CN": "至少需要 {min_length} 个字符",
    },
    "validation.string_too_long": {
        "en": "may be at most {max_length} characters long",
        "zh_CN": "最多 {max_length} 个字符",
    },
    "validation.greater_than": {
        "en": "must be more than {gt}",
        "zh_CN": "必须大于 {gt}",
    },
    "validation.greater_than_equal": {
        "en": "must be at least {ge}",
        "zh_CN": "不能小于 {ge}",
    },
    "validation.less_than": {
        "en": "must be less than {lt}",
        "zh_CN": "必须小于 {lt}",
    },
    "validation.less_than_equal": {
        "en": "must be at most {le}",
        "zh_CN": "不能大于 {le}",
    },
    "validation.number": {
        "en": "must be a number, such as 1234.56",
        "zh_CN": "必须是数字，例如 1234.56",
    },
    "validation.finite_number": {
        "en": "must be an ordinary number (not NaN or infinity)",
        "zh_CN": "必须是普通数字（不能是 NaN 或无穷大）",
    },
    "validation.two_places": {
        "en": "may have at most two decimal places (whole cents)",
        "zh_CN": "最多两位小数（精确到分）",
    },
    "validation.decimal_max_places": {
        "en": "may have at most {decimal_places} decimal places",
        "zh_CN": "最多 {decimal_places} 位小数",
    },
    "validation.decimal_max_digits": {
        "en": "may have at most {max_digits} digits",
        "zh_CN": "最多 {max_digits} 位数字",
    },
    "validation.decimal_whole_digits": {
        "en": "may have at most {whole_digits} digits before the decimal point",
        "zh_CN": "整数部分最多 {whole_digits} 位",
    },
    "validation.whole_number": {
        "en": "must be a whole number",
        "zh_CN": "必须是整数",
    },
    "validation.date": {
        "en": "must be a date such as 2026-03-15",
        "zh_CN": "必须是有效日期，格式如 2026-03-15",
    },
    "validation.datetime": {
        "en": "must be a date and time such as 2026-03-15T09:30:00+08:00",
        "zh_CN": "必须是日期和时间，格式如 2026-03-15T09:30:00+08:00",
    },
    "validation.timezone_aware": {
        "en": "must include the time zone, such as +08:00",
        "zh_CN": "必须包含时区，例如 +08:00",
    },
    "validation.time": {
        "en": "must be a time of day such as 09:30",
        "zh_CN": "必须是时刻，格式如 09:30",
    },
    "validation.choice": {
        "en": "must be one of: {expected}",
        "zh_CN": "必须是以下之一：{expected}",
    },
    "validation.choice_separator": {
        "en": ", ",
        "zh_CN": "、",
    },
    "validation.bool": {
        "en": "must be true or false",
        "zh_CN": "必须是 true（是）或 false（否）",
    },
    "validation.pattern": {
        "en": "does not have the expected form ({pattern})",
        "zh_CN": "格式不正确（应符合 {pattern}）",
    },
    "validation.currency_code": {
        "en": "must be a three-letter currency code in capitals, such as CNY",
        "zh_CN": "必须是三个大写字母的币种代码，例如 CNY",
    },
    "validation.text": {
        "en": "must be text",
        "zh_CN": "必须是文本",
    },
    "validation.too_long": {
        "en": "may have at most {max_length} entries",
        "zh_CN": "最多 {max_length} 项",
    },
    "validation.too_short": {
        "en": "needs at least {min_length} entries",
        "zh_CN": "至少需要 {min_length} 项",
    },
    "validation.list": {
        "en": "must be a list",
        "zh_CN": "必须是列表",
    },
    "validation.object": {
        "en": "must be a record with named fields",
        "zh_CN": "必须是包含各字段的记录",
    },
    "validation.extra_forbidden": {
        "en": "is not a field RepayRadar knows; remove it",
        "zh_CN": "不是还款雷达认识的字段，请删除",
    },
    "validation.lead_days": {
        "en": "each reminder must be 0 to 60 days before the due date",
        "zh_CN": "每个提醒必须在还款日前 0 到 60 天之间",
    },
    "validation.invalid": {
        "en": "is not valid ({detail})",
        "zh_CN": "取值无效（{detail}）",
    },
    # --- field labels (app/core/validation.field_label): field.<model field name> ---
    "field.id": {
        "en": "ID",
        "zh_CN": "ID",
    },
    "field.lender": {
        "en": "Lender",
        "zh_CN": "贷款机构",
    },
    "field.name": {
        "en": "Name",
        "zh_CN": "名称",
    },
    "field.kind": {
        "en": "Kind of loan",
        "zh_CN": "贷款类型",
    },
    # A scenario's loan.type (app/rules/scenario.py) is the same thing as a loan's kind.
    "field.type": {
        "en": "Kind of loan",
        "zh_CN": "贷款类型",
    },
    "field.lender_type": {
        "en": "Kind of lender",
        "zh_CN": "贷款机构类型",
    },
    "field.method": {
        "en": "Repayment method",
        "zh_CN": "还款方式",
    },
    "field.principal": {
        "en": "Principal",
        "zh_CN": "本金",
    },
    "field.credit_limit": {
        "en": "Credit limit",
        "zh_CN": "信用额度",
    },
    "field.annual_rate": {
        "en": "Annual interest rate (%)",
        "zh_CN": "年利率（%）",
    },
    "field.monthly_fee_rate": {
        "en": "Monthly fee rate (%)",
        "zh_CN": "月费率（%）",
    },
    "field.term_months": {
        "en": "Term (months)",
        "zh_CN": "期限（月）",
    },
    "field.start_date": {
        "en": "Start date (statement date for a card)",
        "zh_CN": "放款日（信用卡为账单日）",
    },
    "field.due_day": {
        "en": "Due day of the month",
        "zh_CN": "每月还款日",
    },
    "field.statement_day": {
        "en": "Statement day",
        "zh_CN": "账单日",
    },
    "field.min_payment_percent": {
        "en": "Minimum payment (%)",
        "zh_CN": "最低还款比例（%）",
    },
    "field.min_payment_floor": {
        "en": "Smallest minimum payment",
        "zh_CN": "最低还款额下限",
    },
    "field.card_statement_minimum": {
        "en": "Minimum payment on the statement",
        "zh_CN": "本期最低还款额",
    },
    "field.card_statement_paid": {
        "en": "Already paid towards the statement",
        "zh_CN": "本期已还金额",
    },
    "field.card_posting_date": {
        "en": "Posting date",
        "zh_CN": "记账日",
    },
    "field.card_late_fee_percent": {
        "en": "Late fee (% of the unpaid minimum)",
        "zh_CN": "违约金（未还最低还款额的百分比）",
    },
    "field.custom_installments": {
        "en": "Instalments",
        "zh_CN": "还款计划",
    },
    "field.collateral": {
        "en": "Collateral",
        "zh_CN": "抵押物",
    },
    "field.secured": {
        "en": "Secured",
        "zh_CN": "有抵押或担保",
    },
    "field.grace_days": {
        "en": "Grace days",
        "zh_CN": "宽限天数",
    },
    "field.currency": {
        "en": "Currency",
        "zh_CN": "币种",
    },
    "field.notes": {
        "en": "Notes",
        "zh_CN": "备注",
    },
    "field.behaviour": {
        "en": "Your situation",
        "zh_CN": "您的情况",
    },
    "field.archived": {
        "en": "Archived",
        "zh_CN": "已归档",
    },
    "field.paid_installments": {
        "en": "Instalments already paid",
        "zh_CN": "已还期数",
    },
    "field.installment_paid_on": {
        "en": "Actual payment dates",
        "zh_CN": "实际还款日期",
    },
    "field.opening_principal": {
        "en": "Remaining principal",
        "zh_CN": "剩余本金",
    },
    "field.rate_changes": {
        "en": "Rate changes",
        "zh_CN": "利率调整",
    },
    "field.effective": {
        "en": "Effective from",
        "zh_CN": "生效日期",
    },
    "field.penalty_rate": {
        "en": "Penalty interest rate",
        "zh_CN": "罚息利率",
    },
    "field.compound_interest": {
        "en": "Compound interest on overdue interest",
        "zh_CN": "逾期利息计复利",
    },
    "field.upfront_fee": {
        "en": "Fee taken when the loan was made",
        "zh_CN": "放款时收取的费用",
    },
    "field.late_fee_per_installment": {
        "en": "Late fee per overdue instalment",
        "zh_CN": "每期逾期违约金",
    },
    "field.due_date": {
        "en": "Due date",
        "zh_CN": "应还日期",
    },
    "field.interest": {
        "en": "Interest",
        "zh_CN": "利息",
    },
    "field.reachable": {
        "en": "Reachable by the lender",
        "zh_CN": "贷款机构能联系到您",
    },
    "field.communicating": {
        "en": "In touch with the lender",
        "zh_CN": "与贷款机构保持沟通",
    },
    "field.hardship_reported": {
        "en": "Hardship explained to the lender",
        "zh_CN": "已向贷款机构说明困难",
    },
    "field.negotiating": {
        "en": "Negotiating",
        "zh_CN": "正在协商",
    },
    "field.evading": {
        "en": "Avoiding the lender",
        "zh_CN": "回避联系",
    },
    "field.false_info": {
        "en": "False information given",
        "zh_CN": "提供过虚假信息",
    },
    "field.disputing": {
        "en": "I dispute this debt or its amount",
        "zh_CN": "我对这笔欠款或金额有异议",
    },
    "field.broken_promises": {
        "en": "Broken promises to pay",
        "zh_CN": "未兑现的还款承诺次数",
    },
    "field.overdue_episodes_24m": {
        "en": "Times overdue in the last 24 months",
        "zh_CN": "近 24 个月逾期次数",
    },
    "field.loan_id": {
        "en": "Loan",
        "zh_CN": "所属贷款",
    },
    "field.paid_on": {
        "en": "Date paid",
        "zh_CN": "实还日期",
    },
    "field.amount": {
        "en": "Amount",
        "zh_CN": "金额",
    },
    "field.prepayment": {
        "en": "Prepayment",
        "zh_CN": "提前还款",
    },
    "field.prepayment_fee": {
        "en": "Prepayment fee",
        "zh_CN": "提前还款手续费",
    },
    "field.note": {
        "en": "Note",
        "zh_CN": "备注",
    },
    "field.at": {
        "en": "Date and time",
        "zh_CN": "时间",
    },
    "field.channel": {
        "en": "Channel",
        "zh_CN": "联系方式",
    },
    "field.direction": {
        "en": "Who reached out",
        "zh_CN": "发起方",
    },
    "field.counterparty": {
        "en": "Other party",
        "zh_CN": "对方身份",
    },
    "field.who": {
        "en": "Person",
        "zh_CN": "对方姓名",
    },
    "field.summary": {
        "en": "What was said",
        "zh_CN": "内容摘要",
    },
    "field.promised_amount": {
        "en": "Promised amount",
        "zh_CN": "承诺还款金额",
    },
    "field.promised_date": {
        "en": "Promised date",
        "zh_CN": "承诺还款日期",
    },
    "field.promise_kept": {
        "en": "Promise kept",
        "zh_CN": "承诺是否兑现",
    },
    "field.contacted": {
        "en": "Whom they reached",
        "zh_CN": "联系的对象",
    },
    "field.answered": {
        "en": "Call answered",
        "zh_CN": "是否接通",
    },
    "field.attempts": {
        "en": "Number of calls",
        "zh_CN": "来电次数",
    },
    "field.announced": {
        "en": "Visit announced",
        "zh_CN": "上门前是否通知",
    },
    "field.conduct": {
        "en": "What they did",
        "zh_CN": "对方的行为",
    },
    "contact.attempts_calls_only": {
        "en": "Only a phone-call entry can stand for several calls; make it 1 or choose Phone call.",
        "zh_CN": "只有电话记录可以代表多次来电；请填 1，或把联系方式改为电话。",
    },
    "field.language": {
        "en": "Language",
        "zh_CN": "语言",
    },
    "field.reminder_lead_days": {
        "en": "Days before the due date to remind",
        "zh_CN": "提前提醒天数",
    },
    "field.reminder_time": {
        "en": "Reminder time",
        "zh_CN": "提醒时间",
    },
    "field.quiet_hours_start": {
        "en": "Quiet hours from",
        "zh_CN": "免打扰开始时间",
    },
    "field.quiet_hours_end": {
        "en": "Quiet hours until",
        "zh_CN": "免打扰结束时间",
    },
    "field.currency_display": {
        "en": "Currency shown as",
        "zh_CN": "货币显示方式",
    },
    "field.autostart": {
        "en": "Start with the computer",
        "zh_CN": "开机自动启动",
    },
    "field.tray_hint_shown": {
        "en": "Tray hint shown",
        "zh_CN": "已显示托盘提示",
    },
    "field.sample_data_loaded": {
        "en": "Sample data loaded",
        "zh_CN": "已载入示例数据",
    },
    # --- the store (app/core/store.py, store_errors.py) ---
    "store.locked.window": {
        "en": "RepayRadar's data folder {data_dir} is already open in another RepayRadar window. "
        "Switch to that window, or close it and try again.",
        "zh_CN": "数据文件夹 {data_dir} 已在另一个还款雷达窗口中打开。请切换到那个窗口，或将其关闭后重试。",
    },
    "store.locked.command": {
        "en": "RepayRadar's data folder {data_dir} is in use by a RepayRadar command (python -m app ...) "
        "running now. Wait for it to finish, then try again.",
        "zh_CN": "数据文件夹 {data_dir} 正被一个正在运行的还款雷达命令（python -m app ...）使用。"
        "请等它结束后重试。",
    },
    "store.locked.unknown": {
        "en": "RepayRadar's data folder {data_dir} is in use by another RepayRadar program (a window or a "
        "command). Close it or wait for it to finish, then try again.",
        "zh_CN": "数据文件夹 {data_dir} 正被另一个还款雷达程序（窗口或命令）使用。请将其关闭或等它结束后重试。",
    },
    "store.corrupt_with_backup": {
        "en": "The data file {path} is damaged ({why}), so RepayRadar did not "
        "use or change it: it was moved aside to {moved_to}. The newest good backup is {backup} "
        "(made {created}). RepayRadar's window offers to restore it; on the command line run "
        "\"python -m app restore-backup\". Until then RepayRadar starts with an empty data file.",
        "zh_CN": "数据文件 {path} 已损坏（{why}），还款雷达没有使用也没有改动它，"
        "已将其移到 {moved_to}。最新的完好备份是 {backup}（{created} 创建）。还款雷达窗口会提供恢复它的选项；"
        "也可在命令行运行 “python -m app restore-backup”。恢复之前，还款雷达将以空白数据文件启动。",
    },
    "store.corrupt_no_backup": {
        "en": "The data file {path} is damaged ({why}), so RepayRadar did not "
        "use or change it: it was moved aside to {moved_to}. There is no good backup to restore, so "
        "RepayRadar starts with an empty data file; if you exported a JSON backup, import it.",
        "zh_CN": "数据文件 {path} 已损坏（{why}），还款雷达没有使用也没有改动它，"
        "已将其移到 {moved_to}。没有可恢复的完好备份，还款雷达将以空白数据文件启动；"
        "如果你导出过 JSON 备份，请导入它。",
    },
    "store.damage.integrity": {
        "en": "SQLite's integrity check failed",
        "zh_CN": "SQLite 完整性检查未通过",
    },
    "store.damage.empty": {
        "en": "it is empty, although the backups show it held data",
        "zh_CN": "文件是空的，而备份显示它曾保存过数据",
    },
    "store.damage.foreign": {
        "en": "it is another program's database, not RepayRadar's",
        "zh_CN": "它是其他程序的数据库，不是还款雷达的",
    },
    "store.damage.schema": {
        "en": "tables RepayRadar needs are missing or changed",
        "zh_CN": "还款雷达需要的数据表缺失或被改动",
    },
    "store.not_private.file_link": {
        "en": "The data file {path} is a symbolic link, so RepayRadar would write into whatever file it "
        "points at. Nothing was opened or changed. Replace the link with the real file (or remove it), "
        "or choose another folder with --data-dir.",
        "zh_CN": "数据文件 {path} 是一个符号链接，还款雷达会写入它指向的任意文件。未打开也未改动任何内容。"
        "请用真正的文件替换该链接（或删除它），或用 --data-dir 选择其他文件夹。",
    },
    "store.not_private.file_foreign": {
        "en": "The file {path} in RepayRadar's data folder belongs to another user, who could change or "
        "read it. Nothing was opened or changed. Check where it came from; if it is yours, make yourself "
        "its owner.",
        "zh_CN": "还款雷达数据文件夹中的文件 {path} 属于另一个用户，对方可以改动或读取它。未打开也未改动任何内容。"
        "请查明它的来源；如果是你的文件，请把它的所有者改为你自己。",
    },
    "store.not_private.folder_link": {
        "en": "{path} inside RepayRadar's data folder is a symbolic link, so RepayRadar would write into "
        "whatever it points at. Nothing was written. Replace the link with a real folder or file.",
        "zh_CN": "还款雷达数据文件夹中的 {path} 是一个符号链接，还款雷达会写入它指向的任意位置。未写入任何内容。"
        "请用真正的文件夹或文件替换该链接。",
    },
    "store.not_private.folder_foreign": {
        "en": "RepayRadar's data folder {path} belongs to another user, who could replace or delete your "
        "data. Nothing was opened or changed. Choose a folder of your own with --data-dir.",
        "zh_CN": "还款雷达的数据文件夹 {path} 属于另一个用户，对方可以替换或删除你的数据。未打开也未改动任何内容。"
        "请用 --data-dir 选择一个属于你自己的文件夹。",
    },
    "store.not_private.folder_shared": {
        "en": "Other users can write to RepayRadar's data folder {path}, so they could replace or delete "
        "your data. Nothing was opened or changed. Make the folder writable by you alone "
        "(chmod 700 \"{path}\") or choose another folder with --data-dir.",
        "zh_CN": "其他用户可以写入还款雷达的数据文件夹 {path}，对方可能替换或删除你的数据。未打开也未改动任何内容。"
        "请让该文件夹只允许你自己写入（chmod 700 \"{path}\"），或用 --data-dir 选择其他文件夹。",
    },
    "store.journal_vanished": {
        "en": "Another program deleted the data file's journal {journal} while RepayRadar was using it. "
        "RepayRadar has written everything you saved into {path} and started a new journal, so nothing "
        "was lost. Check which program (a cleaner or a sync tool) touches RepayRadar's data folder.",
        "zh_CN": "在还款雷达使用期间，另一个程序删除了数据文件的日志 {journal}。还款雷达已把你保存的所有内容写入 "
        "{path} 并启用了新的日志，没有丢失任何数据。请检查是哪个程序（清理工具或同步工具）动了还款雷达的数据文件夹。",
    },
    "store.backup_skipped": {
        "en": "Note: RepayRadar could not make its usual backup at this start ({reason}); your data was "
        "read and nothing was changed.",
        "zh_CN": "注意：还款雷达本次启动时无法进行例行备份（{reason}）；数据已读取，未做任何改动。",
    },
    "store.backup_skipped.disk_full": {
        "en": "the disk is full: saving changes needs about {needed} free in {folder}",
        "zh_CN": "磁盘已满：保存改动需要 {folder} 中约有 {needed} 的可用空间",
    },
    "store.backup_skipped.read_only": {
        "en": "the folder is read-only",
        "zh_CN": "文件夹为只读",
    },
    "store.backup_skipped.other": {
        "en": "the backup folder cannot be written",
        "zh_CN": "备份文件夹无法写入",
    },
    "clock.out_of_range": {
        "en": "The computer's clock says {now}, which RepayRadar cannot work with (it handles dates up to "
        "{latest}). Nothing was opened or changed. Set the clock to the right date and start RepayRadar "
        "again.",
        "zh_CN": "电脑时钟显示为 {now}，还款雷达无法处理这个时间（最晚只支持到 {latest}）。未打开也未改动任何内容。"
        "请把时钟调到正确的日期后再启动还款雷达。",
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
    "store.record_damaged": {
        "en": "A record in the data file {path} is damaged and cannot be read. Nothing was changed. "
        "Restore the newest good backup from {folder}: run \"python -m app restore-backup\" (the damaged "
        "data is backed up first).",
        "zh_CN": "数据文件 {path} 中有一条记录已损坏，无法读取。未做任何改动。请从 {folder} 恢复最新的完好备份："
        "运行 “python -m app restore-backup”（恢复前会先备份已损坏的数据）。",
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
        "en": "The scenario is not valid. {detail} (In the JSON: {fields}.)",
        "zh_CN": "场景数据有误。{detail}（JSON 中的字段：{fields}。）",
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
    "scenario.overdue_without_missed": {
        "en": "The loan is {days} days overdue, so at least one instalment is missed; 0 missed in a row does not fit.",
        "zh_CN": "已逾期{days}天，至少有一期未还；“连续未还0期”与此不符。",
    },
    "scenario.principal_above_outstanding": {
        "en": "The outstanding principal {principal} is more than the whole outstanding amount {outstanding}.",
        "zh_CN": "未还本金 {principal} 大于未还总额 {outstanding}。",
    },
    "scenario.cumulative_below_consecutive": {
        "en": "Missed instalments in all ({cumulative}) cannot be fewer than those in a row ({consecutive}).",
        "zh_CN": "累计逾期期数（{cumulative}）不能少于连续逾期期数（{consecutive}）。",
    },
    # --- what-if plans (app/rules/whatif.py) ---
    "whatif.amount_missing": {
        "en": "Enter the amount you plan to pay.",
        "zh_CN": "请填写你打算还的金额。",
    },
    "whatif.amount_not_number": {
        "en": "“{text}” is not an amount: enter a number such as 1644.00.",
        "zh_CN": "“{text}”不是金额：请填写数字，例如 1644.00。",
    },
    "whatif.amount_not_positive": {
        "en": "The amount must be more than 0.",
        "zh_CN": "金额必须大于 0。",
    },
    "whatif.amount_cents": {
        "en": "An amount has at most two decimals (cents).",
        "zh_CN": "金额最多两位小数（精确到分）。",
    },
    "whatif.amount_above_owed": {
        "en": "{amount} is more than everything owed on this loan ({owed}); enter at most {owed}.",
        "zh_CN": "{amount} 超过了这笔贷款的全部欠款（{owed}）；最多填写 {owed}。",
    },
    "whatif.nothing_owed": {
        "en": "Nothing is owed on this loan, so there is no payment to plan.",
        "zh_CN": "这笔贷款已没有欠款，无需计划还款。",
    },
    "whatif.date_missing": {
        "en": "Choose the day you plan to pay.",
        "zh_CN": "请选择打算还款的日期。",
    },
    "whatif.date_past": {
        "en": "{date} has passed: choose today ({today}) or a later day.",
        "zh_CN": "{date} 已经过去：请选择今天（{today}）或之后的日期。",
    },
    "whatif.date_too_far": {
        "en": "{date} is too far ahead: choose a day by {latest} (the estimate looks one year ahead).",
        "zh_CN": "{date} 太远了：请选择 {latest} 之前的日期（估计只看未来一年）。",
    },
    "whatif.if.pay": {
        "en": "If you pay {amount} by {date}",
        "zh_CN": "如果你在 {date} 前还 {amount}",
    },
    "whatif.if.call_for_instalments": {
        "en": "If you call the lender now and ask for instalments",
        "zh_CN": "如果你现在就致电贷款方申请分期还款",
    },
    "whatif.if.stay_unreachable": {
        "en": "If you stay unreachable",
        "zh_CN": "如果你继续让贷款方联系不上",
    },
    "whatif.if.pay_and_call_for_instalments": {
        "en": "If you pay {amount} by {date} and call the lender now to ask for instalments",
        "zh_CN": "如果你在 {date} 前还 {amount}，并且现在就致电贷款方申请分期还款",
    },
    "whatif.if.pay_and_stay_unreachable": {
        "en": "If you pay {amount} by {date} but stay unreachable",
        "zh_CN": "如果你在 {date} 前还 {amount}，但仍让贷款方联系不上",
    },
    "whatif.field_visit.changes": {
        "en": "{condition}, the chance of a field visit {when} goes from {before} to {after}.",
        "zh_CN": "{condition}，{when}上门外访的可能性将从“{before}”变为“{after}”。",
    },
    "whatif.field_visit.stays": {
        "en": "{condition}, the chance of a field visit {when} stays {word}.",
        "zh_CN": "{condition}，{when}上门外访的可能性仍然“{word}”。",
    },
    "whatif.days.cleared": {
        "en": "On {date} nothing would be overdue any more; without the payment you would be {before} overdue.",
        "zh_CN": "到 {date} 将不再有逾期；如果不还，届时已逾期 {before}。",
    },
    "whatif.days.fewer": {
        "en": "On {date} you would be {after} overdue instead of {before}, with {remaining} still to pay to be "
        "current (overdue instalments, penalty interest and fees).",
        "zh_CN": "到 {date} 你将逾期 {after}而不是 {before}，仍需还 {remaining} 才能恢复正常（逾期分期、罚息和违约金）。",
    },
    "whatif.days.same": {
        "en": "{amount} does not clear the oldest overdue instalment: on {date} you would still be {after} "
        "overdue, with {remaining} to pay to be current.",
        "zh_CN": "{amount} 不足以还清最早逾期的一期：到 {date} 仍将逾期 {after}，仍需还 {remaining} 才能恢复正常。",
    },
    "whatif.day_count.one": {"en": "{n} day", "zh_CN": "{n} 天"},
    "whatif.day_count.many": {"en": "{n} days", "zh_CN": "{n} 天"},
    "whatif.days.ahead": {
        "en": "Nothing is overdue on {date} either way; after the payment {owed} is left to repay.",
        "zh_CN": "无论是否还款，到 {date} 都没有逾期；还款后还剩 {owed} 待还。",
    },
    "whatif.when.now": {
        "en": "now",
        "zh_CN": "现在",
    },
    "whatif.when.then": {
        "en": "by then",
        "zh_CN": "届时",
    },
    "whatif.risk": {
        "en": "Risk {when}: {before} ({before_score}/100) → {after} ({after_score}/100).",
        "zh_CN": "{when}的风险：从“{before}”（{before_score}/100）变为“{after}”（{after_score}/100）。",
    },
    "whatif.part.start": {
        "en": "could start from day {after} instead of day {before}",
        "zh_CN": "最早从第 {after} 天开始（原为第 {before} 天）",
    },
    "whatif.part.eventual": {
        "en": "if still unpaid, {after} instead of {before}",
        "zh_CN": "若一直未还，从“{before}”变为“{after}”",
    },
    "whatif.step": {
        "en": "{action}: {changes}.",
        "zh_CN": "{action}：{changes}。",
    },
    "whatif.separator": {
        "en": "; ",
        "zh_CN": "；",
    },
    "whatif.warning.added": {
        "en": "New warning: {title}",
        "zh_CN": "新增警示：{title}",
    },
    "whatif.list_separator": {
        "en": ", ",
        "zh_CN": "、",
    },
    # --- several debts at once (app/rules/debt_order.py) ---
    "debt_order.reason.card_crime": {
        "en": "This card is near the legal line of malicious overdraft; repaying before prosecution keeps it out of court.",
        "zh_CN": "这张卡正在接近“恶意透支”的法律界线；在提起公诉前还清，可以不被追究刑事责任。",
    },
    "debt_order.reason.acceleration_soon": {
        "en": "Around day {day} the lender can call the whole loan; paying the overdue part now prevents it.",
        "zh_CN": "大约第{day}天贷款人就可以宣布全部贷款提前到期；现在还上逾期部分可以避免。",
    },
    "debt_order.reason.acceleration_reached": {
        "en": "The lender can already call the whole loan; paying the overdue part is the strongest case to keep the plan.",
        "zh_CN": "贷款人已经可以宣布全部贷款提前到期；还上逾期部分，最有理由请求维持原还款计划。",
    },
    "debt_order.reason.grace": {
        "en": "Still within grace: paid now, it is not counted as late and not reported.",
        "zh_CN": "还在宽限期内：现在还上，一般不算逾期，也不会上报征信。",
    },
    "debt_order.reason.not_reported_yet": {
        "en": "{days} days late and probably not yet reported: paying before the monthly report may keep it off your credit record.",
        "zh_CN": "逾期{days}天，可能还没有上报征信：在月度报送前还上，可能不留下逾期记录。",
    },
    "debt_order.reason.quick_cure": {
        "en": "Only {amount} clears what is late here: a small part of your money keeps it off your credit record.",
        "zh_CN": "这笔只要 {amount} 就能还清逾期部分：用很少的钱就可能不留下逾期记录。",
    },
    "debt_order.reason.lawsuit": {
        "en": "A lawsuit is in view for this debt.",
        "zh_CN": "这笔欠款已经到了可能被起诉的阶段。",
    },
    "debt_order.reason.collateral": {
        "en": "Your home or car is the collateral.",
        "zh_CN": "你的房子或车是抵押物。",
    },
    "debt_order.reason.risk": {
        "en": "Collection risk: {label} ({score}/100).",
        "zh_CN": "催收风险：{label}（{score}/100）。",
    },
    "debt_order.reason.cost": {
        "en": "Being late costs about {percent}% a year here.",
        "zh_CN": "这笔逾期每年的成本约为{percent}%。",
    },
    "debt_order.summary.short": {
        "en": "With {budget} this month, {shortfall} of overdue amounts stays unpaid: pay in this order, and tell each lender you cannot pay in full what you can pay and when.",
        "zh_CN": "本月有 {budget}，还差 {shortfall} 的逾期金额：按这个顺序还，并告诉还不到的贷款人你的情况。",
    },
    "debt_order.summary.enough": {
        "en": "{budget} covers every overdue amount this month, with {left} left: put it on the costliest debt.",
        "zh_CN": "本月的 {budget} 够还所有逾期金额，还剩 {left}：用来还成本最高的那笔。",
    },
    "debt_order.summary.order_only": {
        "en": "{overdue} is overdue in all. Pay in this order; enter what you have this month to see how far it goes.",
        "zh_CN": "逾期金额合计 {overdue}。按这个顺序还；填写你本月有多少钱，可以看到能还到哪一笔。",
    },
    "debt_order.nothing_overdue": {
        "en": "Nothing is overdue: there is no order to keep.",
        "zh_CN": "没有逾期的欠款，不需要排先后。",
    },
    "debt_order.line.with_budget": {
        "en": "{rank}. {name}: pay {pay} (overdue {overdue})",
        "zh_CN": "{rank}. {name}：还 {pay}（逾期 {overdue}）",
    },
    "debt_order.line.order_only": {
        "en": "{rank}. {name}: overdue {overdue}",
        "zh_CN": "{rank}. {name}：逾期 {overdue}",
    },
    "debt_order.line.reason": {
        "en": "   - {text} ({source})",
        "zh_CN": "   - {text}（{source}）",
    },
    "debt_order.budget_field": {
        "en": "--budget (the money you have this month): {detail}",
        "zh_CN": "--budget（你本月有的钱）：{detail}",
    },
    "whatif.budget_nothing_overdue": {
        "en": "Nothing is overdue on this loan: this month's money goes to the overdue debts first. Use “I pay” to plan a payment here.",
        "zh_CN": "这笔贷款没有逾期：本月的钱先还逾期的欠款。要为这笔贷款安排还款，请用“我还款”。",
    },
    "whatif.budget_not_reaching": {
        "en": "With {budget} this month, the debts that come first take it all: nothing reaches this loan.",
        "zh_CN": "本月的 {budget} 会先还排在前面的欠款，轮不到这笔贷款。",
    },
    "whatif.already_begun": {
        "en": "Already under way, and paying does not undo it: {action}. Paying stops what would follow.",
        "zh_CN": "已经发生、还款也不能撤销的：{action}。还款能阻止的是后面的步骤。",
    },
    "whatif.nothing_else": {
        "en": "Nothing else in the estimate changes.",
        "zh_CN": "估计的其他内容没有变化。",
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
    "rules.pack_text_languages": {
        "en": "write the English text only (text = \"...\"); its translations belong in the catalogue "
        "(resources/locale), not in the pack",
        "zh_CN": "这里只写英文原文（text = \"...\"）；译文放在翻译目录（resources/locale）中，不放在规则包里",
    },
    "rules.pack_text_braces": {
        "en": "this text takes no {{placeholders}}: remove the braces",
        "zh_CN": "这段文字不能使用 {{占位符}}：请去掉花括号",
    },
    # --- the collection-conduct checks of a pack (app/rules/pack_schema.py, app/rules/conduct.py) ---
    "rules.conduct_setting_missing": {
        "en": "{kind} checks need “{name}”",
        "zh_CN": "{kind} 检查必须设置 “{name}”",
    },
    "rules.conduct_setting_unused": {
        "en": "“{name}” is not a setting of {kind} checks (their settings: {allowed})",
        "zh_CN": "“{name}” 不是 {kind} 检查的设置（可用的设置：{allowed}）",
    },
    "rules.conduct_placeholder": {
        "en": "the texts of {kind} checks may use only {allowed}; this one uses {unknown}",
        "zh_CN": "{kind} 检查的文字只能使用 {allowed}；却使用了 {unknown}",
    },
    "rules.conduct_braces": {
        "en": "braces do not pair up; write {{{{ and }}}} for literal braces",
        "zh_CN": "花括号不成对；字面上的花括号请写成 {{{{ 和 }}}}",
    },
    "rules.conduct_quiet_hours": {
        "en": "the quiet hours start and end at the same time ({time})",
        "zh_CN": "免打扰时段的开始和结束时间相同（{time}）",
    },
    "rules.conduct_duplicate_check": {
        "en": "the check id “{id}” is already used by another check",
        "zh_CN": "检查 id “{id}” 已被另一个检查使用",
    },
    "rules.conduct_needs_kind": {
        "en": "the pack's advice quotes the numbers of a {kind} check: add a [[conduct.checks]] of kind {kind}",
        "zh_CN": "规则包的建议引用了 {kind} 检查的数字：请添加一个 kind 为 {kind} 的 [[conduct.checks]]",
    },
    "rules.conduct_not_third_party": {
        "en": "“{party}” is not a third party (the borrower and a guarantor are parties to the debt)",
        "zh_CN": "“{party}” 不是第三人（借款人本人和担保人是债务的当事人）",
    },
    # --- the complaint drafted from the harassment check (app/rules/conduct_complaint.py) ---
    "complaint.entry": {
        "en": "{number}. {time}: {channel} from {by}{who}, to {party}.",
        "zh_CN": "{number}. {time}：{by}{who}以{channel}方式联系{party}。",
    },
    "complaint.who": {
        "en": " ({who})",
        "zh_CN": "（{who}）",
    },
    "complaint.entry_said": {
        "en": "   What happened: {summary}",
        "zh_CN": "   经过：{summary}",
    },
    "complaint.entry_breaks": {
        "en": "   This breaks: {breaks}.",
        "zh_CN": "   违反：{breaks}。",
    },
    "complaint.entry_concern": {
        "en": "   Why I object: {breaks}.",
        "zh_CN": "   我反对的理由：{breaks}。",
    },
    "complaint.calls_day": {
        "en": "{number}. {day}: {count} unanswered calls from {by}, at {times}.",
        "zh_CN": "{number}. {day}：{by}来电 {count} 次均未接通，时间：{times}。",
    },
    # The complaint's opening: when the breaches happened (one day is said as that day), and how many
    # points its evidence lists (count_message picks .one or .many).
    "complaint.period.day": {"en": "On {day}", "zh_CN": "{day}"},
    "complaint.period.days": {"en": "Between {first} and {last}", "zh_CN": "{first}至{last}期间"},
    "complaint.points_below.one": {"en": "the point below is", "zh_CN": "以下 1 项"},
    "complaint.points_below.many": {"en": "the {count} points below are", "zh_CN": "以下 {count} 项"},
    "complaint.call_time_repeated": {
        "en": "{time} ({attempts} calls)",
        "zh_CN": "{time}（{attempts} 次）",
    },
    "complaint.rule": {
        "en": "[{ref}] {source}: {text}",
        "zh_CN": "[{ref}] {source}：{text}",
    },
    "complaint.no_rules": {
        "en": "(The points above are not covered by a published rule in RepayRadar's rule pack; they are raised as conduct I object to.)",
        "zh_CN": "（以上各项在还款雷达的规则包中没有对应的公开规定，作为我反对的做法提出。）",
    },
    "complaint.no_name": {
        "en": "[your name]",
        "zh_CN": "【你的姓名】",
    },
    "complaint.template_invalid": {
        "en": "The complaint template {path} cannot be used: {detail}",
        "zh_CN": "投诉模板 {path} 无法使用：{detail}",
    },
    # --- import and export (app/core/exchange.py) ---
    # The counts are filled in already worded by count_message ("1 loan", "3 loans"): see count.* below.
    "exchange.done.export_backup": {
        "en": "Backed up {loans}, {payments} and {contacts} to {path}.",
        "zh_CN": "已将 {loans}、{payments}和 {contacts}备份到 {path}。",
    },
    "exchange.done.import_backup": {
        "en": "Imported {loans} ({added} new, {updated} replaced), {payments} and {contacts} from {path}.",
        "zh_CN": "已从 {path} 导入 {loans}（新增 {added} 笔，替换 {updated} 笔）、{payments}和 {contacts}。",
    },
    "exchange.done.previous_data_backed_up": {
        "en": "The data as it was before was backed up to {backup}.",
        "zh_CN": "导入前的数据已备份到 {backup}。",
    },
    "exchange.done.export_ics": {
        "en": "Wrote {events} of {loans} to {path}. Importing a newer file into your "
        "calendar updates these events instead of adding them twice.",
        "zh_CN": "已将 {loans}的 {events}写入 {path}。以后把新文件导入日历时，会更新这些事件而不会重复添加。",
    },
    "exchange.done.export_csv": {
        "en": "Wrote the schedule of {name} ({rows}) to {path}.",
        "zh_CN": "已将“{name}”的还款计划（{rows}）写入 {path}。",
    },
    # Counted nouns, for count_message (app/core/i18n.py): .one for 1, .many otherwise.
    "count.loans.one": {"en": "{count} loan", "zh_CN": "{count} 笔贷款"},
    "count.loans.many": {"en": "{count} loans", "zh_CN": "{count} 笔贷款"},
    "count.payments.one": {"en": "{count} payment", "zh_CN": "{count} 条还款记录"},
    "count.payments.many": {"en": "{count} payments", "zh_CN": "{count} 条还款记录"},
    "count.contacts.one": {"en": "{count} contact-log entry", "zh_CN": "{count} 条联络记录"},
    "count.contacts.many": {"en": "{count} contact-log entries", "zh_CN": "{count} 条联络记录"},
    "count.events.one": {"en": "{count} due date", "zh_CN": "{count} 个还款日"},
    "count.events.many": {"en": "{count} due dates", "zh_CN": "{count} 个还款日"},
    "count.rows.one": {"en": "{count} instalment", "zh_CN": "{count} 期"},
    "count.rows.many": {"en": "{count} instalments", "zh_CN": "{count} 期"},
    "exchange.cannot_write": {
        "en": "Cannot write {path}: {detail}. Nothing was written.",
        "zh_CN": "无法写入 {path}：{detail}。没有写入任何内容。",
    },
    "exchange.cannot_read": {
        "en": "Cannot read {path}: {detail}. Nothing was imported.",
        "zh_CN": "无法读取 {path}：{detail}。没有导入任何内容。",
    },
    "exchange.limit.file_size": {
        "en": "{path} is larger than an import may be ({limit}; a real RepayRadar backup is a few MB). "
        "Nothing was imported.",
        "zh_CN": "{path} 超过了导入文件的大小上限（{limit}；真实的还款雷达备份只有几 MB）。没有导入任何内容。",
    },
    "exchange.limit.depth": {
        "en": "{path} is nested deeper than an import may be (at most {limit} levels of brackets). "
        "Nothing was imported.",
        "zh_CN": "{path} 的嵌套层数超过了导入上限（最多 {limit} 层括号）。没有导入任何内容。",
    },
    "exchange.limit.number": {
        "en": "{path} contains the number {number}, beyond what an import accepts (at most {digits} "
        "characters and a power of ten up to {exponent}). Nothing was imported.",
        "zh_CN": "{path} 含有数字 {number}，超出了导入所能接受的范围（最多 {digits} 个字符，10 的幂次不超过 "
        "{exponent}）。没有导入任何内容。",
    },
    "exchange.limit.records": {
        "en": "{path} holds {count} records in \"{section}\", more than an import accepts ({limit}). "
        "Nothing was imported.",
        "zh_CN": "{path} 的“{section}”中有 {count} 条记录，超过了导入上限（{limit} 条）。没有导入任何内容。",
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
        "zh_CN": "{path}：{detail}没有导入任何内容。",
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
        "en": "No loan matches \"{ref}\". Give the loan's id or a part of its name (case does not matter); "
        "\"python -m app list\" shows them.",
        "zh_CN": "没有与“{ref}”匹配的贷款。请给出贷款的 ID 或名称中的一部分（不区分大小写）；"
        "“python -m app list”会列出所有贷款。",
    },
    "exchange.loan_ref_ambiguous": {
        "en": "\"{ref}\" matches {count} loans: {matches}. Give more of the name, or the loan's id.",
        "zh_CN": "“{ref}”匹配到 {count} 笔贷款：{matches}。请给出更完整的名称，或贷款的 ID。",
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
    # --- letter drafts (app/core/letters.py) ---
    "field.document": {"en": "Document", "zh_CN": "文书"},
    "field.lang": {"en": "Language of the letter", "zh_CN": "文书语言"},
    "field.borrower_name": {"en": "Your name", "zh_CN": "您的姓名"},
    "field.borrower_phone": {"en": "Your phone", "zh_CN": "您的电话"},
    "field.account_ref": {"en": "Contract number or card's last digits", "zh_CN": "合同编号或卡号尾号"},
    "field.hardship": {"en": "Your hardship", "zh_CN": "困难情况"},
    "field.plan_kind": {"en": "Plan", "zh_CN": "方案"},
    "field.months": {"en": "Months", "zh_CN": "月数"},
    "field.monthly_amount": {"en": "Monthly amount", "zh_CN": "每月金额"},
    "field.start": {"en": "First payment on", "zh_CN": "第一期还款日"},
    "letters.kind.credit_card": {"en": "credit card", "zh_CN": "信用卡"},
    "letters.kind.unsecured_consumer": {"en": "consumer loan", "zh_CN": "个人消费贷款"},
    "letters.kind.small_online": {"en": "online loan", "zh_CN": "网络小额贷款"},
    "letters.kind.mortgage": {"en": "mortgage", "zh_CN": "住房按揭贷款"},
    "letters.kind.car": {"en": "car loan", "zh_CN": "汽车贷款"},
    "letters.kind.business": {"en": "business loan", "zh_CN": "经营贷款"},
    # --- kinds of lender (models.LenderType), for the loan editor, the CLI and the assessment ---
    "lender_type.bank": {"en": "Bank", "zh_CN": "银行"},
    "lender_type.consumer_finance": {"en": "Consumer finance company", "zh_CN": "消费金融公司"},
    "lender_type.online_platform": {"en": "Online lending platform", "zh_CN": "网络贷款平台（含助贷）"},
    "lender_type.auto_finance": {"en": "Auto finance company", "zh_CN": "汽车金融公司"},
    "lender_type.private_lender": {"en": "Private lender", "zh_CN": "民间借贷（个人或非金融企业）"},
    "letters.title.instalments_card": {
        "en": "Request for a personalised instalment plan (个性化分期)",
        "zh_CN": "个性化分期还款申请",
    },
    "letters.title.instalments": {
        "en": "Request to repay in instalments",
        "zh_CN": "协商分期还款申请",
    },
    "letters.title.extension": {
        "en": "Request to extend the repayment term (展期)",
        "zh_CN": "延长还款期限（展期）申请",
    },
    "letters.title.reduced": {
        "en": "Request for a reduced monthly payment",
        "zh_CN": "降低月还款额申请",
    },
    "letters.account.card": {"en": "card ending in {ref}", "zh_CN": "卡号尾号 {ref}"},
    "letters.account.contract": {"en": "contract No. {ref}", "zh_CN": "合同编号 {ref}"},
    "letters.blank.name": {"en": "[your full name]", "zh_CN": "[您的姓名]"},
    "letters.blank.phone": {"en": "[your phone number]", "zh_CN": "[您的联系电话]"},
    "letters.blank.hardship": {
        "en": "[Say what happened and since when, and what you can pay now; for example: I lost my job in "
        "March and now earn ¥3,000 a month from part-time work.]",
        "zh_CN": "[请写明发生了什么、从何时开始、现在每月能还多少；例如：今年 3 月我失去了工作，"
        "目前靠兼职每月收入 3,000 元。]",
    },
    "letters.terms.card": {
        "en": "statement balance {principal}, due on {due}",
        "zh_CN": "账单金额 {principal}，到期还款日 {due}",
    },
    "letters.terms.loan": {
        "en": "{principal} borrowed on {start}, to be repaid by {end}",
        "zh_CN": "{start} 借款 {principal}，约定 {end} 还清",
    },
    "letters.overdue.one": {
        "en": "As of {today}, {amount} is overdue: one instalment, due on {since}, {days} days ago.",
        "zh_CN": "截至 {today}，逾期金额 {amount}：1 期未还，应还日为 {since}，已逾期 {days} 天。",
    },
    "letters.overdue.many": {
        "en": "As of {today}, {amount} is overdue: {count} instalments, the oldest due on {since}, {days} days ago.",
        "zh_CN": "截至 {today}，逾期金额 {amount}：共 {count} 期未还，最早一期应还日为 {since}，已逾期 {days} 天。",
    },
    "letters.overdue.card": {
        "en": "As of {today}, {amount} of the minimum payment due on {since} is unpaid, {days} days overdue.",
        "zh_CN": "截至 {today}，{since} 到期的最低还款额仍有 {amount} 未还，已逾期 {days} 天。",
    },
    "letters.overdue.in_grace": {
        "en": "The payment of {amount} due on {date} is still unpaid (within the grace period), and I cannot "
        "pay it in full.",
        "zh_CN": "{date} 到期的 {amount} 尚未还清（仍在宽限期内），我无法足额偿还。",
    },
    "letters.overdue.none": {
        "en": "My account is not overdue yet: the next payment of {amount} falls due on {date}, and I will "
        "not be able to pay it in full.",
        "zh_CN": "目前我的账户尚未逾期：下一期 {amount} 将于 {date} 到期，我将无法按时足额偿还。",
    },
    "letters.overdue.nothing_due": {
        "en": "No payment is due on my account at the moment.",
        "zh_CN": "目前我的账户没有到期应还的款项。",
    },
    "letters.owed.split": {
        "en": "{owed} in total: {due} already due and {principal} of principal not yet due",
        "zh_CN": "共 {owed}，其中已到期 {due}，未到期本金 {principal}",
    },
    "letters.owed.all_due": {
        "en": "{owed}, all of it already due",
        "zh_CN": "共 {owed}，均已到期",
    },
    "letters.owed.none_due": {
        "en": "{owed} of principal, none of it due yet",
        "zh_CN": "共 {owed}，均为未到期本金",
    },
    "letters.plan.last_note": {"en": " (the last one {last})", "zh_CN": "（最后一期 {last}）"},
    "letters.plan.single": {
        "en": "I propose to repay the {total} in one payment on {start}.",
        "zh_CN": "我申请于 {start} 一次性偿还 {total}。",
    },
    "letters.plan.instalments": {
        "en": "I propose to repay the {total} in {count} monthly instalments of {amount}{last_note}, "
        "from {start} to {end}.",
        "zh_CN": "我申请将 {total} 分 {count} 期按月偿还，每期 {amount}{last_note}，自 {start} 起至 {end} 止。",
    },
    "letters.plan.extension": {
        "en": "I ask you to extend the repayment term by {months} months, from {old_end} to {new_end}, and "
        "propose to repay the {total} in {count} monthly instalments of {amount}{last_note}, from {start} "
        "to {end}.",
        "zh_CN": "我申请将还款期限延长 {months} 个月，由 {old_end} 延至 {new_end}，并将 {total} 分 {count} "
        "期按月偿还，每期 {amount}{last_note}，自 {start} 起至 {end} 止。",
    },
    "letters.plan.extension_single": {
        "en": "I ask you to extend the repayment term by {months} months, from {old_end} to {new_end}, and "
        "propose to repay the {total} in one payment on {start}.",
        "zh_CN": "我申请将还款期限延长 {months} 个月，由 {old_end} 延至 {new_end}，并于 {start} 一次性偿还 {total}。",
    },
    "letters.plan.reduced": {
        "en": "I propose to pay a reduced {amount} a month instead of {current}, from {start}, until the "
        "{total} is repaid: {count} payments{last_note}, the last on {end}.",
        "zh_CN": "我申请自 {start} 起每月还款 {amount}（目前每期应还 {current}），直至还清 {total}："
        "共 {count} 期{last_note}，最后一期于 {end}。",
    },
    "letters.schedule.one": {
        "en": "Payment {number}: {amount} on {date}",
        "zh_CN": "第 {number} 期：{date} 还 {amount}",
    },
    "letters.schedule.run": {
        "en": "Payments {first}–{last}: {amount} each, monthly from {start} to {end}",
        "zh_CN": "第 {first}–{last} 期：每期 {amount}，自 {start} 至 {end} 每月还款",
    },
    "letters.basis.card_art70": {
        "en": "Article 70 of the Measures for the Supervision and Administration of the Credit Card Business "
        "of Commercial Banks (商业银行信用卡业务监督管理办法) provides that when a cardholder's debt exceeds "
        "their ability to pay and they are still willing to repay, the bank may agree a personalised "
        "instalment plan of up to 5 years with them.",
        "zh_CN": "《商业银行信用卡业务监督管理办法》第七十条规定：在特殊情况下，确认信用卡欠款金额超出持卡人"
        "还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议，"
        "最长期限不超过5年。",
    },
    "letters.basis.civil_code_678": {
        "en": "Article 678 of the Civil Code allows a borrower to apply for an extension before the "
        "repayment term ends; the extension takes effect with the lender's consent.",
        "zh_CN": "《民法典》第六百七十八条规定：借款人可以在还款期限届满前向贷款人申请展期；贷款人同意的，可以展期。",
    },
    "letters.basis.agreement": {
        "en": "I understand that a change to the repayment terms needs your agreement, and I ask for it in "
        "good faith.",
        "zh_CN": "我理解变更还款安排需要贵方同意，特此诚恳申请。",
    },
    "letters.monthly_amount_required": {
        "en": "Enter the amount you can pay each month.",
        "zh_CN": "请填写每月能还的金额。",
    },
    "letters.nothing_owed": {
        "en": "Nothing is owed on this loan, so there is no plan to propose.",
        "zh_CN": "这笔贷款目前没有欠款，无需提出还款方案。",
    },
    "letters.start_in_past": {
        "en": "The first payment cannot be before today ({today}).",
        "zh_CN": "第一期还款日不能早于今天（{today}）。",
    },
    "letters.start_too_far": {
        "en": "The first payment should come within a year, by {latest} at the latest; no lender waits longer.",
        "zh_CN": "第一期还款日应在一年之内，最晚 {latest}；银行不会等待更久。",
    },
    "letters.extension_too_short": {
        "en": "The loan was to end on {old_end}; {months} more months end on {new_end}, before the first "
        "payment on {start}. Choose more months or an instalment plan.",
        "zh_CN": "贷款原定 {old_end} 到期，延长 {months} 个月至 {new_end}，早于第一期还款日 {start}。"
        "请增加月数，或改选分期方案。",
    },
    "letters.extension_too_long": {
        "en": "An extension to {new_end} would mean {count} monthly payments; at most {limit} are possible.",
        "zh_CN": "展期至 {new_end} 需要按月还款 {count} 期，最多只能 {limit} 期。",
    },
    "letters.amount_not_below_owed": {
        "en": "{amount} a month would repay all that is owed ({owed}) at once; propose a smaller amount, or "
        "choose an instalment plan.",
        "zh_CN": "每月 {amount} 已足以一次还清全部欠款（{owed}）；请填写更小的金额，或改选分期方案。",
    },
    "letters.amount_too_small": {
        "en": "At {amount} a month it would take {count} months; a negotiated plan runs at most {limit} "
        "months (5 years), so propose at least {minimum} a month.",
        "zh_CN": "每月 {amount} 需要 {count} 个月才能还清；协商还款最长 {limit} 个月（5 年），"
        "每月至少需还 {minimum}。",
    },
    "letters.template_missing": {
        "en": "The letter template {template} is missing. Reinstalling RepayRadar puts it back.",
        "zh_CN": "文书模板 {template} 缺失。重新安装还款雷达即可恢复。",
    },
    "letters.template_bad_dollar": {
        "en": "The letter template {template} is damaged: the $ on line {line} starts no placeholder. "
        "Reinstalling RepayRadar puts it right.",
        "zh_CN": "文书模板 {template} 已损坏：第 {line} 行的 $ 不是占位符。重新安装还款雷达即可恢复。",
    },
    "letters.template_unknown_placeholder": {
        "en": "The letter template {template} is damaged: it asks for {names}, which RepayRadar does not "
        "know. Reinstalling RepayRadar puts it right.",
        "zh_CN": "文书模板 {template} 已损坏：其中的 {names} 不是还款雷达认识的占位符。重新安装还款雷达即可恢复。",
    },
    # --- the printable report (app/rules/report_content.py) ---
    # --- money figures and how each was computed (app/core/money_how.py, issue 13) ---
    "partway.next_due_not_in_schedule": {
        "en": "{day} is not one of this loan's due dates ({first} to {last}); check the due day and the start date.",
        "zh_CN": "{day} 不是这笔贷款的还款日（{first} 至 {last}）；请检查还款日和放款日期。",
    },
    "money.how.outstanding_principal": {
        "en": "Principal of the instalments not yet paid: {amount}. Future interest is not included.",
        "zh_CN": "尚未归还各期的本金合计：{amount}，不含未来利息。",
    },
    "money.how.outstanding_principal_partway": {
        "en": "The first {paid} instalments are counted as paid; principal of the rest: {amount}.",
        "zh_CN": "前 {paid} 期按已还计算；其余各期本金合计：{amount}。",
    },
    "money.how.interest_accrued": {
        "en": "Interest of instalment {number} ({interest}) for the {elapsed} of its {length} days that have "
        "passed since {since}: {amount}. It falls due on {due}.",
        "zh_CN": "第 {number} 期利息 {interest}，自 {since} 起已过 {elapsed} 天（本期共 {length} 天），"
        "按实际天数计：{amount}，{due} 到期。",
    },
    "money.how.interest_accrued_none": {
        "en": "No interest has accrued since the last due date.",
        "zh_CN": "上个还款日以来没有产生利息。",
    },
    "money.how.future_interest": {
        "en": "Interest scheduled for later periods if you keep to the schedule: {amount}. You do not owe it "
        "today; a prepayment reduces it.",
        "zh_CN": "按计划以后各期还要付的利息：{amount}。这不是你今天欠的钱，提前还款可以减少它。",
    },
    "money.how.outstanding": {
        "en": "Remaining principal {principal} + interest due {due} + interest accrued {accrued} = {amount}.",
        "zh_CN": "剩余本金 {principal} + 已到期利息 {due} + 应计利息 {accrued} = {amount}。",
    },
    "money.how.penalty": {
        "en": "Penalty interest at {rate}% a year ({rate_source}), by actual days at the yearly rate / 360, "
        "from each due date: {penalty} on overdue principal, {compound} compound interest on overdue "
        "interest. Total {amount}.",
        "zh_CN": "罚息按年利率 {rate}%（{rate_source}），自各期到期日起按实际天数、日利率 = 年利率 / 360 计算："
        "逾期本金罚息 {penalty}，逾期利息复利 {compound}，合计 {amount}。",
    },
    "money.how.penalty_none": {
        "en": "No penalty interest: nothing is overdue.",
        "zh_CN": "没有罚息：目前没有逾期。",
    },
    "money.how.penalty_source_contract": {
        "en": "the rate entered from your contract",
        "zh_CN": "你按合同填写的利率",
    },
    "money.how.penalty_source_default": {
        "en": "contract rate {base}% plus 50%, the upper end of the PBOC rule 银发〔2003〕251号; check your contract",
        "zh_CN": "合同利率 {base}% 上浮 50%，即人民银行银发〔2003〕251号规定的上限；请以合同为准",
    },
    "money.how.compound_off": {
        "en": "Compound interest on overdue interest is switched off for this loan.",
        "zh_CN": "这笔贷款未对逾期利息计复利。",
    },
    "money.how.fees": {
        "en": "Late fee {fee} for each of the {count} overdue instalments: {amount}.",
        "zh_CN": "每期逾期违约金 {fee}，共 {count} 期逾期：{amount}。",
    },
    "money.how.fees_none": {
        "en": "No late fee is charged (none entered, or nothing is overdue).",
        "zh_CN": "没有违约金（未填写，或目前没有逾期）。",
    },
    "money.how.to_become_current": {
        "en": "Overdue instalments {overdue} + penalty interest {penalty} + fees {fees} = {amount} on {day}. "
        "Interest of the running period is not due yet and is not included.",
        "zh_CN": "逾期应还 {overdue} + 罚息 {penalty} + 违约金 {fees} = {amount}（{day}）。"
        "本期尚未到期的利息不计入。",
    },
    "money.how.to_become_current_none": {
        "en": "Nothing is overdue on {day}: you are current.",
        "zh_CN": "截至 {day} 没有逾期，还款正常。",
    },
    "money.how.first_period": {
        "en": "First period from {start} to {due}: {months} whole month(s) at the yearly rate / 12 and "
        "{days} day(s) at the yearly rate / 360 (PBOC 人民币利率管理规定).",
        "zh_CN": "首期自 {start} 至 {due}：整月 {months} 个按月利率（年利率 / 12），零头 {days} 天按日利率"
        "（年利率 / 360，人民银行《人民币利率管理规定》）计息。",
    },
    # --- rate check: the real yearly cost against the bands courts and regulators draw (app/core/rate_check.py) ---
    "rate.apr": {
        "en": "Real yearly rate (APR): {apr}% (the rate at which your repayments are worth what you received, "
        "fees included; quoted rate {quoted}).",
        "zh_CN": "实际年化利率（APR）：{apr}%（按你实际拿到的钱和全部还款、含各项费用折算；合同标称 {quoted}）。",
    },
    "rate.apr_unknown": {
        "en": "The real yearly rate cannot be worked out for this loan (no repayments after the start month).",
        "zh_CN": "这笔贷款无法算出实际年化利率（放款当月之后没有还款）。",
    },
    "rate.quoted_none": {"en": "none", "zh_CN": "无"},
    "rate.quoted_monthly_fee": {"en": "a fee of {fee}% a month", "zh_CN": "月费率 {fee}%"},
    "rate.band.within": {
        "en": "It is within 24% a year, the level up to which courts support a lender's total charges.",
        "zh_CN": "不超过年化 24%，即法院通常支持的贷款机构综合收费上限以内。",
    },
    "rate.band.above_24": {
        "en": "It is above 24% a year. Courts generally support a financial lender's total charges (interest, "
        "penalty and fees together) only up to about 24% a year, and private lending only up to 4 times the "
        "one-year LPR (2020 rules). This does not make the loan illegal, but in a dispute or negotiation you "
        "can ask for the part above that level to be reduced.",
        "zh_CN": "超过年化 24%。法院一般只支持金融机构的利息、罚息和各项费用合计年化约 24% 以内的部分，"
        "民间借贷以一年期 LPR 的 4 倍为限（2020 年规定）。这并不等于贷款违法，但在协商或诉讼中，"
        "你可以要求减免超出的部分。",
    },
    "rate.band.above_36": {
        "en": "It is also above 36% a year. Until 2020 the Supreme People's Court's private-lending rules "
        "(法释〔2015〕18号, art. 26) held interest above 36% a year void, and the 2017 notice on cash loans "
        "(整治办函〔2017〕141号) told lenders to keep a borrower's total cost within the courts' limits. Since "
        "2020 the private-lending limit is 4 times the one-year LPR. This does not by itself make the loan "
        "illegal; keep the contract and every fee receipt.",
        "zh_CN": "而且超过年化 36%。2020 年以前，最高人民法院民间借贷司法解释（法释〔2015〕18号第二十六条）"
        "规定年利率超过 36% 的部分无效；2017 年规范现金贷的通知（整治办函〔2017〕141号）要求借款人的综合资金成本"
        "不得超过法院支持的上限。2020 年起民间借贷以一年期 LPR 的 4 倍为限。这本身并不说明贷款违法；"
        "请保留合同和每一笔费用凭证。",
    },
    "rate.source_24": {
        "en": "judicial practice: courts support financial lenders' total charges up to about 24% a year; "
        "private lending rules 2020 (4 x one-year LPR)",
        "zh_CN": "裁判实践：法院支持金融机构综合收费年化约 24% 以内；2020 年民间借贷规定（一年期 LPR 的 4 倍）",
    },
    "rate.source_36": {
        "en": "Supreme People's Court private-lending rules 2015 (法释〔2015〕18号, art. 26; amended 2020); "
        "notice on regulating cash loans (整治办函〔2017〕141号)",
        "zh_CN": "最高人民法院民间借贷司法解释（法释〔2015〕18号第二十六条，2020 年修改）；"
        "《关于规范整顿“现金贷”业务的通知》（整治办函〔2017〕141号）",
    },
    "report.title": {"en": "RepayRadar assessment report", "zh_CN": "还款雷达 评估报告"},
    "report.prepared": {
        "en": "Prepared on {date} with the rule pack {version}. Day 0 is the first missed due date.",
        "zh_CN": "生成于 {date}，规则库版本 {version}。第 0 天为第一次未按时还款的应还日。",
    },
    "report.fact.lender": {"en": "Lender", "zh_CN": "贷款机构"},
    "report.fact.kind": {"en": "Kind", "zh_CN": "贷款类型"},
    "report.fact.outstanding": {"en": "Owed today (principal and interest to date)", "zh_CN": "目前欠款（本金及至今利息）"},
    "report.fact.principal": {"en": "Remaining principal", "zh_CN": "剩余本金"},
    "report.fact.future_interest": {
        "en": "Future interest (not owed yet)",
        "zh_CN": "未来利息（尚未产生）",
    },
    "report.fact.penalty": {"en": "Penalty interest and fees", "zh_CN": "罚息及违约金"},
    "report.fact.to_become_current": {"en": "To be current today", "zh_CN": "今天还清逾期需"},
    "report.fact.overdue": {"en": "Overdue", "zh_CN": "逾期"},
    "report.fact.overdue_value": {
        "en": "{amount} since {since}, day {days}",
        "zh_CN": "{amount}，自 {since} 起，第 {days} 天",
    },
    "report.fact.not_overdue": {"en": "Nothing overdue", "zh_CN": "没有逾期"},
    "report.fact.next_due": {"en": "Next payment", "zh_CN": "下一期"},
    "report.fact.next_due_value": {"en": "{amount} on {date}", "zh_CN": "{date} 应还 {amount}"},
    "report.fact.none": {"en": "None", "zh_CN": "无"},
    "report.heading.risk": {"en": "Risk", "zh_CN": "风险"},
    "report.risk_score": {"en": "score {score} of 100", "zh_CN": "评分 {score}（满分 100）"},
    "report.heading.stage": {"en": "Stage", "zh_CN": "所处阶段"},
    "report.stage_range": {"en": "{label} (days {first}–{last})", "zh_CN": "{label}（第 {first}–{last} 天）"},
    "report.stage_open": {"en": "{label} (from day {first})", "zh_CN": "{label}（第 {first} 天起）"},
    "report.grade": {"en": "The lender's own grading: {label}", "zh_CN": "银行内部分级：{label}"},
    "report.classification": {
        "en": "Regulatory loan class: {label}",
        "zh_CN": "监管五级分类：{label}",
    },
    "report.heading.field_visit": {"en": "Field visit", "zh_CN": "外访"},
    "report.field_visit_value": {
        "en": "Now: {likelihood}. A visit can come from about day {earliest}, most often around day {typical}.",
        "zh_CN": "目前：{likelihood}。外访最早约在第 {earliest} 天，通常在第 {typical} 天前后。",
    },
    "report.heading.timeline": {
        "en": "What the lender is likely to do, and when",
        "zh_CN": "银行接下来可能采取的措施及时间",
    },
    "report.timeline_hint": {
        "en": "Each band spans the days a step usually comes; its colour says how likely it is, a notch marks "
        "the usual day. The marker is today, day {days}.",
        "zh_CN": "色带表示每项措施通常出现的天数范围，颜色表示可能性大小，竖线标出最常见的日子；"
        "标记线为今天（第 {days} 天）。",
    },
    "report.column.step": {"en": "Step", "zh_CN": "措施"},
    "report.column.days": {"en": "Days", "zh_CN": "天数"},
    "report.column.likelihood": {"en": "Likelihood", "zh_CN": "可能性"},
    "report.column.status": {"en": "Now", "zh_CN": "状态"},
    "report.column.sources": {"en": "Sources", "zh_CN": "依据"},
    "report.days.range": {"en": "{first}–{last}", "zh_CN": "第 {first}–{last} 天"},
    "report.days.open": {"en": "from {first}", "zh_CN": "第 {first} 天起"},
    "report.days.single": {"en": "day {first}", "zh_CN": "第 {first} 天"},
    "report.days.typical": {"en": "{days}, usually {typical}", "zh_CN": "{days}，通常第 {typical} 天"},
    "report.heading.warnings": {"en": "Warnings", "zh_CN": "警示"},
    "report.heading.consequences": {"en": "What being overdue costs", "zh_CN": "逾期的后果"},
    "report.heading.remedies": {"en": "What helps most now", "zh_CN": "现在最有用的做法"},
    "report.none": {"en": "None at this stage.", "zh_CN": "目前没有。"},
    "report.heading.contacts": {"en": "Contact log", "zh_CN": "联系记录"},
    "report.contacts.total.one": {
        "en": "1 entry, on {first}.",
        "zh_CN": "共 1 条，{first}。",
    },
    "report.contacts.total.many": {
        "en": "{count} entries from {first} to {last}.",
        "zh_CN": "共 {count} 条，{first} 至 {last}。",
    },
    # The conduct check's breaches, listed with the contact log: the evidence a complaint rests on.
    "report.contacts.breaches_heading": {
        "en": "Breaches of the collection rules",
        "zh_CN": "违反催收规定的行为",
    },
    "report.contacts.breaches.one": {
        "en": "The conduct check found 1 breach of the collection rules in this log:",
        "zh_CN": "催收行为检查在这份记录中发现 1 处违规：",
    },
    "report.contacts.breaches.many": {
        "en": "The conduct check found {count} breaches of the collection rules in this log:",
        "zh_CN": "催收行为检查在这份记录中发现 {count} 处违规：",
    },
    "report.contacts.no_breaches": {
        "en": "The conduct check found no breach of the collection rules in this log.",
        "zh_CN": "催收行为检查没有在这份记录中发现违规。",
    },
    "report.contacts.breach_rule": {"en": "{source} ({basis})", "zh_CN": "{source}（{basis}）"},
    "report.contacts.breach_rules": {"en": "Breaks: {rules}.", "zh_CN": "违反：{rules}。"},
    "report.contacts.none": {
        "en": "No contact logged yet. Log every call, message, letter and visit: the log is your evidence.",
        "zh_CN": "还没有联系记录。请记下每一次来电、短信、信函和上门：这些记录就是你的证据。",
    },
    "report.contacts.by_channel": {"en": "By channel", "zh_CN": "按联系方式"},
    "report.contacts.by_direction": {"en": "Who started it", "zh_CN": "发起方"},
    "report.contacts.promises": {
        "en": "Promises to pay: {kept} kept, {broken} broken, {open} still open.",
        "zh_CN": "还款承诺：已兑现 {kept} 次，未兑现 {broken} 次，尚待兑现 {open} 次。",
    },
    "report.contacts.count": {"en": "{label} {count}", "zh_CN": "{label} {count} 次"},
    "report.contacts.counts_line": {"en": "{heading}: {items}.", "zh_CN": "{heading}：{items}。"},
    "report.list_separator": {"en": ", ", "zh_CN": "，"},
    "report.contacts.recent": {"en": "Latest entries", "zh_CN": "最近的记录"},
    "report.column.when": {"en": "When", "zh_CN": "时间"},
    "report.column.how": {"en": "How", "zh_CN": "方式"},
    "report.column.with": {"en": "With", "zh_CN": "对方"},
    "report.column.said": {"en": "What was said", "zh_CN": "内容"},
    "report.contacts.promise": {"en": "Promised {amount} by {date}.", "zh_CN": "承诺 {date} 前还 {amount}。"},
    "report.contacts.promise_kept": {"en": "Kept.", "zh_CN": "已兑现。"},
    "report.contacts.promise_broken": {"en": "Broken.", "zh_CN": "未兑现。"},
    "report.channel.call": {"en": "Phone call", "zh_CN": "电话"},
    "report.channel.sms": {"en": "Text message", "zh_CN": "短信"},
    "report.channel.letter": {"en": "Letter", "zh_CN": "信函"},
    "report.channel.visit": {"en": "Visit", "zh_CN": "上门"},
    "report.channel.app_message": {"en": "App message", "zh_CN": "应用内消息"},
    "report.channel.email": {"en": "Email", "zh_CN": "电子邮件"},
    "report.channel.agreement": {"en": "Written agreement", "zh_CN": "书面协议"},
    "report.channel.other": {"en": "Other", "zh_CN": "其他"},
    "report.direction.incoming": {"en": "They contacted me", "zh_CN": "对方联系我"},
    "report.direction.outgoing": {"en": "I contacted them", "zh_CN": "我联系对方"},
    "report.counterparty.lender": {"en": "Lender", "zh_CN": "贷款机构"},
    "report.counterparty.collector": {"en": "Collection agency", "zh_CN": "催收机构"},
    "report.counterparty.lawyer": {"en": "Lawyer", "zh_CN": "律师"},
    "report.counterparty.court": {"en": "Court", "zh_CN": "法院"},
    "report.counterparty.other": {"en": "Someone else", "zh_CN": "其他人"},
    "report.heading.sources": {"en": "Sources", "zh_CN": "依据与来源"},
    "report.source": {"en": "Source: {source}. Basis: {basis}.", "zh_CN": "来源：{source}。性质：{basis}。"},
    "report.verify": {"en": "To be checked against the text.", "zh_CN": "待核对原文。"},
    "report.written": {
        "en": "Wrote the report ({pages} pages) to {path}.",
        "zh_CN": "已将报告（共 {pages} 页）写入 {path}。",
    },
    "report.written_one": {
        "en": "Wrote the report (1 page) to {path}.",
        "zh_CN": "已将报告（共 1 页）写入 {path}。",
    },
    "report.page": {"en": "Page {page} of {pages}", "zh_CN": "第 {page} 页，共 {pages} 页"},
    # --- Credit cards: how each figure was computed (app/core/card_statements.py) ---
    "card.how.interest": {
        "en": "Revolving interest at {annual}% a year ({daily}% a day) on the whole statement balance from "
        "the posting date, day by day on what is unpaid, when a statement is not paid in full by its due "
        "date (paying only the minimum loses the interest-free period). Printed on statements and unpaid: "
        "{posted}; since the last statement: {accrued}; still forgiven if this statement is paid in full "
        "in time: {at_risk}. Since 2021 the rate is the card contract's; most banks charge 0.05% a day.",
        "zh_CN": "账单未在到期还款日前全额还清时（只还最低还款额即失去免息期），按年利率 {annual}%（日利率 "
        "{daily}%）对整笔账单金额自记账日起按未还金额逐日计收循环利息。已出账未还的利息：{posted}；"
        "上期账单日以来的利息：{accrued}；若本期按时全额还清可免收：{at_risk}。自 2021 年起利率由信用卡合同约定，"
        "多数银行仍为日息万分之五。",
    },
    "card.how.late_fee": {
        "en": "Late fee (违约金): {percent}% of the minimum payment still unpaid after the due date and "
        "grace days (a typical contract term), charged once per statement and bearing no interest. "
        "Unpaid now: {fees}; charged in all: {charged}.",
        "zh_CN": "违约金：到期还款日及宽限期后仍未还的最低还款额的 {percent}%（常见合同条款），每期账单计收一次，"
        "不计利息。目前未还：{fees}；累计计收：{charged}。",
    },
    "card.how.full_balance": {
        "en": "Everything owed today, {total}: purchases {principal}, interest {interest}, late fees "
        "{fees}. Paying it clears the card; no new spending is assumed after the statement you entered.",
        "zh_CN": "今天的全部欠款 {total}：消费本金 {principal}，利息 {interest}，违约金 {fees}。还清即结清此卡；"
        "按你录入的账单之后没有新消费计算。",
    },
    "card.how.to_become_current": {
        "en": "To be overdue no more: {total}, the unpaid minimum of the latest of the {count} overdue "
        "statements ({minimums}, which includes the shortfalls of those before it) plus the late fees "
        "charged since that statement ({fees}), which the next minimum asks for in full.",
        "zh_CN": "结束逾期需还 {total}：{count} 期逾期账单中最近一期未还的最低还款额（{minimums}，已含此前各期的"
        "欠缴部分），加上该期账单之后计收、下期最低还款额将全额计入的违约金（{fees}）。",
    },
    "card.how.court_line": {
        "en": "Interest and fees charged so far, {charged}, are more than the about 24% a year courts "
        "commonly support for financial lenders ({supported} on this balance since it was posted); "
        "the part above is open to challenge if the bank sues.",
        "zh_CN": "目前已计收的利息和费用 {charged}，超过法院通常支持的金融机构年化约 24% 的上限（按此账单金额自记账日起"
        "约为 {supported}）；若银行起诉，超出部分可以主张调减。",
    },
    "card.how.to_become_current_none": {
        "en": "Nothing is overdue: every statement past its due date has had its minimum paid.",
        "zh_CN": "没有逾期：已过到期还款日的每期账单都已还够最低还款额。",
    },
    "card.how.principal": {
        "en": "Purchases still unpaid: {amount}. Payments go to late fees first, then interest, then "
        "purchases (the usual contract order).",
        "zh_CN": "尚未还的消费本金：{amount}。还款先抵违约金，再抵利息，最后抵消费本金（常见合同约定的顺序）。",
    },
    "card.how.future_interest": {
        "en": "A card schedules no future interest: interest runs only on what stays unpaid after a due "
        "date, and is shown as it accrues.",
        "zh_CN": "信用卡没有预先排定的未来利息：只有到期还款日后仍未还清的部分才计息，计息后即显示。",
    },
    "card.how.penalty_none": {
        "en": "Cards charge no penalty interest (罚息): a late card costs revolving interest and the late fee.",
        "zh_CN": "信用卡不计罚息：逾期的代价是循环利息和违约金。",
    },
    "card.how.minimum": {
        "en": "Minimum payment {minimum}: {percent}% of the balance without this statement's new interest "
        "and fees (at least {floor}), plus that interest ({interest}) and those fees ({fees}) in full, "
        "plus the previous statement's unpaid minimum; never more than the balance.",
        "zh_CN": "最低还款额 {minimum}：不含本期新计利息和费用的账单金额的 {percent}%（不低于 {floor}），"
        "加上本期利息（{interest}）和费用（{fees}）全额，再加上期未还的最低还款额；不超过账单金额。",
    },
}
