<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>NetPlanner cannot open the database</source>
        <extracomment>How long after the window shows the garbage collector, paused for start-up, runs again.</extracomment>
        <translation>NetPlanner kan inte öppna databasen</translation>
    </message>
    <message>
        <source>The key in your keychain does not open this database. Enter your recovery key.</source>
        <translation>Nyckeln i din nyckelring öppnar inte den här databasen. Ange din återställningsnyckel.</translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open this database. Try again.</source>
        <translation>Den lösenfrasen eller återställningsnyckeln öppnar inte den här databasen. Försök igen.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>observe first: {scores}; start with a short question</source>
        <translation>iaktta först: {scores}; börja med en kort fråga</translation>
    </message>
    <message>
        <source>prepare: what do you want to learn?</source>
        <translation>förbered dig: vad vill du lära dig?</translation>
    </message>
    <message>
        <source>shares knowledge {n}</source>
        <translation>delar kunskap {n}</translation>
    </message>
    <message>
        <source>gives feedback {n}</source>
        <translation>ger återkoppling {n}</translation>
    </message>
    <message>
        <source>chemistry {n}</source>
        <translation>kemi {n}</translation>
    </message>
    <message>
        <source>trust {n}</source>
        <translation>förtroende {n}</translation>
    </message>
    <message>
        <source>influence {n}</source>
        <translation>inflytande {n}</translation>
    </message>
    <message>
        <source>engagement {n}</source>
        <translation>engagemang {n}</translation>
    </message>
    <message>
        <source>openness {n}</source>
        <translation>öppenhet {n}</translation>
    </message>
    <message>
        <source>track record {n}</source>
        <translation>resultat {n}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up NetPlanner</source>
        <translation>Säkerhetskopiera NetPlanner</translation>
    </message>
    <message>
        <source>NetPlanner backups (*.npbackup)</source>
        <translation>NetPlanner-säkerhetskopior (*.npbackup)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this backup. You will need it to restore the backup, on this or any other computer.</source>
        <translation>Välj en lösenfras för den här säkerhetskopian. Du behöver den för att återställa säkerhetskopian, på den här eller en annan dator.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Säkerhetskopian är sparad</translation>
    </message>
    <message>
        <source>Your network was backed up to %1.</source>
        <translation>Ditt nätverk har säkerhetskopierats till %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>NetPlanner backups (*.npbackup);;All files (*)</source>
        <translation>NetPlanner-säkerhetskopior (*.npbackup);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1:</source>
        <translation>Lösenfras för säkerhetskopian %1:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <source>Replace your network?</source>
        <translation>Ersätta ditt nätverk?</translation>
    </message>
    <message>
        <source>Everything in NetPlanner now will be replaced by the backup %1. Your current data is kept beside the database as an encrypted copy. NetPlanner reopens when it is done.</source>
        <translation>Allt som finns i NetPlanner nu ersätts av säkerhetskopian %1. Dina nuvarande uppgifter sparas som en krypterad kopia bredvid databasen. NetPlanner öppnas igen när det är klart.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Ask: {text}</source>
        <translation>Fråga: {text}</translation>
    </message>
    <message>
        <source>What I want to learn: {text}</source>
        <translation>Det här vill jag lära mig: {text}</translation>
    </message>
    <message>
        <source>Give first: {text}</source>
        <translation>Ge först: {text}</translation>
    </message>
    <message>
        <source>About: {text}</source>
        <translation>Bakgrund: {text}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>Choose a value</source>
        <translation>Välj ett värde</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Shows an error that happened during undo or redo (the main window sets it to a message box).</extracomment>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Återställ från papperskorgen</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Lägg till målet %1</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Redigera målet %1</translation>
    </message>
    <message>
        <source>Delete goal %1</source>
        <translation>Ta bort målet %1</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>Logga kontakttillfälle med %1</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Redigera kontakttillfälle</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Ta bort kontakttillfälle</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Redigera fråga</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Observe %1</source>
        <translation>Iakttagelse om %1</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Ta bort iakttagelse</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Ändra inställningar</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>Lägg till projektet %1</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Redigera projektet %1</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>Ta bort projektet %1</translation>
    </message>
    <message>
        <source>Log work on %1</source>
        <translation>Logga arbete med %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Slå ihop till %1</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Lägg till koppling</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Ändra koppling</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Ta bort koppling</translation>
    </message>
</context>
<context>
    <name>ConnectionsWidget</name>
    <message>
        <source>This person&apos;s connections</source>
        <translation>Personens kopplingar</translation>
    </message>
    <message>
        <source>Kind of connection</source>
        <translation>Typ av koppling</translation>
    </message>
    <message>
        <source>The other person</source>
        <translation>Den andra personen</translation>
    </message>
    <message>
        <source>Whom (type a name)</source>
        <translation>Vem (skriv ett namn)</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>styrka </translation>
    </message>
    <message>
        <source>Strength of the connection, 1 (weak) to 3 (strong)</source>
        <translation>Kopplingens styrka, 1 (svag) till 3 (stark)</translation>
    </message>
    <message>
        <source>A note (how they know each other)</source>
        <translation>En anteckning (hur de känner varandra)</translation>
    </message>
    <message>
        <source>Note on the connection</source>
        <translation>Anteckning om kopplingen</translation>
    </message>
    <message>
        <source>&amp;Add connection</source>
        <translation>&amp;Lägg till koppling</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>Save the changes to the selected connection</source>
        <translation>Spara ändringarna i den valda kopplingen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Ta bort den valda kopplingen</translation>
    </message>
    <message>
        <source>Who they work with, report to, ask for advice and know: the map and &quot;who can introduce me&quot; are built from these.</source>
        <translation>Vem hen arbetar med, rapporterar till, frågar om råd och känner: kartan och ”vem kan introducera mig” bygger på detta.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s).</source>
        <translation>
            <numerusform>%n koppling.</numerusform>
            <numerusform>%n kopplingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection not saved</source>
        <translation>Kopplingen sparades inte</translation>
    </message>
    <message>
        <source>Choose the other person from the list.</source>
        <translation>Välj den andra personen i listan.</translation>
    </message>
    <message>
        <source>Connection not added</source>
        <translation>Kopplingen lades inte till</translation>
    </message>
    <message>
        <source>Connection not removed</source>
        <translation>Kopplingen togs inte bort</translation>
    </message>
