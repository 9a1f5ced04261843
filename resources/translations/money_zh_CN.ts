<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Reminders</name>
    <message>
        <source>%1 — %2, minimum %3 unpaid</source>
        <translation>%1 — %2，最低还款 %3 未还</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (minimum %4)</source>
        <translation>%1 — %2，%3（最低还款 %4）</translation>
    </message>
</context>
</TS>
