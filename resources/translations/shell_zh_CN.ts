<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Your log: %1 broken</source>
        <translation>记录：%1 次未兑现</translation>
    </message>
    <message>
        <source>Your log: you reached out on %1</source>
        <translation>记录：%1 曾主动联系</translation>
    </message>
    <message>
        <source>Your log: agreement of %1</source>
        <translation>记录：%1 达成协议</translation>
    </message>
    <message>
        <source>&amp;Your situation…</source>
        <translation>你的情况(&amp;Y)…</translation>
    </message>
    <message>
        <source>Show or hide the questions about your situation</source>
        <translation>显示或隐藏关于你的情况的问题</translation>
    </message>
    <message>
        <source>The estimate uses this loan's days overdue, your contact log and your answers about how things stand with the lender.</source>
        <translation>评估依据这笔贷款的逾期天数、你的联系记录，以及你对与贷款机构沟通情况的回答。</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>你的情况</translation>
    </message>
    <message>
        <source>Your answers are saved as you change them and the estimate on the left follows at once.</source>
        <translation>你的回答修改后立即保存，左侧的评估会随之更新。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录一次联系</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Who &amp;started it:</source>
        <translation>由谁发起(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>对方(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>What was &amp;said:</source>
        <translation>沟通内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Promised &amp;amount:</source>
        <translation>承诺金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>承诺日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Name, staff number or phone number</source>
        <translation>姓名、工号或电话号码</translation>
    </message>
    <message>
        <source>What they said or asked, threats or unusual behaviour, what you agreed</source>
        <translation>对方说了什么、提了什么要求，有无威胁或异常行为，双方约定了什么</translation>
    </message>
    <message>
        <source>A &amp;promise to pay was made</source>
        <translation>做出了还款承诺(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who started it</source>
        <translation>发起方</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
</context>
<context>
    <name>CustomScheduleEditor</name>
    <message>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>应还日期（年-月-日）</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest or fee</source>
        <translation>利息或费用</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>Instalments from your lender's schedule</source>
        <translation>贷款机构还款计划中的各期</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>没有逾期</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>未来 30 天应还</translation>
    </message>
    <message>
        <source>1 loan behind on payments</source>
        <translation>1 笔贷款未按时还款</translation>
    </message>
    <message>
        <source>%1 loans behind on payments</source>
        <translation>%1 笔贷款未按时还款</translation>
    </message>
    <message>
        <source>1 instalment</source>
        <translation>1 期</translation>
    </message>
    <message>
        <source>%1 instalments</source>
        <translation>%1 期</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月应还</translation>
    </message>
    <message>
        <source>Still to pay on what falls due in %1 (paid amounts left out)</source>
        <translation>%1 到期、尚未还的金额（已还部分不计）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>没有逾期的款项。</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 30 days.</source>
        <translation>未来 30 天没有到期的款项。</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部贷款</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期的贷款</translation>
    </message>
    <message>
        <source>Instalments due in the next 30 days</source>
        <translation>未来 30 天到期的分期</translation>
    </message>
    <message>
        <source>All loans with their risk</source>
        <translation>全部贷款及其风险</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to RepayRadar</source>
        <translation>欢迎使用还款雷达</translation>
    </message>
    <message>
        <source>Add your loans and credit cards to see every due date at a glance and be reminded before each one. If a payment is already late, RepayRadar estimates what the lender is likely to do next, when, and what helps most now.</source>
        <translation>添加你的贷款和信用卡，一眼看清每个还款日，并在每次到期前收到提醒。如果已经逾期，还款雷达会估计贷款机构接下来可能采取什么措施、大约在什么时候，以及现在做什么最有帮助。</translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, no network.</source>
        <translation>所有数据都只保存在这台电脑上：无需账号，不联网。</translation>
    </message>
    <message>
        <source>&amp;Add a loan</source>
        <translation>添加贷款(&amp;A)</translation>
    </message>
    <message>
        <source>Add your first loan</source>
        <translation>添加你的第一笔贷款</translation>
    </message>
    <message>
        <source>Open the &amp;sample set</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <source>Open four example loans to look around</source>
        <translation>打开四笔示例贷款，先看看效果</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RepayRadar: something went wrong</source>
        <translation>还款雷达：出错了</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Open the log's folder</source>
        <translation>打开日志所在文件夹</translation>
    </message>
    <message>
        <source>Open the folder that holds the error log</source>
        <translation>打开存放错误日志的文件夹</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). What you saved before is safe. The details were written to {log}; please send that file with a bug report.</source>
        <translation>发生了意外错误（{detail}）。之前保存的数据是安全的。详细信息已写入 {log}；报告问题时请附上该文件。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). What you saved before is safe.</source>
        <translation>发生了意外错误（{detail}）。之前保存的数据是安全的。</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Consumer loan</source>
        <translation>消费贷款</translation>
    </message>
    <message>
        <source>Small online loan</source>
        <translation>网络小额贷款</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>房贷</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>车贷</translation>
    </message>
    <message>
        <source>Business loan</source>
        <translation>经营贷款</translation>
    </message>
    <message>
        <source>Equal instalments (annuity)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest only, principal at the end</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>All at maturity</source>
        <translation>一次还本付息</translation>
    </message>
    <message>
        <source>Equal principal plus flat monthly fee</source>
        <translation>等本等息（按月收费）</translation>
    </message>
    <message>
        <source>Card statement</source>
        <translation>信用卡账单</translation>
    </message>
    <message>
        <source>My lender's own schedule</source>
        <translation>按贷款机构的还款计划</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>App message</source>
        <translation>App 消息</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>对方联系我</translation>
    </message>
    <message>
        <source>I contacted them</source>
        <translation>我联系对方</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <source>Collection agency</source>
        <translation>催收机构</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Not due yet / unknown</source>
        <translation>未到期 / 不确定</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Symbol (¥1,234.00)</source>
        <translation>符号（¥1,234.00）</translation>
    </message>
    <message>
        <source>Code (CNY 1,234.00)</source>
        <translation>代码（CNY 1,234.00）</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before removing the sample set</source>
        <translation>移除示例数据前</translation>
    </message>
</context>
<context>
    <name>LoanDetailPage</name>
    <message>
        <source>%1 · %2 · %3 · outstanding %4</source>
        <translation>%1 · %2 · %3 · 未还 %4</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1 · 逾期金额 %2</translation>
    </message>
    <message>
        <source>%1 · next %2 on %3</source>
        <translation>%1 · 下一期 %3 应还 %2</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款记录</translation>
    </message>
    <message>
        <source>Delete the payment of %1 made on %2?</source>
        <translation>删除 %2 的这笔 %1 还款记录吗？</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <source>Delete the contact of %1 from the log?</source>
        <translation>从记录中删除 %1 的这次联系吗？</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Record a payment…</source>
        <translation>记一笔还款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit loan…</source>
        <translation>编辑贷款(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete loan…</source>
        <translation>删除贷款(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>还款计划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>还款记录(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Contact log</source>
        <translation>联系记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>逾期评估(&amp;A)</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>记一笔还款…</translation>
    </message>
    <message>
        <source>Edit payment…</source>
        <translation>编辑还款…</translation>
    </message>
    <message>
        <source>Delete payment…</source>
        <translation>删除还款…</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>编辑联系…</translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation>删除联系…</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
</context>
<context>
    <name>LoanEditor</name>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation>请先改正标红的项目</translation>
    </message>
    <message>
        <source>The schedule appears here once the terms are complete.</source>
        <translation>填完贷款条件后，这里会显示还款计划。</translation>
    </message>
    <message>
        <source>1 instalment, due %2. Interest and fees %3; %4 to repay in all.</source>
        <translation>共 1 期，%2 到期。利息和费用 %3；合计应还 %4。</translation>
    </message>
    <message>
        <source>%1 instalments, the first due %2. Interest and fees %3; %4 to repay in all.</source>
        <translation>共 %1 期，首期 %2 到期。利息和费用 %3；合计应还 %4。</translation>
    </message>
    <message>
        <source>Real yearly cost (APR): %1 %. A fee of %2 % a month looks like %3 % a year, but it is charged on the whole amount borrowed even as you repay it.</source>
        <translation>实际年化利率（APR）：%1 %。月费率 %2 % 看起来相当于年 %3 %，但费用始终按全部借款本金收取，即使你已经还了一部分。</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>新建贷款</translation>
    </message>
    <message>
        <source>Edit loan</source>
        <translation>编辑贷款</translation>
    </message>
    <message>
        <source>Bank or platform, e.g. China Merchants Bank</source>
        <translation>银行或平台，例如招商银行</translation>
    </message>
    <message>
        <source>e.g. the flat at …, the car</source>
        <translation>例如：某小区的住房、汽车</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Backed by collateral (house, car…)</source>
        <translation>有抵押物（房屋、汽车等）</translation>
    </message>
    <message>
        <source>Archived (paid off or closed; hidden from the lists)</source>
        <translation>已归档（已还清或已结清；不在列表中显示）</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>还款计划预览</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Repayment:</source>
        <translation>还款方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lender:</source>
        <translation>贷款机构(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Amount &amp;borrowed:</source>
        <translation>借款金额(&amp;B)：</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>信用额度(&amp;L)：</translation>
    </message>
    <message>
        <source>Monthly &amp;fee rate (%):</source>
        <translation>月费率（%）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Term (months):</source>
        <translation>期限（月）(&amp;T)：</translation>
    </message>
    <message>
        <source>Date borrowe&amp;d:</source>
        <translation>借款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ue day of the month:</source>
        <translation>每月还款日(&amp;U)：</translation>
    </message>
    <message>
        <source>Minimum payment (%):</source>
        <translation>最低还款比例（%）：</translation>
    </message>
    <message>
        <source>Minimum payment at least:</source>
        <translation>最低还款额下限：</translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation>各期：</translation>
    </message>
    <message>
        <source>&amp;Grace days:</source>
        <translation>宽限天数(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;ollateral:</source>
        <translation>抵押物(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Days after the due date before a payment counts as late; card issuers commonly allow 3.</source>
        <translation>到期后多少天内还款不算逾期；信用卡通常有 3 天宽限期。</translation>
    </message>
</context>
<context>
    <name>LoanStatus</name>
    <message>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Due, within the grace period</source>
        <translation>已到期，仍在宽限期内</translation>
    </message>
    <message>
        <source>Nothing due yet</source>
        <translation>暂无到期款项</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>1 loan</source>
        <translation>共 1 笔</translation>
    </message>
    <message>
        <source>%1 loans</source>
        <translation>共 %1 笔</translation>
    </message>
    <message>
        <source>%1 of %2 loans shown</source>
        <translation>显示 %1 笔，共 %2 笔</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Name, lender, kind… (Ctrl+F)</source>
        <translation>名称、贷款机构、种类…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter loans</source>
        <translation>筛选贷款</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation>新建贷款(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a loan or a card (Ctrl+N)</source>
        <translation>添加贷款或信用卡（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>LoansTableModel</name>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>To pay now</source>
        <translation>当前应还</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还总额</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Risk %1 (score %2 of 100), from the rule pack's estimate</source>
        <translation>风险：%1（%2/100 分），依据规则库的估计</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete loan</source>
        <translation>删除贷款</translation>
    </message>
    <message>
        <source>Delete “%1” with all its payments and contact log? This cannot be undone.</source>
        <translation>删除“%1”及其全部还款记录和联系记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Sample set opened: four made-up loans.</source>
        <translation>已打开示例数据：四笔虚构的贷款。</translation>
    </message>
    <message>
        <source>Removed the sample loans (%1).</source>
        <translation>已移除示例贷款（%1 笔）。</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>导入备份</translation>
    </message>
    <message>
        <source>RepayRadar backup (*.json)</source>
        <translation>还款雷达备份 (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Export a backup</source>
        <translation>导出备份</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>导出还款日</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>About RepayRadar</source>
        <translation>关于还款雷达</translation>
    </message>
    <message>
        <source>RepayRadar %1

Repayment reminders and an explainable estimate of what a lender does when a payment is late. Everything stays on this computer.

The estimate draws on published rules and common practice; it is not legal advice.</source>
        <translation>还款雷达 %1

还款提醒，以及对逾期后贷款机构会采取哪些措施的可解释估计。所有数据只保存在这台电脑上。

评估依据公开的规定和常见做法，不构成法律意见。</translation>
    </message>
    <message>
        <source>RepayRadar</source>
        <translation>还款雷达 RepayRadar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>What is overdue and what falls due soon (Ctrl+1)</source>
        <translation>哪些已逾期、哪些即将到期（Ctrl+1）</translation>
    </message>
    <message>
        <source>Every loan, sortable and filterable (Ctrl+2)</source>
        <translation>全部贷款，可排序、可筛选（Ctrl+2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开你的数据…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation>新建贷款(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>导入备份(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export a backup…</source>
        <translation>导出备份(&amp;E)…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar (.ics)…</source>
        <translation>导出还款日到日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>贷款(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter loans…</source>
        <translation>筛选贷款(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Open the &amp;sample set</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove the sample data</source>
        <translation>移除示例数据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About RepayRadar</source>
        <translation>关于还款雷达(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还总额</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>记一笔还款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑还款记录</translation>
    </message>
    <message>
        <source>Payment on %1. Any amount is fine: a partial payment goes to the oldest unpaid instalment first.</source>
        <translation>为“%1”记一笔还款。金额不限：部分还款会先冲抵最早一期未还的款项。</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>金额（%1）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>还款日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest / fee</source>
        <translation>利息 / 费用</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>剩余本金</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at the sample set: four made-up loans marked “Sample”. Your own loans are kept when you remove it.</source>
        <translation>你正在查看示例数据：四笔标有“示例”的虚构贷款。移除示例数据不会影响你自己的贷款。</translation>
    </message>
    <message>
        <source>&amp;Remove sample data</source>
        <translation>移除示例数据(&amp;R)</translation>
    </message>
    <message>
        <source>Remove all sample loans</source>
        <translation>移除全部示例贷款</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低还款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>{status} (1 day)</source>
        <translation>{status}（1 天）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace all your data with the backup made %1? Your data as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>用 %1 的备份替换你的全部数据吗？当前数据会先备份，之后可以通过恢复那份备份来撤销。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Amounts shown with:</source>
        <translation>金额显示方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me &amp;days before:</source>
        <translation>提前几天提醒(&amp;D)：</translation>
    </message>
    <message>
        <source>Days before each due date, separated by commas; 0 is the due date itself.</source>
        <translation>每个还款日前的天数，用逗号分隔；0 表示还款日当天。</translation>
    </message>
    <message>
        <source>e.g. 7, 3, 1, 0</source>
        <translation>例如 7, 3, 1, 0</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>提醒时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (no pop-ups)</source>
        <translation>免打扰时段（不弹出提醒）(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet &amp;from:</source>
        <translation>免打扰开始(&amp;F)：</translation>
    </message>
    <message>
        <source>Quiet &amp;until:</source>
        <translation>免打扰结束(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Start RepayRadar when I log in, so reminders arrive</source>
        <translation>登录时启动还款雷达，以便按时收到提醒(&amp;S)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Automatic backups (newest first):</source>
        <translation>自动备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <source>RepayRadar cannot open your data</source>
        <translation>还款雷达无法打开你的数据</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>恢复最新的完好备份(&amp;R)</translation>
    </message>
    <message>
        <source>Start with &amp;empty data</source>
        <translation>以空白数据启动(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>第几期</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应还</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
</TS>
