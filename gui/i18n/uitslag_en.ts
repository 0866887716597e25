<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
  <context>
    <name>Uitslag</name>
    <message>
      <location filename="../admin_page.py" />
      <source>&amp;Gemeente</source>
      <translation>&amp;Municipality</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>&amp;Kandidatenlijsten</source>
      <translation>&amp;Candidate lists</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>&amp;Rol</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>&amp;Stembureaus</source>
      <translation>Polling &amp;stations</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>&amp;Verkiezingsdefinitie</source>
      <translation>Election &amp;definition</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Aangemaakt: </source>
      <translation>Created: </translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Bestand met stembureaus kiezen</source>
      <translation>Choose file with polling stations</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <location filename="../widgets/files.py" />
      <source>Bladeren…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Centraal tellen: het GSB telt de stemmen per kandidaat</source>
      <translation>Central count: the GSB counts the votes per candidate</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Decentraal tellen: het stembureau telt per kandidaat</source>
      <translation>Decentral count: the polling station counts per candidate</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Definitie: groep &amp;3 van het papier</source>
      <translation>Definition: group &amp;3 from the paper</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Definitie: groep &amp;4 van het papier</source>
      <translation>Definition: group &amp;4 from the paper</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Eén per regel: nummer;naam;kiesgerechtigden</source>
      <translation>One per line: number;name;eligible voters</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Gebruiker toevoegen</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Gebruikers</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Gebruikers&amp;naam</source>
      <translation>User &amp;name</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Ingericht: </source>
      <translation>Set up: </translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Kandidatenlijsten (230b)</source>
      <translation>Candidate lists (230b)</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Kandidatenlijsten kiezen</source>
      <translation>Choose candidate lists</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Kandidatenlijsten: eerste weggelaten groep</source>
      <translation>Candidate lists: first blanked group</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Kandidatenlijsten: tweede weggelaten groep</source>
      <translation>Candidate lists: second blanked group</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Kies de gemeente…</source>
      <translation>Choose the municipality…</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Lijsten: groep &amp;1 van het papier</source>
      <translation>Lists: group &amp;1 from the paper</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Lijsten: groep &amp;2 van het papier</source>
      <translation>Lists: group &amp;2 from the paper</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Manier van &amp;tellen</source>
      <translation>How votes are &amp;counted</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Manier van tellen</source>
      <translation>How votes are counted</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Melding gebruikers</source>
      <translation>Users message</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Melding inrichten</source>
      <translation>Set-up message</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Naam van de gebruiker</source>
      <translation>Name of the user</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Nieuwe gebruikersnaam</source>
      <translation>New user name</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Of stembureaus &amp;typen</source>
      <translation>Or &amp;type polling stations</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Stembureaus (110b of 510b)</source>
      <translation>Polling stations (110b or 510b)</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Stembureaus zelf typen</source>
      <translation>Type the polling stations yourself</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Verkiezing inrichten</source>
      <translation>Set up the election</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Verkiezingsdefinitie (110a)</source>
      <translation>Election definition (110a)</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Verkiezingsdefinitie kiezen</source>
      <translation>Choose election definition</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Verkiezingsdefinitie: eerste weggelaten groep</source>
      <translation>Election definition: first blanked group</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Verkiezingsdefinitie: tweede weggelaten groep</source>
      <translation>Election definition: second blanked group</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Vingerafdruk kandidatenlijsten</source>
      <translation>Fingerprint of the candidate lists</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Vingerafdruk kandidatenlijsten: </source>
      <translation>Fingerprint of the candidate lists: </translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Vingerafdruk verkiezingsdefinitie</source>
      <translation>Fingerprint of the election definition</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Vingerafdruk verkiezingsdefinitie: </source>
      <translation>Fingerprint of the election definition: </translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Vingerafdrukken tonen</source>
      <translation>Show fingerprints</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Wacht&amp;woord</source>
      <translation>Pass&amp;word</translation>
    </message>
    <message>
      <location filename="../admin_page.py" />
      <source>Wachtwoord nieuwe gebruiker</source>
      <translation>Password of the new user</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>&amp;Datum</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>&amp;Kandidatenlijsten (230b)</source>
      <translation>&amp;Candidate lists (230b)</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>&amp;Map voor de uitvoer</source>
      <translation>&amp;Output folder</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>&amp;Plaats</source>
      <translation>&amp;Place</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <location filename="../entry_page.py" />
      <source>&amp;Stembureau</source>
      <translation>Polling &amp;station</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>&amp;Toelichting / reden</source>
      <translation>&amp;Explanation / reason</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>1e invoer</source>
      <translation>1st entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>2e invoer</source>
      <translation>2nd entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>510b en proces-verbaal geschreven</source>
      <translation>510b and official report written</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>510b en proces-verbaal maken</source>
      <translation>Make the 510b and the official report</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Afgehandeld</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Alle statussen</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Alleen verschillen terugsturen naar gekozen invoer</source>
      <translation>Send only the differences back to the chosen entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Back-up gemaakt en gecontroleerd</source>
      <translation>Backup made and checked</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Back-up maken</source>
      <translation>Make backup</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Back-up&amp;map</source>
      <translation>Backup &amp;folder</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Beide invoeren weggooien</source>
      <translation>Discard both entries</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Datum van de zitting</source>
      <translation>Date of the session</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Definitief</source>
      <translation>Definitive</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Definitief stembureau heropenen</source>
      <translation>Reopen definitive polling station</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Eerste invoer houden</source>
      <translation>Keep first entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Filter op status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Heropend</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer afgesloten</source>
      <translation>Data entry closed</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer afsluiten</source>
      <translation>Close data entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer hervatten</source>
      <translation>Resume data entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer met fouten terugsturen</source>
      <translation>Send entry with errors back</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer met fouten weggooien</source>
      <translation>Discard entry with errors</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Invoer pauzeren</source>
      <translation>Pause data entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Kandidatenlijsten voor de export</source>
      <translation>Candidate lists for the export</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Map voor de 510b en het proces-verbaal</source>
      <translation>Folder for the 510b and the official report</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Map voor de back-up</source>
      <translation>Folder for the backup</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Melding coördinator</source>
      <translation>Coordinator message</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Overzicht stembureaus</source>
      <translation>Overview of polling stations</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Plaats van de zitting</source>
      <translation>Place of the session</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Stembureau afhandelen</source>
      <translation>Resolve polling station</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Stembureau voor afhandeling</source>
      <translation>Polling station to resolve</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Teruggestuurd naar {name}</source>
      <translation>Sent back to {name}</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Terugsturen &amp;naar</source>
      <translation>Send back &amp;to</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Toelichting of reden</source>
      <translation>Explanation or reason</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Toelichting opgeslagen</source>
      <translation>Explanation saved</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Toelichting opslaan (komt op het PV)</source>
      <translation>Save explanation (printed on the report)</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Toon eerst de verschillen en kies naar wie ze teruggaan.</source>
      <translation>First show the differences and choose who they go back to.</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Tweede invoer houden</source>
      <translation>Keep second entry</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Veld</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Verschillen naast elkaar</source>
      <translation>Differences side by side</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Verschillen terugsturen naar</source>
      <translation>Send differences back to</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Verschillen tonen</source>
      <translation>Show differences</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Zitting en uitslag</source>
      <translation>Session and result</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>Zoek op nummer</source>
      <translation>Search by number</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <location filename="../entry_page.py" />
      <source>stembureau</source>
      <translation>polling station</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>vingerafdruk</source>
      <translation>fingerprint</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Afgerond</source>
      <translation>Finished</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Alle secties zijn ingevoerd. Rond de invoer af.</source>
      <translation>All sections are entered. Finish the entry.</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <location filename="../widgets/basic.py" />
      <source>FOUT</source>
      <translation>ERROR</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Ik heb de waarschuwingen gecontroleerd met het papier</source>
      <translation>I have checked the warnings against the paper</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Invoer afronden</source>
      <translation>Finish entry</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>LET OP</source>
      <translation>NOTE</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <location filename="../widgets/findings.py" />
      <source>Meldingen bij deze sectie</source>
      <translation>Messages for this section</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Niet opgeslagen: vink het controlevakje aan.</source>
      <translation>Not saved: tick the check box.</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Nummer stembureau</source>
      <translation>Polling station number</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Sectie opslaan (Shift+Enter)</source>
      <translation>Save section (Shift+Enter)</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <location filename="../status_model.py" />
      <source>Stembureau</source>
      <translation>Polling station</translation>
    </message>
    <message>
      <location filename="../entry_page.py" />
      <source>Stembureau openen</source>
      <translation>Open polling station</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>&amp;Gebruikersnaam</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>&amp;Naam</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>&amp;Wachtwoord</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Beheerder aanmaken</source>
      <translation>Create administrator</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Inloggen</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Volledige naam</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../login_page.py" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>&amp;Sessie</source>
      <translation>&amp;Session</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <location filename="../widgets/buttons.py" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Auditlog klopt: {count} regels, laatste wijziging {at}</source>
      <translation>Audit log is correct: {count} entries, last change {at}</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Back-up (*.sqlite)</source>
      <translation>Backup (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Back-up kiezen</source>
      <translation>Choose backup</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Back-up teruggezet. Log opnieuw in.</source>
      <translation>Backup restored. Log in again.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Back-up terugzetten</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Back-up terugzetten…</source>
      <translation>Restore backup…</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Bestand: {name}</source>
      <translation>File: {name}</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Controlegetal (SHA-256) klopt: {hash}…</source>
      <translation>Checksum (SHA-256) is correct: {hash}…</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Daarna moet iedereen opnieuw inloggen.</source>
      <translation>Afterwards everyone has to log in again.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Deze back-up is gecontroleerd en in orde.</source>
      <translation>This backup has been checked and is in order.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Deze back-up kan niet worden teruggezet.</source>
      <translation>This backup cannot be restored.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Gegevens van de back-up</source>
      <translation>Details of the backup</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>LET OP: alle gegevens van nu worden vervangen door die uit de back-up.</source>
      <translation>NOTE: all current data will be replaced by the data in the backup.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Melding terugzetten</source>
      <translation>Restore message</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Projectieweergave</source>
      <translation>Projector view</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <location filename="../widgets/page.py" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Terugzetten</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Uitloggen</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Uitslag — invoer processen-verbaal</source>
      <translation>Uitslag — entering official reports</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Uitslag — voortgang</source>
      <translation>Uitslag — progress</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Wat na het maken van de back-up is ingevoerd, gaat verloren.</source>
      <translation>Anything entered after the backup was made will be lost.</translation>
    </message>
    <message>
      <location filename="../projector.py" />
      <source>Projectieweergave voortgang</source>
      <translation>Projector view of progress</translation>
    </message>
    <message>
      <location filename="../projector.py" />
      <source>Voortgang invoer</source>
      <translation>Data entry progress</translation>
    </message>
    <message>
      <location filename="../projector.py" />
      <source>definitief</source>
      <translation>definitive</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>1e invoerder</source>
      <translation>1st typist</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>2e invoerder</source>
      <translation>2nd typist</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>Secties</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>Signalen</source>
      <translation>Signals</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>fouten</source>
      <translation>errors</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>toelichting</source>
      <translation>explanation</translation>
    </message>
    <message>
      <location filename="../status_model.py" />
      <source>waarschuwingen</source>
      <translation>warnings</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Deze invoer gaat naar de coördinator.</source>
      <translation>This entry goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Fout</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Ik heb de aantallen gecontroleerd met het papier</source>
      <translation>I have checked the numbers against the paper</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../widgets/header.py" />
      <source>Verbonden met: deze laptop</source>
      <translation>Connected to: this laptop</translation>
    </message>
    <message>
      <location filename="../widgets/header.py" />
      <source>Verbonden met: server {server}</source>
      <translation>Connected to: server {server}</translation>
    </message>
    <message>
      <location filename="../widgets/page.py" />
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/page.py" />
      <source>Sneltoetsen — {page}</source>
      <translation>Keyboard shortcuts — {page}</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>fout</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>klaar</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>niet begonnen</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>nu open</source>
      <translation>open now</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>waarschuwing</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Deze lijst met sneltoetsen tonen of sluiten</source>
      <translation>Show or close this list of shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Lijst met sneltoetsen sluiten</source>
      <translation>Close the list of shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Uitslag</source>
      <translation>Uitslag</translation>
    </message>
    <message>
      <source>510b geschreven: </source>
      <translation type="vanished">510b written: </translation>
    </message>
    <message>
      <source>510b maken</source>
      <translation type="vanished">Make 510b</translation>
    </message>
    <message>
      <source>510b-&amp;bestand</source>
      <translation type="vanished">510b &amp;file</translation>
    </message>
    <message>
      <source>Bestand voor de 510b</source>
      <translation type="vanished">File for the 510b</translation>
    </message>
    <message>
      <source>Eerste weggelaten groep</source>
      <translation type="vanished">First blanked group</translation>
    </message>
    <message>
      <source>Groep &amp;1 van het papier</source>
      <translation type="vanished">Group &amp;1 from the paper</translation>
    </message>
    <message>
      <source>Groep &amp;2 van het papier</source>
      <translation type="vanished">Group &amp;2 from the paper</translation>
    </message>
    <message>
      <source>Stembureaus (510b of 110b)</source>
      <translation type="vanished">Polling stations (510b or 110b)</translation>
    </message>
    <message>
      <source>Tweede weggelaten groep</source>
      <translation type="vanished">Second blanked group</translation>
    </message>
    <message>
      <source>Vingerafdruk tonen</source>
      <translation type="vanished">Show fingerprint</translation>
    </message>
    <message>
      <source>Vingerafdruk: </source>
      <translation type="vanished">Fingerprint: </translation>
    </message>
  </context>
</TS>
