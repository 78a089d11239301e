<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditController</name>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation>
            <numerusform>{0}  ~{1} ({2}) · median of %n turn</numerusform>
            <numerusform>{0}  ~{1} ({2}) · median of %n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation>
            <numerusform>No estimate for %n table yet: it takes {0} past turns of parties that size.</numerusform>
            <numerusform>No estimate for %n tables yet: it takes {0} past turns of parties that size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n cover</numerusform>
            <numerusform>%n covers</numerusform>
        </translation>
    </message>
</context>
</TS>
