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
      <source>stembureau</source>
      <translation>polling station</translation>
    </message>
    <message>
      <location filename="../coordinator_page.py" />
      <source>vingerafdruk</source>
      <translation>fingerprint</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Je bent uitgelogd.</source>
      <translation>You have logged out.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <location filename="../pages/start/fallback.py" />
      <location filename="../pages/start/idle.py" />
      <source>Uitloggen</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="../pages/common.py" />
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Bijgewerkt om {time}</source>
      <translation>Updated at {time}</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Definitief: {done} van {total} stembureaus ({percent}%)</source>
      <translation>Definitive: {done} of {total} polling stations ({percent}%)</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Uitslag — voortgang</source>
      <translation>Uitslag — progress</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer</source>
      <translation>Progress of data entry</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer — {municipality}</source>
      <translation>Progress of data entry — {municipality}</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer, voor de projector</source>
      <translation>Progress of data entry, for the projector</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Afsluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Geen scherm voor deze rol</source>
      <translation>No screen for this role</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Uitslag kan de gegevens niet lezen</source>
      <translation>Uitslag cannot read the data</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Voor de rol {role} heeft deze versie van Uitslag geen scherm. Log uit en vraag de beheerder om hulp.</source>
      <translation>This version of Uitslag has no screen for the role {role}. Log out and ask the administrator for help.</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Ben je er nog?</source>
      <translation>Are you still there?</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Doorgaan</source>
      <translation>Continue</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Doorgaan (Enter)</source>
      <translation>Continue (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Je hebt {idle} minuten niets gedaan. Over {left} minuten word je uitgelogd. Wat je hebt opgeslagen, blijft bewaard; wat je nog niet hebt opgeslagen, niet.</source>
      <translation>You have done nothing for {idle} minutes. In {left} minutes you will be logged out. What you saved is kept; what you have not saved yet is not.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Gebruikersnaam</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Naam</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Wachtwoord</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Beheerder aanmaken</source>
      <translation>Create administrator</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Beheerder aanmaken (Enter)</source>
      <translation>Create administrator (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Er is nog geen verkiezing ingericht.</source>
      <translation>No election has been set up yet.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Inloggen</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Inloggen (Enter)</source>
      <translation>Log in (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Naar het volgende veld; in het laatste: aanmaken</source>
      <translation>To the next field; in the last one: create</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Naar het wachtwoord; in het wachtwoord: inloggen</source>
      <translation>To the password; in the password: log in</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <location filename="../pages/start/password.py" />
      <source>Nog &amp;een keer</source>
      <translation>&amp;Once more</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <location filename="../pages/start/password.py" />
      <source>Regels voor het wachtwoord: {rules}</source>
      <translation>Rules for the password: {rules}</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Uitslag start hier voor het eerst. Maak eerst het account van de beheerder; die richt de verkiezing in en maakt de andere accounts.</source>
      <translation>Uitslag starts here for the first time. First create the administrator's account; the administrator sets up the election and makes the other accounts.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Volledige naam</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Wachtwoord nog een keer</source>
      <translation>Password once more</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>&amp;Nieuw wachtwoord</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Je bent ingelogd met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord; daarna ga je verder.</source>
      <translation>You logged in with a temporary password. Choose your own password now; then you can go on.</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Kies een eigen wachtwoord</source>
      <translation>Choose your own password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Naar het volgende veld; in het laatste: opslaan</source>
      <translation>To the next field; in the last one: save</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Nieuw wachtwoord</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Nieuw wachtwoord nog een keer</source>
      <translation>New password once more</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Wachtwoord opslaan</source>
      <translation>Save password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Wachtwoord opslaan (Enter)</source>
      <translation>Save password (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Alles wat je voor stembureau {number} hebt getypt, wordt weggegooid. Dit kan niet ongedaan worden gemaakt.</source>
      <translation>Everything you typed for polling station {number} is thrown away. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Controleren en afronden</source>
      <translation>Check and finish</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Deze invoer heeft een fout. Na het afronden gaat ze naar de coördinator.</source>
      <translation>This entry has an error. After finishing it goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Dit is de eerste sectie.</source>
      <translation>This is the first section.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Een vakje aankruisen of het kruisje weghalen</source>
      <translation>Tick a box or remove the tick</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Het gaat om: {fields}.</source>
      <translation>This concerns: {fields}.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Invoer afronden</source>
      <translation>Finish entry</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Invoer weggooien?</source>
      <translation>Throw the entry away?</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Je invoer van stembureau {number} is bewaard. Je kunt later verder.</source>
      <translation>Your entry of polling station {number} is kept. You can go on later.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Je invoer van stembureau {number} is weggegooid.</source>
      <translation>Your entry of polling station {number} has been thrown away.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar de lijst met secties</source>
      <translation>To the list of sections</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het totaal van de lijst</source>
      <translation>To the list total</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het volgende veld (ook Tab of ↓)</source>
      <translation>To the next field (also Tab or ↓)</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het vorige veld</source>
      <translation>To the previous field</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Opslaan en controleren</source>
      <translation>Save and check</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Opslaan en verder</source>
      <translation>Save and continue</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Secties van het proces-verbaal</source>
      <translation>Sections of the official report</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <location filename="../pages/typist/home.py" />
      <source>Stembureau {number} — {name}</source>
      <translation>Polling station {number} — {name}</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Stoppen…</source>
      <translation>Stop…</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Vorige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Weggooien</source>
      <translation>Throw away</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>stembureau {number}</source>
      <translation>polling station {number}</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>De getallen van dit stembureau staan niet meer op het scherm.</source>
      <translation>The numbers of this polling station are no longer on the screen.</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>Invoer afgerond: {station}</source>
      <translation>Entry finished: {station}</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>Volgend stembureau</source>
      <translation>Next polling station</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Kandidaat</source>
      <translation>Candidate</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <location filename="../status_model.py" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Opgeteld uit de kandidaten</source>
      <translation>Added up from the candidates</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Stemmen</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Stemmen voor {number} {name}</source>
      <translation>Votes for {number} {name}</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Velden van deze sectie</source>
      <translation>Fields of this section</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>{total} (zoals op het papier)</source>
      <translation>{total} (as on the paper)</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>&amp;Nummer van het stembureau</source>
      <translation>Polling station &amp;number</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Beginnen</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Je hebt geen onafgeronde invoer.</source>
      <translation>You have no unfinished entries.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Jouw onafgeronde invoer</source>
      <translation>Your unfinished entries</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Klopt de naam met het papier? Druk dan op Enter: {action}.</source>
      <translation>Does the name match the paper? Then press Enter: {action}.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Nummer van het stembureau</source>
      <translation>Polling station number</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Stembureau opzoeken; nog een keer: beginnen</source>
      <translation>Look up the polling station; once more: start</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Typ eerst het nummer van een stembureau.</source>
      <translation>First type the number of a polling station.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Typ het nummer dat op het proces-verbaal staat.</source>
      <translation>Type the number that is on the official report.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Verder</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Verder met stembureau {number}</source>
      <translation>Resume polling station {number}</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Voortgang gemeente</source>
      <translation>Progress of the municipality</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Voortgang gemeente: {done} van {total} stembureaus definitief ({percent}%)</source>
      <translation>Progress of the municipality: {done} of {total} polling stations definitive ({percent}%)</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Welk stembureau ga je invoeren?</source>
      <translation>Which polling station will you enter?</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{detail} · teruggestuurd: velden opnieuw typen</source>
      <translation>{detail} · sent back: type fields again</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{slot} · {done} van {total} secties opgeslagen</source>
      <translation>{slot} · {done} of {total} sections saved</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{state}: je kunt nu niet invoeren. De coördinator zet de invoer weer aan.</source>
      <translation>{state}: you cannot enter now. The coordinator will resume data entry.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Alle secties zijn opgeslagen. Controleer het overzicht en rond af.</source>
      <translation>All sections are saved. Check the overview and finish.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Er staan fouten in. Na het afronden gaat deze invoer naar de coördinator.</source>
      <translation>It has errors. After finishing, this entry goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <location filename="../widgets/findings.py" />
      <source>Fout</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Niet opgeslagen getypt werk in: {sections}. Dat telt niet mee.</source>
      <translation>Typed but not saved in: {sections}. That does not count.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Overzicht van de secties</source>
      <translation>Overview of the sections</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <location filename="../widgets/findings.py" />
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <location filename="../widgets/buttons.py" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Bewaren en stoppen</source>
      <translation>Keep and stop</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Bewaren: wat je van {station} hebt opgeslagen, blijft bewaard. Je kunt later verder, ook op een andere laptop.</source>
      <translation>Keep: what you saved of {station} is kept. You can go on later, also on another laptop.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Let op: wat je in '{section}' hebt getypt, is nog niet opgeslagen en wordt niet bewaard.</source>
      <translation>Note: what you typed in '{section}' is not saved yet and will not be kept.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Stoppen met deze invoer?</source>
      <translation>Stop with this entry?</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Weggooien: alles wat je van {station} hebt getypt, wordt weggegooid. Een invoerder kan daarna opnieuw beginnen.</source>
      <translation>Throw away: everything you typed of {station} is thrown away. A typist can then start again.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Weggooien…</source>
      <translation>Throw away…</translation>
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
      <source>Stembureau</source>
      <translation>Polling station</translation>
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
      <location filename="../widgets/basic.py" />
      <source>FOUT</source>
      <translation>ERROR</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Deze invoer gaat naar de coördinator.</source>
      <translation>This entry goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Ik heb de aantallen gecontroleerd met het papier</source>
      <translation>I have checked the numbers against the paper</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Meldingen bij deze sectie</source>
      <translation>Messages for this section</translation>
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
      <source>Sluiten</source>
      <translation>Close</translation>
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
      <source>opnieuw typen</source>
      <translation>type again</translation>
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
      <source>&amp;Sessie</source>
      <translation type="vanished">&amp;Session</translation>
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
      <source>Afgerond</source>
      <translation type="vanished">Finished</translation>
    </message>
    <message>
      <source>Alle secties zijn ingevoerd. Rond de invoer af.</source>
      <translation type="vanished">All sections are entered. Finish the entry.</translation>
    </message>
    <message>
      <source>Auditlog klopt: {count} regels, laatste wijziging {at}</source>
      <translation type="vanished">Audit log is correct: {count} entries, last change {at}</translation>
    </message>
    <message>
      <source>Back-up (*.sqlite)</source>
      <translation type="vanished">Backup (*.sqlite)</translation>
    </message>
    <message>
      <source>Back-up kiezen</source>
      <translation type="vanished">Choose backup</translation>
    </message>
    <message>
      <source>Back-up teruggezet. Log opnieuw in.</source>
      <translation type="vanished">Backup restored. Log in again.</translation>
    </message>
    <message>
      <source>Back-up terugzetten</source>
      <translation type="vanished">Restore backup</translation>
    </message>
    <message>
      <source>Back-up terugzetten…</source>
      <translation type="vanished">Restore backup…</translation>
    </message>
    <message>
      <source>Bestand voor de 510b</source>
      <translation type="vanished">File for the 510b</translation>
    </message>
    <message>
      <source>Bestand: {name}</source>
      <translation type="vanished">File: {name}</translation>
    </message>
    <message>
      <source>Controlegetal (SHA-256) klopt: {hash}…</source>
      <translation type="vanished">Checksum (SHA-256) is correct: {hash}…</translation>
    </message>
    <message>
      <source>Daarna moet iedereen opnieuw inloggen.</source>
      <translation type="vanished">Afterwards everyone has to log in again.</translation>
    </message>
    <message>
      <source>Deze back-up is gecontroleerd en in orde.</source>
      <translation type="vanished">This backup has been checked and is in order.</translation>
    </message>
    <message>
      <source>Deze back-up kan niet worden teruggezet.</source>
      <translation type="vanished">This backup cannot be restored.</translation>
    </message>
    <message>
      <source>Eerste weggelaten groep</source>
      <translation type="vanished">First blanked group</translation>
    </message>
    <message>
      <source>Gegevens van de back-up</source>
      <translation type="vanished">Details of the backup</translation>
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
      <source>Ik heb de waarschuwingen gecontroleerd met het papier</source>
      <translation type="vanished">I have checked the warnings against the paper</translation>
    </message>
    <message>
      <source>LET OP</source>
      <translation type="vanished">NOTE</translation>
    </message>
    <message>
      <source>LET OP: alle gegevens van nu worden vervangen door die uit de back-up.</source>
      <translation type="vanished">NOTE: all current data will be replaced by the data in the backup.</translation>
    </message>
    <message>
      <source>Melding terugzetten</source>
      <translation type="vanished">Restore message</translation>
    </message>
    <message>
      <source>Niet opgeslagen: vink het controlevakje aan.</source>
      <translation type="vanished">Not saved: tick the check box.</translation>
    </message>
    <message>
      <source>Nummer stembureau</source>
      <translation type="vanished">Polling station number</translation>
    </message>
    <message>
      <source>Projectieweergave</source>
      <translation type="vanished">Projector view</translation>
    </message>
    <message>
      <source>Projectieweergave voortgang</source>
      <translation type="vanished">Projector view of progress</translation>
    </message>
    <message>
      <source>Sectie opslaan (Shift+Enter)</source>
      <translation type="vanished">Save section (Shift+Enter)</translation>
    </message>
    <message>
      <source>Stembureau openen</source>
      <translation type="vanished">Open polling station</translation>
    </message>
    <message>
      <source>Stembureaus (510b of 110b)</source>
      <translation type="vanished">Polling stations (510b or 110b)</translation>
    </message>
    <message>
      <source>Terugzetten</source>
      <translation type="vanished">Restore</translation>
    </message>
    <message>
      <source>Tweede weggelaten groep</source>
      <translation type="vanished">Second blanked group</translation>
    </message>
    <message>
      <source>Uitslag — invoer processen-verbaal</source>
      <translation type="vanished">Uitslag — entering official reports</translation>
    </message>
    <message>
      <source>Vingerafdruk tonen</source>
      <translation type="vanished">Show fingerprint</translation>
    </message>
    <message>
      <source>Vingerafdruk: </source>
      <translation type="vanished">Fingerprint: </translation>
    </message>
    <message>
      <source>Voortgang invoer</source>
      <translation type="vanished">Data entry progress</translation>
    </message>
    <message>
      <source>Wat na het maken van de back-up is ingevoerd, gaat verloren.</source>
      <translation type="vanished">Anything entered after the backup was made will be lost.</translation>
    </message>
    <message>
      <source>definitief</source>
      <translation type="vanished">definitive</translation>
    </message>
  </context>
</TS>
