<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectionsWidget</name>
    <message numerus="yes">
        <source>%n connection(s).</source>
        <translation>
            <numerusform>%n connection.</numerusform>
            <numerusform>%n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetailWidget</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message numerus="yes">
        <source>The mentoring plan (%n page(s)) was saved as:</source>
        <translation>
            <numerusform>The mentoring plan (%n page) was saved as:</numerusform>
            <numerusform>The mentoring plan (%n pages) was saved as:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalMatrixModel</name>
    <message numerus="yes">
        <source>Coverage %1 %: %n supporters, %2 strong</source>
        <translation>
            <numerusform>Coverage %1 %: %n supporter, %2 strong</numerusform>
            <numerusform>Coverage %1 %: %n supporters, %2 strong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionsWidget</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected people, or everyone?</source>
        <translation>
            <numerusform>Export the %n selected person, or everyone?</numerusform>
            <numerusform>Export the %n selected people, or everyone?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people.</source>
        <translation>
            <numerusform>Exported %n person.</numerusform>
            <numerusform>Exported %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixWidget</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>everyone (%n)</source>
        <translation>
            <numerusform>everyone (%n)</numerusform>
            <numerusform>everyone (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporters, %1 strong. Competence area: %2</source>
        <translation>
            <numerusform>%n supporter, %1 strong. Competence area: %2</numerusform>
            <numerusform>%n supporters, %1 strong. Competence area: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to Trash</source>
        <translation>
            <numerusform>Move %n person to Trash</numerusform>
            <numerusform>Move %n people to Trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n cards or rows cannot be read and are left out; the rest can be imported.</source>
        <translation>
            <numerusform>%n card or row cannot be read and is left out; the rest can be imported.</numerusform>
            <numerusform>%n cards or rows cannot be read and are left out; the rest can be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>NetPlanner: %n due</source>
        <translation>
            <numerusform>NetPlanner: %n due</numerusform>
            <numerusform>NetPlanner: %n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n people here, perhaps %1 more belong in your network.</source>
        <translation>
            <numerusform>With %n person here, perhaps %1 more belong in your network.</numerusform>
            <numerusform>With %n people here, perhaps %1 more belong in your network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n people here, nobody obvious seems to be missing.</source>
        <translation>
            <numerusform>With %n person here, nobody obvious seems to be missing.</numerusform>
            <numerusform>With %n people here, nobody obvious seems to be missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n matches. Enter or double-click opens the person.</source>
        <translation>
            <numerusform>%n match. Enter or double-click opens the person.</numerusform>
            <numerusform>%n matches. Enter or double-click opens the person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message numerus="yes">
        <source>%1 of %n touches done this week</source>
        <translation>
            <numerusform>%1 of %n touch done this week</numerusform>
            <numerusform>%1 of %n touches done this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n a week (change it in Settings)</source>
        <translation>
            <numerusform>up to %n a week (change it in Settings)</numerusform>
            <numerusform>up to %n a week (change it in Settings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n touches to %1.</source>
        <translation>
            <numerusform>Wrote %n touch to %1.</numerusform>
            <numerusform>Wrote %n touches to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashWidget</name>
    <message numerus="yes">
        <source>%n people in the Trash. Restore brings them back with everything that belonged to them.</source>
        <translation>
            <numerusform>%n person in the Trash. Restore brings them back with everything that belonged to them.</numerusform>
            <numerusform>%n people in the Trash. Restore brings them back with everything that belonged to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people for good, with their interactions, questions and goal links? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n person for good, with their interactions, questions and goal links? This cannot be undone.</numerusform>
            <numerusform>Delete %n people for good, with their interactions, questions and goal links? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
