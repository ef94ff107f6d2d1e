<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>InteractionsWidget</name>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <name>ReviewWidget</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