</context>
<context>
    <name>ContactDetailWidget</name>
    <message>
        <source>Select a person to see everything about them: profile, preparation, interactions and goals.</source>
        <translation>Välj en person för att se allt om hen: profil, förberedelser, kontakttillfällen och mål.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Redigera den här personen</translation>
    </message>
    <message>
        <source>Log &amp;interaction…</source>
        <translation>Logga &amp;kontakttillfälle…</translation>
    </message>
    <message>
        <source>Log an interaction with this person</source>
        <translation>Logga ett kontakttillfälle med den här personen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Flytta till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>Move this person to the Trash</source>
        <translation>Flytta den här personen till papperskorgen</translation>
    </message>
    <message>
        <source>Link to &amp;goal…</source>
        <translation>Koppla till &amp;mål…</translation>
    </message>
    <message>
        <source>Link this person to one of your goals</source>
        <translation>Koppla personen till ett av dina mål</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Preparation questions</source>
        <translation>Förberedande frågor</translation>
    </message>
    <message>
        <source>A question to ask them next time, then Enter</source>
        <translation>En fråga att ställa nästa gång, sedan Enter</translation>
    </message>
    <message>
        <source>New preparation question</source>
        <translation>Ny förberedande fråga</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation>Lägg till frågan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Ta bort den markerade frågan</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Förberedelse</translation>
    </message>
    <message>
        <source>Interactions with this person</source>
        <translation>Kontakttillfällen med den här personen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakttillfällen</translation>
    </message>
    <message>
        <source>Goals this person is linked to</source>
        <translation>Mål som den här personen är kopplad till</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <source>What I want to learn: %1</source>
        <translation>Det här vill jag lära mig: %1</translation>
    </message>
    <message>
        <source>Note what you want to learn from them (Edit…).</source>
        <translation>Skriv upp vad du vill lära dig av hen (Redigera…).</translation>
    </message>
    <message>
        <source>Computing strength…</source>
        <translation>Beräknar styrka…</translation>
    </message>
    <message>
        <source>No interactions logged yet: start small, a coffee or a short question.</source>
        <translation>Inga kontakttillfällen loggade än: börja i liten skala, med en fika eller en kort fråga.</translation>
    </message>
    <message>
        <source>Strength %1 %</source>
        <translation>Styrka %1 %</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>senaste kontakt %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;overdue since %1&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;försenad sedan %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertis</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Kunskapsdelning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Kemi</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Bryr sig om</translation>
    </message>
    <message>
        <source>I want to learn</source>
        <translation>Jag vill lära mig</translation>
    </message>
    <message>
        <source>I can offer</source>
        <translation>Jag kan erbjuda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Kontaktintervall</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Halveringstid</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>I kontakt sedan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Frågan lades inte till</translation>
    </message>
    <message>
        <source>Question not removed</source>
        <translation>Frågan togs inte bort</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;LinkedIn URL</source>
        <translation>&amp;LinkedIn-adress</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses</source>
        <translation>&amp;E-postadresser</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>Tele&amp;fonnummer</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;ggar</translation>
    </message>
    <message>
        <source>E&amp;xpertise</source>
        <translation>E&amp;xpertis</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Vad hen bryr sig om</translation>
    </message>
    <message>
        <source>What I want to learn from them</source>
        <translation>Vad jag vill lära mig av hen</translation>
    </message>
    <message>
        <source>What I can offer them</source>
        <translation>Vad jag kan erbjuda hen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Kunskapsdelning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Kemi</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Influence (others seek their advice)</source>
        <translation>Inflytande (andra söker hens råd)</translation>
    </message>
    <message>
        <source>separate several with commas</source>
        <translation>skilj flera åt med kommatecken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Score what you have observed, 1 (low) to 5 (high); leave “—” until you know.</source>
        <translation>Bedöm det du har sett, från 1 (lågt) till 5 (högt); låt ”—” stå kvar tills du vet.</translation>
    </message>
    <message>
        <source>  (5 = highest)</source>
        <translation>  (5 = högst)</translation>
    </message>
    <message>
        <source>no fixed rhythm</source>
        <translation>ingen fast rytm</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Efte&amp;rnamn</translation>
    </message>
    <message>
        <source>Gi&amp;ven name</source>
        <translation>F&amp;örnamn</translation>
    </message>
    <message>
        <source>&amp;Middle names</source>
        <translation>&amp;Mellannamn</translation>
    </message>
    <message>
        <source>Pref&amp;ix</source>
        <translation>T&amp;illtal</translation>
    </message>
    <message>
        <source>S&amp;uffix</source>
        <translation>S&amp;uffix</translation>
    </message>
    <message>
        <source>Name pa&amp;rts</source>
        <translation>Namn&amp;delar</translation>
    </message>
    <message>
        <source>How other programs file the name; left empty, they are taken from the name</source>
        <translation>Hur andra program sorterar namnet; lämnas delarna tomma tas de från namnet</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact every (days)</source>
        <translation>Kontaktintervall (dagar)</translation>
    </message>
    <message>
        <source>Contact &amp;every</source>
        <translation>Kontakt&amp;intervall</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Half-life of the relationship (days)</source>
        <translation>Relationens halveringstid (dagar)</translation>
    </message>
    <message>
        <source>Close, long-standing relationships fade slower: give them a longer half-life</source>
        <translation>Nära, långvariga relationer avtar långsammare: ge dem en längre halveringstid</translation>
    </message>
    <message>
        <source>&amp;Half-life</source>
        <translation>&amp;Halveringstid</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>I kontakt sedan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Give the person a name.</source>
        <translation>Ge personen ett namn.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column -&gt; (field of the person it edits, position in ContactRow). How often the table looks whether the worker&apos;s first strength snapshot is ready. From this many people on, the table opens on the name order kept in the database and reads the rows on screen first, everyone on a worker (see people_rows); below, it reads and sorts everyone at once. Worker reads of everyone&apos;s rows that writes may overtake before the table reads them itself. Called to save an edit: (contact id, field, value); raises NetPlannerError when the value is refused. What the People table shows: people, and the strength their interactions and the settings give them.</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Var hen arbetar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Their role or job title</source>
        <translation>Hens roll eller titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Your own tags, separated by commas</source>
        <translation>Dina egna taggar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prospect, active, dormant or archived</source>
        <translation>Tänkbar kontakt, aktiv, vilande eller arkiverad</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Knowledge sharing, 1-5: do they share what they know?</source>
        <translation>Kunskapsdelning, 1–5: delar hen med sig av vad hen kan?</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Feedback, 1-5: do they give honest, useful feedback?</source>
        <translation>Återkoppling, 1–5: ger hen ärlig och användbar återkoppling?</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Kemi</translation>
    </message>
    <message>
        <source>Chemistry, 1-5: how well you get on</source>
        <translation>Kemi, 1–5: hur bra ni kommer överens</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Trust, 1-5: how much you trust each other</source>
        <translation>Förtroende, 1–5: hur mycket ni litar på varandra</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Influence, 1-5: do others seek their advice?</source>
        <translation>Inflytande, 1–5: söker andra hens råd?</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>The date of the last logged interaction</source>
        <translation>Datum för det senast loggade kontakttillfället</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Relationship strength now, 0-100 %</source>
        <translation>Relationens styrka just nu, 0–100 %</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Rising or falling strength</source>
        <translation>Stigande eller sjunkande styrka</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nästa kontakt</translation>
    </message>
    <message>
        <source>When to get in touch again: your cadence, or your usual rhythm with them</source>
        <translation>När du bör höra av dig igen: ditt intervall, eller er vanliga rytm</translation>
    </message>
    <message>
        <source>Fades on</source>
        <translation>Avtagande från</translation>
    </message>
    <message>
        <source>Without contact, strength falls below the threshold on this day</source>
        <translation>Utan kontakt faller styrkan under tröskeln den här dagen</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Tystnad</translation>
    </message>
    <message>
        <source>Silence measured against your usual rhythm with them</source>
        <translation>Tystnaden mätt mot er vanliga rytm</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <source>Give and take: above zero you gave more than you received</source>
        <translation>Ge och ta: över noll har du gett mer än du har fått</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>%1 (fading)</source>
        <translation>%1 (avtagande)</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>Aldrig träffats</translation>
    </message>
    <message>
        <source>In rhythm</source>
        <translation>I takt</translation>
    </message>
    <message>
        <source>Quiet too long</source>
        <translation>Tyst för länge</translation>
    </message>
    <message>
        <source>Likely lost</source>
        <translation>Troligen förlorad</translation>
    </message>
    <message>
        <source>Given %1, received %2 (recent help counts more)</source>
        <translation>Gett %1, fått %2 (färsk hjälp väger tyngre)</translation>
    </message>
    <message>
        <source>Without contact, strength falls below the threshold on %1</source>
        <translation>Utan kontakt sjunker styrkan under tröskeln den %1</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Nobody supports {goal} yet</source>
        <translation>Ingen stöttar {goal} än</translation>
    </message>
    <message>
        <source>No strong supporter for {goal}: every tie is weak</source>
        <translation>Ingen stöttar {goal} starkt: alla kontakter är svaga</translation>
    </message>
    <message>
        <source>No mentor for {goal}</source>
        <translation>Ingen mentor för {goal}</translation>
    </message>
    <message>
        <source>Your {role} {name} is fading</source>
        <translation>Relationen med din {role} {name} avtar</translation>
    </message>
    <message>
        <source>Your {role} {name} has gone quiet for much longer than usual</source>
        <translation>Din {role} {name} har varit tyst mycket längre än vanligt</translation>
    </message>
    <message>
        <source>You have not met your {role} {name} yet</source>
        <translation>Du har inte träffat din {role} {name} än</translation>
    </message>
    <message>
        <source>Only {name} supports {goal}</source>
        <translation>Bara {name} stöttar {goal}</translation>
    </message>
    <message>
        <source>All {count} supporters of {goal} sit in {department}: one perspective only</source>
        <translation>Alla {count} som stöttar {goal} sitter på {department}: bara ett perspektiv</translation>
    </message>
    <message>
        <source>Nobody in your network has expertise in {area}: find someone new for {goal} (ask your contacts whom they would ask)</source>
        <translation>Ingen i ditt nätverk har expertis inom {area}: hitta någon ny för {goal} (fråga dina kontakter vem de själva skulle fråga)</translation>
    </message>
    <message>
        <source>{name} could help with {goal}: {reason}</source>
        <translation>{name} kan hjälpa dig med {goal}: {reason}</translation>
    </message>
    <message>
        <source>knows {value}</source>
        <translation>kan {value}</translation>
    </message>
    <message>
        <source>mentions {value} in their profile</source>
        <translation>nämner {value} i sin profil</translation>
    </message>
    <message>
        <source>shares knowledge {value}</source>
        <translation>delar kunskap {value}</translation>
    </message>
    <message>
        <source>rarely shares knowledge ({value})</source>
        <translation>delar sällan kunskap ({value})</translation>
    </message>
    <message>
        <source>strength {value} %</source>
        <translation>styrka {value} %</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>inte träffad än</translation>
    </message>
    <message>
        <source>from {value}: a new perspective</source>
        <translation>från {value}: ett nytt perspektiv</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>kollega</translation>
    </message>
    <message>
        <source>feedback giver</source>
        <translation>återkopplare</translation>
    </message>
    <message>
        <source>role model</source>
        <translation>förebild</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Troliga dubbletter</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Samma</translation>
    </message>
    <message>
        <source>No likely duplicates: no two people share an e-mail address, a phone number or a name.</source>
        <translation>Inga troliga dubbletter: inga två personer har samma e-postadress, telefonnummer eller namn.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Slå &amp;ihop…</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>These people look like someone already in your network. Choose for each.</source>
        <translation>De här personerna liknar någon som redan finns i ditt nätverk. Välj för var och en.</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Lägg till som ny person</translation>
    </message>
    <message>
        <source>Same person as %1 (they share an e-mail)</source>
        <translation>Samma person som %1 (de delar en e-postadress)</translation>
    </message>
    <message>
        <source>Same person as %1</source>
        <translation>Samma person som %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{filename}, line {line}: {problem}</source>
        <translation>{filename}, rad {line}: {problem}</translation>
    </message>
    <message>
        <source>{filename}: {problem}</source>
        <translation>{filename}: {problem}</translation>
    </message>
    <message>
        <source>Unknown {what} &apos;{value}&apos;. Choose one of: {allowed}.</source>
        <translation>Okänd {what} ”{value}”. Välj en av: {allowed}.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {exc}</source>
        <translation>Kan inte öppna {path}: {exc}</translation>
    </message>
    <message>
        <source>Cannot open {path}: wrong passphrase or key, or not a NetPlanner database.</source>
        <translation>Kan inte öppna {path}: fel lösenfras eller nyckel, eller så är det ingen NetPlanner-databas.</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}). Restore it from a backup.</source>
        <translation>{path} är skadad ({exc}). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file, not a NetPlanner database.</source>
        <translation>{path} är en okrypterad SQLite-fil, inte en NetPlanner-databas.</translation>
    </message>
    <message>
        <source>{path} is your NetPlanner database (or part of it); choose another file.</source>
        <translation>{path} är din NetPlanner-databas (eller en del av den); välj en annan fil.</translation>
    </message>
    <message>
        <source>There is no NetPlanner database at {path}.</source>
        <translation>Det finns ingen NetPlanner-databas på {path}.</translation>
    </message>
    <message>
        <source>{path} opens, but it is not a NetPlanner database.</source>
        <translation>{path} går att öppna, men det är ingen NetPlanner-databas.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of NetPlanner; update the app to open it.</source>
        <translation>{path} har sparats av en nyare version av NetPlanner; uppdatera appen för att öppna den.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.</source>
        <translation>Välj en lösenfras på minst {MIN_PASSPHRASE_LENGTH} tecken.</translation>
    </message>
    <message>
        <source>A recovery key is 64 hexadecimal digits, in groups of four.</source>
        <translation>En återställningsnyckel består av 64 hexadecimala siffror, i grupper om fyra.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Lösenfrasen är tom.</translation>
    </message>
    <message>
        <source>{db_path} is protected by a passphrase: enter it, or set {PASSPHRASE_ENV}.</source>
        <translation>{db_path} är skyddad med en lösenfras: ange den, eller sätt {PASSPHRASE_ENV}.</translation>
    </message>
    <message>
        <source>The key of {db_path} is kept by {backend}, but the active keychain is {active}. Unlock it with your recovery key or switch the keychain back.</source>
        <translation>Nyckeln till {db_path} förvaras i {backend}, men den aktiva nyckelringen är {active}. Lås upp med din återställningsnyckel eller byt tillbaka till den tidigare nyckelringen.</translation>
    </message>
    <message>
        <source>The keychain has no key for {db_path}. Unlock it with your recovery key.</source>
        <translation>Nyckelringen har ingen nyckel till {db_path}. Lås upp med din återställningsnyckel.</translation>
    </message>
    <message>
        <source>The keychain could not be read ({exc}). Is it locked?</source>
        <translation>Det gick inte att läsa nyckelringen ({exc}). Är den låst?</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}); cannot tell where the key is.</source>
        <translation>{path} är skadad ({exc}); det går inte att avgöra var nyckeln finns.</translation>
    </message>
    <message>
        <source>{database} is already open in another NetPlanner window or command.</source>
        <translation>{database} är redan öppen i ett annat NetPlanner-fönster eller kommando.</translation>
    </message>
    <message>
        <source>There is already a database at {target_path}; restoring would replace it.</source>
        <translation>Det finns redan en databas på {target_path}; en återställning skulle ersätta den.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Det finns ingen säkerhetskopia på {path}.</translation>
    </message>
    <message>
        <source>{name} opens, but it is not a NetPlanner backup.</source>
        <translation>{name} går att öppna, men det är ingen säkerhetskopia från NetPlanner.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: {problem}.</source>
        <translation>Säkerhetskopian {name} är skadad: {problem}.</translation>
    </message>
    <message>
        <source>{name} is an unencrypted SQLite file, not a NetPlanner backup.</source>
        <translation>{name} är en okrypterad SQLite-fil, inte en säkerhetskopia från NetPlanner.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({exc}).</source>
        <translation>Säkerhetskopian {name} är skadad ({exc}).</translation>
    </message>
    <message>
        <source>Cannot open the backup {name}: wrong passphrase, or not a NetPlanner backup.</source>
        <translation>Kan inte öppna säkerhetskopian {name}: fel lösenfras, eller så är det ingen säkerhetskopia från NetPlanner.</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-adress</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Contact every (days)</source>
        <translation>Kontaktintervall (dagar)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; does not look like a LinkedIn address.</source>
        <translation>”{url}” ser inte ut som en LinkedIn-adress.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertis</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Vad hen bryr sig om</translation>
    </message>
    <message>
        <source>What I want to learn</source>
        <translation>Vad jag vill lära mig</translation>
    </message>
    <message>
        <source>What I can offer</source>
        <translation>Vad jag kan erbjuda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Half-life (days)</source>
        <translation>Halveringstid (dagar)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>I kontakt sedan</translation>
    </message>
    <message>
        <source>Unknown field(s) for a person: {fields}.</source>
        <translation>Okända fält för en person: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>”{email}” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>A tie joins two different people.</source>
        <translation>Ett band förenar två olika personer.</translation>
    </message>
    <message>
        <source>The strength of a tie must be a whole number from {low} to {high}.</source>
        <translation>Ett bands styrka måste vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some space and try again. Nothing was changed.</source>
        <translation>Disken där {path} ligger är full: frigör utrymme och försök igen. Inget ändrades.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be re-encrypted. Restore it from a backup.</source>
        <translation>{path} är skadad och kan inte krypteras om. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is inside NetPlanner&apos;s own folder {folder}; choose a place outside it.</source>
        <translation>{path} ligger i NetPlanners egen mapp {folder}; välj en plats utanför den.</translation>
    </message>
    <message>
        <source>A passphrase cannot look like a recovery key (64 hexadecimal digits); choose another.</source>
        <translation>En lösenfras får inte se ut som en återställningsnyckel (64 hexadecimala siffror); välj en annan.</translation>
    </message>
    <message>
        <source>No secure keychain was found. Protect the database with a passphrase instead.</source>
        <translation>Ingen säker nyckelring hittades. Skydda databasen med en lösenfras i stället.</translation>
    </message>
    <message>
        <source>The key of {db_path} is in the keychain, but no keychain can be loaded. Unlock it with your recovery key.</source>
        <translation>Nyckeln till {db_path} finns i nyckelringen, men ingen nyckelring kan läsas in. Lås upp med din återställningsnyckel.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key ({exc}). Protect the database with a passphrase instead.</source>
        <translation>Nyckelringen vägrade spara nyckeln ({exc}). Skydda databasen med en lösenfras i stället.</translation>
    </message>
    <message>
        <source>The keychain&apos;s key for {db_path} is damaged. Unlock it with your recovery key.</source>
        <translation>Nyckelringens nyckel till {db_path} är skadad. Lås upp med din återställningsnyckel.</translation>
    </message>
    <message>
        <source>Cannot find a free name to keep {path} under.</source>
        <translation>Hittar inget ledigt namn att spara {path} under.</translation>
    </message>
    <message>
        <source>There is no database at {path}, but {kept} is kept from an earlier restore: rename it to {name} to open it, or move it away to start a new database.</source>
        <translation>Det finns ingen databas på {path}, men {kept} är sparad från en tidigare återställning: byt namn på den till {name} för att öppna den, eller flytta bort den för att börja en ny databas.</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Kunskapsdelning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Kemi</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Mellannamn</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tilltal</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Name cannot be empty.</source>
        <translation>Namnet får inte vara tomt.</translation>
    </message>
    <message>
        <source>There is no person with id {contact_id}.</source>
        <translation>Det finns ingen person med id {contact_id}.</translation>
    </message>
    <message>
        <source>Name the person: a name or an e-mail address.</source>
        <translation>Ange personen: ett namn eller en e-postadress.</translation>
    </message>
    <message>
        <source>Nobody called &apos;{needle}&apos; in your network.</source>
        <translation>Ingen som heter ”{needle}” finns i ditt nätverk.</translation>
    </message>
    <message>
        <source>&apos;{needle}&apos; matches {count} people: {listed}. Be more specific.</source>
        <translation>”{needle}” passar in på {count} personer: {listed}. Var mer specifik.</translation>
    </message>
    <message>
        <source>There is no goal with id {goal_id}.</source>
        <translation>Det finns inget mål med id {goal_id}.</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Målets rubrik</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Unknown field(s) for a goal: {fields}.</source>
        <translation>Okända fält för ett mål: {fields}.</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>målstatus</translation>
    </message>
    <message>
        <source>Goal title cannot be empty.</source>
        <translation>Målets rubrik får inte vara tom.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation>En person kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>There is no person with id {target}.</source>
        <translation>Det finns ingen person med id {target}.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>Unknown field(s) for an interaction: {fields}.</source>
        <translation>Okända fält för ett kontakttillfälle: {fields}.</translation>
    </message>
    <message>
        <source>kind of interaction</source>
        <translation>typ av kontakttillfälle</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>riktning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>An interaction cannot be in the future; plan it in Today instead.</source>
        <translation>Ett kontakttillfälle kan inte ligga i framtiden; planera det i vyn Idag i stället.</translation>
    </message>
    <message>
        <source>The date of an interaction must be between {earliest} and {latest}.</source>
        <translation>Datumet för ett kontakttillfälle måste ligga mellan {earliest} och {latest}.</translation>
    </message>
    <message>
        <source>A follow-up cannot come before the interaction itself ({date}).</source>
        <translation>En uppföljning kan inte komma före själva kontakttillfället ({date}).</translation>
    </message>
    <message>
        <source>There is no goal with id {id}.</source>
        <translation>Det finns inget mål med id {id}.</translation>
    </message>
    <message>
        <source>There is no project with id {id}.</source>
        <translation>Det finns inget projekt med id {id}.</translation>
    </message>
    <message>
        <source>There is no interaction with id {interaction_id}.</source>
        <translation>Det finns inget kontakttillfälle med id {interaction_id}.</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Det finns ingen person med id {id}.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>{path}: not a NetPlanner JSON file (no &quot;format&quot;: &quot;netplanner&quot;).</source>
        <translation>{path}: ingen JSON-fil från NetPlanner (inget &quot;format&quot;: &quot;netplanner&quot;).</translation>
    </message>
    <message>
        <source>{path}: the format version is missing or broken.</source>
        <translation>{path}: formatversionen saknas eller är trasig.</translation>
    </message>
    <message>
        <source>{path} was written by a newer NetPlanner (format version {version}; this one reads version {known}); update the app to import it.</source>
        <translation>{path} skrevs av en nyare NetPlanner (formatversion {version}; den här läser version {known}); uppdatera appen för att importera den.</translation>
    </message>
    <message>
        <source>{path}: the schema revision is missing.</source>
        <translation>{path}: schemaversionen saknas.</translation>
    </message>
    <message>
        <source>{path} has schema {schema}, which this version of NetPlanner does not know (a newer one wrote it); update the app to import it.</source>
        <translation>{path} har schemat {schema}, som den här versionen av NetPlanner inte känner till (en nyare skrev filen); uppdatera appen för att importera den.</translation>
    </message>
    <message>
        <source>{path}: &quot;tables&quot; must map each table&apos;s name to a list of rows.</source>
        <translation>{path}: &quot;tables&quot; måste ge varje tabells namn en lista med rader.</translation>
    </message>
    <message>
        <source>{path}: unknown table {table}.</source>
        <translation>{path}: okänd tabell {table}.</translation>
    </message>
    <message>
        <source>{database} is not empty (it has {tables}); everything is imported from JSON only into an empty database. Nothing was changed.</source>
        <translation>{database} är inte tom (den har {tables}); allt importeras från JSON bara till en tom databas. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>{path}, line {line}: not valid JSON ({reason}).</source>
        <translation>{path}, rad {line}: ogiltig JSON ({reason}).</translation>
    </message>
    <message>
        <source>{path}: not a NetPlanner JSON file (not UTF-8 text).</source>
        <translation>{path}: ingen JSON-fil från NetPlanner (inte UTF-8-text).</translation>
    </message>
    <message>
        <source>{path}: table {table}, row {row}: unknown column {column}.</source>
        <translation>{path}: tabell {table}, rad {row}: okänd kolumn {column}.</translation>
    </message>
    <message>
        <source>{path}: the rows do not fit together ({reason}); nothing was imported.</source>
        <translation>{path}: raderna passar inte ihop ({reason}); ingenting importerades.</translation>
    </message>
    <message>
        <source>{path}: table {table}, row {row}: {column} is missing.</source>
        <translation>{path}: tabell {table}, rad {row}: {column} saknas.</translation>
    </message>
    <message>
        <source>{path}: table {table}, row {row}: {column} cannot be {value}.</source>
        <translation>{path}: tabell {table}, rad {row}: {column} kan inte vara {value}.</translation>
    </message>
    <message>
        <source>Unknown score(s) for an observation: {fields}.</source>
        <translation>Okänd(a) poäng för en iakttagelse: {fields}.</translation>
    </message>
    <message>
        <source>Note what you noticed: a score or a few words.</source>
        <translation>Notera vad du lade märke till: en poäng eller några ord.</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Iakttagen den</translation>
    </message>
    <message>
        <source>The date of an observation must be between {earliest} and {latest}.</source>
        <translation>Datumet för en iakttagelse måste vara mellan {earliest} och {latest}.</translation>
    </message>
    <message>
        <source>There is no observation with id {observation_id}.</source>
        <translation>Det finns ingen iakttagelse med id {observation_id}.</translation>
    </message>
    <message>
        <source>No manager called &apos;{manager}&apos; in the file or your network.</source>
        <translation>Ingen chef som heter ”{manager}” i filen eller i ditt nätverk.</translation>
    </message>
    <message>
        <source>Plan between 1 and {MAX_WEEKS} weeks ahead.</source>
        <translation>Planera mellan 1 och {MAX_WEEKS} veckor framåt.</translation>
    </message>
    <message>
        <source>There is no planned touch with id {touch_id}.</source>
        <translation>Det finns ingen planerad kontakt med id {touch_id}.</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>Skjut upp till en dag efter idag.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektnamn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>There is no project with id {project_id}.</source>
        <translation>Det finns inget projekt med id {project_id}.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Unknown field(s) for a question: {fields}.</source>
        <translation>Okända fält för en fråga: {fields}.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>There is no question with id {question_id}.</source>
        <translation>Det finns ingen fråga med id {question_id}.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>Unknown checklist item(s): {items}.</source>
        <translation>Okända punkter i checklistan: {items}.</translation>
    </message>
    <message>
        <source>Preparation question</source>
        <translation>Förberedande fråga</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Svar på en fråga</translation>
    </message>
    <message>
        <source>Interaction summary</source>
        <translation>Sammanfattning av kontakttillfället</translation>
    </message>
    <message>
        <source>Interaction notes</source>
        <translation>Anteckningar om kontakttillfället</translation>
    </message>
    <message>
        <source>Note on a connection</source>
        <translation>Anteckning om en koppling</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>Weights must be given per kind of interaction.</source>
        <translation>Vikterna måste anges per typ av kontakttillfälle.</translation>
    </message>
    <message>
        <source>Reminders must be on or off.</source>
        <translation>Påminnelser måste vara på eller av.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Halveringstid</translation>
    </message>
    <message>
        <source>Touches per week</source>
        <translation>Kontakter per vecka</translation>
    </message>
    <message>
        <source>Days between reviews</source>
        <translation>Dagar mellan översyner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Unknown kind of interaction &apos;{kind}&apos;.</source>
        <translation>Okänd typ av kontakttillfälle: ”{kind}”.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;.</source>
        <translation>Okänd inställning: ”{key}”.</translation>
    </message>
    <message>
        <source>kind of tie</source>
        <translation>typ av band</translation>
    </message>
    <message>
        <source>There is no tie with id {tie_id}.</source>
        <translation>Det finns inget band med id {tie_id}.</translation>
    </message>
    <message>
        <source>That tie is already there.</source>
        <translation>Det bandet finns redan.</translation>
    </message>
    <message>
        <source>The switch of {db_path} to the keychain was interrupted before the file was re-encrypted: enter your passphrase (or set {PASSPHRASE_ENV}).</source>
        <translation>Bytet av {db_path} till nyckelringen avbröts innan filen krypterades om: ange din lösenfras (eller sätt {PASSPHRASE_ENV}).</translation>
    </message>
    <message>
        <source>A change of the passphrase of {db_path} was interrupted: enter the new passphrase or the old one (or set {PASSPHRASE_ENV}).</source>
        <translation>Ett byte av lösenfrasen för {db_path} avbröts: ange den nya lösenfrasen eller den gamla (eller sätt {PASSPHRASE_ENV}).</translation>
    </message>
    <message>
        <source>A change of the key of {db_path} was interrupted: enter the passphrase, or your recovery key (or set {PASSPHRASE_ENV}).</source>
        <translation>Ett byte av nyckeln till {db_path} avbröts: ange lösenfrasen eller din återställningsnyckel (eller sätt {PASSPHRASE_ENV}).</translation>
    </message>
    <message>
        <source>vdirsyncer failed: {reason}</source>
        <translation>vdirsyncer misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Who was it with? Name at least one person.</source>
        <translation>Vem var det med? Ange minst en person.</translation>
    </message>
    <message>
        <source>Choose at least two different people to merge.</source>
        <translation>Välj minst två olika personer att slå ihop.</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Unknown field(s) for a project: {fields}.</source>
        <translation>Okända fält för ett projekt: {fields}.</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>projektstatus</translation>
    </message>
    <message>
        <source>Only the members of {project} can be logged as working on it.</source>
        <translation>Bara deltagarna i {project} kan loggas som att de arbetat med det.</translation>
    </message>
    <message>
        <source>Pick at least one member who worked on {project}.</source>
        <translation>Välj minst en deltagare som arbetade med {project}.</translation>
    </message>
    <message>
        <source>A project cannot end ({end}) before it starts ({start}).</source>
        <translation>Ett projekt kan inte sluta ({end}) innan det börjar ({start}).</translation>
    </message>
    <message>
        <source>There is no project called &apos;{name}&apos;.</source>
        <translation>Det finns inget projekt som heter ”{name}”.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches {count} projects: {listed}. Be more specific.</source>
        <translation>”{name}” passar in på {count} projekt: {listed}. Var mer specifik.</translation>
    </message>
    <message>
        <source>Competence area of a goal</source>
        <translation>Kompetensområde för ett mål</translation>
    </message>
    <message>
        <source>Why (a goal)</source>
        <translation>Varför (ett mål)</translation>
    </message>
    <message>
        <source>Next steps of a goal</source>
        <translation>Nästa steg för ett mål</translation>
    </message>
    <message>
        <source>Strength ceiling</source>
        <translation>Styrketak</translation>
    </message>
    <message>
        <source>The fading threshold must be from {low} % to {high} %.</source>
        <translation>Tröskeln för avtagande måste vara från {low} % till {high} %.</translation>
    </message>
    <message>
        <source>The strength ceiling must be from {low:g} to {high:g}.</source>
        <translation>Styrketaket måste vara från {low:g} till {high:g}.</translation>
    </message>
    <message>
        <source>A weight must be from {low:g} to {high:g}.</source>
        <translation>En vikt måste vara från {low:g} till {high:g}.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {url}.</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet för {url}.</translation>
    </message>
    <message>
        <source>The server does not let {user} use {url}.</source>
        <translation>Servern låter inte {user} använda {url}.</translation>
    </message>
    <message>
        <source>There is no address book or calendar at {url}: check the address.</source>
        <translation>Det finns ingen adressbok eller kalender på {url}: kontrollera adressen.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}: is the address right and the server up?</source>
        <translation>Når inte servern på {url}: stämmer adressen och är servern igång?</translation>
    </message>
    <message>
        <source>No password for the sync: set it in Settings &gt; Sync or with `netplanner sync setup`.</source>
        <translation>Inget lösenord för synkningen: ange det i Inställningar &gt; Synk eller med `netplanner sync setup`.</translation>
    </message>
    <message>
        <source>Name the user on the server.</source>
        <translation>Ange användaren på servern.</translation>
    </message>
    <message>
        <source>Choose the sync folder as a full path, not &apos;{folder}&apos;.</source>
        <translation>Välj synkmappen som en fullständig sökväg, inte ”{folder}”.</translation>
    </message>
    <message>
        <source>Sync every 0 (never) to 1440 minutes.</source>
        <translation>Synka var 0:e (aldrig) till 1440:e minut.</translation>
    </message>
    <message>
        <source>No secure keychain to keep the sync password in; use --no-store (or NETPLANNER_SYNC_PASSWORD) to give it for each sync.</source>
        <translation>Ingen säker nyckelring att spara synklösenordet i; använd --no-store (eller NETPLANNER_SYNC_PASSWORD) och ange det vid varje synkning.</translation>
    </message>
    <message>
        <source>vdirsyncer is not installed; install it with {hint}.</source>
        <translation>vdirsyncer är inte installerat; installera det med {hint}.</translation>
    </message>
    <message>
        <source>{label} &apos;{url}&apos; is not an http:// or https:// address.</source>
        <translation>{label} ”{url}” är ingen http://- eller https://-adress.</translation>
    </message>
    <message>
        <source>Sync is not set up: use Settings &gt; Sync or `netplanner sync setup`.</source>
        <translation>Synkning är inte inställd: använd Inställningar &gt; Synk eller `netplanner sync setup`.</translation>
    </message>
    <message>
        <source>No password for the sync: set it in Settings &gt; Sync or with `netplanner sync setup` (or in {env}).</source>
        <translation>Inget lösenord för synkningen: ange det i Inställningar &gt; Synk eller med `netplanner sync setup` (eller i {env}).</translation>
    </message>
    <message>
        <source>Cannot start vdirsyncer ({reason}); install it with {hint}.</source>
        <translation>Kan inte starta vdirsyncer ({reason}); installera det med {hint}.</translation>
    </message>
    <message>
        <source>The switch of {db_path} to a passphrase was interrupted after the file was re-encrypted: enter the new passphrase (or set {PASSPHRASE_ENV}).</source>
        <translation>Bytet av {db_path} till en lösenfras avbröts efter att filen krypterats om: ange den nya lösenfrasen (eller sätt {PASSPHRASE_ENV}).</translation>
    </message>
    <message>
        <source>{what} must be a date.</source>
        <translation>{what} måste vara ett datum.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what} måste fyllas i.</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} måste vara text.</translation>
    </message>
    <message>
        <source>{what} is too long ({length} characters; at most {max_length}).</source>
        <translation>{what}: texten är för lång ({length} tecken; högst {max_length}).</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what} måste anges.</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {number}.</source>
        <translation>{what} måste vara mellan {low} och {high}, inte {number}.</translation>
    </message>
    <message>
        <source>{what} must be a number.</source>
        <translation>{what} måste vara ett tal.</translation>
    </message>
    <message>
        <source>{what} must be more than zero.</source>
        <translation>{what} måste vara större än noll.</translation>
    </message>
    <message>
        <source>{what} can be at most {maximum:g}.</source>
        <translation>{what} får vara högst {maximum:g}.</translation>
    </message>
    <message>
        <source>{what} must be a list of texts.</source>
        <translation>{what} måste vara en lista med texter.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}.</source>
        <translation>{what} måste vara ett heltal mellan {low} och {high}.</translation>
    </message>
    <message>
        <source>{what} must be a date like 2026-03-14, not &apos;{value}&apos;.</source>
        <translation>{what} måste vara ett datum i formen 2026-03-14, inte ”{value}”.</translation>
    </message>
    <message>
        <source>a LinkedIn Connections.csv</source>
        <translation>en LinkedIn-export (Connections.csv)</translation>
    </message>
    <message>
        <source>the file is empty: no header row with column names</source>
        <translation>filen är tom: det finns ingen rubrikrad med kolumnnamn</translation>
    </message>
    <message>
        <source>unknown field(s) in the mapping: {fields}</source>
        <translation>okända fält i ihopparningen av kolumner: {fields}</translation>
    </message>
    <message>
        <source>no column called &apos;{column}&apos;</source>
        <translation>det finns ingen kolumn som heter ”{column}”</translation>
    </message>
    <message>
        <source>no column for the name: choose which column holds the name</source>
        <translation>ingen kolumn för namnet: välj vilken kolumn som innehåller namnet</translation>
    </message>
    <message>
        <source>this is not {what}: there is no column &apos;{column}&apos;</source>
        <translation>det här är inte {what}: det finns ingen kolumn ”{column}”</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a date: &apos;{value}&apos; (expected e.g. 12 Mar 2024)</source>
        <translation>”{column}” är inget datum: ”{value}” (förväntat t.ex. 12 Mar 2024)</translation>
    </message>
    <message>
        <source>{fields} fields where the header has {columns} (a value with a comma that is not in quotes?)</source>
        <translation>{fields} fält där rubrikraden har {columns} (ett värde med kommatecken som inte står inom citattecken?)</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>filen innehåller binärdata, inte text</translation>
    </message>
    <message>
        <source>byte 0x{byte} is not {encoding} text; save the file as UTF-8 and try again</source>
        <translation>byte 0x{byte} är inte {encoding}-text; spara filen som UTF-8 och försök igen</translation>
    </message>
    <message>
        <source>byte 0x{byte} is neither UTF-8 nor Windows-1252 text; save the file as UTF-8 and try again</source>
        <translation>byte 0x{byte} är varken UTF-8- eller Windows-1252-text; spara filen som UTF-8 och försök igen</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (choose one of {known})</source>
        <translation>okänt format ”{fmt}” (välj ett av {known})</translation>
    </message>
    <message>
        <source>this line is not a vCard property (it has no &apos;:&apos;)</source>
        <translation>den här raden är ingen vCard-egenskap (den saknar ”:”)</translation>
    </message>
    <message>
        <source>no vCard in the file (no BEGIN:VCARD line)</source>
        <translation>inget vCard i filen (ingen BEGIN:VCARD-rad)</translation>
    </message>
    <message>
        <source>the vCard that begins here has no END:VCARD (is the file cut short?)</source>
        <translation>det vCard som börjar här saknar END:VCARD (har filen klippts av?)</translation>
    </message>
    <message>
        <source>this line is not a vCard property</source>
        <translation>den här raden är ingen vCard-egenskap</translation>
    </message>
    <message>
        <source>a continuation line with no property before it</source>
        <translation>en fortsättningsrad utan någon egenskap före</translation>
    </message>
    <message>
        <source>not a valid vCard line ({problem})</source>
        <translation>ingen giltig vCard-rad ({problem})</translation>
    </message>
    <message>
        <source>text outside a vCard (expected BEGIN:VCARD)</source>
        <translation>text utanför ett vCard (BEGIN:VCARD förväntades)</translation>
    </message>
    <message>
        <source>a row with no name, e-mail or profile URL</source>
        <translation>en rad utan namn, e-postadress eller profiladress</translation>
    </message>
    <message>
        <source>a row with no name or e-mail</source>
        <translation>en rad utan namn eller e-postadress</translation>
    </message>
    <message>
        <source>An org chart needs a name or e-mail column and a manager column (for example: name,email,manager).</source>
        <translation>Ett organisationsschema behöver en kolumn med namn eller e-post och en med chef (till exempel: namn,e-post,chef).</translation>
    </message>
    <message>
        <source>The file has no people.</source>
        <translation>Filen innehåller inga personer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The CSV cannot be read ({reason}).</source>
        <translation>CSV-filen går inte att läsa ({reason}).</translation>
    </message>
    <message>
        <source>The row has no name or e-mail.</source>
        <translation>Raden saknar namn och e-post.</translation>
    </message>
    <message>
        <source>The row cannot be read ({reason}).</source>
        <translation>Raden går inte att läsa ({reason}).</translation>
    </message>
    <message>
        <source>unknown character set &apos;{charset}&apos;</source>
        <translation>okänd teckenuppsättning &apos;{charset}&apos;</translation>
    </message>
    <message>
        <source>a vCard with no name, e-mail or phone number</source>
        <translation>ett vCard utan namn, e-postadress eller telefonnummer</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>a card file must hold exactly one vCard, not {count}</source>
        <translation>en kortfil måste innehålla exakt ett vCard, inte {count}</translation>
    </message>
    <message>
        <source>Name the goal by its title.</source>
        <translation>Ange målet med dess titel.</translation>
    </message>
    <message>
        <source>No goal called &apos;{needle}&apos;.</source>
        <translation>Inget mål heter ”{needle}”.</translation>
    </message>
    <message>
        <source>&apos;{needle}&apos; matches {count} goals: {listed}. Be more specific.</source>
        <translation>”{needle}” passar {count} mål: {listed}. Var mer precis.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Lösenfraserna skiljer sig åt; inget ändrades.</translation>
    </message>
    <message>
        <source>The database already has people in it; the example needs an empty one.</source>
        <translation>Det finns redan personer i databasen; exempelnätverket behöver en tom databas.</translation>
    </message>
    <message>
        <source>{database} is damaged: {problem}{more}. Restore a backup.</source>
        <translation>{database} är skadad: {problem}{more}. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>No new passphrase given: type it, or set {NEW_PASSPHRASE_ENV}.</source>
        <translation>Ingen ny lösenfras angavs: skriv den, eller sätt {NEW_PASSPHRASE_ENV}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set FIELD=VALUE (or --organisation, --title, ...).</source>
        <translation>Inget att ändra: ange --set FÄLT=VÄRDE (eller --organisation, --title, ...).</translation>
    </message>
    <message>
        <source>Nothing to change: give --set FIELD=VALUE (or --area, --priority, --status).</source>
        <translation>Inget att ändra: ange --set FÄLT=VÄRDE (eller --area, --priority, --status).</translation>
    </message>
    <message>
        <source>--set {pair}: give FIELD=VALUE, where FIELD is one of {fields}.</source>
        <translation>--set {pair}: ange FÄLT=VÄRDE, där FÄLT är något av {fields}.</translation>
    </message>
    <message>
        <source>No password: set {env} or run the command in a terminal.</source>
        <translation>Inget lösenord: ange {env} eller kör kommandot i en terminal.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Det finns ingen fil på {path}.</translation>
    </message>
    <message>
        <source>--map is for CSV contacts files, not for org charts.</source>
        <translation>--map gäller CSV-filer med kontakter, inte organisationsscheman.</translation>
    </message>
    <message>
        <source>The backup passphrase is empty.</source>
        <translation>Lösenfrasen för säkerhetskopian är tom.</translation>
    </message>
    <message>
        <source>--map {pair}: give COLUMN=FIELD, where FIELD is one of {fields}.</source>
        <translation>--map {pair}: ange KOLUMN=FÄLT, där FÄLT är ett av {fields}.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {BACKUP_PASSPHRASE_ENV} or run in a terminal.</source>
        <translation>Ingen lösenfras för säkerhetskopian: sätt {BACKUP_PASSPHRASE_ENV} eller kör i en terminal.</translation>
    </message>
    <message>
        <source>--{option} is for the {fmt} format only.</source>
        <translation>--{option} gäller bara formatet {fmt}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Lösenfraserna skiljer sig åt; inget skrevs.</translation>
    </message>
    <message>
        <source>No backup passphrase given: type it, or set {BACKUP_PASSPHRASE_ENV}.</source>
        <translation>Ingen lösenfras för säkerhetskopian angavs: skriv den, eller sätt {BACKUP_PASSPHRASE_ENV}.</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Det gick inte att börja skriva PDF-filen.</translation>
    </message>
    <message>
        <source>The report&apos;s font is missing from NetPlanner&apos;s resources; reinstall the app.</source>
        <translation>Rapportens typsnitt saknas i NetPlanners resurser; installera om appen.</translation>
    </message>
    <message>
        <source>Could not write {target}: {reason}.</source>
        <translation>Det gick inte att skriva {target}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <extracomment>What Today shows: the plan, follow-ups and thank-yous, people, their goals, questions and the review. Weeks after this one shown below the plan.</extracomment>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>As &amp;events (with a time and a reminder)</source>
        <translation>Som &amp;händelser (med tid och påminnelse)</translation>
    </message>
    <message>
        <source>As &amp;to-dos (tasks with a due time)</source>
        <translation>Som &amp;uppgifter (med förfallotid)</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation>&amp;Veckor framåt:</translation>
    </message>
    <message>
        <source>Include private &amp;notes and questions</source>
        <translation>Ta med privata &amp;anteckningar och frågor</translation>
    </message>
    <message>
        <source>Calendars are often synced to other services; leave this off unless the calendar is private.</source>
        <translation>Kalendrar synkas ofta till andra tjänster; låt det här vara avslaget om inte kalendern är privat.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export mentoring plan</source>
        <extracomment>Opens a file or folder in the system&apos;s viewer; tests pass their own so that no viewer starts.</extracomment>
        <translation>Exportera mentorsplan</translation>
    </message>
    <message>
        <source>A PDF to bring to a talk with your manager or mentor: your goals and the people who support them, the outreach schedule, follow-ups and thanks, give and take, relationship strength and a review checklist.</source>
        <translation>En PDF att ta med till ett samtal med din chef eller mentor: dina mål och personerna som stöttar dem, kontaktschemat, uppföljningar och tack, ge och ta, relationernas styrka och en checklista för översynen.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>Include &amp;private notes</source>
        <translation>Ta med &amp;privata anteckningar</translation>
    </message>
    <message>
        <source>Your notes on people and interactions and the answers to your questions. Leave this off for a copy you hand to someone else.</source>
        <translation>Dina anteckningar om personer och kontakttillfällen och svaren på dina frågor. Låt det här vara avslaget för en kopia som du ger till någon annan.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Outreach schedule for</source>
        <translation>Kontaktschema för</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>mentoring-plan-%1.pdf</source>
        <translation>mentorsplan-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write the plan to.</source>
        <translation>Välj en fil att skriva planen till.</translation>
    </message>
    <message>
        <source>Writing the mentoring plan…</source>
        <translation>Skriver mentorsplanen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>The mentoring plan (%n page(s)) was saved as:</source>
        <translation>
            <numerusform>Mentorsplanen (%n sida) sparades som:</numerusform>
            <numerusform>Mentorsplanen (%n sidor) sparades som:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>A vCard file, LinkedIn&apos;s Connections.csv, a Google or Outlook CSV, or any CSV.</source>
        <translation>En vCard-fil, Connections.csv från LinkedIn, en CSV från Google eller Outlook, eller valfri CSV.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Känn igen från innehållet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Kontakter (*.vcf *.vcard *.csv);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>GoalEditorDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <source>e.g. Become a confident public speaker</source>
        <translation>t.ex. Bli en trygg talare inför publik</translation>
    </message>
    <message>
        <source>Goal title</source>
        <translation>Målets rubrik</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>e.g. public speaking</source>
        <translation>t.ex. presentationsteknik</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>&amp;Competence area</source>
        <translation>&amp;Kompetensområde</translation>
    </message>
    <message>
        <source>Why this goal matters</source>
        <translation>Varför målet är viktigt</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Varför</translation>
    </message>
    <message>
        <source>Priority, 1 to 5</source>
        <translation>Prioritet, 1 till 5</translation>
    </message>
    <message>
        <source>  (5 = highest)</source>
        <translation>  (5 = högst)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>Mål&amp;datum</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Nästa steg</translation>
    </message>
