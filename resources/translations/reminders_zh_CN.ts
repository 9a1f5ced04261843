<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../app/ui/reminders/notifier_dbus.py" line="148"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/notifier_dbus.py" line="150"/>
        <source>Snooze 1 hour</source>
        <translation>1 小时后再提醒</translation>
    </message>
</context>
<context>
    <name>ReminderServices</name>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="381"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="382"/>
        <source>The login entry could not be changed: %1</source>
        <translation>无法修改登录启动项：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="392"/>
        <source>No system tray</source>
        <translation>没有系统托盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="393"/>
        <source>This desktop has no system tray, so RepayRadar cannot keep running in the background. Reminders are shown while this window is open; closing it quits the app.</source>
        <translation>此桌面没有系统托盘，还款雷达无法在后台持续运行。窗口打开期间会显示提醒；关闭窗口即退出应用。</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="171"/>
        <source>Overdue: %1</source>
        <translation>逾期：%1 期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="176"/>
        <source>Next due: %1, %2 on %3</source>
        <translation>下次还款：%1，%2，%3 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="182"/>
        <source>Nothing due in the next %1 days</source>
        <translation>未来 %1 天内没有待还款项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="187"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="198"/>
        <source>Open RepayRadar</source>
        <translation>打开还款雷达</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="202"/>
        <source>Nothing due soon</source>
        <translation>近期没有待还款项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="210"/>
        <location filename="../../app/ui/reminders/tray.py" line="284"/>
        <source>Mark as paid</source>
        <translation>标记为已还</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="220"/>
        <source>Snooze all reminders</source>
        <translation>暂停所有提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="222"/>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="224"/>
        <source>Until tomorrow</source>
        <translation>到明天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="226"/>
        <source>Until…</source>
        <translation>到指定时间…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="229"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="233"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="235"/>
        <source>Quit RepayRadar</source>
        <translation>退出还款雷达</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="277"/>
        <source>Record a payment of %1 today for %2 (instalment %3, due %4)?</source>
        <translation>为“%2”记录今天的一笔还款 %1（第 %3 期，%4 到期）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="291"/>
        <source>Marked as paid from the tray</source>
        <translation>从托盘标记为已还</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="32"/>
        <source>due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="34"/>
        <source>due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="36"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="40"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="41"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="44"/>
        <source>was due yesterday</source>
        <translation>昨天已到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="45"/>
        <source>was due %1 days ago</source>
        <translation>%1 天前已到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="59"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="70"/>
        <source>%1 to pay by %2.</source>
        <translation>%2 到期，应还 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="73"/>
        <source>%1 was due on %2 and is still unpaid.</source>
        <translation>%2 到期的 %1 仍未还清。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="78"/>
        <source>Paying at least %1 ends the overdue status.</source>
        <translation>至少还款 %1 即可结束逾期状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="81"/>
        <source>The minimum payment is %1.</source>
        <translation>最低还款额为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="95"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="97"/>
        <source>%1 repayment reminders</source>
        <translation>%1 条还款提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="101"/>
        <source>…and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="108"/>
        <source>RepayRadar is still running</source>
        <translation>还款雷达仍在运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/reminder_text.py" line="109"/>
        <source>It keeps watching your due dates from the system tray. To stop it, choose Quit in the tray menu.</source>
        <translation>它会在系统托盘中继续留意你的还款日。如需退出，请在托盘菜单中选择“退出还款雷达”。</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="96"/>
        <source>Snooze reminders</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/tray.py" line="97"/>
        <source>Remind me again at:</source>
        <translation>再次提醒时间：</translation>
    </message>
</context>
<context>
    <name>WindowNotifier</name>
    <message>
        <location filename="../../app/ui/reminders/notifier.py" line="73"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders/notifier.py" line="76"/>
        <source>Snooze 1 hour</source>
        <translation>1 小时后再提醒</translation>
    </message>
</context>
</TS>
