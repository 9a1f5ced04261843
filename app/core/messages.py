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
}