</context>
<context>
    <name>GoalMatrixModel</name>
    <message>
        <source>Mentor</source>
        <extracomment>The value of a cell: (role, relevance), or None for &quot;not linked&quot;. Heat colours for relevance 0..3 (background, text): pale for &quot;linked but not relevant&quot;, deep for 3.</extracomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Feedback giver</source>
        <translation>Återkopplare</translation>
    </message>
    <message>
        <source>Role model</source>
        <translation>Förebild</translation>
    </message>
    <message>
        <source>{0} is not linked to {1}. Press 1-3 to link, or Enter to choose a role.</source>
        <extracomment>A goal&apos;s links changed (here or after a reload): its coverage may differ. An edit was refused (the message says why); nothing was saved and nothing is on the undo stack.</extracomment>
        <translation>{0} är inte kopplad till {1}. Tryck 1–3 för att koppla, eller Enter för att välja en roll.</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}, relevance {3} of 3; strength {4} % (the bar at the bottom)</source>
        <translation>{0} för {1}: {2}, relevans {3} av 3; styrka {4} % (stapeln längst ned)</translation>
    </message>
    <message>
        <source>Competence area: {0}</source>
        <translation>Kompetensområde: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage %1 %: %n supporters, %2 strong</source>
        <translation>
            <numerusform>Täckning %1 %: %n som stöttar, %2 med stark relation</numerusform>
            <numerusform>Täckning %1 %: %n som stöttar, %2 med stark relation</numerusform>
        </translation>
    </message>
    <message>
        <source>rising</source>
        <translation>stigande</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>sjunkande</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>Strength {0} % ({1})</source>
        <translation>Styrka {0} % ({1})</translation>
    </message>
    <message>
        <source>Last contact {0}</source>
        <translation>Senaste kontakt {0}</translation>
    </message>
    <message>
        <source>Quieter than usual</source>
        <translation>Tystare än vanligt</translation>
    </message>
    <message>
        <source>Silent far longer than usual: the tie is likely lost</source>
        <translation>Tyst mycket längre än vanligt: kontakten är troligen förlorad</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Inte träffats än</translation>
    </message>
    <message>
        <source>Expertise: {0}</source>
        <translation>Expertis: {0}</translation>
    </message>
</context>
<context>
    <name>GoalPeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What you want to develop</source>
        <translation>Vad du vill utveckla</translation>
    </message>
    <message>
        <source>Competence area</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>The skill or knowledge the goal is about</source>
        <translation>Färdigheten eller kunskapen som målet gäller</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>1 (low) to 5 (highest)</source>
        <translation>1 (låg) till 5 (högst)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>How many people in your network are linked to the goal</source>
        <translation>Hur många i ditt nätverk som är kopplade till målet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Nobody is linked to this goal yet: a gap in your network</source>
        <translation>Ingen är kopplad till det här målet än: en lucka i ditt nätverk</translation>
    </message>
</context>
<context>
    <name>GoalsWidget</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lägg till ett mål</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation>Redigera det markerade målet</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation>Ta bort det markerade målet</translation>
    </message>
    <message>
        <source>Add &amp;supporter…</source>
        <translation>Lägg till &amp;stöttare…</translation>
    </message>
    <message>
        <source>Link a person to the selected goal</source>
        <translation>Koppla en person till det valda målet</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; link people to goals in the Matrix.</source>
        <translation>Dubbelklicka i en cell för att ändra den; koppla personer till mål i matrisen.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>People linked to the selected goal</source>
        <translation>Personer som är kopplade till det markerade målet</translation>
    </message>
    <message>
        <source>Select a goal to see why it matters, its next steps and who supports it.</source>
        <translation>Välj ett mål för att se varför det är viktigt, nästa steg och vem som stöttar det.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Why:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Varför:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Next steps:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Nästa steg:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>Nobody supports this goal yet: find people with this expertise.</source>
        <translation>Ingen stöttar det här målet än: hitta personer med den här expertisen.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Möjlig dubblett av</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>I papperskorgen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-kontakter (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakter (CSV)</translation>
    </message>
    <message>
        <source>Outlook (CSV)</source>
        <translation>Outlook (CSV)</translation>
    </message>
    <message>
        <source>Other CSV (choose the columns)</source>
        <translation>Annan CSV (välj kolumnerna)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-adress</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>I kontakt sedan</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <source>UID (stable id)</source>
        <translation>UID (fast id)</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Vad hen bryr sig om</translation>
    </message>
    <message>
        <source>What I want to learn</source>
        <translation>Vad jag vill lära mig</translation>
    </message>
    <message>
        <source>What I can offer</source>
        <translation>Vad jag kan erbjuda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Knowledge sharing (1-5)</source>
        <translation>Kunskapsdelning (1-5)</translation>
    </message>
    <message>
        <source>Feedback (1-5)</source>
        <translation>Återkoppling (1-5)</translation>
    </message>
    <message>
        <source>Chemistry (1-5)</source>
        <translation>Kemi (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Förtroende (1-5)</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Inflytande (1-5)</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Mellannamn</translation>
    </message>
    <message>
        <source>Name prefix (Dr., Mr.)</source>
        <translation>Tilltal (dr, herr)</translation>
    </message>
    <message>
        <source>Name suffix (Jr., PhD)</source>
        <translation>Namnsuffix (jr, fil.dr)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Org chart (CSV: name or e-mail, and manager)</source>
        <translation>Organisationsschema (CSV: namn eller e-post, och chef)</translation>
    </message>
</context>
<context>
    <name>InteractionsModel</name>
    <message>
        <source>Date</source>
        <extracomment>Read a page at a time (everyone&apos;s, by date): how many rows there are in all, and where the next page starts. At most this many interactions changed are updated in place in a big network (more: read anew). The `contact_id` of a model that shows nobody&apos;s interactions (a person panel with no one selected).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Who gave and who received: give before you get</source>
        <translation>Vem som gav och vem som fick: ge innan du får</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>When to follow up</source>
        <translation>När du ska följa upp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>The follow-up is done</source>
        <translation>Uppföljningen är gjord</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Tackat</translation>
    </message>
    <message>
        <source>You showed your appreciation</source>
        <translation>Du har visat din uppskattning</translation>
    </message>
</context>
<context>
    <name>InteractionsWidget</name>
    <message>
        <source>Not saved</source>
        <extracomment>Narrow columns that must always show their whole header.</extracomment>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Show interactions with this person</source>
        <translation>Visa kontakttillfällen med den här personen</translation>
    </message>
    <message>
        <source>Show interactions of this kind</source>
        <translation>Visa kontakttillfällen av den här typen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <source>Show all interactions</source>
        <translation>Visa alla kontakttillfällen</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Logga kontakttillfälle…</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Logga ett kontakttillfälle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Delete the selected interaction</source>
        <translation>Ta bort det markerade kontakttillfället</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakttillfällen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln kontakttillfälle</numerusform>
            <numerusform>%Ln kontakttillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportera allt som JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Exported everything</source>
        <translation>Allt exporterat</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.

This file is NOT encrypted: anyone who can read it reads your whole network, notes included. Keep it safe, or delete it when you are done.</source>
        <translation>Skrev %1 rader till %2.

Filen är INTE krypterad: den som kan läsa den läser hela ditt nätverk, anteckningar också. Förvara den säkert, eller radera den när du är klar.</translation>
    </message>
    <message>
        <source>Import everything from JSON</source>
        <translation>Importera allt från JSON</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <extracomment>The native value of a cell (dates as dates, scores as ints): what sorting uses. The whole row object (a NamedTuple or dataclass). The id of the record of the row. Items sorted at a time by `sorted_in_turns`: some 10 ms of collation-key comparisons.</extracomment>
        <translation>Tänkbar kontakt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Slopat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Feedback giver</source>
        <translation>Återkopplare</translation>
    </message>
    <message>
        <source>Role model</source>
        <translation>Förebild</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>Jag gav</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Jag fick</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Ömsesidigt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Short question</source>
        <translation>Kort fråga</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Fika</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Feedback session</source>
        <translation>Återkopplingssamtal</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Mentorssamtal</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Gemensamt projekt</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to goal</source>
        <translation>Koppla till mål</translation>
    </message>
    <message>
        <source>How %1 helps with one of your goals.</source>
        <translation>Hur %1 hjälper dig med ett av dina mål.</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Add supporter</source>
        <translation>Lägg till stöttare</translation>
    </message>
    <message>
        <source>Who helps you with %1.</source>
        <translation>Vem som hjälper dig med %1.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>  (3 = very relevant)</source>
        <translation>  (3 = mycket relevant)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>R&amp;elevance</source>
        <translation>R&amp;elevans</translation>
    </message>
    <message>
        <source>Everyone is linked already.</source>
        <translation>Alla är redan kopplade.</translation>
    </message>
    <message>
        <source>This person is linked to every active goal.</source>
        <translation>Personen är redan kopplad till alla aktiva mål.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Inte kopplad</translation>
    </message>
</context>
<context>
    <name>LinkEditCommand</name>
    <message>
        <source>Unlink {0}</source>
        <translation>Koppla bort {0}</translation>
    </message>
    <message>
        <source>Link {0}</source>
        <translation>Koppla {0}</translation>
    </message>
    <message>
        <source>Change link of {0}</source>
        <translation>Ändra kopplingen för {0}</translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Not linked</source>
        <translation>Inte kopplad</translation>
    </message>
    <message>
        <source>Relevance: 0 not relevant, 3 very relevant</source>
        <translation>Relevans: 0 inte relevant, 3 mycket relevant</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Goal</source>
        <extracomment>What the person panel shows: the person, their interactions, links, questions and strength.</extracomment>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevans</translation>
    </message>
    <message>
        <source>0 (none) to 3 (high)</source>
        <translation>0 (ingen) till 3 (hög)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <extracomment>`contact_id()` when the user chose to add the person they typed (the caller creates them).</extracomment>
        <translation>Logga kontakttillfälle</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Börja skriva ett namn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>More people at the same occasion, separated by commas</source>
        <translation>Fler personer vid samma tillfälle, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Others who were there</source>
        <translation>Andra som var med</translation>
    </message>
    <message>
        <source>&amp;With others</source>
        <translation>Fler &amp;deltagare</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Typ av kontakttillfälle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Direction: who gave and who received</source>
        <translation>Riktning: vem som gav och vem som fick</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Riktning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>What did you talk about? What did you learn?</source>
        <translation>Vad pratade ni om? Vad lärde du dig?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <source>Goal it served</source>
        <translation>Målet det gällde</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(inget mål)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Who &amp;introduced us?</source>
        <translation>Vem &amp;introducerade oss?</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Följ upp den</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planera en uppföljning</translation>
    </message>
    <message>
        <source>&amp;Thanked</source>
        <translation>&amp;Har tackat</translation>
    </message>
    <message>
        <source>I have thanked them</source>
        <translation>Jag har tackat hen</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Logga</translation>
    </message>
    <message>
        <source>Who was it with? Type part of a name.</source>
        <translation>Vem var det med? Skriv en del av ett namn.</translation>
    </message>
    <message>
        <source>Add “%1” to your &amp;network</source>
        <translation>Lägg till ”%1” i ditt &amp;nätverk</translation>
    </message>
    <message>
        <source>Nobody called “%1” in your network.</source>
        <translation>Ingen som heter ”%1” finns i ditt nätverk.</translation>
    </message>
    <message>
        <source>“%1” matches %2 people: pick one from the list.</source>
        <translation>”%1” passar in på %2 personer: välj en i listan.</translation>
    </message>
    <message>
        <source>What did I &amp;notice?</source>
        <translation>Vad lade jag mär&amp;ke till?</translation>
    </message>
    <message>
        <source>Engagement, openness, how they share, whom others ask…</source>
        <translation>Engagemang, öppenhet, hur hen delar med sig, vem andra frågar…</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Vad du lade märke till</translation>
    </message>
</context>
<context>
    <name>LogProjectWorkDialog</name>
    <message>
        <source>Log this week&apos;s project work</source>
        <translation>Logga veckans projektarbete</translation>
    </message>
    <message>
        <source>Who did you work with on %1 this week? Each gets a “joint project” interaction, so shared work keeps the tie alive.</source>
        <translation>Vilka arbetade du med i %1 den här veckan? Var och en får ett kontakttillfälle av typen ”gemensamt projekt”, så att det gemensamma arbetet håller relationen vid liv.</translation>
    </message>
    <message>
        <source>Members who worked with you</source>
        <translation>Deltagare som arbetade med dig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Logga</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>Tick at least one member who worked with you.</source>
        <translation>Kryssa i minst en deltagare som arbetade med dig.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetPlanner</source>
        <extracomment>What the timeline draws: people&apos;s strength over time, which goals make them important. When the other views&apos; code starts loading in the background, after the window is built. How long the window is left for another before set-aside garbage is freed, and how seldom. How long a thread runs Python before another that waits gets its turn (CPython&apos;s default: 5 ms).</extracomment>
        <translation>NetPlanner</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Kunde inte ångra</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Set when the user asked to restore a backup: (file, passphrase); the app restores and reopens.</extracomment>
        <translation>Idag</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakttillfällen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matris</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Nätverkskarta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Encrypted · %1</source>
        <translation>Krypterad · %1</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>Add a person to your network</source>
        <translation>Lägg till en person i ditt nätverk</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>Nytt &amp;mål…</translation>
    </message>
    <message>
        <source>Add a development goal</source>
        <translation>Lägg till ett utvecklingsmål</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Logga kontakttillfälle…</translation>
    </message>
    <message>
        <source>Log a coffee, a call, a meeting…</source>
        <translation>Logga en fika, ett samtal, ett möte…</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Hitta person</translation>
    </message>
    <message>
        <source>Filter the People table</source>
        <translation>Filtrera tabellen Personer</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Sök i allt…</translation>
    </message>
    <message>
        <source>Search names, notes, questions and interactions</source>
        <translation>Sök bland namn, anteckningar, frågor och kontakttillfällen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Flytta till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>Move the selected people to the Trash</source>
        <translation>Flytta de markerade personerna till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Slå &amp;ihop…</translation>
    </message>
    <message>
        <source>Merge the selected people into one (duplicates)</source>
        <translation>Slå ihop de valda personerna till en (dubbletter)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <source>List people who are likely the same person</source>
        <translation>Visa personer som troligen är samma person</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Load the &amp;example network</source>
        <translation>Läs in &amp;exempelnätverket</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About NetPlanner</source>
        <translation>&amp;Om NetPlanner</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Impor&amp;tera kontakter…</translation>
    </message>
    <message>
        <source>Import people from vCard, LinkedIn, Google, Outlook or any CSV file</source>
        <translation>Importera personer från vCard, LinkedIn, Google, Outlook eller valfri CSV-fil</translation>
    </message>
    <message>
        <source>E&amp;xport people…</source>
        <translation>E&amp;xportera personer…</translation>
    </message>
    <message>
        <source>Write people to a vCard or CSV file</source>
        <translation>Spara personer i en vCard- eller CSV-fil</translation>
    </message>
    <message>
        <source>Export &amp;mentoring plan…</source>
        <translation>Exportera me&amp;ntorsplan…</translation>
    </message>
    <message>
        <source>Write your goals, people and plan as a PDF</source>
        <translation>Spara dina mål, personer och din plan som PDF</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <source>Write a copy of everything, encrypted with a passphrase you choose</source>
        <translation>Spara en kopia av allt, krypterad med en lösenfras du väljer</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Replace your network with a backup</source>
        <translation>Ersätt ditt nätverk med en säkerhetskopia</translation>
    </message>
    <message>
        <source>Export everything as &amp;JSON…</source>
        <translation>Exportera allt som &amp;JSON…</translation>
    </message>
    <message>
        <source>Write every table to one plaintext JSON file</source>
        <translation>Skriv alla tabeller till en okrypterad JSON-fil</translation>
    </message>
    <message>
        <source>Import everything from JS&amp;ON…</source>
        <translation>Importera allt från JS&amp;ON…</translation>
    </message>
    <message>
        <source>Restore a JSON export into this database (it must be empty)</source>
        <translation>Läs tillbaka en JSON-export till den här databasen (den måste vara tom)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Ctrl+Z undoes it)</source>
        <translation>%1 (Ctrl+Z ångrar)</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Slå ihop personer</translation>
    </message>
    <message>
        <source>Select two or more people in People to merge them.</source>
        <translation>Välj två eller fler personer under Personer för att slå ihop dem.</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n selected people, or everyone?</source>
        <translation>
            <numerusform>Exportera den valda personen (%n), eller alla?</numerusform>
            <numerusform>Exportera de %n valda personerna, eller alla?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Log with %1</source>
        <translation>Logga med %1</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exportera personer</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf);;CSV with strength, due date and balance (*.csv)</source>
        <translation>vCard 4.0 (*.vcf);;CSV med styrka, senaste kontaktdag och balans (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people.</source>
        <translation>
            <numerusform>Exporterade %n person.</numerusform>
            <numerusform>Exporterade %n personer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Example network</source>
        <translation>Exempelnätverk</translation>
    </message>
    <message>
        <source>The example network can only be loaded into an empty database.</source>
        <translation>Exempelnätverket kan bara läsas in i en tom databas.</translation>
    </message>
    <message>
        <source>Loaded the example network: explore, then start your own.</source>
        <translation>Exempelnätverket är inläst: utforska det och börja sedan på ditt eget.</translation>
    </message>
    <message>
        <source>About NetPlanner</source>
        <translation>Om NetPlanner</translation>
    </message>
    <message>
        <source>&lt;b&gt;NetPlanner %1&lt;/b&gt;&lt;br&gt;Plan the professional network that carries your development at work.&lt;br&gt;Private, encrypted, offline.</source>
        <translation>&lt;b&gt;NetPlanner %1&lt;/b&gt;&lt;br&gt;Planera det yrkesnätverk som bär din utveckling på jobbet.&lt;br&gt;Privat, krypterat, utan nätanslutning.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Para ihop kolumnerna</translation>
    </message>
    <message>
        <source>Say which column holds what. A name (or first and last name) is needed.</source>
        <translation>Ange vad varje kolumn innehåller. Ett namn (eller för- och efternamn) behövs.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
</context>
<context>
    <name>MatrixWidget</name>
    <message>
        <source>Everyone</source>
        <extracomment>What the matrix shows: goals, people with their strength, and the links between them.</extracomment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Linked to a goal</source>
        <translation>Kopplade till ett mål</translation>
    </message>
    <message>
        <source>With tag</source>
        <translation>Med taggen</translation>
    </message>
    <message>
        <source>In department</source>
        <translation>På avdelningen</translation>
    </message>
    <message>
        <source>Swap rows and columns</source>
        <translation>Byt plats på rader och kolumner</translation>
    </message>
    <message>
        <source>Show people as rows and goals as columns, or back</source>
        <translation>Visa personer som rader och mål som kolumner, eller tvärtom</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Goals and the people who support them</source>
        <translation>Mål och personerna som stöttar dem</translation>
    </message>
    <message>
        <source>Coverage %p %</source>
        <translation>Täckning %p %</translation>
    </message>
    <message>
        <source>Link as expert</source>
        <translation>Koppla som expert</translation>
    </message>
    <message>
        <source>Link the chosen person to this goal as an expert, relevance 2</source>
        <translation>Koppla den valda personen till målet som expert, relevans 2</translation>
    </message>
    <message>
        <source>Supporters (relevance 2-3)</source>
        <translation>Stöttar (relevans 2–3)</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Det här behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>People who could help</source>
        <translation>Personer som skulle kunna hjälpa</translation>
    </message>
    <message>
        <source>Relevance:</source>
        <translation>Relevans:</translation>
    </message>
    <message>
        <source>0 linked, not relevant</source>
        <translation>0 kopplad, inte relevant</translation>
    </message>
    <message>
        <source>1 a little</source>
        <translation>1 lite</translation>
    </message>
    <message>
        <source>2 relevant</source>
        <translation>2 relevant</translation>
    </message>
    <message>
        <source>3 very relevant</source>
        <translation>3 mycket relevant</translation>
    </message>
    <message>
        <source>The bar at the bottom of a cell: how strong the relationship is now.</source>
        <translation>Stapeln längst ner i en cell: hur stark relationen är nu.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>everyone (%n)</source>
        <translation>
            <numerusform>alla (%n)</numerusform>
            <numerusform>alla (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No active goals yet. Add a goal to map your network to it.</source>
        <translation>Inga aktiva mål än. Lägg till ett mål för att kartlägga ditt nätverk mot det.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporters, %1 strong. Competence area: %2</source>
        <translation>
            <numerusform>%n som stöttar, %1 med stark relation. Kompetensområde: %2</numerusform>
            <numerusform>%n som stöttar, %1 med stark relation. Kompetensområde: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>{0}: {1}, relevance {2}, strength {3} %</source>
        <translation>{0}: {1}, relevans {2}, styrka {3} %</translation>
    </message>
    <message>
        <source>Nothing: this goal is well supported.</source>
        <translation>Inget: det här målet har bra stöd.</translation>
    </message>
    <message>
        <source>Nobody else in your network lists this expertise.</source>
        <translation>Ingen annan i ditt nätverk har angett den här expertisen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Relevance {0}</source>
        <translation>Relevans {0}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort kopplingen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Slå ihop personer</translation>
    </message>
    <message>
        <source>Choose the person to keep and, for each field that differs, the value to keep. Interactions, links, projects, questions and observations of all of them move to the kept person; Ctrl+Z undoes the merge.</source>
        <translation>Välj vilken person som ska behållas och, för varje fält som skiljer sig, vilket värde som ska behållas. Alla deras kontakttillfällen, kopplingar, projekt, frågor och observationer flyttas till den som behålls; Ctrl+Z ångrar sammanslagningen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behåll&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All: </source>
        <translation>Alla: </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Slå &amp;ihop</translation>
    </message>
</context>
<context>
    <name>NetworkHealthWidget</name>
    <message>
        <source>Relationships</source>
        <extracomment>Saturated enough to read on a light and on a dark canvas (the old pale grey for &quot;lost&quot; was not).</extracomment>
        <translation>Relationer</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Starka</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>Avtagande</translation>
    </message>
    <message>
        <source>Likely lost</source>
        <translation>Troligen förlorade</translation>
    </message>
    <message>
        <source>Now: {0} strong, {1} fading, {2} likely lost</source>
        <translation>Nu: {0} starka, {1} avtagande, {2} troligen förlorade</translation>
    </message>
</context>
<context>
    <name>NetworkMapWidget</name>
    <message>
        <source>Goal: size the people by their importance for it</source>
        <extracomment>Department colours (Okabe-Ito and Tableau hues: distinguishable, also for most colour-blind users). No orange or red among them: those are the ring of a fading relationship. Names are written beside the nodes up to this many people on the map (more would be a grey blur).</extracomment>
        <translation>Mål: storlek efter hur viktiga personerna är för det</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Kind of tie</source>
        <translation>Typ av band</translation>
    </message>
    <message>
        <source>All kinds of tie</source>
        <translation>Alla typer av band</translation>
    </message>
    <message>
        <source>ties of strength ≥ </source>
        <translation>band med styrka ≥ </translation>
    </message>
    <message>
        <source>Show ties of at least this strength</source>
        <translation>Visa band med minst den här styrkan</translation>
    </message>
    <message>
        <source>&amp;Lay out again</source>
        <translation>&amp;Placera om</translation>
    </message>
    <message>
        <source>Forget the saved positions and lay the map out anew</source>
        <translation>Glöm de sparade platserna och placera ut kartan på nytt</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Export the map as PNG or SVG</source>
        <translation>Exportera kartan som PNG eller SVG</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Nätverkskarta</translation>
    </message>
    <message>
        <source>Laying out the map… %p%</source>
        <translation>Placerar ut kartan … %p %</translation>
    </message>
    <message>
        <source>Everyone (size: strength)</source>
        <translation>Alla (storlek: styrka)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla avdelningar</translation>
    </message>
    <message>
        <source>fading</source>
        <translation>svalnar</translation>
    </message>
    <message>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>strength %1 %</source>
        <translation>styrka %1 %</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>inte träffad än</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportera kartan</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-teckning (*.svg)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Kartan exporterades inte</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunde inte skriva {0}: {1}</translation>
    </message>
    <message>
        <source>Who is tied to whom, exported from NetPlanner</source>
        <translation>Vem som har band till vem, exporterat från NetPlanner</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>Kunde inte skriva {0}.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>Your network is kept in an encrypted file. Choose a passphrase to protect it.</source>
        <translation>Ditt nätverk sparas i en krypterad fil. Välj en lösenfras som skyddar den.</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase: not even NetPlanner. Keep it somewhere safe.</source>
        <translation>Ingen kan återskapa en bortglömd lösenfras, inte ens NetPlanner. Förvara den på ett säkert ställe.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Upprepa den</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Lösenfraserna skiljer sig åt; skriv samma två gånger.</translation>
    </message>
</context>
<context>
    <name>Observations</name>
    <message>
        <source>Knowledge sharing</source>
        <translation>Kunskapsdelning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Kemi</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Förtroende</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagemang</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Öppenhet</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>ObservationsWidget</name>
    <message>
        <source>Observations of this person, newest first</source>
        <translation>Iakttagelser om personen, nyaste först</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Iakttagen den</translation>
    </message>
    <message>
        <source>What did you notice? Engagement, openness, whom others ask…</source>
        <translation>Vad lade du märke till? Engagemang, öppenhet, vem andra frågar…</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Vad du lade märke till</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>Lägg till i&amp;akttagelse</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected observation</source>
        <translation>Ta bort den markerade iakttagelsen</translation>
    </message>
    <message>
        <source>Now: %1 · observations: %2 · the last on %3</source>
        <translation>Nu: %1 · iakttagelser: %2 · den senaste %3</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>inga poäng än</translation>
    </message>
    <message>
        <source>Not observed yet. Before you ask for much, notice how they share knowledge, give feedback and get results, and whether there is chemistry and trust.</source>
        <translation>Inte iakttagen än. Innan du ber om mycket: lägg märke till hur hen delar kunskap, ger återkoppling och når resultat, och om det finns kemi och förtroende.</translation>
    </message>
    <message>
        <source>Observation not added</source>
        <translation>Iakttagelsen lades inte till</translation>
    </message>
    <message>
        <source>Observation not removed</source>
        <translation>Iakttagelsen togs inte bort</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <source>Import an org chart</source>
        <translation>Importera ett organisationsschema</translation>
    </message>
    <message>
        <source>The people it names (matched by e-mail, then by name; the others are added) and a “reports to” tie from each to their manager.</source>
        <translation>Personerna i schemat (matchade på e-post, sedan på namn; övriga läggs till) och ett band ”rapporterar till” från var och en till sin chef.</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Rader som utelämnades</translation>
    </message>
    <message>
        <source>%1 people, %2 of them with a manager. Rows left out: %3.</source>
        <translation>%1 personer, %2 av dem med en chef. Utelämnade rader: %3.</translation>
    </message>
    <message>
        <source>Imported: %1 people added, %2 already there, %3 reporting lines.</source>
        <translation>Importerat: %1 personer tillagda, %2 fanns redan, %3 rapportvägar.</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>Filter by name, organisation, title, tags or expertise (Ctrl+F)</source>
        <translation>Filtrera på namn, organisation, titel, taggar eller expertis (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <source>Show people with this status</source>
        <translation>Visa personer med den här statusen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Show people with this tag</source>
        <translation>Visa personer med den här taggen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Ny &amp;person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Lägg till en person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Move %1 to Trash</source>
        <translation>Flytta %1 till papperskorgen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people to Trash</source>
        <translation>
            <numerusform>Flytta %n person till papperskorgen</numerusform>
            <numerusform>Flytta %n personer till papperskorgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved to Trash</source>
        <translation>Inte flyttad till papperskorgen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Thank-yous owed</source>
        <translation>Tack att framföra</translation>
    </message>
    <message>
        <source>Fading relationships</source>
        <translation>Avtagande relationer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Network review</source>
        <translation>Nätverksöversyn</translation>
    </message>
    <message>
        <source>Time to check your goals, who supports them and whom to contact again</source>
        <translation>Dags att se över dina mål, vem som stöttar dem och vem du bör kontakta igen</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Klar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uppskjuten</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>styrka %1</translation>
    </message>
    <message>
        <source>Give first: %1</source>
        <translation>Ge först: %1</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Fråga: %1</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>strength {pct} % since {kind} on {date}</source>
        <translation>styrka {pct} % sedan {kind} den {date}</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>inte träffats än</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>försenad sedan {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>senast {date}</translation>
    </message>
    <message>
        <source> (every {days} days)</source>
        <translation> (intervall: {days} dagar)</translation>
    </message>
    <message>
        <source>{role} for {goal}</source>
        <translation>{role} för {goal}</translation>
    </message>
    <message>
        <source>tied to no goal</source>
        <translation>inte kopplad till något mål</translation>
    </message>
    <message>
        <source>{role} for {goal}, a goal with no strong support yet</source>
        <translation>{role} för {goal}, ett mål som ännu saknar starkt stöd</translation>
    </message>
    <message>
        <source>follow-up of {kind} on {date}</source>
        <translation>uppföljning av {kind} den {date}</translation>
    </message>
    <message>
        <source>follow-up of {kind} on {date} (due {due})</source>
        <translation>uppföljning av {kind} den {date} (senast {due})</translation>
    </message>
    <message>
        <source>thank for {kind} on {date}</source>
        <translation>tacka för {kind} den {date}</translation>
    </message>
    <message>
        <source>you have asked {first} for help {times} since you last gave something; offer something</source>
        <translation>du har bett {first} om hjälp {times} sedan du senast gav något; erbjud något</translation>
    </message>
    <message>
        <source>you have received more from {first} than you have given lately; offer something</source>
        <translation>du har fått mer av {first} än du har gett på senare tid; erbjud något</translation>
    </message>
    <message>
        <source> ({offer})</source>
        <translation> ({offer})</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Följ upp med {name}</translation>
    </message>
    <message>
        <source>Thank {name}</source>
        <translation>Tacka {name}</translation>
    </message>
    <message>
        <source>{Kind} with {name}</source>
        <translation>{Kind} med {name}</translation>
    </message>
    <message>
        <source>Short question to {name}</source>
        <translation>Kort fråga till {name}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Meddelande till {name}</translation>
    </message>
    <message>
        <source>Call with {name}</source>
        <translation>Samtal med {name}</translation>
    </message>
    <message>
        <source>{via} knows {first}: ask {via} for an introduction</source>
        <translation>{via} känner {first}: be {via} om en introduktion</translation>
    </message>
    <message>
        <source>Ask {via} to introduce you to {name}</source>
        <translation>Be {via} att introducera dig för {name}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no times</source>
        <translation>ingen gång</translation>
    </message>
    <message>
        <source>once</source>
        <translation>en gång</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>två gånger</translation>
    </message>
    <message>
        <source>three times</source>
        <translation>tre gånger</translation>
    </message>
    <message>
        <source>four times</source>
        <translation>fyra gånger</translation>
    </message>
    <message>
        <source>five times</source>
        <translation>fem gånger</translation>
    </message>
    <message>
        <source>six times</source>
        <translation>sex gånger</translation>
    </message>
    <message>
        <source>seven times</source>
        <translation>sju gånger</translation>
    </message>
    <message>
        <source>eight times</source>
        <translation>åtta gånger</translation>
    </message>
    <message>
        <source>nine times</source>
        <translation>nio gånger</translation>
    </message>
    <message>
        <source>ten times</source>
        <translation>tio gånger</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>short question</source>
        <translation>kort fråga</translation>
    </message>
    <message>
        <source>call</source>
        <translation>samtal</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>fika</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>lunch</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>feedback session</source>
        <translation>återkopplingssamtal</translation>
    </message>
    <message>
        <source>mentoring session</source>
        <translation>mentorssamtal</translation>
    </message>
    <message>
        <source>joint project</source>
        <translation>gemensamt projekt</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>kollega</translation>
    </message>
    <message>
        <source>feedback giver</source>
        <translation>återkopplare</translation>
    </message>
    <message>
        <source>role model</source>
        <translation>förebild</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <extracomment>Files from this size on are read on a worker thread (a 100k-row export is several megabytes).</extracomment>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Den här filen kan inte importeras: %1</translation>
    </message>
    <message>
        <source>%1: %2 people. %3 to add, %4 to update, %5 possible duplicates.</source>
        <translation>%1: %2 personer. %3 att lägga till, %4 att uppdatera, %5 möjliga dubbletter.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Utelämnas: %1</translation>
    </message>
    <message>
        <source>Line ignored: %1</source>
        <translation>Rad hoppas över: %1</translation>
    </message>
    <message>
        <source>Columns not imported (no field takes them): %1</source>
        <translation>Kolumner som inte importeras (inget fält tar dem): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cards or rows cannot be read and are left out; the rest can be imported.</source>
        <translation>
            <numerusform>%n kort eller rad kan inte läsas och utelämnas; resten kan importeras.</numerusform>
            <numerusform>%n kort eller rader kan inte läsas och utelämnas; resten kan importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left out, but note:</source>
        <translation>Inget utelämnas, men observera:</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Klar att importera.</translation>
    </message>
    <message>
        <source>Import failed: nothing was changed.</source>
        <translation>Importen misslyckades: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importen avbröts: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Klart: %1 tillagda, %2 uppdaterade, %3 oförändrade.</translation>
    </message>
</context>
<context>
    <name>ProjectEditorDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Redigera projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektets namn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Goals the project serves</source>
        <translation>Mål som projektet tjänar</translation>
    </message>
    <message>
        <source>&amp;Goals it serves</source>
        <translation>&amp;Mål det tjänar</translation>
    </message>
    <message>
        <source>Members and their roles</source>
        <translation>Deltagare och deras roller</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Type a name to add a member</source>
        <translation>Skriv ett namn för att lägga till en deltagare</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Person att lägga till</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lägg &amp;till deltagare</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Ta b&amp;ort deltagare</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Pick a person from the list to add them.</source>
        <translation>Välj en person i listan för att lägga till hen.</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Ge projektet ett namn.</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The goals the project serves</source>
        <translation>Målen som projektet tjänar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Who works on it with you, and their role</source>
        <translation>Vilka som arbetar med det tillsammans med dig, och deras roll</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Worked together</source>
        <translation>Arbetat ihop</translation>
    </message>
    <message>
        <source>The last week you logged work on it with its members</source>
        <translation>Senaste veckan du loggade arbete med deltagarna</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ProjectsWidget</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>Add a shared project</source>
        <translation>Lägg till ett gemensamt projekt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected project</source>
        <translation>Redigera det valda projektet</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected project</source>
        <translation>Ta bort det valda projektet</translation>
    </message>
    <message>
        <source>&amp;Log this week&apos;s project work…</source>
        <translation>&amp;Logga veckans projektarbete…</translation>
    </message>
    <message>
        <source>Record that you worked with the project&apos;s members this week</source>
        <translation>Anteckna att du har arbetat med projektets deltagare den här veckan</translation>
    </message>
    <message>
        <source>Working on a project counts as contact with each member you log it for.</source>
        <translation>Arbete i ett projekt räknas som kontakt med varje deltagare du loggar det för.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Log project work</source>
        <translation>Logga projektarbete</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Välj ett projekt först.</translation>
    </message>
    <message>
        <source>Add the people you work with to the project first.</source>
        <translation>Lägg först till de personer du arbetar med i projektet.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Asked</source>
        <translation>Ställd</translation>
    </message>
    <message>
        <source>Tick when you have asked the question</source>
        <translation>Bocka för när du har ställt frågan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer notes</source>
        <translation>Anteckningar om svaret</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>Your network is encrypted, and its key is kept in your system&apos;s keychain, so NetPlanner opens without asking. If the keychain is ever lost (a new computer, a reinstalled system) this recovery key is the only way to open your data. It is shown only now: copy it into your password manager, or save it and keep the file somewhere safe.</source>
        <translation>Ditt nätverk är krypterat och nyckeln förvaras i systemets nyckelring, så NetPlanner öppnas utan att fråga. Om nyckelringen någon gång går förlorad (en ny dator, ett ominstallerat system) är den här återställningsnyckeln det enda sättet att öppna dina data. Den visas bara nu: kopiera den till din lösenordshanterare, eller spara den och förvara filen på ett säkert ställe.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Kopiera återställningsnyckeln</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Spara till fil…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Spara återställningsnyckeln i en fil</translation>
    </message>
    <message>
        <source>I have &amp;stored my recovery key in a safe place</source>
        <translation>Jag har &amp;förvarat min återställningsnyckel på ett säkert ställe</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Fo&amp;rtsätt</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager.</source>
        <translation>Kopierad. Klistra in den i din lösenordshanterare.</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Spara återställningsnyckeln</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <source>NetPlanner recovery key (keep it secret, keep it safe):</source>
        <translation>Återställningsnyckel för NetPlanner (håll den hemlig och förvara den säkert):</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow up with %1</source>
        <extracomment>How often the agenda is looked at again without a change (a new day makes new things due).</extracomment>
        <translation>Följ upp med %1</translation>
    </message>
    <message>
        <source>Get in touch with %1</source>
        <translation>Hör av dig till %1</translation>
    </message>
    <message numerus="yes">
        <source>NetPlanner: %n due</source>
        <translation>
            <numerusform>NetPlanner: %n att göra</numerusform>
            <numerusform>NetPlanner: %n att göra</numerusform>
        </translation>
    </message>
    <message>
        <source>NetPlanner: nothing due</source>
        <translation>NetPlanner: inget att göra</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Att göra i dag</translation>
    </message>
    <message>
        <source>Open NetPlanner</source>
        <translation>Öppna NetPlanner</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Inget att göra i dag</translation>
    </message>
    <message>
        <source>Quit NetPlanner</source>
        <translation>Avsluta NetPlanner</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>My goals and competence needs are still the right ones</source>
        <translation>Mina mål och kompetensbehov är fortfarande de rätta</translation>
    </message>
    <message>
        <source>Each goal has someone with experience where I want to grow</source>
        <translation>Varje mål har någon med erfarenhet av det jag vill växa i</translation>
    </message>
    <message>
        <source>I gave something (knowledge, help, feedback) before asking for help</source>
        <translation>Jag gav något (kunskap, hjälp, återkoppling) innan jag bad om hjälp</translation>
    </message>
    <message>
        <source>I followed up and thanked the people who helped me</source>
        <translation>Jag följde upp och tackade dem som hjälpte mig</translation>
    </message>
    <message>
        <source>I kept in regular touch with the people who matter, even briefly</source>
        <translation>Jag höll regelbunden kontakt med dem som betyder något, om än kort</translation>
    </message>
    <message>
        <source>I was open to receiving support and advice</source>
        <translation>Jag var öppen för att ta emot stöd och råd</translation>
    </message>
    <message>
        <source>I found at least one new person who complements my development</source>
        <translation>Jag hittade minst en ny person som kompletterar min utveckling</translation>
    </message>
    <message>
        <source>I looked for a shared project or goal to work on with someone</source>
        <translation>Jag letade efter ett gemensamt projekt eller mål att arbeta med tillsammans med någon</translation>
    </message>
    <message>
        <source>people from past projects and former teams</source>
        <translation>personer från tidigare projekt och team</translation>
    </message>
    <message>
        <source>people in other departments you work with now and then</source>
        <translation>personer på andra avdelningar som du arbetar med då och då</translation>
    </message>
    <message>
        <source>people who helped you once, or whom you helped</source>
        <translation>personer som har hjälpt dig någon gång, eller som du har hjälpt</translation>
    </message>
    <message>
        <source>people outside the organisation: customers, suppliers, former colleagues, event contacts</source>
        <translation>personer utanför organisationen: kunder, leverantörer, tidigare kollegor, kontakter från evenemang</translation>
    </message>
    <message>
        <source>people others go to for advice</source>
        <translation>personer som andra vänder sig till för att få råd</translation>
    </message>
    <message>
        <source>People leave out about a fifth of their contacts when they list them from memory. Who is missing here?</source>
        <translation>Den som listar sina kontakter ur minnet glömmer ungefär en femtedel av dem. Vem saknas här?</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source>What did you decide? Whom will you contact next?</source>
        <extracomment>What the review shows: goals and their support, people and their strength, past reviews.</extracomment>
        <translation>Vad bestämde du? Vem ska du kontakta härnäst?</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Spara översynen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Goals that ended</source>
        <translation>Mål som har avslutats</translation>
    </message>
    <message>
        <source>No goal has ended since the last review.</source>
        <translation>Inget mål har avslutats sedan förra översynen.</translation>
    </message>
    <message>
        <source>Goals without support</source>
        <translation>Mål utan stöd</translation>
    </message>
    <message>
        <source>Every active goal has at least one strong supporter.</source>
        <translation>Varje aktivt mål har minst en stark person som stöttar.</translation>
    </message>
    <message>
        <source>Dormant ties worth reviving</source>
        <translation>Vilande kontakter värda att väcka liv i</translation>
    </message>
    <message>
        <source>No dormant tie stands out.</source>
        <translation>Ingen vilande kontakt sticker ut.</translation>
    </message>
    <message>
        <source>Old ties often give the freshest advice: they know things your current circle does not.</source>
        <translation>Gamla kontakter ger ofta de fräschaste råden: de vet saker som din nuvarande krets inte vet.</translation>
    </message>
    <message>
        <source>Dormant people</source>
        <translation>Vilande personer</translation>
    </message>
    <message>
        <source>Nobody has gone quiet.</source>
        <translation>Ingen har tystnat.</translation>
    </message>
    <message>
        <source>People not observed for a long time</source>
        <translation>Personer du inte iakttagit på länge</translation>
    </message>
    <message>
        <source>Everyone linked to a goal was observed recently.</source>
        <translation>Alla som är kopplade till ett mål har iakttagits nyligen.</translation>
    </message>
    <message>
        <source>Does each person&apos;s role for the goal still fit? Note what you see now (Observations tab of the person).</source>
        <translation>Passar varje persons roll för målet fortfarande? Notera vad du ser nu (fliken Iakttagelser hos personen).</translation>
    </message>
    <message>
        <source>Assessments that changed a lot</source>
        <translation>Bedömningar som ändrats mycket</translation>
    </message>
    <message>
        <source>No assessment changed much since the last review.</source>
        <translation>Ingen bedömning har ändrats mycket sedan förra översynen.</translation>
    </message>
    <message>
        <source>A score moved by two or more: does the person&apos;s role for the goal still fit?</source>
        <translation>Ett betyg har ändrats med två eller mer: passar personens roll för målet fortfarande?</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Ge och ta</translation>
    </message>
    <message>
        <source>Who did I forget?</source>
        <translation>Vem har jag glömt?</translation>
    </message>
    <message>
        <source>You have not held a review yet. Take fifteen minutes for one now.</source>
        <translation>Du har inte gjort någon översyn än. Ta en kvart till det nu.</translation>
    </message>
    <message>
        <source>Your last review was on {0}; the next one was due on {1}.</source>
        <translation>Din senaste översyn gjordes {0}; nästa skulle ha gjorts senast {1}.</translation>
    </message>
    <message>
        <source>Your last review was on {0}; the next one is due on {1}.</source>
        <translation>Din senaste översyn gjordes {0}; nästa ska göras senast {1}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>slopat</translation>
    </message>
    <message>
        <source>{0} ({1}). Tied only to it: {2}. Keep in touch now and then, or link them to a current goal.</source>
        <translation>{0} ({1}). Kopplade bara till det: {2}. Håll kontakten då och då, eller koppla dem till ett aktuellt mål.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} för {1}</translation>
    </message>
    <message>
        <source>knows {0}, useful for {1}</source>
        <translation>kan {0}, användbart för {1}</translation>
    </message>
    <message>
        <source>shares knowledge readily</source>
        <translation>delar gärna med sig av sin kunskap</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>{0}: {1} (last contact {2})</source>
        <translation>{0}: {1} (senaste kontakt {2})</translation>
    </message>
    <message>
        <source>{0}: marked dormant, never met</source>
        <translation>{0}: markerad som vilande, aldrig träffats</translation>
    </message>
    <message>
        <source>{0}: last contact {1}, strength {2} %</source>
        <translation>{0}: senaste kontakt {1}, styrka {2} %</translation>
    </message>
    <message>
        <source>last observed {0}</source>
        <translation>senast iakttagen {0}</translation>
    </message>
    <message>
        <source>never observed</source>
        <translation>aldrig iakttagen</translation>
    </message>
    <message>
        <source>{0}: {1}; {2}</source>
        <translation>{0}: {1}; {2}</translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Inga kontakttillfällen än.</translation>
    </message>
    <message>
        <source>Lately you gave about as much as, or more than, you received.</source>
        <translation>På senare tid har du gett ungefär lika mycket som, eller mer än, du har fått.</translation>
    </message>
    <message>
        <source>Lately you received more than you gave.</source>
        <translation>På senare tid har du fått mer än du har gett.</translation>
    </message>
    <message>
        <source>Give something back to: {0}</source>
        <translation>Ge något tillbaka till: {0}</translation>
    </message>
    <message>
        <source>Be open to receiving advice from: {0}</source>
        <translation>Var öppen för att ta emot råd från: {0}</translation>
    </message>
    <message numerus="yes">
        <source>With %n people here, perhaps %1 more belong in your network.</source>
        <translation>
            <numerusform>Med %n person här finns det kanske %1 till som hör hemma i ditt nätverk.</numerusform>
            <numerusform>Med %n personer här finns det kanske %1 till som hör hemma i ditt nätverk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n people here, nobody obvious seems to be missing.</source>
        <translation>
            <numerusform>Med %n person här verkar ingen självklar saknas.</numerusform>
            <numerusform>Med %n personer här verkar ingen självklar saknas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Think of {0}</source>
        <translation>Tänk på {0}</translation>
    </message>
    <message>
        <source>No strong tie yet in: {0}</source>
        <translation>Ingen stark kontakt än inom: {0}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>Översynen sparades inte</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score from %1 to %2</source>
        <translation>Betyg från %1 till %2</translation>
    </message>
</context>
<context>
    <name>ScoreInputs</name>
    <message>
        <source>%1, 1 (low) to 5 (high); – when you did not notice</source>
        <translation>%1, 1 (lågt) till 5 (högt); – när du inte lade märke till det</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertis</translation>
    </message>
    <message>
        <source>Working style</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Vad hen bryr sig om</translation>
    </message>
    <message>
        <source>What I want to learn</source>
        <translation>Vad jag vill lära mig</translation>
    </message>
    <message>
        <source>What I can offer</source>
        <translation>Vad jag kan erbjuda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Preparation question</source>
        <translation>Förberedande fråga</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Svar på en fråga</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Kontakttillfälle</translation>
    </message>
    <message>
        <source>Interaction notes</source>
        <translation>Anteckningar om kontakttillfället</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal: competence area</source>
        <translation>Mål: kompetensområde</translation>
    </message>
    <message>
        <source>Goal: why</source>
        <translation>Mål: varför</translation>
    </message>
    <message>
        <source>Goal: next steps</source>
        <translation>Mål: nästa steg</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>Names, notes, questions, what you talked about…</source>
        <translation>Namn, anteckningar, frågor, det ni pratade om…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Type a few letters of any word. Accents do not matter: “oberg” finds “Öberg”. Enter opens the person.</source>
        <translation>Skriv några bokstäver ur valfritt ord. Accenter och prickar spelar ingen roll: ”oberg” hittar ”Öberg”. Enter öppnar personen.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches. Enter or double-click opens the person.</source>
        <translation>
            <numerusform>%n träff. Enter eller dubbelklick öppnar personen.</numerusform>
            <numerusform>%n träffar. Enter eller dubbelklick öppnar personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Person or goal</source>
        <translation>Person eller mål</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittat i</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Träff</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain</source>
        <translation>Förvara nyckeln i n&amp;yckelringen</translation>
    </message>
    <message>
        <source>Switch to a random key kept in the system keychain</source>
        <translation>Byt till en slumpad nyckel som förvaras i systemets nyckelring</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Touches per week</source>
        <translation>Kontakter per vecka</translation>
    </message>
    <message>
        <source>&amp;Touches per week</source>
        <translation>&amp;Kontakter per vecka</translation>
    </message>
    <message>
        <source>Fading threshold in percent</source>
        <translation>Tröskel för avtagande i procent</translation>
    </message>
    <message>
        <source>A relationship below this strength counts as fading</source>
        <translation>En relation under den här styrkan räknas som avtagande</translation>
    </message>
    <message>
        <source>&amp;Fading below</source>
        <translation>&amp;Avtagande under</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Default half-life in days</source>
        <translation>Halveringstid som standard, i dagar</translation>
    </message>
    <message>
        <source>Default &amp;half-life</source>
        <translation>&amp;Halveringstid som standard</translation>
    </message>
    <message>
        <source>Interaction weights</source>
        <translation>Vikter för kontakttillfällen</translation>
    </message>
    <message>
        <source>How much one interaction of each kind adds to a relationship&apos;s strength</source>
        <translation>Hur mycket ett kontakttillfälle av varje typ lägger till en relations styrka</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Vikt för %1</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Återställ standardvärden</translation>
    </message>
    <message>
        <source>Reset the interaction weights to their defaults</source>
        <translation>Återställ vikterna för kontakttillfällen till standardvärdena</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Användargränssnitt</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Användargränssnittets språk</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>A new language is used from the next start of NetPlanner.</source>
        <translation>Ett nytt språk används från nästa gång NetPlanner startas.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynk</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Sho&amp;w today&apos;s touches and follow-ups in the system tray, with a notification when something falls due</source>
        <translation>Vi&amp;sa dagens kontakter och uppföljningar i systemfältet, med en avisering när något ska göras</translation>
    </message>
    <message>
        <source>Start at &amp;login, minimised to the tray</source>
        <translation>Starta vid &amp;inloggning, minimerad till systemfältet</translation>
    </message>
    <message>
        <source>Notifications show names only, never your notes.</source>
        <translation>Aviseringar visar bara namn, aldrig dina anteckningar.</translation>
    </message>
    <message>
        <source>The system tray is not available on this desktop, so reminders cannot be shown here.</source>
        <translation>Systemfältet finns inte på det här skrivbordet, så påminnelser kan inte visas här.</translation>
    </message>
    <message>
        <source>The weight of %1 must be from %2 to %3.</source>
        <translation>Vikten för %1 måste vara från %2 till %3.</translation>
    </message>
    <message>
        <source>The database is protected by your passphrase. It is asked for at every start (or taken from NETPLANNER_PASSPHRASE).</source>
        <translation>Databasen skyddas av din lösenfras. Den efterfrågas vid varje start (eller hämtas från NETPLANNER_PASSPHRASE).</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>The database key is kept in your system&apos;s keychain, so NetPlanner opens without asking. Your recovery key opens it anywhere.</source>
        <translation>Databasens nyckel förvaras i systemets nyckelring, så NetPlanner öppnas utan att fråga. Din återställningsnyckel öppnar den var som helst.</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase instead…</source>
        <translation>Använd en &amp;lösenfras i stället…</translation>
    </message>
    <message>
        <source>Choose the new passphrase. The whole file is re-encrypted with it.</source>
        <translation>Välj den nya lösenfrasen. Hela filen krypteras om med den.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Lösenfrasen ändrades inte</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>Lösenfrasen är satt</translation>
    </message>
    <message>
        <source>The database is now protected by your new passphrase.</source>
        <translation>Databasen skyddas nu av din nya lösenfras.</translation>
    </message>
    <message>
        <source>Key not moved</source>
        <translation>Nyckeln flyttades inte</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Start vid inloggning ändrades inte</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to NetPlanner</source>
        <translation>Välkommen till NetPlanner</translation>
    </message>
    <message>
        <source>Plan the network that carries your development at work. Start with what you want to learn, then map who can help, prepare your questions and keep in touch before relationships fade. Everything stays on this computer, encrypted.</source>
        <translation>Planera nätverket som bär din utveckling på jobbet. Börja med vad du vill lära dig, kartlägg sedan vem som kan hjälpa, förbered dina frågor och håll kontakten innan relationerna avtar. Allt stannar krypterat på den här datorn.</translation>
    </message>
    <message>
        <source>Add your first &amp;goal</source>
        <translation>Lägg till ditt första &amp;mål</translation>
    </message>
    <message>
        <source>What do you want to get better at? Goals decide whom you should meet.</source>
        <translation>Vad vill du bli bättre på? Målen avgör vilka du ska träffa.</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Lägg till en &amp;person</translation>
    </message>
    <message>
        <source>Someone you learn from, or would like to.</source>
        <translation>Någon du lär dig av, eller skulle vilja lära dig av.</translation>
    </message>
    <message>
        <source>Load the &amp;example network</source>
        <translation>Läs in &amp;exempelnätverket</translation>
    </message>
    <message>
        <source>A made-up workplace of 40 people, goals and 18 months of interactions, to explore first.</source>
        <translation>En påhittad arbetsplats med 40 personer, mål och 18 månaders kontakttillfällen att utforska först.</translation>
    </message>
    <message>
        <source>&amp;Import from LinkedIn or vCard…</source>
        <translation>&amp;Importera från LinkedIn eller vCard…</translation>
    </message>
    <message>
        <source>Bring in the people you already know: a LinkedIn export, a vCard or CSV file.</source>
        <translation>Ta in de personer du redan känner: en export från LinkedIn, en vCard- eller CSV-fil.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>new from the server: %1</source>
        <translation>nya från servern: %1</translation>
    </message>
    <message>
        <source>updated from the server: %1</source>
        <translation>uppdaterade från servern: %1</translation>
    </message>
    <message>
        <source>moved to the Trash: %1</source>
        <translation>flyttade till papperskorgen: %1</translation>
    </message>
    <message>
        <source>cards sent: %1</source>
        <translation>kort skickade: %1</translation>
    </message>
    <message>
        <source>conflicts, ours kept: %1 (%2)</source>
        <translation>konflikter, vår version behölls: %1 (%2)</translation>
    </message>
    <message>
        <source>touches in your calendar: %1</source>
        <translation>kontakttillfällen i din kalender: %1</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Synkat: %1</translation>
    </message>
    <message>
        <source>Sync: asking the server what it has…</source>
        <translation>Synk: frågar servern vad den har …</translation>
    </message>
    <message>
        <source>Sync: fetching changes from the server…</source>
        <translation>Synk: hämtar ändringar från servern …</translation>
    </message>
    <message>
        <source>Sync: sending your changes…</source>
        <translation>Synk: skickar dina ändringar …</translation>
    </message>
    <message>
        <source>vdirsyncer could not be started; install it with %1.</source>
        <translation>vdirsyncer kunde inte startas; installera det med %1.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Share your people and your plan with your phone and other computers through your own CardDAV/CalDAV server (Nextcloud, Radicale, …). NetPlanner itself never connects: vdirsyncer does. Shared with the server: name, organisation, department, title, e-mail addresses, phone numbers, LinkedIn URL and tags. Your assessments, notes, preparation and history stay here.</source>
        <translation>Dela dina personer och din plan med mobilen och andra datorer via din egen CardDAV/CalDAV-server (Nextcloud, Radicale …). NetPlanner ansluter aldrig själv: det gör vdirsyncer. Delas med servern: namn, organisation, avdelning, titel, e-postadresser, telefonnummer, LinkedIn-adress och taggar. Dina bedömningar, anteckningar, förberedelser och din historik stannar här.</translation>
    </message>
    <message>
        <source>vdirsyncer is not installed. Install it with %1 and open Settings again.</source>
        <translation>vdirsyncer är inte installerat. Installera det med %1 och öppna Inställningar igen.</translation>
    </message>
    <message>
        <source>Address book address (CardDAV)</source>
        <translation>Adressbokens adress (CardDAV)</translation>
    </message>
    <message>
        <source>&amp;Address book (CardDAV)</source>
        <translation>&amp;Adressbok (CardDAV)</translation>
    </message>
    <message>
        <source>Calendar address (CalDAV)</source>
        <translation>Kalenderns adress (CalDAV)</translation>
    </message>
    <message>
        <source>&amp;Calendar (CalDAV)</source>
        <translation>&amp;Kalender (CalDAV)</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Användarnamn på servern</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Lösenord på servern</translation>
    </message>
    <message>
        <source>kept in your keychain</source>
        <translation>sparas i din nyckelring</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Local sync folder</source>
        <translation>Lokal synkmapp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra …</translation>
    </message>
    <message>
        <source>Sync &amp;folder</source>
        <translation>Synk&amp;mapp</translation>
    </message>
    <message>
        <source>The folder holds a plaintext (unencrypted) copy of the shared fields.</source>
        <translation>Mappen innehåller en okrypterad kopia i klartext av de delade fälten.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Planned touches as events or to-dos</source>
        <translation>Planerade kontakttillfällen som händelser eller att göra-poster</translation>
    </message>
    <message>
        <source>Touches &amp;as</source>
        <translation>Kontakttillfällen &amp;som</translation>
    </message>
    <message>
        <source>Include my private &amp;notes in calendar items</source>
        <translation>Ta med mina privata a&amp;nteckningar i kalenderposterna</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation>bara när jag ber om det</translation>
    </message>
    <message>
        <source>Sync every so many minutes while the app runs</source>
        <translation>Synka med så många minuters mellanrum medan appen körs</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synka &amp;var</translation>
    </message>
    <message>
        <source>&amp;Save and test connection</source>
        <translation>&amp;Spara och testa anslutningen</translation>
    </message>
    <message>
        <source>Sync n&amp;ow</source>
        <translation>Synka n&amp;u</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synkmapp</translation>
    </message>
    <message>
        <source>Connected; the server offers: %1. Settings saved.</source>
        <translation>Ansluten; servern erbjuder: %1. Inställningarna sparades.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>inget ännu</translation>
    </message>
</context>
<context>
    <name>TagsDelegate</name>
    <message>
        <source>tags, separated by commas</source>
        <translation>taggar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
</context>
<context>
    <name>Ties</name>
    <message>
        <source>works with</source>
        <extracomment>(kind, the person is the tie&apos;s `from` end)</extracomment>
        <translation>arbetar med</translation>
    </message>
    <message>
        <source>knows</source>
        <translation>känner</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>rapporterar till</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>är chef för</translation>
    </message>
    <message>
        <source>seeks advice from</source>
        <translation>frågar om råd hos</translation>
    </message>
    <message>
        <source>is asked for advice by</source>
        <translation>får rådfrågningar från</translation>
    </message>
    <message>
        <source>gives feedback to</source>
        <translation>ger feedback till</translation>
    </message>
    <message>
        <source>gets feedback from</source>
        <translation>får feedback från</translation>
    </message>
    <message>
        <source>introduced me to</source>
        <translation>introducerade mig för</translation>
    </message>
    <message>
        <source>was introduced to me by</source>
        <translation>introducerades för mig av</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Arbetar med</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapporterar till</translation>
    </message>
    <message>
        <source>Seeks advice from</source>
        <translation>Frågar om råd hos</translation>
    </message>
    <message>
        <source>Gives feedback to</source>
        <translation>Ger feedback till</translation>
    </message>
    <message>
        <source>Introduced me to</source>
        <translation>Introducerade mig för</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Känner</translation>
    </message>
    <message>
        <source>Who introduced us?</source>
        <translation>Vem introducerade oss?</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Strength (%)</source>
        <extracomment>Up to this many people get a colour and a legend entry each; more are grouped by state. Above this many curve points in all, the grid gets coarser than one point a day. The top of the y range (in %): above the 100 % tick, a strip for the &quot;Today&quot; label.</extracomment>
        <translation>Styrka (%)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Show what if</source>
        <translation>Visa scenariot</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportera PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportera SVG…</translation>
    </message>
    <message>
        <source>What if I meet</source>
        <translation>Om jag träffar</translation>
    </message>
    <message>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <source>for</source>
        <translation>för</translation>
    </message>
    <message>
        <source>People over time</source>
        <translation>Personer över tid</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Hela nätverket</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunde inte skriva {0}: {1}</translation>
    </message>
    <message>
        <source>Relationship timeline</source>
        <translation>Relationernas tidslinje</translation>
    </message>
    <message>
        <source>Relationship strength over time, exported from NetPlanner</source>
        <translation>Relationernas styrka över tid, exporterad från NetPlanner</translation>
    </message>
    <message>
        <source>Could not write {0}.</source>
        <translation>Kunde inte skriva {0}.</translation>
    </message>
    <message>
        <source>Threshold {0} %</source>
        <translation>Tröskel {0} %</translation>
    </message>
    <message>
        <source>{0} (what if)</source>
        <translation>{0} (scenario)</translation>
    </message>
    <message>
        <source>{name}
{date}: {kind}
Strength after it: {value} %</source>
        <translation>{name}
{date}: {kind}
Styrka efteråt: {value} %</translation>
    </message>
    <message>
        <source>What if: {0} on {1} (not saved)</source>
        <translation>Scenario: {0} den {1} (sparas inte)</translation>
    </message>
    <message>
        <source>Strong ({0})</source>
        <translation>Starka ({0})</translation>
    </message>
    <message>
        <source>Fading ({0})</source>
        <translation>Avtagande ({0})</translation>
    </message>
    <message>
        <source>Likely lost ({0})</source>
        <translation>Troligen förlorade ({0})</translation>
    </message>
    <message>
        <source>Not met yet ({0})</source>
        <translation>Inte träffats än ({0})</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Short question</source>
        <translation>Kort fråga</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Fika</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Feedback session</source>
        <translation>Återkopplingssamtal</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Mentorssamtal</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Gemensamt projekt</translation>
    </message>
    <message>
        <source>{date}: {name} {value} %</source>
        <translation>{date}: {name} {value} %</translation>
    </message>
    <message>
        <source>(forecast)</source>
        <translation>(prognos)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportera diagrammet som PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Exportera diagrammet som SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Klar…</translation>
    </message>
    <message>
        <source>Log what happened and mark it done</source>
        <translation>Logga vad som hände och markera som klar</translation>
    </message>
    <message>
        <source>&amp;Snooze a week</source>
        <translation>&amp;Skjut upp en vecka</translation>
    </message>
    <message>
        <source>Put it off to next week</source>
        <translation>Skjut upp till nästa vecka</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Leave it out this week</source>
        <translation>Hoppa över den här veckan</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Öppna person</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>&amp;Planera om</translation>
    </message>
    <message>
        <source>Make this week&apos;s and later weeks&apos; suggestions anew (done, skipped and snoozed touches stay)</source>
        <translation>Gör om förslagen för den här och kommande veckor (klara, överhoppade och uppskjutna kontakter ligger kvar)</translation>
    </message>
    <message>
        <source>C&amp;hange kind</source>
        <translation>Byt &amp;typ</translation>
    </message>
    <message>
        <source>A call instead of a coffee: change what kind of touch it is</source>
        <translation>Ett samtal i stället för en fika: byt typ av kontakt</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Exportera till ka&amp;lender…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Veckan som börjar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n touches done this week</source>
        <translation>
            <numerusform>%1 av %n kontakt klar den här veckan</numerusform>
            <numerusform>%1 av %n kontakter klara den här veckan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n a week (change it in Settings)</source>
        <translation>
            <numerusform>upp till %n i veckan (ändra det i Inställningar)</numerusform>
            <numerusform>upp till %n i veckan (ändra det i Inställningar)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Veckan som börjar %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>inget planerat</translation>
    </message>
    <message>
        <source>Coming weeks</source>
        <translation>Kommande veckor</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n touches to %1.</source>
        <translation>
            <numerusform>Skrev %n kontakt till %1.</numerusform>
            <numerusform>Skrev %n kontakter till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see why and what to ask.</source>
        <translation>Välj en rad för att se varför och vad du kan fråga.</translation>
    </message>
    <message>
        <source>Your periodic network review is due. Open Review to check goals without support, people whose goals ended and relationships worth reviving.</source>
        <translation>Det är dags för din återkommande nätverksöversyn. Öppna Översyn för att se mål utan stöd, personer vars mål har avslutats och relationer värda att väcka liv i.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klar: %1</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Skjut upp: %1</translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation>Hoppa över: %1</translation>
    </message>
    <message>
        <source>Make it a %1: %2</source>
        <translation>Byt till %1: %2</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
</context>
<context>
    <name>TrashWidget</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Restore the selected people</source>
        <translation>Återställ de markerade personerna</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Delete everyone in the Trash for good</source>
        <translation>Ta bort alla i papperskorgen för gott</translation>
    </message>
    <message>
        <source>People in the Trash</source>
        <translation>Personer i papperskorgen</translation>
    </message>
    <message>
        <source>The Trash is empty. People you delete wait here, with their interactions, questions and goal links, until you empty it.</source>
        <translation>Papperskorgen är tom. Personer du tar bort väntar här, med sina kontakttillfällen, frågor och målkopplingar, tills du tömmer den.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the Trash. Restore brings them back with everything that belonged to them.</source>
        <translation>
            <numerusform>%n person i papperskorgen. Återställ tar tillbaka hen med allt som hörde till hen.</numerusform>
            <numerusform>%n personer i papperskorgen. Återställ tar tillbaka dem med allt som hörde till dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Inte återställd</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Tömma papperskorgen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people for good, with their interactions, questions and goal links? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort %n person för gott, med kontakttillfällen, frågor och målkopplingar? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort %n personer för gott, med deras kontakttillfällen, frågor och målkopplingar? Det går inte att ångra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock NetPlanner</source>
        <translation>Lås upp NetPlanner</translation>
    </message>
    <message>
        <source>Your network is encrypted. Enter your passphrase.</source>
        <translation>Ditt nätverk är krypterat. Ange din lösenfras.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Ange din lösenfras.</translation>
    </message>
    <message>
        <source>Your network is encrypted and the keychain no longer has its key. Enter the recovery key you were shown when the database was made.</source>
        <translation>Ditt nätverk är krypterat och nyckelringen har inte längre nyckeln. Ange återställningsnyckeln du fick se när databasen skapades.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Enter your recovery key.</source>
        <translation>Ange din återställningsnyckel.</translation>
    </message>
    <message>
        <source>Your network is encrypted. Enter your passphrase, or your recovery key if the keychain no longer has the key.</source>
        <translation>Ditt nätverk är krypterat. Ange din lösenfras, eller din återställningsnyckel om nyckelringen inte längre har nyckeln.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Lösenfras eller återställningsnyckel</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery key.</source>
        <translation>Ange din lösenfras eller återställningsnyckel.</translation>
    </message>
</context>
<context>
    <name>ViewLoader</name>
    <message>
        <source>Reading your network…</source>
        <translation>Läser ditt nätverk…</translation>
    </message>
</context>
</TS>
